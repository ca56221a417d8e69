SELECT EXISTS (SELECT 1 FROM public.company_staff cs WHERE cs.company_id = $1 AND cs.status = 'active')
