// Type-checked only (tsc --noEmit, see tsconfig.json); never executed.
//
// The queries a Supabase client of this schema runs, written against the generated
// types/database.ts. supabase-js parses each select string at the type level and checks
// every embed against the generated `Relationships`; an embed it cannot resolve, or a
// column that does not exist, becomes a `SelectQueryError` in the result type instead of a
// compile error, so every result goes through `noQueryError` below, and the fields we
// read are assigned to explicitly typed variables.
import { createClient } from "@supabase/supabase-js"
import type { Database, Tables } from "./database"

const supabase = createClient<Database>("http://localhost:54321", "anon-key")

// postgrest-js marks a failed part of a select with `{ error: true } & "message"`.
// QueryErrors<T> collects those anywhere in a result (a few levels deep: rows, embeds,
// embeds of embeds); never when there is none.
type Depth = unknown[]
type QueryErrors<T, D extends Depth = []> = D["length"] extends 6
  ? never
  : T extends { error: true }
    ? T
    : T extends readonly (infer E)[]
      ? QueryErrors<E, [...D, 1]>
      : T extends object
        ? { [K in keyof T]-?: QueryErrors<T[K], [...D, 1]> }[keyof T]
        : never

// `noQueryError(data, true)` compiles only when `data` holds no SelectQueryError; otherwise
// tsc reports that `true` is not assignable to the error, whose text names the bad embed.
function noQueryError<T>(value: T, _ok: NoInfer<[QueryErrors<T>] extends [never] ? true : QueryErrors<T>>): T {
  return value
}

// One-to-many and many-to-one embeds, with an alias.
export async function programmeWithProviderAndCohorts() {
  const { data, error } = await supabase
    .from("programmes")
    .select("*, provider:providers(*), cohorts(*)")
  if (error) throw error
  const rows = noQueryError(data, true)
  const title: string = rows[0].title
  const providerName: string | undefined = data?.[0].provider?.name
  const firstCohortId: string = data[0].cohorts[0].id
  const cohortProgramme: string = rows[0].cohorts[0].programme_id
  const provider: Tables<"providers"> = rows[0].provider
  return { title, providerName, firstCohortId, cohortProgramme, provider }
}

// Nested embeds: a course, its pages, each page's modules.
export async function courseWithPagesAndModules() {
  const { data, error } = await supabase
    .from("courses")
    .select("*, course_pages(*, course_modules(*))")
  if (error) throw error
  const rows = noQueryError(data, true)
  const pageId: string = rows[0].course_pages[0].id
  const moduleId: string = rows[0].course_pages[0].course_modules[0].id
  const modulePage: string = rows[0].course_pages[0].course_modules[0].page_id
  return { pageId, moduleId, modulePage }
}

// Many-to-many through tenant_users. PostgREST embeds tenants?select=*,users(*) through the
// junction (tests/postgrest); supabase-js's types, which look for any table with keys to both
// sides and ignore primary keys, also see mentors (tenant_id -> tenants, unique user_id -> users,
// one-to-one) and type that embed as `User[] | User | null`. Through the junction by name, the
// type is exact (README, PostgREST section).
export async function tenantWithUsers() {
  const { data, error } = await supabase.from("tenants").select("*, tenant_users(role, users(*))")
  if (error) throw error
  const rows = noQueryError(data, true)
  const tenantName: string = rows[0].name
  const role: string = rows[0].tenant_users[0].role
  const userId: string = rows[0].tenant_users[0].users.id
  return { tenantName, role, userId }
}

// Many-to-many through company_staff.
export async function companyWithUsers() {
  const { data, error } = await supabase.from("companies").select("*, users(*)")
  if (error) throw error
  const rows = noQueryError(data, true)
  const companyName: string = rows[0].name
  const userId: string = rows[0].users[0].id
  return { companyName, userId }
}

// Many-to-many through providers_staff.
export async function providerWithUsers() {
  const { data, error } = await supabase.from("providers").select("*, users(*)")
  if (error) throw error
  const rows = noQueryError(data, true)
  const providerName: string = rows[0].name
  const userId: string = rows[0].users[0].id
  return { providerName, userId }
}

// Many-to-many through mentor_programmes.
export async function programmeWithMentors() {
  const { data, error } = await supabase.from("programmes").select("*, mentors(*)")
  if (error) throw error
  const rows = noQueryError(data, true)
  const mentorId: string = rows[0].mentors[0].id
  const mentorUser: string = rows[0].mentors[0].user_id
  return { mentorId, mentorUser }
}

// Self-reference: a page and its parent page, embedded through the FK column.
export async function pageWithParent() {
  const { data, error } = await supabase
    .from("course_pages")
    .select("*, parent:parent_page_id(*)")
  if (error) throw error
  const rows = noQueryError(data, true)
  const parentId: string | undefined = rows[0].parent?.id
  const parentTitle: string | undefined = rows[0].parent?.title
  return { parentId, parentTitle }
}

// The recommendation RPC and its row type.
export async function forYou(user_id: string, tenant_id: string) {
  const { data, error } = await supabase.rpc("for_you", { user_id, tenant_id, k: 10 })
  if (error) throw error
  const row = data[0]
  const contentType: string = row.content_type
  const contentId: string = row.content_id
  const title: string = row.title
  const score: number = row.score
  const reason: string = row.reason
  return { contentType, contentId, title, score, reason }
}

export async function mentors() {
  const { data, error } = await supabase.from("mentors").select("*")
  if (error) throw error
  const rows: Tables<"mentors">[] = noQueryError(data, true)
  return rows
}
