-- 20261203060000_self_reference_parents.sql
-- course_pages?select=*,parent:parent_page_id(*) and comments?select=*,parent:parent_comment_id(*):
-- PostgREST embeds a self-reference's parent only through a single-column foreign key. The
-- composite keys become single-column ones; what they also guaranteed (the parent page is of the
-- same course, the parent comment of the same tenant) is checked by platform.check_parent_scope
-- (23503), which also keeps a row with children from moving to another course / tenant.
ALTER TABLE public.course_pages DROP CONSTRAINT course_pages_parent_page_id_fkey;
ALTER TABLE public.course_pages ADD CONSTRAINT course_pages_parent_page_id_fkey FOREIGN KEY (parent_page_id)
    REFERENCES public.course_pages (id) ON DELETE CASCADE;
CREATE TRIGGER course_pages_05_parent_scope BEFORE INSERT OR UPDATE OF parent_page_id, course_id ON public.course_pages
    FOR EACH ROW EXECUTE FUNCTION platform.check_parent_scope('parent_page_id', 'course_id');

ALTER TABLE public.comments DROP CONSTRAINT comments_parent_comment_id_fkey;
ALTER TABLE public.comments ADD CONSTRAINT comments_parent_comment_id_fkey FOREIGN KEY (parent_comment_id)
    REFERENCES public.comments (id) ON DELETE CASCADE;
CREATE TRIGGER comments_05_parent_scope BEFORE INSERT OR UPDATE OF parent_comment_id, tenant_id ON public.comments
    FOR EACH ROW EXECUTE FUNCTION platform.check_parent_scope('parent_comment_id', 'tenant_id');
