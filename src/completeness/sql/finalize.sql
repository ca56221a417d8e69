-- The triggers write profile_completeness_score, which no API role may write: they run with the
-- owner's rights, with an empty search_path (their SQL qualifies every name).
ALTER FUNCTION platform.companies_completeness() SECURITY DEFINER SET search_path = '';
ALTER FUNCTION platform.company_staff_completeness() SECURITY DEFINER SET search_path = '';
ALTER FUNCTION platform.tenants_settings_check() SET search_path = '';
ALTER FUNCTION platform.tenants_settings_rescore() SECURITY DEFINER SET search_path = '';
ALTER FUNCTION platform.profile_completeness(uuid) SET search_path = '';
COMMENT ON FUNCTION platform.companies_completeness() IS
    'Trigger function (BEFORE INSERT OR UPDATE ON companies): sets profile_completeness_score from the profile, staff and the tenant''s weights.';
COMMENT ON FUNCTION platform.company_staff_completeness() IS
    'Trigger function (AFTER INSERT OR UPDATE OR DELETE ON company_staff): rescores the company (staff present counts).';
COMMENT ON FUNCTION platform.tenants_settings_check() IS
    'Trigger function (BEFORE INSERT OR UPDATE OF settings ON tenants): rejects invalid settings (SQLSTATE 22023, naming the key).';
COMMENT ON FUNCTION platform.tenants_settings_rescore() IS
    'Trigger function (AFTER UPDATE OF settings ON tenants): rescores the tenant''s companies when completeness weights change.';
COMMENT ON FUNCTION platform.profile_completeness(uuid) IS
    'A company''s profile completeness: score, stored score, every counted field with its points, and the missing ones with a suggestion ("add your funding stage: +15"). Runs with the caller''s rights (RLS applies).';
