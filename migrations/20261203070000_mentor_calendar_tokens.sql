-- 20261203070000_mentor_calendar_tokens.sql
-- A secret does not belong in a table every member reads: the mentors' encrypted calendar tokens
-- move from mentors.calendar_token_encrypted (hidden by a column grant, which made `select=*` on
-- mentors and every mentors(*) embed fail with 42501) to a table of their own in the internal
-- schema, which no API role can read (no privileges, RLS on without a policy). The column keeps
-- its name. Written and read only through platform.set_mentor_calendar_token() and
-- platform.mentor_calendar_token(); the key is elsewhere (platform.calendar_token_key()).
CREATE TABLE platform.mentor_calendar_tokens (
    mentor_id                uuid PRIMARY KEY
                             CONSTRAINT mentor_calendar_tokens_mentor_id_fkey REFERENCES public.mentors (id) ON DELETE CASCADE,
    calendar_token_encrypted bytea NOT NULL,
    updated_at               timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE platform.mentor_calendar_tokens ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON platform.mentor_calendar_tokens FROM PUBLIC, anon, authenticated, service_role;
COMMENT ON TABLE platform.mentor_calendar_tokens IS
    'Mentors'' calendar API tokens, encrypted (pgcrypto, AES-256); readable by no API role. Use platform.set_mentor_calendar_token() and platform.mentor_calendar_token().';
COMMENT ON COLUMN platform.mentor_calendar_tokens.mentor_id IS 'The mentor (one token each).';
COMMENT ON COLUMN platform.mentor_calendar_tokens.calendar_token_encrypted IS 'The token, pgp_sym_encrypt''ed with the key of platform.calendar_token_key().';
COMMENT ON COLUMN platform.mentor_calendar_tokens.updated_at IS 'When the token was last set or re-encrypted.';

INSERT INTO platform.mentor_calendar_tokens (mentor_id, calendar_token_encrypted)
SELECT m.id, m.calendar_token_encrypted FROM public.mentors m WHERE m.calendar_token_encrypted IS NOT NULL;
ALTER TABLE public.mentors DROP COLUMN calendar_token_encrypted;
-- Every column of mentors is readable by members now: a table-level grant, so `select=*` works.
GRANT SELECT ON public.mentors TO authenticated;
