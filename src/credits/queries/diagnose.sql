-- Why a consumption was refused.
SELECT c.status::text AS status, c.valid_from > pg_catalog.now() AS not_yet_valid,
       (c.expires_at IS NOT NULL AND c.expires_at <= pg_catalog.now()) AS expired,
       c.credits_granted - c.credits_used AS remaining, c.tenant_id = $2 AS same_tenant
FROM public.mentor_credits c
WHERE c.id = $1
