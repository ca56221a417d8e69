-- Booking writes mentor_credits.credits_used, which no API role may write: the trigger runs with
-- the owner's rights and an empty search_path (its SQL qualifies every name).
ALTER FUNCTION platform.mentor_sessions_credits() SECURITY DEFINER SET search_path = '';
COMMENT ON FUNCTION platform.mentor_sessions_credits() IS
    'Trigger function (AFTER INSERT OR UPDATE OR DELETE ON mentor_sessions, per row): consumes credits_consumed from the session''s mentor_credits ledger atomically while the session is not cancelled; refunds exactly once on cancel or delete; adjusts by the difference when credits_consumed or credit_id change. Refusals: SQLSTATE 23514 (insufficient, expired, inactive, mentor not on the programme) or 23503 (no such ledger in the tenant).';
