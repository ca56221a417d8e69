-- 20261203010000_session_lifecycle.sql
-- The mentor session lifecycle (platform.guard_mentor_session, src/credits/sql/lifecycle.sql):
-- pending -> confirmed -> completed by the mentor, cancelled before the start by the mentor or
-- the paying company; completed and cancelled are final for API callers, and a completed
-- session is never cancelled (credits are refunded only before delivery). credits_consumed and
-- cancelled_at are maintained by the platform: not client-writable.
REVOKE INSERT (credits_consumed) ON public.mentor_sessions FROM authenticated;
REVOKE UPDATE (credits_consumed, cancelled_at) ON public.mentor_sessions FROM authenticated;
-- Sorts after mentor_sessions_01_fill_scope (BEFORE triggers fire in name order).
CREATE TRIGGER mentor_sessions_02_guard_lifecycle BEFORE INSERT OR UPDATE ON public.mentor_sessions
    FOR EACH ROW EXECUTE FUNCTION platform.guard_mentor_session();
COMMENT ON COLUMN public.mentor_sessions.status IS
    'Booking state (booking_status): pending -> confirmed -> completed (the mentor, after the start), or cancelled before the start (the mentor or the paying company). completed and cancelled are final for API callers.';
COMMENT ON COLUMN public.mentor_sessions.credits_consumed IS
    'Credits this session consumes (default 1; set by the service role, not by API callers).';
COMMENT ON COLUMN public.mentor_sessions.cancelled_at IS 'When the session was cancelled (set by the platform).';
COMMENT ON COLUMN public.mentor_sessions.booked_by IS 'Who booked the session (the signed-in user for API bookings).';
