-- One maintainer per parent at a time (concurrent callers wait, then find the work done);
-- released at commit.
SELECT pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('platform.partitions:' || $1::pg_catalog.oid::text, 0))
