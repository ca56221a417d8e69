\set n random(1, :modules)
\set undo random(1, 4)
BEGIN;
SELECT set_config('request.jwt.claims', claims, true), set_config('role', 'authenticated', true) FROM soak.modules WHERE n = :n;
SELECT soak.progress(:n, :undo = 1);
COMMIT;
