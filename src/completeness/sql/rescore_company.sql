-- A no-op assignment: the BEFORE UPDATE trigger on companies recomputes the score.
UPDATE public.companies SET profile_completeness_score = profile_completeness_score WHERE id = $1
