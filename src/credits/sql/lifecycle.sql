-- The mentor session lifecycle, a state machine (docs/access-matrix.md):
--
--   pending --(mentor)--> confirmed --(mentor, once started)--> completed
--      |                      |
--      +--(mentor or the paying company's staff, before the start)--> cancelled
--
-- * API callers (authenticated and every role that is not privileged, platform.caller_role()):
--   - book as `pending` only, for themselves (booked_by is the caller), starting in the future;
--   - pending -> confirmed: the mentor; -> completed: the mentor, once the session has started;
--     -> cancelled: the mentor or the paying company's staff, before the session starts;
--   - completed and cancelled are final: status, times, mentor and ledger no longer change
--     (notes, meeting_url and external_calendar_id stay editable);
--   - the mentor and the ledger (credit_id) of a booking never change, and credits_consumed and
--     cancelled_at are not client-writable (column privileges, and checked here too);
--   - rescheduling (starts_at / ends_at) only before the session starts, to a future start.
-- * Everyone, the service role included: a completed (delivered) session cannot be cancelled, so
--   credits are refunded only for sessions cancelled before they were delivered.
-- Refusals: 42501 when the caller is not the party who may do it, 23514 when nobody may; both
-- with a hint. cancelled_at is set when a session is cancelled.
CREATE FUNCTION platform.guard_mentor_session() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
    privileged boolean := platform.caller_is_privileged();
    is_mentor boolean;
    is_company boolean;
    old_status text := CASE WHEN TG_OP = 'UPDATE' THEN OLD.status::text END;
    new_status text := NEW.status::text;
BEGIN
    IF TG_OP = 'UPDATE' AND old_status = 'completed' AND new_status = 'cancelled' THEN
        RAISE EXCEPTION 'mentor session % was delivered (completed) and cannot be cancelled', NEW.id
            USING ERRCODE = 'check_violation',
                  HINT = 'Credits are refunded only for sessions cancelled before they were delivered; the service role may grant credits back on mentor_credits.credits_granted.';
    END IF;
    IF new_status = 'cancelled' AND (TG_OP = 'INSERT' OR old_status <> 'cancelled') THEN
        NEW.cancelled_at := COALESCE(NEW.cancelled_at, pg_catalog.now());
    END IF;
    IF privileged THEN
        RETURN NEW;
    END IF;

    IF TG_OP = 'INSERT' THEN
        IF new_status <> 'pending' THEN
            RAISE EXCEPTION 'a mentor session is booked as pending, not %', new_status
                USING ERRCODE = 'insufficient_privilege', HINT = 'Omit status; the mentor confirms the booking.';
        END IF;
        IF NEW.booked_by IS DISTINCT FROM auth.uid() THEN
            IF NEW.booked_by IS NOT NULL THEN
                RAISE EXCEPTION 'booked_by must be the signed-in user'
                    USING ERRCODE = 'insufficient_privilege', HINT = 'Omit booked_by; it is the caller.';
            END IF;
            NEW.booked_by := auth.uid();
        END IF;
        IF NEW.starts_at <= pg_catalog.now() THEN
            RAISE EXCEPTION 'a mentor session must be booked to start in the future'
                USING ERRCODE = 'check_violation', HINT = 'Choose a starts_at after now().';
        END IF;
        RETURN NEW;
    END IF;

    -- UPDATE by an API caller.
    IF NEW.credits_consumed IS DISTINCT FROM OLD.credits_consumed OR NEW.cancelled_at IS DISTINCT FROM OLD.cancelled_at
       AND NOT (new_status = 'cancelled' AND old_status <> 'cancelled') THEN
        RAISE EXCEPTION 'credits_consumed and cancelled_at are maintained by the platform'
            USING ERRCODE = 'insufficient_privilege', HINT = 'Change status instead; the credits follow it.';
    END IF;
    IF NEW.mentor_id IS DISTINCT FROM OLD.mentor_id OR NEW.credit_id IS DISTINCT FROM OLD.credit_id
       OR NEW.tenant_id IS DISTINCT FROM OLD.tenant_id THEN
        RAISE EXCEPTION 'the mentor and the credit ledger of a booking cannot be changed'
            USING ERRCODE = 'insufficient_privilege', HINT = 'Cancel the session and book a new one.';
    END IF;
    IF old_status IN ('completed', 'cancelled')
       AND (new_status <> old_status OR NEW.starts_at IS DISTINCT FROM OLD.starts_at OR NEW.ends_at IS DISTINCT FROM OLD.ends_at) THEN
        RAISE EXCEPTION 'mentor session % is %, which is final', NEW.id, old_status
            USING ERRCODE = 'check_violation', HINT = 'Book a new session instead.';
    END IF;
    IF (NEW.starts_at IS DISTINCT FROM OLD.starts_at OR NEW.ends_at IS DISTINCT FROM OLD.ends_at)
       AND (OLD.starts_at <= pg_catalog.now() OR NEW.starts_at <= pg_catalog.now()) THEN
        RAISE EXCEPTION 'a mentor session can be rescheduled only before it starts, to a future start'
            USING ERRCODE = 'check_violation', HINT = 'Cancel it (before it starts) and book a new one.';
    END IF;
    IF new_status = old_status THEN
        RETURN NEW;
    END IF;

    is_mentor := NEW.mentor_id = ANY (ARRAY(SELECT platform.my_mentor_ids()));
    is_company := EXISTS (SELECT 1 FROM public.mentor_credits c
                          WHERE c.id = NEW.credit_id AND c.company_id = ANY (ARRAY(SELECT platform.my_company_ids('member'))));
    CASE
        WHEN old_status = 'pending' AND new_status = 'confirmed' THEN
            IF NOT is_mentor THEN
                RAISE EXCEPTION 'only the mentor can confirm a session'
                    USING ERRCODE = 'insufficient_privilege', HINT = 'The company may cancel a pending session; the mentor confirms it.';
            END IF;
        WHEN old_status IN ('pending', 'confirmed') AND new_status = 'completed' THEN
            IF NOT is_mentor THEN
                RAISE EXCEPTION 'only the mentor can mark a session completed'
                    USING ERRCODE = 'insufficient_privilege', HINT = 'The mentor records delivery after the session.';
            END IF;
            IF OLD.starts_at > pg_catalog.now() THEN
                RAISE EXCEPTION 'mentor session % has not started yet and cannot be completed', NEW.id
                    USING ERRCODE = 'check_violation', HINT = 'Mark it completed once it has taken place.';
            END IF;
        WHEN old_status IN ('pending', 'confirmed') AND new_status = 'cancelled' THEN
            IF NOT (is_mentor OR is_company) THEN
                RAISE EXCEPTION 'only the mentor or the paying company can cancel a session'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF OLD.starts_at <= pg_catalog.now() THEN
                RAISE EXCEPTION 'mentor session % has already started and can no longer be cancelled', NEW.id
                    USING ERRCODE = 'check_violation',
                          HINT = 'Sessions are cancelled (and refunded) before they start; ask the provider for a correction.';
            END IF;
        ELSE
            RAISE EXCEPTION 'a mentor session cannot go from % to %', old_status, new_status
                USING ERRCODE = 'check_violation',
                      HINT = 'pending -> confirmed -> completed, or pending/confirmed -> cancelled before the start.';
    END CASE;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION platform.guard_mentor_session() IS
    'Trigger function (BEFORE INSERT OR UPDATE ON mentor_sessions, per row): the session lifecycle. API callers book pending sessions for themselves; the mentor confirms and completes (after the start); the mentor or the paying company cancels before the start; completed and cancelled are final; mentor, ledger, credits_consumed and cancelled_at are not client-writable. Nobody cancels a completed session (no refund after delivery). 42501 / 23514 with a hint.';
