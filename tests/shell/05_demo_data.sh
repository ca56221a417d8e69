#!/usr/bin/env bash
# platform.generate_demo_data: every table gets rows, and the same seed gives the same data.
source "$(dirname "$0")/tap.sh"
plan 9
platform_db demo_a
platform_db demo_b
summary=$(q -d demo_a -c "SELECT platform.generate_demo_data('tiny', 1)"); ok $? "tiny demo data loads"
q -d demo_b -c "SELECT platform.generate_demo_data('tiny', 1)" >/dev/null
is "$(q -d demo_a -c "SELECT string_agg(k, ',' ORDER BY k) FROM jsonb_object_keys('$summary'::jsonb -> 'phases') k")" \
   "activity,analyze,companies,content,embeddings,learning,mentoring,people,preferences,tag_vector_indexes,tag_vectors_reindex,tags,vector_indexes" \
   "the summary gives the seconds of every phase"

is "$(q -d demo_a -c "SELECT string_agg(c.relname, ',' ORDER BY c.relname) FROM pg_class c
                      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
                        AND (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM public.%I', c.relname), false, true, '')))[1]::text = '0'")" \
   "" "every one of the 43 tables has rows"

# A fingerprint of the data that must not depend on the day or the order of insertion: ids, names,
# statuses, vectors, tag links, signups, engagements.
fingerprint() {
  q -d "$1" -c "SELECT md5(string_agg(x, '|' ORDER BY x)) FROM (
      SELECT id::text || name || slug AS x FROM tenants
      UNION ALL SELECT id::text || title || status || provider_id FROM programmes
      UNION ALL SELECT id::text || coalesce(title, '') || page_id || type FROM course_modules
      UNION ALL SELECT content_id::text || md5(embedding::text) FROM embeddings
      UNION ALL SELECT tag_id::text || target_type || target_id FROM tag_links
      UNION ALL SELECT company_id::text || programme_id || status FROM programme_signups
      UNION ALL SELECT user_id::text || module_id || (completed_at IS NOT NULL) FROM course_engagements
      UNION ALL SELECT id::text || coalesce(stage, '-') || coalesce(sector, '-') FROM companies
      UNION ALL SELECT user_id::text || md5(embedding::text) FROM user_embeddings) s"
}
fa=$(fingerprint demo_a)
[[ $fa =~ ^[0-9a-f]{32}$ && $fa == "$(fingerprint demo_b)" ]]
ok $? "the same seed gives the same data in another database ($fa)"
platform_db demo_c
q -d demo_c -c "SELECT platform.generate_demo_data('small', 2)" >/dev/null
[[ "$(fingerprint demo_a)" != "$(fingerprint demo_c)" ]]; ok $? "another seed gives other data"
# The exact path reads platform.tag_vectors page by page: the load leaves its primary key packed
# (as another REINDEX would), not with the half-empty pages its triggers' inserts leave behind
# (at small scale ~20 % more pages; tiny is too small to tell).
packed=$(q -d demo_c -c "SELECT pg_relation_size('platform.tag_vectors_pkey')")
q -d demo_c -c "REINDEX INDEX platform.tag_vectors_pkey" >/dev/null
is "$packed" "$(q -d demo_c -c "SELECT pg_relation_size('platform.tag_vectors_pkey')")" "tag_vectors' primary key is packed after the load"

err=$(q -d demo_a -c "SELECT platform.generate_demo_data('tiny', 1)" 2>&1)
[[ $err == *"already loaded"* ]]; ok $? "loading the same seed twice is refused: $err"
err=$(q -d demo_a -c "SELECT platform.generate_demo_data('huge', 3)" 2>&1)
[[ $err == *"unknown demo scale"* ]]; ok $? "an unknown scale is refused: $err"
# The clustering the For You feed relies on: items of one topic are closer to their topic tag
# than to any other tag.
is "$(q -d demo_a -c "SELECT round(avg(((SELECT t.id FROM tags t WHERE t.tenant_id = e.tenant_id AND t.tag_set = 'topic'
                                           ORDER BY t.embedding <=> e.embedding LIMIT 1)
                                        = (SELECT tl.tag_id FROM tag_links tl JOIN tags t2 ON t2.id = tl.tag_id
                                           WHERE tl.target_type = e.content_type AND tl.target_id = e.content_id
                                           ORDER BY t2.embedding <=> e.embedding LIMIT 1))::int), 1)
                      FROM embeddings e")" "1.0" "every item's nearest topic tag is one of its own tags"
drop_db demo_a; drop_db demo_b; drop_db demo_c
done_testing
