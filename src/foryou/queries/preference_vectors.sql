SELECT t.embedding::real[]
FROM public.user_preferences up
JOIN public.tags t ON t.tenant_id = up.tenant_id AND t.name = ANY (up.topics)
WHERE up.user_id = $1 AND up.tenant_id = $2 AND t.embedding IS NOT NULL
