\set n random(1, :feed_users)
BEGIN;
SELECT set_config('request.jwt.claims', claims, true), set_config('role', 'authenticated', true) FROM soak.feed_users WHERE n = :n;
SELECT soak.feed(:n);
COMMIT;
