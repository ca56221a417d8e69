BEGIN;
SELECT set_config('request.jwt.claims', '{"role": "service_role"}', true), set_config('role', 'service_role', true);
SELECT soak.publish(:client_id);
COMMIT;
