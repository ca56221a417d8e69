-- Time-ordered UUIDs (RFC 9562 version 7): the function is Rust (src/shared/uuid_v7.rs); its
-- catalog comment here. The id default of the append-heavy tables (audit_logs, activities,
-- notifications, event_outbox): with random (v4) keys every insert lands on a random leaf of a
-- primary-key index that, at a million content items, is far bigger than the cache (the audit
-- trail of a 5 000-row bulk insert took ~1 s at the large scale, mostly waiting on those leaves);
-- v7 keys append at the right edge instead.
-- The one function of the extension without a SET search_path: a SET clause makes every call
-- save and restore the configuration, which every audit row, activity and notification would
-- pay. It needs none: it runs no SQL, and it is not SECURITY DEFINER. (Until 0.3.0 it was a SQL
-- function inlined into the column defaults, ~2 us per id against ~0.3 now.)
COMMENT ON FUNCTION platform.uuid_v7() IS
    'A time-ordered UUID (version 7: Unix milliseconds then random bits), the id default of append-heavy tables so their primary keys grow at the right edge.';
