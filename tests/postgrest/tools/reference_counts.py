#!/usr/bin/env python3
"""Expected row counts for requests.tsv, computed with plain SQL, not with the replay.

    python3 tests/postgrest/tools/reference_counts.py DB            # print the numbers
    python3 tests/postgrest/tools/reference_counts.py DB --write    # record them in requests.tsv

DB: migrated, with platform.generate_demo_data('tiny', 1). Each number is a count(*) over an
ordinary join written by hand (the natural join columns, e.g. course_pages.course_id = courses.id,
not the composite foreign keys PostgREST joins on), run in a transaction that sets the role and
request.jwt.claims as the request does, so row-level security applies the same way. --write also
regenerates the block after the marker "# --- select=* on every table" from the catalog: every
table in public, as anon (no privilege: 401 42501), as the member (42501 -> 403 without SELECT, else
the visible rows) and as service_role with count=exact (rows capped by db-max-rows 1000: 206).
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(HERE, ".."))
import postgrest  # noqa: E402  (only for load_vars / load_requests: file formats)

MAX_ROWS = 1000
REQUESTS = os.path.join(HERE, "..", "requests.tsv")
VARS = os.path.join(HERE, "..", "vars.tsv")
MARKER = "# --- select=* on every table"

# (request, role, user) -> (rows SQL, {embed key: SQL}); ${var} as in vars.tsv.
PUBLISHED = "p.status = 'published'"
REF = {
    ("GET /programmes?select=*,provider:providers(*),cohorts(*)&status=eq.published", "*"): (
        f"SELECT count(*) FROM programmes p WHERE {PUBLISHED}",
        {"provider": f"SELECT count(*) FROM programmes p JOIN providers v ON v.id = p.provider_id WHERE {PUBLISHED}",
         "cohorts": f"SELECT count(*) FROM programmes p JOIN cohorts c ON c.programme_id = p.id WHERE {PUBLISHED}"}),
    ("GET /courses?select=*,course_pages(*,course_modules(*))", "*"): (
        "SELECT count(*) FROM courses",
        {"course_pages": "SELECT count(*) FROM courses c JOIN course_pages cp ON cp.course_id = c.id"}),
    ("GET /courses?select=*,course_pages(*,course_modules(*))&id=eq.${course1}", "*"): (
        "SELECT count(*) FROM courses WHERE id = '${course1}'",
        {"course_pages": "SELECT count(*) FROM courses c JOIN course_pages cp ON cp.course_id = c.id WHERE c.id = '${course1}'"}),
    ("GET /tenants?select=*,users(*)", "*"): (
        "SELECT count(*) FROM tenants",
        {"users": "SELECT count(*) FROM tenants t JOIN tenant_users x ON x.tenant_id = t.id JOIN users u ON u.id = x.user_id"}),
    ("GET /users?select=*,tenants(*)", "*"): (
        "SELECT count(*) FROM users",
        {"tenants": "SELECT count(*) FROM users u JOIN tenant_users x ON x.user_id = u.id JOIN tenants t ON t.id = x.tenant_id"}),
    ("GET /companies?select=*,users(*)", "*"): (
        "SELECT count(*) FROM companies",
        {"users": "SELECT count(*) FROM companies c JOIN company_staff x ON x.company_id = c.id JOIN users u ON u.id = x.user_id"}),
    ("GET /users?select=*,companies(*)", "*"): (
        "SELECT count(*) FROM users",
        {"companies": "SELECT count(*) FROM users u JOIN company_staff x ON x.user_id = u.id JOIN companies c ON c.id = x.company_id"}),
    ("GET /providers?select=*,users(*)", "*"): (
        "SELECT count(*) FROM providers",
        {"users": "SELECT count(*) FROM providers p JOIN providers_staff x ON x.provider_id = p.id JOIN users u ON u.id = x.user_id"}),
    ("GET /programmes?select=*,mentors(*)", "*"): (
        "SELECT count(*) FROM programmes",
        {"mentors": "SELECT count(*) FROM programmes p JOIN mentor_programmes x ON x.programme_id = p.id JOIN mentors m ON m.id = x.mentor_id"}),
    ("GET /mentors?select=*,programmes(*)", "*"): (
        "SELECT count(*) FROM mentors",
        {"programmes": "SELECT count(*) FROM mentors m JOIN mentor_programmes x ON x.mentor_id = m.id JOIN programmes p ON p.id = x.programme_id"}),
    ("GET /mentor_sessions?select=*,users(*)", "*"): (
        "SELECT count(*) FROM mentor_sessions",
        {"users": "SELECT count(*) FROM mentor_sessions s JOIN mentor_session_signups x ON x.session_id = s.id JOIN users u ON u.id = x.user_id"}),
    ("GET /mentor_sessions?select=*,attendees:users!mentor_session_signups(*)", "*"): (
        "SELECT count(*) FROM mentor_sessions",
        {"attendees": "SELECT count(*) FROM mentor_sessions s JOIN mentor_session_signups x ON x.session_id = s.id JOIN users u ON u.id = x.user_id"}),
    ("GET /mentor_sessions?select=*,booker:users!mentor_sessions_booked_by_fkey(*)", "*"): (
        "SELECT count(*) FROM mentor_sessions",
        {"booker": "SELECT count(*) FROM mentor_sessions s JOIN users u ON u.id = s.booked_by"}),
    ("GET /mentor_sessions?select=*,mentors(*),mentor_session_signups(*)", "*"): (
        "SELECT count(*) FROM mentor_sessions",
        {"mentors": "SELECT count(*) FROM mentor_sessions s JOIN mentors m ON m.id = s.mentor_id",
         "mentor_session_signups": "SELECT count(*) FROM mentor_sessions s JOIN mentor_session_signups x ON x.session_id = s.id"}),
    ("GET /mentor_sessions?select=*,mentors(*)", "*"): (
        "SELECT count(*) FROM mentor_sessions",
        {"mentors": "SELECT count(*) FROM mentor_sessions s JOIN mentors m ON m.id = s.mentor_id"}),
    ("GET /course_pages?select=*,parent:parent_page_id(*)", "*"): (
        "SELECT count(*) FROM course_pages",
        {"parent": "SELECT count(*) FROM course_pages c JOIN course_pages p ON p.id = c.parent_page_id"}),
    ("GET /course_pages?select=id,children:course_pages(id)", "*"): (
        "SELECT count(*) FROM course_pages",
        {"children": "SELECT count(*) FROM course_pages c JOIN course_pages k ON k.parent_page_id = c.id"}),
    ("GET /comments?select=*,parent:parent_comment_id(*)", "*"): (
        "SELECT count(*) FROM comments",
        {"parent": "SELECT count(*) FROM comments c JOIN comments p ON p.id = c.parent_comment_id"}),
    ("GET /comments?select=id,replies:comments(id)", "*"): (
        "SELECT count(*) FROM comments",
        {"replies": "SELECT count(*) FROM comments c JOIN comments r ON r.parent_comment_id = c.id"}),
    ("GET /programme_signups?select=*,applicant:users!programme_signups_applied_by_fkey(*),reviewer:users!programme_signups_reviewed_by_fkey(*)", "*"): (
        "SELECT count(*) FROM programme_signups",
        {"applicant": "SELECT count(*) FROM programme_signups s JOIN users u ON u.id = s.applied_by",
         "reviewer": "SELECT count(*) FROM programme_signups s JOIN users u ON u.id = s.reviewed_by"}),
    ("GET /providers_staff?select=*,users!providers_staff_user_id_fkey(*)", "*"): (
        "SELECT count(*) FROM providers_staff",
        {"users": "SELECT count(*) FROM providers_staff s JOIN users u ON u.id = s.user_id"}),
    ("GET /user_roles?select=*,users!user_roles_user_id_fkey(*)", "*"): (
        "SELECT count(*) FROM user_roles",
        {"users": "SELECT count(*) FROM user_roles r JOIN users u ON u.id = r.user_id"}),
    ("GET /programme_signups?select=status,programmes(*)&company_id=eq.${company1}&status=eq.active", "*"): (
        "SELECT count(*) FROM programme_signups WHERE company_id = '${company1}' AND status = 'active'",
        {"programmes": "SELECT count(*) FROM programme_signups s JOIN programmes p ON p.id = s.programme_id "
                       "WHERE s.company_id = '${company1}' AND s.status = 'active'"}),
    ("GET /tag_links?select=*,tags!inner(name)&target_type=eq.mentor", "*"): (
        "SELECT count(*) FROM tag_links l JOIN tags t ON t.id = l.tag_id WHERE l.target_type = 'mentor'",
        {"tags": "SELECT count(*) FROM tag_links l JOIN tags t ON t.id = l.tag_id WHERE l.target_type = 'mentor'"}),
    ("GET /courses?select=title,course_pages(course_modules(id,course_engagements(module_id)))&id=eq.${course1}", "*"): (
        "SELECT count(*) FROM courses WHERE id = '${course1}'",
        {"course_pages": "SELECT count(*) FROM course_pages WHERE course_id = '${course1}'"}),
    ("GET /course_signups?select=*,courses(title)&user_id=eq.${learner}", "*"): (
        "SELECT count(*) FROM course_signups WHERE user_id = '${learner}'",
        {"courses": "SELECT count(*) FROM course_signups s JOIN courses c ON c.id = s.course_id WHERE s.user_id = '${learner}'"}),
    ("GET /tenant_users?select=*,users(*),tenants(*),roles(*)&user_id=eq.${member}", "*"): (
        "SELECT count(*) FROM tenant_users WHERE user_id = '${member}'",
        {"users": "SELECT count(*) FROM tenant_users x JOIN users u ON u.id = x.user_id WHERE x.user_id = '${member}'",
         "tenants": "SELECT count(*) FROM tenant_users x JOIN tenants t ON t.id = x.tenant_id WHERE x.user_id = '${member}'",
         "roles": "SELECT count(*) FROM tenant_users x JOIN roles r ON r.key = x.role WHERE x.user_id = '${member}'"}),
    ("GET /notifications?select=*&read_at=is.null&order=created_at.desc&limit=20", "*"): (
        "SELECT least(20, count(*)) FROM notifications WHERE read_at IS NULL", {}),
    ("GET /programmes?select=id&limit=5", "*"): (
        "SELECT least(5, count(*)) || '/' || count(*) FROM programmes", {}),
    ("GET /programmes?select=id", "*"): (
        "SELECT least(1000, count(*)) || '/' || count(*) FROM programmes", {}),
    ("GET /audit_logs?select=id", "*"): (
        "SELECT least(1000, count(*)) || '/' || count(*) FROM audit_logs", {}),
    ("POST /rpc/for_you", '{"user_id": "${member}", "tenant_id": "${tenant1}", "tags": ["fundraising"], "k": 5}'): (
        "SELECT count(*) FROM for_you(user_id => '${member}', tenant_id => '${tenant1}', k => 5, tags => ARRAY['fundraising'])", {}),
}


def as_role(db, role, sub, sql):
    claims = '{"role": "%s"%s}' % (role, f', "sub": "{sub}"' if sub else "")
    script = ("BEGIN;\n\\o /dev/null\n"
              f"SELECT set_config('search_path', 'public', true), set_config('role', '{role}', true), "
              f"set_config('request.jwt.claims', '{claims}', true);\n\\o\n{sql};\nROLLBACK;\n")
    p = subprocess.run(["psql", "-X", "-qAt", "-v", "ON_ERROR_STOP=1", "-d", db], input=script,
                       capture_output=True, text=True)
    if p.returncode:
        m = re.search(r"ERROR:\s+(.*)", p.stderr)
        return "ERROR " + (m.group(1) if m else p.stderr.strip())
    return p.stdout.strip()


def table_block(db):
    """select=* on every table in public, as anon, the member and service_role."""
    rows = postgrest.psql(db, """SELECT c.relname, has_table_privilege('authenticated', c.oid, 'SELECT')
        FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
        AND NOT c.relispartition ORDER BY 1;""").split()
    out = [MARKER + " in public, as each role (generated by tools/reference_counts.py) ------------"]
    for line in rows:
        t, priv = line.split("|")
        out.append(f"GET /{t}?select=*\tanon\t-\t-\t-\t401 42501\t-\t-")
        if priv == "t":
            out.append(f"GET /{t}?select=*\tauthenticated\tmember\t-\t-\t200\t?\t-")
        else:
            out.append(f"GET /{t}?select=*\tauthenticated\tmember\t-\t-\t403 42501\t-\t-")
        out.append(f"GET /{t}?select=*\tservice_role\t-\t-\tcount=exact\t?\t?\t-")
    return out


def main():
    db = sys.argv[1]
    write = "--write" in sys.argv
    vars_ = postgrest.load_vars(db, VARS)
    sub = lambda s: postgrest.subst(s, vars_)
    with open(REQUESTS) as f:
        lines = f.read().rstrip("\n").split("\n")
    if write:
        cut = next(i for i, l in enumerate(lines) if l.startswith(MARKER))
        lines = lines[:cut] + table_block(db)
    header = None
    out = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            out.append(line)
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            out.append(line)
            continue
        row = dict(zip(header, cells))
        who = vars_.get(row["user"]) if row["user"] != "-" else None
        ref = REF.get((row["request"], "*")) or REF.get((row["request"], row["body"]))
        m = re.match(r"GET /(\w+)\?select=\*$", row["request"])
        if ref:
            rows_sql, nested = ref
            rows = as_role(db, row["role"], who, sub(rows_sql))
            if row["prefer"] == "count=exact" and "/" not in rows:
                rows = f"{min(int(rows), 1000)}/{rows}"
            if row["rows"] not in ("-",):
                row["rows"] = rows
            if nested and row["nested"] != "-":
                row["nested"] = ",".join(f"{k}={as_role(db, row['role'], who, sub(s))}" for k, s in nested.items())
        elif m and row["rows"] == "?":
            n = as_role(db, row["role"], who, f"SELECT count(*) FROM public.{m.group(1)}")
            if row["prefer"] == "count=exact":
                row["rows"] = f"{min(int(n), MAX_ROWS)}/{n}"
                row["expect"] = "206" if int(n) > MAX_ROWS else "200"
            else:
                row["rows"] = n
        elif "?" in (row["rows"], row["nested"]):
            print(f"no reference for: {row['request']} as {row['role']}", file=sys.stderr)
        new = "\t".join(row[h] for h in header)
        if not write:
            print(f"{row['request']} as {row['role']} {row['user']}: rows {row['rows']} nested {row['nested']}")
        out.append(new)
    if write:
        with open(REQUESTS, "w") as f:
            f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
