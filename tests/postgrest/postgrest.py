#!/usr/bin/env python3
"""A replay of PostgREST against a database, ported from PostgREST's own source.

PostgREST cannot be installed here, so this module does what it does, step by step, with the same
rules, and runs the SQL it would run:

  1. schema cache: catalog queries that return what the queries of SchemaCache.hs return, as far
     as this module reads it (schema_cache/*.sql: our own SQL, checked equal to PostgREST's by
     tools/selfcheck_spec.py), then the Haskell that turns their rows into relationships (decodeRels,
     addViewM2OAndO2ORels, addM2MRels, addInverseRels, addViewPrimaryKeys,
     getOverrideRelationshipsMap, removeInternal) and routines (decodeFuncs);
  2. planning: the select parser (ApiRequest/QueryParams.hs pFieldForest, pRelationSelect,
     pEmbedParams), findTable / findProc / findRel / addRels / getJoinConditions /
     addRelSelects / treeRestrictRange (Plan.hs), raising PGRST200 / PGRST201 / PGRST202 / PGRST205
     as PostgREST does before it touches the database;
  3. SQL: readPlanToQuery, readPlanToCountQuery, callPlanToQuery, fromJsonBodyF (QueryBuilder.hs,
     SqlFragment.hs) wrapped by mainRead / mainCall (Query/Statements.hs);
  4. transaction: MainTx.hs mainTx + Query/PreQuery.hs txVarQuery: BEGIN ISOLATION LEVEL READ
     COMMITTED READ ONLY|READ WRITE, `select set_config('search_path', ..), set_config('role', ..),
     set_config('request.jwt.claims', ..), ..`, the main statement; the status mapping of
     Error.hs (mapSQLtoHTTP) and Response.hs (rangeStatusHeader, 204 for void functions).

What differs from a real PostgREST, on purpose:
  - hasql sends values as parameters (unknown-typed, the JSON body typed json); here they are
    inlined as string literals of the same type ('..' is an unknown-typed literal, '..'::json),
    which PostgreSQL resolves the same way;
  - the transaction ends in ROLLBACK (after SET CONSTRAINTS ALL IMMEDIATE, as PostgREST's
    `Prefer: tx=rollback` does) unless commit=True, so the request table can be replayed;
  - the JWT is not signed or verified: its claims are given directly; request.headers holds only
    accept/prefer; no pre-request function, no app settings, no role settings (none are set);
  - only the subset of the query grammar used by the request table: select with columns, `*`,
    casts, aliases, embeds with hints and !inner/!left, nested; filters eq/neq/gt/gte/lt/lte/
    like/ilike/is/in with not., on the root or one embed level; order; limit/offset;
    Prefer: count=exact; GET on tables, POST /rpc/<fn> with a JSON object body. Anything else
    raises NotSupported instead of guessing.

The PostgREST commit the rules were read from is in schema_cache/COMMIT.

Command line (PGHOST/PGPORT/PGUSER from the environment; connects as a superuser):
  postgrest.py --db DB rels [TABLE]             relationships (all, or from TABLE)
  postgrest.py --db DB resolve TABLE TARGET [HINT]   findRel: the relationship or PGRST200/201
  postgrest.py --db DB ambiguous                every PGRST201 a table-name embed hits, with hints
  postgrest.py --db DB request [--role R] [--sub UUID] [--prefer P] [--body JSON] [--sql] 'GET /t?select=..'
  postgrest.py --db DB run requests.tsv [--vars vars.tsv] [--tap]
"""
import argparse
import csv
import io
import json
import os
import re
import subprocess
import sys
import urllib.parse
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Optional

HERE = os.path.dirname(os.path.abspath(__file__))
csv.field_size_limit(1 << 30)
SC_DIR = os.path.join(HERE, "schema_cache")


def postgrest_commit():
    with open(os.path.join(SC_DIR, "COMMIT")) as f:
        return f.read().split()[0]


# ---------------------------------------------------------------------------------------------
# Configuration: Supabase's PostgREST settings (supabase/cli's config: db-schemas public,
# graphql_public, storage; db-extra-search-path public, extensions; db-max-rows 1000; db-anon-role
# anon). Only `public` exists in these databases, so db-schemas is `public`; `extensions` is in
# the extra search path when that schema exists (PostgREST refuses to load its schema cache with
# a search path naming a missing schema: the ::regnamespace cast in allViewsKeyDependencies).
# ---------------------------------------------------------------------------------------------
@dataclass
class Config:
    schemas: tuple = ("public",)
    extra_search_path: Optional[tuple] = None   # None: public, plus extensions if it exists
    max_rows: Optional[int] = 1000
    anon_role: str = "anon"
    # Config.hs defaultHoistedAllowList
    hoisted_tx_settings: tuple = ("statement_timeout", "plan_filter.statement_cost_limit",
                                  "default_transaction_isolation")


class NotSupported(Exception):
    pass


class PgError(Exception):
    def __init__(self, sqlstate, message, detail=None, hint=None):
        super().__init__(f"{sqlstate}: {message}")
        self.sqlstate, self.message, self.detail, self.hint = sqlstate, message, detail, hint


# ---------------------------------------------------------------------------------------------
# psql
# ---------------------------------------------------------------------------------------------
def sql_lit(s):
    """A string literal (standard_conforming_strings), i.e. hasql's unknown-typed parameter."""
    return "'" + str(s).replace("'", "''") + "'"


def psql(db, script, csv_out=False):
    """Run SCRIPT with psql; returns stdout, raises PgError with the SQLSTATE on error."""
    args = ["psql", "-X", "-q", "-d", db, "-v", "ON_ERROR_STOP=1", "-v", "VERBOSITY=verbose"]
    args += ["--csv", "-t"] if csv_out else ["-A", "-t"]
    env = dict(os.environ, PGOPTIONS="-c client_min_messages=warning")
    p = subprocess.run(args, input=script, capture_output=True, text=True, env=env)
    if p.returncode != 0:
        m = re.search(r"ERROR:\s+([0-9A-Z]{5}):\s+(.*)", p.stderr)
        if not m:
            raise RuntimeError(f"psql failed: {p.stderr.strip()}")
        det = re.search(r"^DETAIL:\s+(.*)$", p.stderr, re.M)
        hint = re.search(r"^HINT:\s+(.*)$", p.stderr, re.M)
        raise PgError(m.group(1), m.group(2).strip(), det and det.group(1), hint and hint.group(1))
    return p.stdout


# ---------------------------------------------------------------------------------------------
# Schema cache (SchemaCache.hs)
# ---------------------------------------------------------------------------------------------
QI = tuple  # (schema, name), QualifiedIdentifier; derived Ord compares schema then name


@dataclass(frozen=True)
class Junction:
    table: QI
    cons1: str
    cons2: str
    cols_source: tuple  # ((table col, junction col), ..)
    cols_target: tuple  # ((foreign table col, junction col), ..)


@dataclass(frozen=True)
class Card:
    kind: str  # O2M | M2O | O2O | M2M
    cons: Optional[str] = None
    cols: tuple = ()
    is_parent: bool = False
    junction: Optional[Junction] = None


@dataclass(frozen=True)
class Rel:
    table: QI
    ftable: QI
    is_self: bool
    card: Card
    table_is_view: bool = False
    ftable_is_view: bool = False
    computed: bool = False      # ComputedRelationship
    function: Optional[QI] = None
    to_one: bool = False


def rel_sort_key(r):
    """Haskell's derived Ord for Relationship (constructor order, then fields in order)."""
    if r.computed:
        return (1, r.function, r.table, r.ftable, r.to_one, r.is_self)
    c = r.card
    order = {"O2M": 0, "M2O": 1, "O2O": 2, "M2M": 3}[c.kind]
    if c.kind == "M2M":
        j = c.junction
        ck = (order, j.table, j.cons1, j.cons2, j.cols_source, j.cols_target)
    elif c.kind == "O2O":
        ck = (order, c.cons, c.cols, c.is_parent)
    else:
        ck = (order, c.cons, c.cols)
    return (0, r.table, r.ftable, r.is_self, ck, r.table_is_view, r.ftable_is_view)


def rel_is_to_one(r):  # Relationship.hs relIsToOne
    if r.computed:
        return r.to_one
    return r.card.kind in ("M2O", "O2O")


@dataclass
class Table:
    schema: str
    name: str
    is_view: bool
    pk_cols: list
    columns: list
    column_types: list = field(default_factory=list)   # nominal types


@dataclass
class Routine:
    schema: str
    name: str
    params: list          # [(name, type, type_max_length, required, variadic)]
    ret_setof: bool
    ret_composite: bool
    ret_type: QI
    volatility: str       # i s v
    has_variadic: bool
    iso_lvl: Optional[str]
    settings: list

    def returns_scalar(self):          # funcReturnsScalar
        return not self.ret_setof and not self.ret_composite

    def returns_setof_scalar(self):    # funcReturnsSetOfScalar
        return self.ret_setof and not self.ret_composite

    def returns_single_composite(self):
        return not self.ret_setof and self.ret_composite

    def returns_single(self):
        return not self.ret_setof

    def returns_void(self):
        return self.returns_scalar() and self.ret_type == ("pg_catalog", "void")

    def table_name(self):              # funcTableName
        return self.ret_type[1] if self.ret_composite else None


def sc_sql(name, cfg, sc_dir=SC_DIR):
    """A schema_cache/*.sql query with its hasql parameters ($1, $2) bound as typed literals.
    sc_dir: another directory with files of the same names (tools/selfcheck_spec.py passes the
    one it extracted PostgREST's own queries into)."""
    with open(os.path.join(sc_dir, name)) as f:
        text = "\n".join(l for l in f.read().split("\n") if not l.startswith("-- "))

    def arr(vals):
        return "ARRAY[" + ", ".join(sql_lit(v) for v in vals) + "]::text[]" if vals else "'{}'::text[]"

    def escape_ident(x):  # Identifiers.hs escapeIdent
        return '"' + x.replace('"', '""') + '"'
    params = {
        "tables.sql": [arr([escape_ident(s) for s in cfg.schemas])],
        "view_key_deps.sql": [arr([escape_ident(s) for s in cfg.schemas]),
                              arr([escape_ident(s) for s in cfg.extra_search_path])],
        "functions.sql": [arr([escape_ident(s) for s in cfg.schemas]), arr(list(cfg.hoisted_tx_settings))],
    }.get(name, [])
    for i, v in reversed(list(enumerate(params, 1))):
        text = re.sub(r"\$" + str(i) + r"\b", lambda _m: "(" + v + ")", text)
    return text


SC_QUERIES = ["tables.sql", "view_key_deps.sql", "m2o_o2o_rels.sql", "functions.sql",
              "computed_rels.sql", "data_representations.sql"]


def query_schema_cache(db, cfg, sc_dir=SC_DIR):
    """querySchemaCache: one read-only transaction, `set local schema ''`, the queries in order."""
    parts = ["BEGIN ISOLATION LEVEL READ COMMITTED READ ONLY;", "set local schema '';"]
    for q in SC_QUERIES:
        parts.append("SELECT coalesce(array_to_json(array_agg(row_to_json(q))), '[]') FROM (\n"
                     + sc_sql(q, cfg, sc_dir) + "\n) q;")
    parts.append("COMMIT;")
    out = psql(db, "\n".join(parts)).strip().split("\n")
    if len(out) != len(SC_QUERIES):
        raise RuntimeError(f"schema cache: expected {len(SC_QUERIES)} results, got {len(out)}")
    return {q: json.loads(o) for q, o in zip(SC_QUERIES, out)}


def decode_tables(rows):  # decodeTables; columns: (name, nominal type) pairs
    return {(r["table_schema"], r["table_name"]):
            Table(r["table_schema"], r["table_name"], r["is_view"], list(r["pk_cols"] or []),
                  [c["f1"] for c in (r["columns"] or [])], [c["f2"] for c in (r["columns"] or [])]) for r in rows}


def decode_rels(rows):  # decodeRels
    out = []
    for r in rows:
        cols = tuple((c["f1"], c["f2"]) for c in r["cols_and_fcols"])
        card = Card("O2O", r["constraint_name"], cols, False) if r["one_to_one"] \
            else Card("M2O", r["constraint_name"], cols)
        out.append(Rel((r["table_schema"], r["table_name"]),
                       (r["foreign_table_schema"], r["foreign_table_name"]), r["is_self"], card))
    return out


@dataclass(frozen=True)
class KeyDep:  # ViewKeyDependency
    table: QI
    view: QI
    cons: str
    type: str   # PKDep FKDep FKDepRef
    cols: tuple  # ((table col, (view cols..)), ..)


def decode_view_key_deps(rows):  # decodeViewKeyDeps / viewKeyDepFromRow
    out = []
    for r in rows:
        t = {"p": "PKDep", "f": "FKDep"}.get(r["constraint_type"], "FKDepRef")
        out.append(KeyDep((r["table_schema"], r["table_name"]), (r["view_schema"], r["view_name"]),
                          r["constraint_name"], t,
                          tuple((c["f1"], tuple(c["f2"])) for c in r["column_dependencies"])))
    return out


def decode_funcs(rows):  # decodeFuncs: overloads grouped, fewest params first (Ord Routine)
    procs = defaultdict(list)
    for r in rows:
        params = [(a["f1"], a["f2"], a["f3"], a["f4"], a["f5"]) for a in (r["args"] or [])]
        procs[(r["proc_schema"], r["proc_name"])].append(Routine(
            r["proc_schema"], r["proc_name"], params, r["rettype_is_setof"],
            r["rettype_is_composite"], (r["schema"], r["name"]), r["provolatile"], r["hasvariadic"],
            r["transaction_isolation_level"], [(k["f1"], k["f2"]) for k in (r["kvs"] or [])]))
    for k in procs:
        procs[k].sort(key=lambda p: len(p.params))
    return dict(procs)


def decode_computed_rels(rows):  # allComputedRels cRelRow
    return [Rel((r["rel_table_schema"], r["rel_table_name"]), (r["rel_ftable_schema"], r["rel_ftable_name"]),
                r["is_self"], Card("COMPUTED"), computed=True, function=(r["schema"], r["name"]),
                to_one=r["single_row"]) for r in rows]


def decode_reps(rows):  # dataRepresentations: (source type, target type) of each cast
    return {(r["castsource"], r["casttarget"]) for r in rows}


def expand_key_dep_cols(kdc):
    """expandKeyDepCols kdc = zip (fst <$> kdc) <$> traverse snd kdc (list monad: every choice)."""
    combos = [[]]
    for _tcol, vcols in kdc:
        combos = [c + [v] for c in combos for v in vcols]
    return [list(zip([t for t, _ in kdc], c)) for c in combos]


def add_view_m2o_and_o2o_rels(key_deps, rels):  # addViewM2OAndO2ORels
    indexed = defaultdict(list)
    for kd in key_deps:
        indexed[(kd.table, kd.cons, kd.type)].append(kd)
    out = list(rels)
    for r in rels:
        c = r.card
        if not (c.kind == "M2O" or (c.kind == "O2O" and not c.is_parent)):
            continue

        def build_card(cols, c=c):
            return Card("M2O", c.cons, tuple(cols)) if c.kind == "M2O" else Card("O2O", c.cons, tuple(cols), False)
        view_table = indexed.get((r.table, c.cons, "FKDep"), [])
        table_view = indexed.get((r.ftable, c.cons, "FKDepRef"), [])
        for vt in view_table:
            for kv in expand_key_dep_cols(vt.cols):
                out.append(Rel(vt.view, r.ftable, False,
                               build_card([(v, f) for (_, v), (_, f) in zip(kv, c.cols)]), True, False))
        for tv in table_view:
            for kv in expand_key_dep_cols(tv.cols):
                out.append(Rel(r.table, tv.view, False,
                               build_card([(t, v) for (t, _), (_, v) in zip(c.cols, kv)]), False, True))
        for vt in view_table:
            for kv1 in expand_key_dep_cols(vt.cols):
                for tv in table_view:
                    for kv2 in expand_key_dep_cols(tv.cols):
                        out.append(Rel(vt.view, tv.view, vt.view == tv.view,
                                       build_card([(v1, v2) for (_, v1), (_, v2) in zip(kv1, kv2)]), True, True))
    return out


def add_inverse_rels(rels):  # addInverseRels
    swap = lambda cols: tuple((b, a) for a, b in cols)
    out = list(rels)
    out += [Rel(r.ftable, r.table, r.is_self, Card("O2M", r.card.cons, swap(r.card.cols)),
                r.ftable_is_view, r.table_is_view) for r in rels if r.card.kind == "M2O"]
    out += [Rel(r.ftable, r.table, r.is_self, Card("O2O", r.card.cons, swap(r.card.cols), not r.card.is_parent),
                r.ftable_is_view, r.table_is_view) for r in rels if r.card.kind == "O2O"]
    return out


def add_m2m_rels(tables, rels):
    """addM2MRels: a table with FKs to two tables (M2O, two different constraints) is a junction
    when the columns of both FKs are all part of its primary key."""
    swap = lambda cols: tuple((b, a) for a, b in cols)
    indexed = defaultdict(list)
    for r in rels:
        indexed[r.table].append(r)
    out = list(rels)
    for r1 in rels:
        if r1.card.kind != "M2O":
            continue
        jt1, t, cons1, cols, tbl_is_view = r1.table, r1.ftable, r1.card.cons, r1.card.cols, r1.ftable_is_view
        for r2 in indexed[jt1]:
            if r2.card.kind != "M2O" or r2.card.cons == cons1:
                continue
            ft, cons2, fcols, ftbl_is_view = r2.ftable, r2.card.cons, r2.card.cols, r2.ftable_is_view
            jt_cols = {a for a, _ in cols} | {a for a, _ in fcols}
            pk_cols = set(tables[jt1].pk_cols) if jt1 in tables else set()
            if jt_cols <= pk_cols:
                out.append(Rel(t, ft, t == ft, Card("M2M", junction=Junction(jt1, cons1, cons2, swap(cols), swap(fcols))),
                               tbl_is_view, ftbl_is_view))
    return out


def add_view_primary_keys(tables, key_deps):  # addViewPrimaryKeys (takeFirstPK)
    for t in tables.values():
        if t.is_view:
            t.pk_cols = [kd_cols[1][0] for kd in key_deps if kd.type == "PKDep" and kd.view == (t.schema, t.name)
                         for kd_cols in kd.cols if kd_cols[1]]
    return tables


def get_override_relationships_map(rels, crels):
    """getOverrideRelationshipsMap: keyed by (relTable, schema of relForeignTable), sorted;
    a computed relationship named like a foreign table replaces the detected ones."""
    rels_map = defaultdict(list)
    for r in rels:
        rels_map[(r.table, r.ftable)].append(r)
    for c in crels:
        rels_map[(c.table, c.function)] = [c]
    deformed = defaultdict(list)
    for (t, ft), rs in rels_map.items():
        deformed[(t, ft[0])] += rs
    return {k: sorted(v, key=rel_sort_key) for k, v in deformed.items()}


@dataclass
class SchemaCache:
    tables: dict
    rels: dict
    routines: dict
    representations: set   # {(source type, target type)}


def load_schema_cache(db, cfg=None):
    cfg = cfg or Config()
    if cfg.extra_search_path is None:
        has_ext = psql(db, "SELECT to_regnamespace('extensions') IS NOT NULL;").strip() == "t"
        cfg.extra_search_path = ("public", "extensions") if has_ext else ("public",)
    raw = query_schema_cache(db, cfg)
    tables = decode_tables(raw["tables.sql"])
    key_deps = decode_view_key_deps(raw["view_key_deps.sql"])
    m2o = decode_rels(raw["m2o_o2o_rels.sql"])
    tabs = add_view_primary_keys(tables, key_deps)
    rels = add_inverse_rels(add_m2m_rels(tabs, add_view_m2o_and_o2o_rels(key_deps, m2o)))
    rels_map = get_override_relationships_map(rels, decode_computed_rels(raw["computed_rels.sql"]))
    # removeInternal
    schemas = cfg.schemas

    def internal_junction(r):
        return not r.computed and r.card.kind == "M2M" and r.card.junction.table[0] not in schemas
    rels_map = {k: [r for r in v if r.ftable[0] in schemas and not internal_junction(r)]
                for k, v in rels_map.items() if k[0][0] in schemas}
    tables = {k: v for k, v in tabs.items() if k[0] in schemas}
    return SchemaCache(tables, rels_map, decode_funcs(raw["functions.sql"]),
                       decode_reps(raw["data_representations.sql"]))


# ---------------------------------------------------------------------------------------------
# Errors raised before the database (Error.hs)
# ---------------------------------------------------------------------------------------------
class ApiError(Exception):
    def __init__(self, status, code, message, details=None, hint=None):
        super().__init__(f"{code}: {message}")
        self.status, self.code, self.message, self.details, self.hint = status, code, message, details, hint


def compressed_rel(r):  # Error.hs compressedRel
    fmt = lambda els: "(" + ", ".join(els) + ")"
    c = r.card
    out = {"embedding": f"{r.table[1]} with {r.ftable[1]}"}
    if c.kind == "M2M":
        j = c.junction
        out["cardinality"] = "many-to-many"
        out["relationship"] = (f"{j.table[1]} using {j.cons1}{fmt([b for _, b in j.cols_source])} and "
                               f"{j.cons2}{fmt([b for _, b in j.cols_target])}")
    else:
        out["cardinality"] = {"M2O": "many-to-one", "O2O": "one-to-one", "O2M": "one-to-many"}[c.kind]
        out["relationship"] = (f"{c.cons} using {r.table[1]}{fmt([a for a, _ in c.cols])} and "
                               f"{r.ftable[1]}{fmt([b for _, b in c.cols])}")
    return out


def rel_hint_of(r):  # Error.hs relHint, one element
    if r.computed:
        return ""
    name = r.card.junction.table[1] if r.card.kind == "M2M" else r.card.cons
    return f"{r.ftable[1]}!{name}"


def find_rel(schema, all_rels, origin, target, hint):
    """Plan.hs findRel, clause by clause."""
    def match_fk_single_col(h, c):
        return c.kind in ("O2M", "M2O", "O2O") and len(c.cols) == 1 and h == c.cols[0][0]

    def match_fk_ref_single_col(h, c):
        return c.kind in ("O2M", "M2O", "O2O") and len(c.cols) == 1 and h == c.cols[0][1]

    def match_constraint(t, c):
        return c.kind in ("O2M", "M2O", "O2O") and t == c.cons

    def match_junction(h, c):
        return c.kind == "M2M" and h == c.junction.table[1]

    def ok(r):
        if r.computed:
            return target == r.function[1]
        c = r.card
        if r.is_self:
            if hint is None:
                # the O2M by the table name, the M2O by the FK column name
                return (target == r.ftable[1] and c.kind == "O2M") or \
                       (match_fk_single_col(target, c) and c.kind == "M2O")
            return target == r.ftable[1] and c.kind == "O2M" and match_fk_ref_single_col(hint, c)
        if hint is None:
            return (target == r.ftable[1]
                    or (match_constraint(target, c) and not r.ftable_is_view)
                    or (match_fk_single_col(target, c) and not r.ftable_is_view))
        return target == r.ftable[1] and (match_constraint(hint, c) or match_fk_single_col(hint, c)
                                          or match_fk_ref_single_col(hint, c) or match_junction(hint, c))
    rels = [r for r in all_rels.get(((schema, origin), schema), []) if ok(r)]
    if not rels:
        raise ApiError(400, "PGRST200", f"Could not find a relationship between '{origin}' and '{target}' in the schema cache",
                       f"Searched for a foreign key relationship between '{origin}' and '{target}'"
                       + (f"' using the hint '{hint}" if hint else "") + f"' in the schema '{schema}', but no matches were found.")
    if len(rels) > 1:
        raise ApiError(300, "PGRST201", f"Could not embed because more than one relationship was found for '{origin}' and '{target}'",
                       [compressed_rel(r) for r in rels],
                       f"Try changing '{target}' to one of the following: "
                       + ", ".join(f"'{rel_hint_of(r)}'" for r in rels) + ". Find the desired relationship in the 'details' key.")
    return rels[0]


def ambiguous_embeds(sc, schema="public"):
    """Every (origin table, target table name) for which findRel finds more than one
    relationship: the embeds a client must disambiguate with `target!hint(*)`."""
    out = []
    for (origin, _s), rels in sorted(sc.rels.items()):
        if origin not in sc.tables:
            continue
        for target in sorted({r.ftable[1] for r in rels if not r.computed}):
            try:
                find_rel(schema, sc.rels, origin[1], target, None)
            except ApiError as e:
                if e.code == "PGRST201":
                    cands = [r for r in rels if not r.computed and r.ftable[1] == target]
                    cands = [r for r in cands if _still_matches(sc, schema, origin[1], target, r)]
                    out.append((origin[1], target, cands))
    return out


def _still_matches(sc, schema, origin, target, r):
    try:
        return find_rel(schema, {((schema, origin), schema): [r]}, origin, target, None) == r
    except ApiError:
        return False


# ---------------------------------------------------------------------------------------------
# Request parsing (ApiRequest/QueryParams.hs), the subset the request table uses
# ---------------------------------------------------------------------------------------------
@dataclass
class SelectItem:
    kind: str                  # field | relation
    name: str
    alias: Optional[str] = None
    cast: Optional[str] = None
    hint: Optional[str] = None
    join_type: Optional[str] = None
    children: list = field(default_factory=list)


IDENT_RE = r"[A-Za-z0-9_ $]+(?:-(?!>)[A-Za-z0-9_ $]+)*"  # pFieldName: sepByDash pIdentifier


def parse_select(s):
    """pFieldForest: items separated by ',', relations `alias:name!hint!inner(forest)`."""
    pos = 0

    def forest():
        nonlocal pos
        items = []
        if pos < len(s) and s[pos] == ")":
            return items
        while True:
            items.append(tree())
            if pos < len(s) and s[pos] == ",":
                pos += 1
                continue
            return items

    def name():
        nonlocal pos
        if s.startswith('"', pos):
            end = s.index('"', pos + 1)
            v = s[pos + 1:end]
            pos = end + 1
            return v
        m = re.compile(IDENT_RE).match(s, pos)
        if not m:
            raise ApiError(400, "PGRST100", f"failed to parse select parameter ({s})")
        pos = m.end()
        return m.group(0).strip()

    def tree():
        nonlocal pos
        if s.startswith("...", pos):
            raise NotSupported("spread embeds")
        if s.startswith("*", pos):
            pos += 1
            if pos < len(s) and s[pos] not in ",)":
                raise ApiError(400, "PGRST100", f"failed to parse select parameter ({s})")
            return SelectItem("field", "*")
        alias = None
        n = name()
        if s.startswith(":", pos) and not s.startswith("::", pos):
            pos += 1
            alias, n = n, name()
        hint = join = None
        for _ in range(2):  # pEmbedParams: up to two `!param`
            if s.startswith("!", pos):
                pos += 1
                p = name()
                if p in ("left", "inner"):
                    join = p
                else:
                    hint = p
        if s.startswith("(", pos):
            if n == "count":
                raise NotSupported("aggregates")
            pos += 1
            kids = forest()
            if not s.startswith(")", pos):
                raise ApiError(400, "PGRST100", f"failed to parse select parameter ({s})")
            pos += 1
            return SelectItem("relation", n, alias, None, hint, join, kids)
        if hint or join:
            raise ApiError(400, "PGRST100", f"failed to parse select parameter ({s})")
        if s.startswith("->", pos):
            raise NotSupported("JSON paths")
        cast = None
        if s.startswith("::", pos):
            pos += 2
            cast = name()
        if s.startswith(".", pos):
            raise NotSupported("aggregates")
        if pos < len(s) and s[pos] not in ",)":   # pFieldSelect's pEnd
            raise ApiError(400, "PGRST100", f"failed to parse select parameter ({s})")
        return SelectItem("field", n, alias, cast)

    # P.parse pFieldForest without eof: input after the last complete item is ignored, as in PostgREST
    return forest()


QUANT_OPS = {"eq": "=", "gte": ">=", "gt": ">", "lte": "<=", "lt": "<", "like": "like", "ilike": "ilike",
             "match": "~", "imatch": "~*"}
SIMPLE_OPS = {"neq": "<>", "cs": "@>", "cd": "<@", "ov": "&&"}


@dataclass
class Filter:
    col: str
    negate: bool
    op: str
    value: object


def parse_filter(col, v):
    neg = False
    if v.startswith("not."):
        neg, v = True, v[4:]
    op, _, val = v.partition(".")
    if op in QUANT_OPS or op in SIMPLE_OPS:
        return Filter(col, neg, op, val)
    if op == "is":
        if val.lower() not in ("null", "not_null", "true", "false", "unknown"):
            raise ApiError(400, "PGRST100", f"failed to parse filter ({v})")
        return Filter(col, neg, op, val.lower())
    if op == "in":
        if not (val.startswith("(") and val.endswith(")")):
            raise ApiError(400, "PGRST100", f"failed to parse filter ({v})")
        inner = val[1:-1]
        vals = [x.strip().strip('"') for x in next(csv.reader([inner], skipinitialspace=True))] if inner else [""]
        return Filter(col, neg, op, vals)
    raise NotSupported(f"filter operator {op}")


@dataclass
class Request:
    method: str
    path: str                     # /table or /rpc/fn
    params: list                  # [(key, value)]
    role: str = "anon"
    claims: dict = field(default_factory=dict)
    prefer: dict = field(default_factory=dict)
    body: Optional[str] = None


def parse_request(line, role="anon", sub=None, prefer="", body=None, cfg=None):
    """'GET /programmes?select=*,cohorts(*)' + who is asking -> Request."""
    cfg = cfg or Config()
    method, _, target = line.strip().partition(" ")
    if not target.startswith("/"):
        target = "/" + target
    u = urllib.parse.urlsplit(target)
    params = urllib.parse.parse_qsl(u.query, keep_blank_values=True)
    # Supabase's keys and user tokens: the anon / service_role keys carry {"role": ..., "iss":
    # "supabase"}, a signed-in user's token {"aud": "authenticated", "role": "authenticated",
    # "sub": <uuid>, ...}.
    claims = {"role": role, "iss": "supabase"} if not sub else \
             {"aud": "authenticated", "role": role, "sub": sub, "iss": "supabase"}
    prefs = {}
    for p in filter(None, (x.strip() for x in prefer.split(","))):
        k, _, v = p.partition("=")
        prefs[k] = v
    return Request(method.upper(), u.path, params, role, claims, prefs, body)


# ---------------------------------------------------------------------------------------------
# Read plan (Plan.hs)
# ---------------------------------------------------------------------------------------------
ALL_RANGE = (0, None)  # (offset, upper bound inclusive or None)


@dataclass
class ReadPlan:
    select: list
    from_: QI
    rel_name: str
    depth: int
    from_alias: Optional[str] = None
    where: list = field(default_factory=list)
    order: list = field(default_factory=list)
    range: tuple = ALL_RANGE
    rel_to_parent: Optional[Rel] = None
    rel_join_conds: list = field(default_factory=list)
    rel_alias: Optional[str] = None
    rel_agg_alias: str = ""
    rel_hint: Optional[str] = None
    rel_join_type: Optional[str] = None
    rel_select: list = field(default_factory=list)
    children: list = field(default_factory=list)


def init_read_request(qi, items):  # initReadRequest (treeEntry)
    def node(from_, rel_name, depth, items, **kw):
        rp = ReadPlan([], from_, rel_name, depth, **kw)
        for it in items:
            if it.kind == "field":
                rp.select.append(it)
            else:
                rp.children.append(node((qi[0], it.name), it.name, depth + 1, it.children,
                                        rel_alias=it.alias, rel_hint=it.hint, rel_join_type=it.join_type))
        return rp
    return node(qi, qi[1], 0, items)


def restrict_range(max_rows, r):  # RangeQuery.restrictRange + convertToLimitZeroRange
    off, up = r
    if up is not None and up == off - 1 and off == 0:   # limit zero range
        return r
    if max_rows is None:
        return r
    cap = off + max_rows - 1
    return (off, cap if up is None else min(up, cap))


def range_limit(r):
    return None if r[1] is None else r[1] - r[0] + 1


def get_join_conditions(tbl_alias, parent_alias, r):  # getJoinConditions
    if r.computed:
        return []
    t_schema, t_n = r.table
    ft_n = r.ftable[1]

    def jc(pr_al, new_al, tb, ftb, c, fc):  # toJoinCondition
        qi1 = (t_schema, ftb)
        qi2 = (t_schema, tb)
        return (((("", new_al) if new_al else qi1), fc), ((("", pr_al) if pr_al else qi2), c))
    card = r.card
    if card.kind == "M2M":
        j = card.junction
        jtn = j.table[1]
        return [jc(None, None, ft_n, jtn, c, fc) for c, fc in j.cols_target] + \
               [jc(parent_alias, tbl_alias, t_n, jtn, c, fc) for c, fc in j.cols_source]
    return [jc(parent_alias, tbl_alias, t_n, ft_n, c, fc) for c, fc in card.cols]


def add_rels(schema, is_routine, all_rels, parent, rp):  # addRels
    if parent is not None:
        origin = (parent.from_alias or parent.from_[1]) if rp.depth == 1 else parent.from_[1]
        r = find_rel(schema, all_rels, origin, rp.rel_name, rp.rel_hint)
        new_alias = f"{r.ftable[1]}_{rp.depth}"
        rp.rel_agg_alias = f"{r.table[1]}_{rp.rel_alias or rp.rel_name}_{rp.depth}"
        rp.from_ = r.ftable
        rp.rel_to_parent = r
        if r.computed:   # planned (findRel), but read_plan_to_query does not build its SQL
            rp.from_alias = new_alias
        elif r.card.kind == "M2M":   # m2m does internal implicit joins that don't need aliasing
            rp.rel_join_conds = get_join_conditions(None, parent.from_alias, r)
        else:
            rp.from_alias = new_alias
            rp.rel_join_conds = get_join_conditions(new_alias, parent.from_alias, r)
    elif is_routine:
        rp.from_alias = rp.from_[1]
        rp.from_ = ("", "pgrst_source")
    for child in rp.children:
        add_rels(schema, is_routine, all_rels, rp, child)
    return rp


def add_rel_selects(rp):  # addRelSelects / generateRelSelectField
    def only_null_embed(node):
        return not node.select and all(only_null_embed(c) for c in node.children)
    for c in rp.children:
        add_rel_selects(c)
        rp.rel_select.append({"sel_name": c.rel_alias or c.rel_name, "agg_alias": c.rel_agg_alias,
                              "mode": "object" if rel_is_to_one(c.rel_to_parent) else "array",
                              "empty": only_null_embed(c)})
    return rp


def find_path(rp, path):
    """updateNode with url-use-legacy-target-names = true (the default): an embed path names an
    embedded resource by its relation name or its alias."""
    for p in path:
        nxt = [c for c in rp.children if c.rel_name == p or c.rel_alias == p]
        if not nxt:
            raise ApiError(400, "PGRST108", f"'{p}' is not an embedded resource in this request")
        rp = nxt[0]
    return rp


def read_plan(qi, req, sc, cfg, is_routine=False):
    """readPlan: select tree, filters, orders, ranges, relationships, selects, max-rows."""
    qp = dict()
    select = "*"
    filters, orders, limits, offsets = [], [], {}, {}
    def split_key(k):  # an embed path and a field name, each maybe "quoted" (pFieldName)
        return [a or b for a, b in re.findall(r'"([^"]*)"|([^.]+)', k)]
    for k, v in req.params:
        last = split_key(k)[-1] if k else k
        if k == "select":
            select = v
        elif k in ("columns", "on_conflict"):
            raise NotSupported(k)
        elif last == "order":
            orders.append((k.split(".")[:-1], v))
        elif last == "limit":
            limits[tuple(k.split(".")[:-1])] = int(v)
        elif last == "offset":
            offsets[tuple(k.split(".")[:-1])] = int(v)
        elif last in ("and", "or"):
            raise NotSupported("logic trees")
        elif v != "":
            path = split_key(k)
            filters.append((path[:-1], parse_filter(path[-1], v)))
    root = init_read_request(qi, parse_select(select))
    for path, f in filters:
        node = find_path(root, path)
        if any(f.col in (c.rel_name, c.rel_alias) for c in node.children):
            raise NotSupported("null embed filters")
        node.where.append(f)
    for path, v in orders:
        terms = []
        for t in v.split(","):
            if "(" in t:
                raise NotSupported("related orders")
            parts = t.split(".")
            d = next((p for p in parts[1:] if p in ("asc", "desc")), None)
            n = next((p for p in parts[1:] if p in ("nullsfirst", "nullslast")), None)
            terms.append((parts[0], d, n))
        find_path(root, path).order = terms
    ranges = {}
    for k in set(limits) | set(offsets):
        lim, off = limits.get(k), offsets.get(k, 0)
        ranges[k] = (off, None if lim is None else off + lim - 1)
    for k, r in ranges.items():
        find_path(root, list(k)).range = r
    add_rels(cfg.schemas[0], is_routine, sc.rels, None, root)
    reps = sc.representations

    def check_reps(node):  # expandStars / resolveOutputField would apply a domain representation
        t = sc.tables.get(node.from_)
        if t and any((ty, "json") in reps for ty in t.column_types):
            raise NotSupported("data representations")
        for c in node.children:
            check_reps(c)
    if reps:
        check_reps(root)
    add_rel_selects(root)

    def restrict(node):  # treeRestrictRange: every node, not only the root
        node.range = restrict_range(cfg.max_rows, node.range)
        for c in node.children:
            restrict(c)
    restrict(root)
    top_range = ranges.get((), ALL_RANGE)
    return root, top_range


# ---------------------------------------------------------------------------------------------
# SQL (Query/QueryBuilder.hs, Query/SqlFragment.hs, Query/Statements.hs)
# ---------------------------------------------------------------------------------------------
def ident(x):  # pgFmtIdent / escapeIdent
    return '"' + x.replace('"', '""') + '"'


def from_qi(qi):  # fromQi
    return (ident(qi[0]) + "." if qi[0] else "") + ident(qi[1])


def fmt_column(qi, c):  # pgFmtColumn
    return from_qi(qi) + (".*" if c == "*" else "." + ident(c))


def get_qualified_identifier(rel, main_qi, alias):
    return ("", alias) if alias else main_qi


def fmt_select_item(qi, it):  # pgFmtSelectItem
    s = fmt_column(qi, it.name)
    if it.cast:
        s = f"CAST( {s} AS {it.cast} )"
    return s + (" AS " + ident(it.alias) if it.alias else "")


def fmt_filter(qi, f):  # pgFmtFilter
    fld = fmt_column(qi, f.col)
    neg = "NOT" if f.negate else ""
    if f.op in SIMPLE_OPS:
        return f"{neg} {fld} {SIMPLE_OPS[f.op]} {sql_lit(f.value)}"
    if f.op in QUANT_OPS:
        val = f.value.replace("*", "%") if f.op in ("like", "ilike") else f.value
        return f"{neg} {fld} {QUANT_OPS[f.op]} {sql_lit(val)}"
    if f.op == "is":
        return f"{neg} {fld} IS " + {"null": "NULL", "not_null": "NOT NULL", "true": "TRUE", "false": "FALSE",
                                      "unknown": "UNKNOWN"}[f.value]
    if f.op == "in":
        if f.value == [""]:
            return f"{neg} {fld} = ANY('{{}}') "
        arr = "{" + ",".join('"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' for v in f.value) + "}"
        return f"{neg} {fld} = ANY ({sql_lit(arr)}) "
    raise NotSupported(f.op)


def fmt_join_condition(jc):  # pgFmtJoinCondition
    (qi1, c1), (qi2, c2) = jc
    return fmt_column(qi1, c1) + " = " + fmt_column(qi2, c2)


def order_f(qi, terms):  # orderF / pgFmtOrderTerm
    if not terms:
        return ""
    d = {"asc": "ASC", "desc": "DESC", None: ""}
    n = {"nullsfirst": "NULLS FIRST", "nullslast": "NULLS LAST", None: ""}
    return "ORDER BY " + ", ".join(f"{fmt_column(qi, c)} {d[di]} {n[nu]}" for c, di, nu in terms)


def limit_offset_f(r):  # limitOffsetF
    if r == ALL_RANGE:
        return ""
    lim = range_limit(r)
    return "LIMIT " + ("ALL" if lim is None else sql_lit(lim)) + " OFFSET " + sql_lit(r[0])


def from_f(rel, main_qi, alias):  # fromF
    s = " FROM " + from_qi(main_qi) + (" AS " + ident(alias) if alias else "")
    if rel is not None and not rel.computed and rel.card.kind == "M2M":
        s += ", " + from_qi(rel.card.junction.table)
    return s


def read_plan_to_query(node):  # readPlanToQuery
    if node.rel_to_parent is not None and node.rel_to_parent.computed:
        raise NotSupported("computed relationships")
    qi = get_qualified_identifier(node.rel_to_parent, node.from_, node.from_alias)
    sel = node.select if (node.select or node.children) else [SelectItem("field", "*")]
    selects = [fmt_select_item(qi, s) for s in sel]
    join_selects = []
    for f in node.rel_select:
        a = ident(f["agg_alias"])
        if f["empty"]:
            continue
        if f["mode"] == "object":
            join_selects.append(f"row_to_json({a}.*)::jsonb AS {ident(f['sel_name'])}")
        else:
            join_selects.append(f"COALESCE( {a}.{a}, '[]') AS {ident(f['sel_name'])}")
    joins = []
    for f in node.rel_select:  # getJoins / getJoin
        child = next(c for c in node.children if c.rel_agg_alias == f["agg_alias"])
        a = ident(f["agg_alias"])
        jt = "INNER" if child.rel_join_type == "inner" else "LEFT"
        sub = read_plan_to_query(child)
        if f["mode"] == "object":
            joins.append(f" {jt} JOIN LATERAL ( {sub} ) AS {a} ON TRUE")
        else:
            cond = f"{a} IS NOT NULL" if child.rel_join_type == "inner" else "TRUE"
            joins.append(f" {jt} JOIN LATERAL ( SELECT json_agg({a})::jsonb AS {a} FROM ({sub} ) AS {a} ) AS {a} ON {cond}")
    where = ""
    if node.where or node.rel_join_conds:
        where = " WHERE " + " AND ".join([fmt_filter(qi, f) for f in node.where] +
                                         [fmt_join_condition(j) for j in node.rel_join_conds])
    return ("SELECT " + ", ".join(selects + join_selects) + from_f(node.rel_to_parent, node.from_, node.from_alias)
            + " ".join(joins) + where + " " + "" + " " + order_f(qi, node.order) + " " + limit_offset_f(node.range))


def read_plan_to_count_query(node):  # readPlanToCountQuery
    qi = get_qualified_identifier(node.rel_to_parent, node.from_, node.from_alias)
    subs = [f"EXISTS ({read_plan_to_count_query(c)} )" for c in node.children if c.rel_join_type == "inner"]
    conds = [fmt_filter(qi, f) for f in node.where] + [fmt_join_condition(j) for j in node.rel_join_conds] + subs
    return "SELECT 1 " + from_f(node.rel_to_parent, node.from_, node.from_alias) + \
        (" WHERE " if conds else "") + " AND ".join(conds)


RESPONSE_TAIL = ("nullif(current_setting('response.headers', true), '') AS response_headers, "
                 "nullif(current_setting('response.status', true), '') AS response_status, "
                 "'' AS response_inserted ")


def count_f(count_query, page_count_select, should_count, max_rows, rng):  # countF
    if should_count:
        if max_rows is not None or rng != ALL_RANGE:
            return f", pgrst_source_count AS ({count_query})", "(SELECT pg_catalog.count(*) FROM pgrst_source_count)"
        return "", page_count_select
    return "", "null::bigint"


def main_read(root, count, cfg, top_range):  # Statements.mainRead
    cte, total = count_f(read_plan_to_count_query(root), "pg_catalog.count(_postgrest_t)", count, cfg.max_rows, top_range)
    return ("WITH pgrst_source AS ( " + read_plan_to_query(root) + " ) " + cte + " " +
            "SELECT " + total + " AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total, "
            "coalesce(json_agg(_postgrest_t), '[]') AS body, " + RESPONSE_TAIL +
            "FROM ( SELECT * FROM pgrst_source ) _postgrest_t")


def find_proc(qi, arg_keys, routines, is_inv_post=True):
    """Plan.hs findProc (JSON body: application/json)."""
    procs = routines.get(qi, [])

    def matches(p):
        params = p.params
        if not params:
            return not arg_keys
        req = {x[0] for x in params if x[3]}
        opt = {x[0] for x in params if not x[3]}
        if not opt:
            return arg_keys == req
        if not req:
            return arg_keys <= opt
        return (arg_keys - opt) == req

    def single_unnamed(p):
        return (is_inv_post and len(p.params) == 1 and p.params[0][0] == "" and p.params[0][1] in ("json", "jsonb"))
    ts = [p for p in procs if matches(p)]
    fs = [p for p in procs if not matches(p) and single_unnamed(p)]
    if len(ts) == 1:
        return ts[0]
    if len(ts) > 1 or (not ts and len(fs) > 1):
        raise ApiError(300, "PGRST203", f"Could not choose the best candidate function between: {qi[0]}.{qi[1]}")
    if fs:
        return fs[0]
    keys = ", ".join(sorted(arg_keys))
    raise ApiError(404, "PGRST202", f"Could not find the function {qi[0]}.{qi[1]}"
                   + (f"({keys})" if keys else " without parameters") + " in the schema cache")


def call_plan_to_query(proc, arg_keys, body, root):  # callPlanToQuery with JsonArgs
    qi = (proc.schema, proc.name)
    scalar = proc.returns_scalar() or proc.returns_setof_scalar()
    if len(proc.params) == 1 and proc.params[0][0] == "":
        raise NotSupported("single unnamed parameter")
    prms = [p for p in proc.params if p[0] in arg_keys]   # specifiedParams

    def call_it(arg):
        if scalar:
            return f"(SELECT {from_qi(qi)}({arg}) pgrst_scalar) pgrst_call"
        return f"{from_qi(qi)}({arg}) pgrst_call"
    if not prms:
        from_call = "FROM " + call_it("")
    else:
        is_obj = (body or "").lstrip(" \t\n\r").startswith("{")
        fn = "json_to_record" if is_obj else "json_to_recordset"
        typed = ", ".join(ident(p[0]) + " " + p[2] for p in prms)
        parsed = ", ".join(ident(p[0]) for p in prms)
        body_f = ("FROM (SELECT " + sql_lit(body) + "::json AS json_data) pgrst_payload, "  # fromJsonBodyF
                  + "LATERAL (SELECT " + parsed + " FROM " + fn + "(pgrst_payload.json_data) AS _(" + typed + ") LIMIT 1)"
                  + " pgrst_body ")
        fmt_params = ", ".join(("VARIADIC " if p[4] else "") + ident(p[0]) + " := pgrst_body." + ident(p[0]) for p in prms)
        from_call = body_f + ", " + "LATERAL " + call_it(fmt_params)
    if scalar:
        cols = "pgrst_call.pgrst_scalar"
    else:
        names = {s.name for s in root.select} or {"*"}
        if "*" in names or not root.select:                            # inferColsEmbedNeeds
            cols = fmt_column(("", "pgrst_call"), "*")
        else:
            filt = {f.col for f in root.where}
            cols = ", ".join(fmt_column(("", "pgrst_call"), c) for c in sorted(names | filt))
    return "SELECT " + cols + " " + from_call


def main_call(proc, call_sql, root, count, cfg, top_range):  # Statements.mainCall
    page = "1" if proc.returns_single() else "pg_catalog.count(_postgrest_t)"
    cte, total = count_f(read_plan_to_count_query(root), page, count, cfg.max_rows, top_range)
    if proc.returns_single_composite():
        handler = "coalesce(json_agg(_postgrest_t)->0, 'null')"
    elif proc.returns_scalar():
        handler = "coalesce(json_agg(_postgrest_t.pgrst_scalar)->0, 'null')"
    elif proc.returns_setof_scalar():
        handler = "coalesce(json_agg(_postgrest_t.pgrst_scalar), '[]')"
    else:
        handler = "coalesce(json_agg(_postgrest_t), '[]')"
    return ("WITH pgrst_source AS (" + call_sql + ") " + cte + "SELECT " + total + " AS total_result_set, "
            + page + " AS page_total, " + handler + " AS body, " + RESPONSE_TAIL +
            "FROM (" + read_plan_to_query(root) + ") _postgrest_t")


def tx_var_query(req, cfg, func_settings=()):  # PreQuery.txVarQuery
    claims = dict(req.claims)
    claims["role"] = req.role
    headers = {"accept": "application/json"}
    if req.prefer:
        headers["prefer"] = ", ".join(f"{k}={v}" if v else k for k, v in req.prefer.items())

    def setc(k, v):
        return f"set_config({sql_lit(k)}, {sql_lit(v)}, true)"
    search_path = ", ".join(ident(s) for s in (cfg.schemas[0],) + tuple(cfg.extra_search_path))
    parts = [setc("search_path", search_path), setc("role", req.role),
             setc("request.jwt.claims", json.dumps(claims, sort_keys=True, separators=(",", ":"))),
             setc("request.method", req.method), setc("request.path", req.path),
             setc("request.headers", json.dumps(headers, separators=(",", ":"))),
             setc("request.cookies", "{}")]
    parts += [setc(k, v) for k, v in func_settings]
    return "select " + ", ".join(parts)


# ---------------------------------------------------------------------------------------------
# Planning + transaction (MainTx.hs), status (Error.hs mapSQLtoHTTP, Response.hs)
# ---------------------------------------------------------------------------------------------
def map_sql_to_http(code, msg, authed):  # Error.hs mapSQLtoHTTP
    exact = {"23503": 409, "23505": 409, "25006": 405, "P0001": 400, "42P01": 404, "42P17": 500,
             "53400": 500, "57P01": 503}
    if code == "42501":
        return 403 if authed else 401
    if code == "21000":
        return 400 if msg.endswith("requires a WHERE clause") else 500
    if code == "22023":
        return 401 if msg.startswith("role") and msg.endswith("does not exist") else 400
    if code == "42883":
        return 406 if msg.startswith("function xmlagg(") else 404
    if code in exact:
        return exact[code]
    prefixes = [("08", 503), ("09", 500), ("0L", 403), ("0P", 403), ("25", 500), ("28", 403), ("2D", 500),
                ("38", 500), ("39", 500), ("3B", 500), ("40", 500), ("53", 503), ("54", 500), ("55", 500),
                ("57", 500), ("58", 500), ("F0", 500), ("HV", 500), ("P0", 500), ("XX", 500)]
    for p, s in prefixes:
        if code.startswith(p):
            return s
    if code.startswith("PT") and code[2:].isdigit():
        return int(code[2:])
    return 400


def range_status(top_range, query_total, table_total):  # RangeQuery.rangeStatusHeader
    if table_total is None:
        return 200
    lower = top_range[0]
    upper = lower + query_total - 1
    if lower > table_total:
        return 416
    if (1 + upper - lower) < table_total:
        return 206
    return 200


@dataclass
class Result:
    status: int
    code: Optional[str] = None        # PGRSTxxx or SQLSTATE when failed
    message: Optional[str] = None
    rows: Optional[int] = None        # page_total
    total: Optional[int] = None       # total_result_set (Prefer: count=exact)
    body: object = None
    sql: Optional[str] = None
    hint: Optional[str] = None
    details: object = None


def plan_request(req, sc, cfg):
    """Returns (tx_mode, iso, main_sql, proc, top_range) or raises ApiError."""
    if req.path.startswith("/rpc/"):
        if req.method != "POST":
            raise NotSupported("GET /rpc")
        qi = (cfg.schemas[0], req.path[len("/rpc/"):])
        try:
            payload = json.loads(req.body or "{}")
        except ValueError:
            raise ApiError(400, "PGRST102", "Empty or invalid json")
        keys = set(payload) if isinstance(payload, dict) else set()
        proc = find_proc(qi, keys, sc.routines)
        rel_qi = (proc.schema, proc.table_name() or proc.name)
        root, top = read_plan(rel_qi, req, sc, cfg, is_routine=True)
        call_sql = call_plan_to_query(proc, keys, req.body or "{}", root)
        count = req.prefer.get("count") in ("exact", "estimated")
        mode = "READ ONLY" if proc.volatility in ("s", "i") else "READ WRITE"
        settings = [(k, v) for k, v in proc.settings]
        return mode, proc.iso_lvl, main_call(proc, call_sql, root, count, cfg, top), proc, top, settings
    if req.method not in ("GET", "HEAD"):
        raise NotSupported(req.method + " on tables")
    qi = (cfg.schemas[0], req.path.strip("/"))
    if qi not in sc.tables:                                   # findTable
        raise ApiError(404, "PGRST205", f"Could not find the table '{qi[0]}.{qi[1]}' in the schema cache")
    root, top = read_plan(qi, req, sc, cfg)
    count = req.prefer.get("count") in ("exact", "estimated")
    return "READ ONLY", None, main_read(root, count, cfg, top), None, top, []


def execute(db, req, sc, cfg=None, commit=False, sql_only=False):
    cfg = cfg or Config()
    try:
        mode, iso, main_sql, proc, top, settings = plan_request(req, sc, cfg)
    except ApiError as e:
        return Result(e.status, e.code, e.message, hint=e.hint, details=e.details)
    iso_sql = {"serializable": "SERIALIZABLE", "repeatable read": "REPEATABLE READ"}.get((iso or "").lower(),
                                                                                      "READ COMMITTED")
    script = "\n".join([
        f"BEGIN ISOLATION LEVEL {iso_sql} {mode};",
        "\\o /dev/null",
        tx_var_query(req, cfg, settings) + ";",
        "\\o",
        main_sql + ";",
        "COMMIT;" if commit else "SET CONSTRAINTS ALL IMMEDIATE;\nROLLBACK;"])
    if sql_only:
        return Result(0, sql=script)
    authed = req.role != cfg.anon_role
    try:
        out = psql(db, script, csv_out=True)
    except PgError as e:
        return Result(map_sql_to_http(e.sqlstate, e.message, authed), e.sqlstate, e.message, sql=script,
                      hint=e.hint, details=e.detail)
    row = list(csv.reader(io.StringIO(out)))[-1]
    total = int(row[0]) if row[0] != "" else None
    page = int(row[1])
    body = json.loads(row[2]) if row[2] else None
    status = range_status(top, page, total)
    if proc is not None and proc.returns_void():
        status = 204
    if row[4]:
        status = int(row[4])
    return Result(status, rows=page, total=total, body=body, sql=script)


# ---------------------------------------------------------------------------------------------
# The request table
# ---------------------------------------------------------------------------------------------
def load_vars(db, path):
    """vars.tsv: NAME<TAB>SQL returning one value, evaluated by the superuser, in order."""
    names, sqls = [], []
    with open(path) as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            n, s = line.rstrip("\n").split("\t", 1)
            names.append(n)
            sqls.append(s)
    out = psql(db, "\n".join(f"SELECT ({s})::text;" for s in sqls)).rstrip("\n").split("\n")
    return dict(zip(names, out))


def subst(s, vars_):
    return re.sub(r"\$\{(\w+)\}", lambda m: vars_[m.group(1)], s)


def load_requests(path):
    rows = []
    with open(path) as f:
        header = None
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)))))
    return rows


def nested_count(body, key):
    """Elements under KEY across the top-level rows: array lengths, or non-null objects."""
    n = 0
    for row in body if isinstance(body, list) else []:
        v = row.get(key)
        n += len(v) if isinstance(v, list) else (1 if v is not None else 0)
    return n


def embed_keys(request):
    """Top-level embed names (alias or relation) of a request's select."""
    q = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(request.split(" ", 1)[1]).query))
    try:
        return [(i.alias or i.name) for i in parse_select(q.get("select", "*")) if i.kind == "relation"]
    except (ApiError, NotSupported):
        return []


def check(row, res):
    """Compare a result with the table's expectations -> (ok, summary)."""
    exp = row["expect"].split()
    got_status = str(res.status)
    ok = got_status == exp[0] and (len(exp) < 2 or res.code == exp[1])
    summary = got_status + (" " + res.code if res.code else "")
    if res.code is None and res.rows is not None:
        summary += f", {res.rows} rows" + (f" of {res.total}" if res.total is not None else "")
    if row.get("rows") not in (None, "", "-", "?"):
        want_rows, _, want_total = row["rows"].partition("/")
        ok = ok and res.rows is not None and str(res.rows) == want_rows
        if want_total:
            ok = ok and str(res.total) == want_total
    if row.get("nested") not in (None, "", "-") and res.body is not None:
        parts = []
        specs = embed_keys(row["request"]) if row["nested"] == "?" else row["nested"].split(",")
        for spec in specs:
            k, _, n = spec.partition("=")
            got = nested_count(res.body, k)
            parts.append(f"{k}={got}")
            ok = ok and (n == "" or str(got) == n)
        summary += " (" + ", ".join(parts) + ")"
    return ok, summary


def run_table(db, requests_path, vars_path, cfg=None, tap=False, sc=None, stream=False):
    gen = _run_table(db, requests_path, vars_path, cfg, tap, sc)
    return gen if stream else list(gen)


def _run_table(db, requests_path, vars_path, cfg=None, tap=False, sc=None):
    cfg = cfg or Config()
    sc = sc or load_schema_cache(db, cfg)
    vars_ = load_vars(db, vars_path) if vars_path else {}
    for row in load_requests(requests_path):
        who = row["role"] + (f" {row['user']}" if row.get("user") not in (None, "", "-") else "")
        sub = vars_[row["user"]] if row.get("user") not in (None, "", "-") else None
        body = subst(row["body"], vars_) if row.get("body") not in (None, "", "-") else None
        prefer = row["prefer"] if row.get("prefer") not in (None, "", "-") else ""
        line = subst(row["request"], vars_)
        req = parse_request(line, row["role"], sub, prefer, body, cfg)
        try:
            res = execute(db, req, sc, cfg)
            ok, summary = check(row, res)
        except NotSupported as e:
            res, ok, summary = None, False, f"not supported by the replay: {e}"
        shown = row["request"] + (" " + row["body"] if body is not None and len(row["body"]) <= 120 else "")
        desc = f"{shown} as {who}: {summary}" + (f" [Prefer: {prefer}]" if prefer else "")
        yield (ok, desc, row, res)
        if tap:
            print(("ok" if ok else "not ok") + "\t" + desc.replace("#", "\\#"))
            if not ok:
                print(f"#   expected: {row['expect']}" + (f", rows {row['rows']}" if row.get('rows') not in ('', '-') else "")
                      + (f", nested {row['nested']}" if row.get('nested') not in ('', '-', None) else ""))
                if res is not None and res.message:
                    print(f"#   {res.code}: {res.message}")
                if res is not None and res.hint:
                    print(f"#   hint: {res.hint}")
            sys.stdout.flush()


def load_embeds(path):
    rows = []
    with open(path) as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                origin, target, hint, expected = line.rstrip("\n").split("\t")
                rows.append((origin, target, None if hint == "-" else hint, expected))
    return rows


def describe_rel(r):
    """'many-to-many tenant_users' / 'many-to-one programmes_provider_id_fkey' (PGRST201 wording)."""
    return compressed_rel(r)["cardinality"] + " " + rel_hint_of(r).split("!", 1)[1]


def check_embeds(sc, path, schema="public"):
    out = []
    for origin, target, hint, expected in load_embeds(path):
        name = f"{origin}?select=*,{target}{'!' + hint if hint else ''}(*)"
        try:
            got = describe_rel(find_rel(schema, sc.rels, origin, target, hint))
        except ApiError as e:
            got = e.code + (": " + ", ".join(
                rel_hint_of(r) for r in find_candidates(sc, schema, origin, target)) if e.code == "PGRST201" else "")
        out.append((got == expected, f"findRel {name} -> {got}" + ("" if got == expected else f" (expected {expected})")))
    return out


def find_candidates(sc, schema, origin, target):
    return [r for r in sc.rels.get(((schema, origin), schema), []) if _still_matches(sc, schema, origin, target, r)]


def tap_lines(db, here=HERE, cfg=None):
    """Everything tests/shell/12_postgrest.sh reports, as (ok, description) and ('#', comment)."""
    cfg = cfg or Config()
    sc = load_schema_cache(db, cfg)
    n_rels = sum(len(v) for v in sc.rels.values())
    yield (True, f"PostgREST {postgrest_commit()}: its schema-cache queries run and its rules build "
                 f"{len(sc.tables)} tables, {n_rels} relationships, {len(sc.routines)} routines")
    for ok, desc in check_embeds(sc, os.path.join(here, "embeds.tsv")):
        yield (ok, desc)
    amb = ambiguous_embeds(sc)
    yield ("#", f"{len(amb)} embeds by table name are ambiguous (PGRST201, 300) under PostgREST's rules; "
                "the candidates' hints:")
    for origin, target, cands in amb:
        yield ("#", f"  {origin}?select=*,{target}(*): " + ", ".join(rel_hint_of(r) for r in cands))
    for ok, desc, _row, _res in run_table(db, os.path.join(here, "requests.tsv"), os.path.join(here, "vars.tsv"),
                                          cfg, tap=False, sc=sc, stream=True):
        yield (ok, desc)
        if not ok and _res is not None:
            yield ("#", f"  expected {_row['expect']}" + (f", rows {_row['rows']}" if _row["rows"] != "-" else "")
                   + (f", nested {_row['nested']}" if _row["nested"] != "-" else ""))
            if _res.message:
                yield ("#", f"  {_res.code}: {_res.message}")
            if _res.hint:
                yield ("#", f"  hint: {_res.hint}")


def tap_count(here=HERE):
    return 1 + len(load_embeds(os.path.join(here, "embeds.tsv"))) + len(load_requests(os.path.join(here, "requests.tsv")))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--max-rows", type=int, default=1000)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("rels")
    p.add_argument("table", nargs="?")
    p = sub.add_parser("resolve")
    p.add_argument("table")
    p.add_argument("target")
    p.add_argument("hint", nargs="?")
    sub.add_parser("ambiguous")
    sub.add_parser("commit")
    sub.add_parser("tap")
    p = sub.add_parser("request")
    p.add_argument("line")
    p.add_argument("--role", default="anon")
    p.add_argument("--sub")
    p.add_argument("--prefer", default="")
    p.add_argument("--body")
    p.add_argument("--sql", action="store_true")
    p.add_argument("--commit", action="store_true")
    p = sub.add_parser("run")
    p.add_argument("requests")
    p.add_argument("--vars")
    p.add_argument("--tap", action="store_true")
    if sys.argv[1:] == ["count"]:   # no database needed: the number of TAP lines `tap` prints
        print(tap_count())
        return 0
    a = ap.parse_args()
    cfg = Config(max_rows=a.max_rows if a.max_rows > 0 else None)
    if a.cmd == "commit":
        print(postgrest_commit())
        return 0
    if a.cmd == "tap":   # protocol for tests/shell/12_postgrest.sh: "ok<TAB>desc", "not ok<TAB>desc", "# .."
        for ok, desc in tap_lines(a.db, cfg=cfg):
            if ok == "#":
                print("# " + desc)
            else:
                print(("ok" if ok else "not ok") + "\t" + desc.replace("#", "\\#"))
            sys.stdout.flush()
        return 0
    if a.cmd == "run":
        results = run_table(a.db, a.requests, a.vars, cfg, tap=a.tap)
        if not a.tap:
            for ok, desc, _, _ in results:
                print(("ok     " if ok else "FAILED ") + desc)
        return 0 if all(r[0] for r in results) else 1
    sc = load_schema_cache(a.db, cfg)
    if a.cmd == "rels":
        for (t, _s), rels in sorted(sc.rels.items()):
            if a.table and t[1] != a.table:
                continue
            for r in rels:
                print(f"{t[1]} -> {r.ftable[1]}: {json.dumps(compressed_rel(r))}  hint {rel_hint_of(r)}")
    elif a.cmd == "resolve":
        try:
            r = find_rel(cfg.schemas[0], sc.rels, a.table, a.target, a.hint)
            print(json.dumps(compressed_rel(r)))
        except ApiError as e:
            print(json.dumps({"code": e.code, "message": e.message, "details": e.details, "hint": e.hint}, indent=1))
            return 1
    elif a.cmd == "ambiguous":
        for origin, target, cands in ambiguous_embeds(sc):
            print(f"{origin}?select=*,{target}(*): " + ", ".join(rel_hint_of(r) for r in cands))
    elif a.cmd == "request":
        req = parse_request(a.line, a.role, a.sub, a.prefer, a.body, cfg)
        res = execute(a.db, req, sc, cfg, commit=a.commit)
        if a.sql and res.sql:
            print(res.sql)
        out = {"status": res.status, "code": res.code, "message": res.message, "rows": res.rows,
               "total": res.total, "hint": res.hint, "details": res.details}
        print(json.dumps({k: v for k, v in out.items() if v is not None}, indent=1))
        if a.sql and res.body is not None:
            print(json.dumps(res.body)[:2000])
    return 0


if __name__ == "__main__":
    sys.exit(main())
