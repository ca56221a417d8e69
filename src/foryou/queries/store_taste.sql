INSERT INTO public.user_embeddings AS ue (tenant_id, user_id, embedding, computed_at)
VALUES ($2, $1, $3::real[], pg_catalog.now())
ON CONFLICT (user_id, tenant_id) DO UPDATE SET embedding = EXCLUDED.embedding, computed_at = EXCLUDED.computed_at
