\set n random(1, :bookings)
\set hours random(24, 24000)
\set cancel random(1, 3)
BEGIN;
SELECT set_config('request.jwt.claims', claims, true), set_config('role', 'authenticated', true) FROM soak.bookings WHERE n = :n;
SELECT CASE WHEN :cancel = 1 THEN soak.cancel(:n) ELSE soak.book(:n, :hours) END;
COMMIT;
