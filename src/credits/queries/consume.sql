-- Atomically move credits on a ledger: the row lock plus the conditions make overspending
-- impossible under any concurrency (a competing booking waits, then re-checks the new balance).
UPDATE public.mentor_credits c
SET credits_used = c.credits_used + $2
WHERE c.id = $1
  AND c.tenant_id = $3
  AND ($2 < 0 OR (c.status = 'active'
                  AND c.valid_from <= pg_catalog.now()
                  AND (c.expires_at IS NULL OR c.expires_at > pg_catalog.now())
                  AND c.credits_granted - c.credits_used >= $2))
RETURNING c.credits_granted - c.credits_used AS remaining
