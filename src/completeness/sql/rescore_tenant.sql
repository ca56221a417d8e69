UPDATE public.companies SET profile_completeness_score = profile_completeness_score WHERE tenant_id = $1
