-- Mentor credit consumption: booking is a plain INSERT; refusals carry SQLSTATE 23514 (or 23503)
-- and change nothing.
BEGIN;
SELECT plan(17);

SELECT tests.create_user(n || '@k.example', tests.id(n)) FROM unnest(ARRAY['k_mentor', 'k_mentor2', 'k_staff']) AS n;
INSERT INTO tenants (id, name, slug) VALUES (tests.id('tk'), 'K', 'cred-k');
INSERT INTO providers (id, tenant_id, name, slug) VALUES (tests.id('kp'), tests.id('tk'), 'KP', 'kp');
INSERT INTO programmes (id, provider_id, title, status) VALUES (tests.id('kpr'), tests.id('kp'), 'Prog', 'published'),
                                                              (tests.id('kpr2'), tests.id('kp'), 'Other', 'published');
INSERT INTO companies (id, tenant_id, name) VALUES (tests.id('kc'), tests.id('tk'), 'KC');
INSERT INTO mentors (id, tenant_id, user_id) VALUES (tests.id('km'), tests.id('tk'), tests.id('k_mentor')), (tests.id('km2'), tests.id('tk'), tests.id('k_mentor2'));
INSERT INTO mentor_programmes (mentor_id, programme_id) VALUES (tests.id('km'), tests.id('kpr')), (tests.id('km'), tests.id('kpr2'));
INSERT INTO mentor_credits (id, company_id, programme_id, credits_granted) VALUES
    (tests.id('kl'), tests.id('kc'), tests.id('kpr'), 3), (tests.id('kl2'), tests.id('kc'), tests.id('kpr2'), 2);

CREATE FUNCTION pg_temp.used(ledger text) RETURNS text LANGUAGE sql AS
$$ SELECT credits_used || '/' || credits_remaining FROM mentor_credits WHERE id = tests.id(ledger) $$;
CREATE FUNCTION pg_temp.book(sid text, credits int DEFAULT 1, ledger text DEFAULT 'kl', mentor text DEFAULT 'km') RETURNS void LANGUAGE sql AS
$$ INSERT INTO mentor_sessions (id, mentor_id, credit_id, credits_consumed, starts_at, ends_at)
   VALUES (tests.id(sid), tests.id(mentor), tests.id(ledger), credits, now() + interval '1 day', now() + interval '1 day 1 hour') $$;

SELECT pg_temp.book('s1');
SELECT is(pg_temp.used('kl'), '1/2', 'booking consumes its credits (used 1, remaining 2)');
SELECT pg_temp.book('s2', 2);
SELECT is(pg_temp.used('kl'), '3/0', 'a 2-credit booking consumes 2');
SELECT throws_ok($$SELECT pg_temp.book('s3')$$, '23514', 'insufficient mentor credits: 0 remaining, 1 requested (ledger ' || tests.id('kl') || ')',
                 'overspending is refused with 23514 and says how many remain');
SELECT is((SELECT count(*)::int FROM mentor_sessions WHERE id = tests.id('s3')) || ' ' || pg_temp.used('kl'), '0 3/0', '... and changes nothing');
UPDATE mentor_sessions SET status = 'cancelled' WHERE id = tests.id('s2');
SELECT is(pg_temp.used('kl'), '1/2', 'cancelling refunds the credits');
UPDATE mentor_sessions SET status = 'cancelled', notes = 'again' WHERE id = tests.id('s2');
SELECT is(pg_temp.used('kl'), '1/2', 'cancelling twice refunds once');
UPDATE mentor_sessions SET status = 'completed' WHERE id = tests.id('s1');
SELECT is(pg_temp.used('kl'), '1/2', 'completing keeps them consumed');
UPDATE mentor_sessions SET credits_consumed = 3 WHERE id = tests.id('s1');
SELECT is(pg_temp.used('kl'), '3/0', 'raising credits_consumed consumes the difference');
SELECT throws_ok($$UPDATE mentor_sessions SET status = 'confirmed' WHERE id = tests.id('s2')$$, '23514', NULL,
                 'un-cancelling needs the credits again, and there are none');
UPDATE mentor_sessions SET credit_id = tests.id('kl2'), credits_consumed = 2 WHERE id = tests.id('s1');
SELECT is(pg_temp.used('kl') || ' ' || pg_temp.used('kl2'), '0/3 2/0', 'moving a session to another ledger refunds one and charges the other');
DELETE FROM mentor_sessions WHERE id = tests.id('s1');
SELECT is(pg_temp.used('kl2'), '0/2', 'deleting a live session refunds it');

-- Refusals.
SELECT throws_ok($$SELECT pg_temp.book('s4', 1, 'kl', 'km2')$$, '23514', NULL, 'a mentor not on the ledger''s programme is refused');
UPDATE mentor_credits SET expires_at = now() - interval '1 second', valid_from = now() - interval '1 day' WHERE id = tests.id('kl');
SELECT throws_matching($$SELECT pg_temp.book('s5')$$, 'has expired', 'an expired ledger is refused');
UPDATE mentor_credits SET expires_at = NULL, status = 'suspended' WHERE id = tests.id('kl');
SELECT throws_matching($$SELECT pg_temp.book('s6')$$, 'is suspended, not active', 'an inactive ledger is refused');
SELECT throws_ok($$INSERT INTO mentor_sessions (mentor_id, credits_consumed, starts_at, ends_at) VALUES (tests.id('km'), 1, now(), now() + interval '1 hour')$$,
                 '23502', NULL, 'consuming credits without a ledger is refused');
SELECT throws_ok($$SELECT pg_temp.book('s7', -1, 'kl2')$$, '23514', NULL, 'negative credits are refused');
SELECT throws_ok($$SELECT pg_temp.book('s8', 1, 'nope')$$, '23503', NULL, 'an unknown ledger is refused');

SELECT * FROM finish();
ROLLBACK;
