SELECT c.id, c.tenant_id, c.description, c.stage, c.funding_stage, c.challenges, c.sector, c.company_size,
       c.location, c.postcode, c.website_url, c.logo_url, c.profile_completeness_score
FROM public.companies c
WHERE c.id = $1
