-- One row per object of the platform extension with a hash of its definition, grants and comment
-- (and the ACL of schema platform): equal output means equal installs.
SELECT pg_describe_object(d.classid, d.objid, 0) AS obj,
       md5(coalesce(CASE WHEN d.classid = 'pg_proc'::regclass THEN pg_get_functiondef(d.objid) END, '')
           || coalesce((SELECT array_to_string(p.proacl, ',') FROM pg_proc p WHERE d.classid = 'pg_proc'::regclass AND p.oid = d.objid), '')
           || coalesce(obj_description(d.objid, d.classid::regclass::name), '')) AS fp
FROM pg_depend d
WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'platform') AND d.deptype = 'e'
UNION ALL SELECT 'schema platform acl', md5(coalesce(array_to_string(nspacl, ','), '')) FROM pg_namespace WHERE nspname = 'platform'
ORDER BY 1;
