SELECT t.settings FROM public.tenants t WHERE t.id = $1
