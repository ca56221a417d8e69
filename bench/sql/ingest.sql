-- Activity ingest through platform.log_activity (one call per row), rolled back. JSON row.
CREATE TEMP TABLE ing (method text, rows int, ms double precision);
DO $$
DECLARE
    t uuid := platform.demo_uuid(1, 'tenant', 1);
    u uuid := platform.demo_uuid(1, 'user', 100000021);
    n int := current_setting('bench.ingest_rows')::int;
    t0 timestamptz; ms double precision;
BEGIN
    BEGIN
        t0 := clock_timestamp();
        PERFORM platform.log_activity(t, u, 'bench.logged', NULL, NULL, '{}', '2026-08-01'::timestamptz + make_interval(secs => i))
        FROM generate_series(1, n) i;
        ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
        RAISE EXCEPTION 'rollback' USING ERRCODE = 'P0001';
    EXCEPTION WHEN raise_exception THEN NULL;
    END;
    INSERT INTO ing VALUES ('log_activity', n, ms);
END $$;
SELECT json_build_object('method', method, 'rows', rows, 'ms', round(ms::numeric, 1), 'rows_per_s', round((rows / (ms / 1000))::numeric)) FROM ing;
