-- 20261126010000_partition_management.sql
-- Configuration for platform.run_maintenance(): one row per partitioned parent. A table of data,
-- so it lives here (dumped with its rows), not in the extension.
CREATE TABLE platform.partition_config (
    parent             regclass PRIMARY KEY,
    premake            integer NOT NULL DEFAULT 4
                       CONSTRAINT partition_config_premake_check CHECK (premake BETWEEN 0 AND 40),
    retention_quarters integer
                       CONSTRAINT partition_config_retention_check CHECK (retention_quarters IS NULL OR retention_quarters >= 1),
    drop_retired       boolean NOT NULL DEFAULT false,
    updated_at         timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE platform.partition_config IS
    'Partition maintenance settings per partitioned parent, applied by platform.run_maintenance() (schedule it daily, e.g. with pg_cron).';
COMMENT ON COLUMN platform.partition_config.parent IS 'The RANGE-partitioned table (quarterly partitions).';
COMMENT ON COLUMN platform.partition_config.premake IS 'Quarters after the current one to create ahead of time.';
COMMENT ON COLUMN platform.partition_config.retention_quarters IS 'Quarters to keep, counting the current one; older partitions are detached. NULL keeps everything.';
COMMENT ON COLUMN platform.partition_config.drop_retired IS 'Drop retired partitions instead of only detaching them.';
COMMENT ON COLUMN platform.partition_config.updated_at IS 'When the row last changed (maintained by trigger).';
REVOKE ALL ON platform.partition_config FROM PUBLIC;
CREATE TRIGGER partition_config_set_updated_at BEFORE UPDATE ON platform.partition_config
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

INSERT INTO platform.partition_config (parent, premake, retention_quarters) VALUES ('public.activities', 4, NULL);

-- Writers of the activity log (RLS decides what an authenticated caller may log).
GRANT EXECUTE ON FUNCTION platform.log_activity(uuid, uuid, text, text, uuid, jsonb, timestamptz) TO authenticated, service_role;
