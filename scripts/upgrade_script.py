#!/usr/bin/env python3
"""Write an extension upgrade script from the current SQL sources, so that function bodies have
one source (the files under src/) and the upgrade script is derived, never hand-edited.

Usage: scripts/upgrade_script.py FROM TO > sql/platform--FROM--TO.sql
The objects to carry are listed in UPGRADES below (per target version): for each, the block
`CREATE FUNCTION <name>(` ... `$$;` is taken from its source file, made CREATE OR REPLACE (which
keeps the function's owner, grants and comment), followed by any extra statements. The upgrade
test (tests/shell/11_upgrade.sh) checks that an upgraded database equals a fresh install.
"""
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# version -> list of (source file, function name, replace?); new functions are created as-is and
# need their COMMENT and REVOKE too, which the "extra" statements carry.
UPGRADES = {
    # 0.1.0 -> 0.2.0 is frozen: sql/platform--0.1.0--0.2.0.sql was generated from the 0.2.0
    # sources and is never regenerated (the sources have moved on).
    ("0.2.0", "0.3.0"): {
        "summary": "caller identity from the effective role, the mentor session lifecycle, definer helpers "
                   "that check their caller, the calendar-token key out of settings, outbox lease tokens, "
                   "audit of key changes, a fixed search_path on every function",
        # (source file, the text after "CREATE FUNCTION " up to the signature's distinguishing part)
        "functions": [
            ("src/shared/sql/require_primary.sql", "platform.require_primary("),
            ("src/rls/sql/caller.sql", "platform.caller_role("),
            ("src/rls/sql/caller.sql", "platform.caller_is_privileged("),
            ("src/rls/sql/caller.sql", "platform.assert_tenant_member("),
            ("src/rls/sql/helpers.sql", "platform.role_rank("),
            ("src/rls/sql/helpers.sql", "platform.my_provider_course_ids("),
            ("src/rls/sql/helpers.sql", "platform.my_provider_event_ids("),
            ("src/rls/sql/guards.sql", "platform.add_company_creator("),
            ("src/rls/sql/guards.sql", "platform.add_company_creators("),
            ("src/rls/sql/guards.sql", "public.accept_provider_invitation("),
            ("src/impersonation/sql/impersonation.sql", "public.start_impersonation("),
            ("src/impersonation/sql/impersonation.sql", "public.stop_impersonation("),
            ("src/retention/sql/api_error_logs.sql", "platform.purge_api_error_logs("),
            ("src/summaries/sql/provider_summaries.sql", "platform.refresh_provider_summaries("),
            ("src/rls/sql/guards.sql", "platform.guard_programme_signup_status("),
            ("src/rls/sql/guards.sql", "platform.guard_event_signup("),
            ("src/credits/sql/lifecycle.sql", "platform.guard_mentor_session("),
            ("src/progress/sql/completion.sql", "platform.log_course_completions("),
            ("src/progress/sql/completion.sql", "platform.course_signups_completed("),
            ("src/audit/sql/audit.sql", "platform.audit_redacted("),
            ("src/audit/sql/audit.sql", "platform.audit("),
            ("src/shared/sql/polymorphic.sql", "platform.polymorphic_table("),
            ("src/shared/sql/polymorphic.sql", "platform.check_polymorphic_refs("),
            ("src/foryou/sql/for_you.sql", "platform.content_popularity_batch("),
            ("src/foryou/sql/for_you.sql", "platform.content_popularity("),
            ("src/foryou/sql/for_you.sql", "platform.tag_share_estimate("),
            ("src/foryou/sql/for_you.sql", "platform.assert_feed_access("),
            ("src/foryou/sql/for_you.sql", "platform.for_you_candidates("),
            ("src/foryou/sql/for_you.sql", "public.for_you("),
            ("src/foryou/sql/vector_indexes.sql", "platform.vector_index_plan("),
            ("src/foryou/sql/vector_indexes.sql", "platform.ensure_vector_indexes("),
            ("src/demo/sql/generate_demo_data.sql", "platform.generate_demo_data("),
            ("src/secrets/sql/calendar_token.sql", "platform.calendar_token_key_in_vault("),
            ("src/secrets/sql/calendar_token.sql", "platform.calendar_token_key_or_null("),
            ("src/secrets/sql/calendar_token.sql", "platform.calendar_token_key("),
            ("src/secrets/sql/calendar_token.sql", "platform.set_mentor_calendar_token("),
            ("src/secrets/sql/calendar_token.sql", "platform.mentor_calendar_token("),
            ("src/shared/sql/parent_scope.sql", "platform.check_parent_scope("),
            ("src/secrets/sql/calendar_token.sql", "platform.set_calendar_token_key("),
            ("src/outbox/sql/outbox.sql", "platform.claim_events("),
            ("src/outbox/sql/outbox.sql", "platform.enqueue_event("),
            ("src/outbox/sql/outbox.sql", "platform.purge_published_events("),
            ("src/partitions/sql/ddl.sql", "platform.log_activity("),
            ("src/foryou/sql/for_you.sql", "platform.upsert_embedding("),
            ("src/outbox/sql/outbox.sql", "platform.ack_event(id uuid)"),
            ("src/outbox/sql/outbox.sql", "platform.ack_event(id uuid, lease_token uuid)"),
            ("src/outbox/sql/outbox.sql", "platform.fail_event(id uuid, error text)"),
            ("src/outbox/sql/outbox.sql", "platform.fail_event(id uuid, lease_token uuid, error text)"),
            ("src/rls/sql/helpers.sql", "platform.my_provider_tenant_ids("),
            ("src/rls/sql/helpers.sql", "platform.my_mentor_session_ids("),
            ("src/audit/sql/enable.sql", "platform.enable_audit("),
            ("src/audit/sql/enable.sql", "platform.disable_audit("),
            ("src/demo/sql/generate_demo_data.sql", "platform.demo_vocabulary("),
            ("src/demo/sql/generate_demo_data.sql", "platform.demo_people("),
            ("src/demo/sql/generate_demo_data.sql", "platform.demo_tags("),
            ("src/demo/sql/generate_demo_data.sql", "platform.demo_content("),
            ("src/demo/sql/generate_demo_data.sql", "platform.demo_embeddings("),
            ("src/demo/sql/generate_demo_data.sql", "platform.demo_companies("),
            ("src/demo/sql/generate_demo_data.sql", "platform.demo_mentoring("),
            ("src/demo/sql/generate_demo_data.sql", "platform.demo_learning("),
            ("src/demo/sql/generate_demo_data.sql", "platform.demo_preferences("),
            ("src/demo/sql/generate_demo_data.sql", "platform.demo_activity("),
            ("src/demo/sql/generate_demo_data.sql", "platform.demo_add_seconds("),
            ("src/foryou/sql/tag_vectors.sql", "platform.sync_tag_vectors("),
            ("src/foryou/sql/tag_vectors.sql", "platform.refresh_tag_vectors("),
            ("src/foryou/sql/vector_indexes.sql", "platform.tag_vector_index_plan("),
            ("src/foryou/sql/vector_indexes.sql", "platform.ensure_tag_vector_indexes("),
        ],
        "new": ["platform.caller_role(", "platform.caller_is_privileged(", "platform.assert_tenant_member(",
                "platform.guard_event_signup(", "platform.guard_mentor_session(",
                "platform.log_course_completions(", "platform.course_signups_completed(",
                "platform.check_parent_scope(", "platform.my_provider_course_ids(",
                "platform.my_provider_event_ids(", "platform.assert_feed_access(",
                "platform.calendar_token_key_in_vault(", "platform.calendar_token_key_or_null(",
                "platform.set_calendar_token_key(", "platform.ack_event(id uuid, lease_token uuid)",
                "platform.fail_event(id uuid, lease_token uuid, error text)",
                "platform.vector_index_plan(", "platform.ensure_vector_indexes(",
                "platform.check_polymorphic_refs(", "platform.add_company_creators(",
                "platform.require_primary(", "platform.enable_audit(", "platform.disable_audit(",
                "platform.demo_vocabulary(", "platform.demo_people(", "platform.demo_tags(", "platform.demo_content(", "platform.demo_embeddings(", "platform.demo_companies(", "platform.demo_mentoring(", "platform.demo_learning(", "platform.demo_preferences(", "platform.demo_activity(", "platform.demo_add_seconds(",
                "platform.sync_tag_vectors(", "platform.refresh_tag_vectors(",
                "platform.tag_vector_index_plan(", "platform.ensure_tag_vector_indexes("],
        # Its result columns changed: dropped and created (migration 20261203030000 grants it again).
        "drop": {"platform.claim_events(": "DROP FUNCTION platform.claim_events(integer, interval);"},
        # Functions that became Rust: (their C symbol's CREATE OR REPLACE, as pgrx writes it, and the
        # SQL file holding their COMMENT). The OID stays, so the column defaults naming it too.
        "to_rust": [
            ("CREATE OR REPLACE FUNCTION platform.uuid_v7() RETURNS uuid STRICT VOLATILE PARALLEL SAFE\n"
             "LANGUAGE c AS 'MODULE_PATHNAME', 'uuid_v7_wrapper';", "src/shared/sql/uuid_v7.sql", "platform.uuid_v7()"),
        ],
        # Verbatim blocks: (source file, first line, last line's prefix).
        "blocks": [
            ("src/secrets/sql/calendar_token.sql", "CREATE TABLE platform.calendar_token_keys (",
             "COMMENT ON COLUMN platform.calendar_token_keys.created_at"),
            ("src/demo/sql/generate_demo_data.sql", "CREATE TYPE platform.demo_plan AS (",
             "    'Demo data: one tenant''s generation plan"),
            ("src/audit/sql/row_document.sql", "CREATE FUNCTION platform.row_document(anyelement)",
             "REVOKE EXECUTE ON FUNCTION platform.row_document(anyelement)"),
        ],
        # CREATE OR REPLACE resets SET clauses: re-run the block that gives the For You functions
        # the vector extension's schema on their search_path; and the Rust functions' search_path.
        "trailing": [("src/foryou/sql/for_you.sql", "-- These name the vector type and operator")],
        "trailing_lines": [("sql/finalize.sql", "ALTER FUNCTION platform.")],
    },
}


def function_block(text, name):
    m = re.search(r"^CREATE FUNCTION " + re.escape(name), text, re.M)
    if not m:
        sys.exit(f"function {name} not found")
    i = m.start()
    body = text.index("AS $$", i) + len("AS $$")
    j = text.index("$$;", body) + 3
    return text[i:j]


def signature(block):
    """The argument types of a CREATE FUNCTION block, as COMMENT ON FUNCTION spells them."""
    head = block[len("CREATE FUNCTION "):]
    name = head[:head.index("(")]
    depth, k = 0, head.index("(")
    for k in range(head.index("("), len(head)):
        depth += {"(": 1, ")": -1}.get(head[k], 0)
        if depth == 0:
            break
    args = head[head.index("(") + 1:k]
    types = []
    for a in filter(None, (x.strip() for x in re.split(r",(?![^(]*\))", args))):
        a = re.split(r"\s+DEFAULT\s+", a, flags=re.I)[0].strip()
        if a.upper().startswith("OUT "):
            continue
        parts = a.split(None, 1)
        types.append(parts[1] if len(parts) > 1 else parts[0])
    return f"{name}({', '.join(types)})"


def comment_block(text, sig):
    m = re.search(r"^COMMENT ON FUNCTION " + re.escape(sig) + r" IS.*?';$", text, re.M | re.S)
    return m.group(0) if m else None


def main():
    frm, to = sys.argv[1], sys.argv[2]
    spec = UPGRADES[(frm, to)]
    out = [f"-- platform {frm} -> {to}: {spec['summary']}.",
           "-- Generated by scripts/upgrade_script.py from the sources under src/; do not edit by hand.",
           f"\\echo Use \"ALTER EXTENSION platform UPDATE TO '{to}'\" to load this file. \\quit", ""]
    for path, first, last in spec.get("blocks", []):
        text = (REPO / path).read_text()
        i = text.index(first)
        j = text.index("\n", text.index(last, i)) + 1
        out.append(f"-- new in {to} ({path})")
        out.append(text[i:j])
    for create, path, sig in spec.get("to_rust", []):
        out.append(f"-- now Rust in {to} (its comment: {path})")
        out.append(create)
        out.append(comment_block((REPO / path).read_text(), sig))
        out.append("")
    revokes = []
    for path, name in spec["functions"]:
        text = (REPO / path).read_text()
        fb = function_block(text, name)
        sig = signature(fb)
        if name in spec.get("new", []) or name in spec.get("drop", {}):
            if name in spec.get("drop", {}):
                out.append(f"-- re-created in {to} ({path})")
                out.append(spec["drop"][name])
            else:
                out.append(f"-- new in {to} ({path})")
            out.append(fb)
            # functions are executable by PUBLIC by default; sql/finalize.sql revokes that at install
            revokes.append(f"REVOKE EXECUTE ON FUNCTION {sig} FROM PUBLIC;")
        else:
            out.append(f"-- changed in {to} ({path})")
            out.append(fb.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1))
        c = comment_block(text, sig)
        if c:
            out.append(c)
        out.append("")
    out.extend(revokes)
    for path, marker in spec.get("trailing", []):
        text = (REPO / path).read_text()
        i = text.index(marker)
        j = text.index("$$;", text.index("DO $$", i) + 5) + 3
        out.append("")
        out.append(text[i:j])
    for path, prefix in spec.get("trailing_lines", []):
        out.append("")
        out.append(f"-- from {path}")
        out.extend(line for line in (REPO / path).read_text().splitlines() if line.startswith(prefix))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
