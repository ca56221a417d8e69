-- The mentor must be contracted (mentor_programmes, active) on the ledger's programme.
SELECT EXISTS (SELECT 1 FROM public.mentor_credits c
               JOIN public.mentor_programmes mp ON mp.programme_id = c.programme_id AND mp.mentor_id = $2 AND mp.status = 'active'
               WHERE c.id = $1)
