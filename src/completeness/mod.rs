//! Company profile completeness: `companies.profile_completeness_score`, kept current by
//! triggers, and `platform.profile_completeness(company_id)` explaining it. The scoring itself
//! is pure Rust in `score`.
use pgrx::pg_sys::panic::ErrorReport;
use pgrx::prelude::*;
use pgrx::spi::SpiResult;
use pgrx::{JsonB, Uuid};
use serde_json::{json, Value};

use pgrx::trigger_support::PgTriggerOperation;

use crate::errors::{spi, spi_opt, Raise, TriggerError};
use crate::kept_plans;
use crate::trigger_tuple::{Deformed, Row};

pub mod score;
use score::{filled, Profile, Weights};

const COMPANY: &str = include_str!("queries/company.sql");
const TENANT_SETTINGS: &str = r#"SELECT t.settings FROM public.tenants t WHERE t.id = $1"#;
const HAS_STAFF: &str =
    r#"SELECT EXISTS (SELECT 1 FROM public.company_staff cs WHERE cs.company_id = $1 AND cs.status = 'active')"#;
/// A no-op assignment: the BEFORE UPDATE trigger on companies recomputes the score.
const RESCORE_COMPANY: &str =
    r#"UPDATE public.companies SET profile_completeness_score = profile_completeness_score WHERE id = $1"#;
const RESCORE_TENANT: &str =
    r#"UPDATE public.companies SET profile_completeness_score = profile_completeness_score WHERE tenant_id = $1"#;

/// The counted columns of a companies row, as read (borrowed from the trigger's row or an SPI
/// row); `challenges` is whether any challenge is filled in.
struct Fields<'a> {
    description: Option<&'a str>,
    stage: Option<&'a str>,
    funding_stage: Option<&'a str>,
    challenges: bool,
    sector: Option<&'a str>,
    company_size: Option<&'a str>,
    location: Option<&'a str>,
    postcode: Option<&'a str>,
    website_url: Option<&'a str>,
    logo_url: Option<&'a str>,
}

impl Fields<'_> {
    fn profile(&self, staff: bool) -> Profile {
        Profile {
            description: filled(self.description),
            stage: filled(self.stage),
            funding_stage: filled(self.funding_stage),
            challenges: self.challenges,
            sector: filled(self.sector),
            company_size: filled(self.company_size),
            location: filled(self.location) || filled(self.postcode),
            website: filled(self.website_url),
            logo: filled(self.logo_url),
            staff,
        }
    }
}

const PROFILE_COMPLETENESS_HINT: &str =
    "tenants.settings.profile_completeness.weights maps counted fields to integer weights, e.g. {\"funding_stage\": 20}.";
const FOR_YOU_HINT: &str =
    "tenants.settings.for_you takes the feed's blend weights similarity, recency, popularity and \
     diversity (numbers from 0 to 1) and exact_threshold (an integer from 0 to 100000), e.g. {\"for_you\": \
     {\"similarity\": 0.75, \"recency\": 0.1, \"popularity\": 0.15, \"diversity\": 0.05, \"exact_threshold\": 5000}}.";

fn settings_error(e: score::SettingsError) -> ! {
    let hint =
        if e.key == "for_you" || e.key.starts_with("for_you.") { FOR_YOU_HINT } else { PROFILE_COMPLETENESS_HINT };
    ErrorReport::new(
        PgSqlErrorCode::ERRCODE_INVALID_PARAMETER_VALUE,
        format!("invalid tenant setting {}: {}", e.key, e.message),
        "platform.tenants_settings_check",
    )
    .set_hint(hint)
    .raise()
}

fn tenant_weights(tenant_id: Uuid) -> Weights {
    let settings = spi_opt(kept_plans::get_one::<JsonB>(TENANT_SETTINGS, &[tenant_id.into()]), "read tenant settings");
    match settings {
        Some(JsonB(v)) => score::weights_from_settings(&v).unwrap_or_else(|e| settings_error(e)),
        None => Weights::default(),
    }
}

/// The weights last read, with the tenant and the statement they were read for: (tenant, local
/// transaction id, command id, weights).
type WeightsCache = Option<(Uuid, u32, u32, Weights)>;

thread_local! {
    static WEIGHTS: std::cell::RefCell<WeightsCache> = const { std::cell::RefCell::new(None) };
}

/// A tenant's weights, read once per statement: a bulk insert of 5 000 companies of one tenant
/// read (and parsed) tenants.settings 5 000 times, ~40 % of the row trigger's cost. The key is the
/// transaction and its command id, so a later statement (which may follow an UPDATE of the
/// settings in the same transaction) reads them afresh; within one statement the settings are what
/// that statement saw first.
fn statement_weights(tenant_id: Uuid) -> Weights {
    // SAFETY: MyProc is set in every backend that runs SQL; GetCurrentCommandId(false) only reads.
    let (lxid, cid) = unsafe { ((*pg_sys::MyProc).lxid, pg_sys::GetCurrentCommandId(false)) };
    let hit = WEIGHTS.with(|c| match c.borrow().as_ref() {
        Some((t, l, cc, w)) if *t == tenant_id && *l == lxid && *cc == cid => Some(w.clone()),
        _ => None,
    });
    hit.unwrap_or_else(|| {
        let w = tenant_weights(tenant_id);
        WEIGHTS.with(|c| *c.borrow_mut() = Some((tenant_id, lxid, cid, w.clone())));
        w
    })
}

fn has_staff(company_id: Uuid) -> bool {
    spi_opt(kept_plans::get_one::<bool>(HAS_STAFF, &[company_id.into()]), "count company staff").unwrap_or(false)
}

/// The columns companies_completeness reads and writes, in this order.
const TRIGGER_COLUMNS: [&str; 13] = [
    "description",
    "stage",
    "funding_stage",
    "challenges",
    "sector",
    "company_size",
    "location",
    "postcode",
    "website_url",
    "logo_url",
    "tenant_id",
    "id",
    "profile_completeness_score",
];

/// BEFORE INSERT OR UPDATE ON companies: compute the score; whatever the client sent is replaced.
/// The row is deformed once and re-formed once (`trigger_tuple::Deformed`).
#[pg_trigger]
fn companies_completeness<'a>(
    trigger: &'a PgTrigger<'a>,
) -> Result<Option<PgHeapTuple<'a, impl WhoAllocated>>, TriggerError> {
    let row = Deformed::new(trigger, Row::New).ok_or(TriggerError::missing("NEW"))?;
    let [description, stage, funding_stage, challenges, sector, company_size, location, postcode, website, logo, tenant, id, score_col] =
        row.positions(&TRIGGER_COLUMNS);
    let fields = Fields {
        description: row.text(description),
        stage: row.text(stage),
        funding_stage: row.text(funding_stage),
        challenges: row.any_text_element(challenges, filled),
        sector: row.text(sector),
        company_size: row.text(company_size),
        location: row.text(location),
        postcode: row.text(postcode),
        website_url: row.text(website),
        logo_url: row.text(logo),
    };
    let tenant_id = row.uuid(tenant).expect("tenant_id is NOT NULL");
    // A company being inserted cannot have staff yet (company_staff references it): no query.
    let staff =
        !matches!(trigger.op()?, PgTriggerOperation::Insert) && has_staff(row.uuid(id).expect("id is NOT NULL"));
    let (points, _) = score::score(&fields.profile(staff), &statement_weights(tenant_id));
    let at = score_col.expect("companies has profile_completeness_score");
    let value = (points as i16).into_datum().expect("a smallint datum");
    Ok(Some(row.with_value(at, pg_sys::INT2OID, value)))
}

/// AFTER INSERT OR UPDATE OR DELETE ON company_staff: "staff present" may have changed.
#[pg_trigger]
fn company_staff_completeness<'a>(
    trigger: &'a PgTrigger<'a>,
) -> Result<Option<PgHeapTuple<'a, impl WhoAllocated>>, TriggerError> {
    let mut ids: Vec<Uuid> = Vec::with_capacity(2);
    for row in [trigger.old(), trigger.new()].into_iter().flatten() {
        if let Some(id) = row.get_by_name::<Uuid>("company_id")? {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    for id in ids {
        spi(Spi::run_with_args(RESCORE_COMPANY, &[id.into()]), "rescore company");
    }
    Ok(None::<PgHeapTuple<'a, pgrx::AllocatedByPostgres>>)
}

/// BEFORE INSERT OR UPDATE OF settings ON tenants: reject settings the extension cannot read
/// (`profile_completeness`, read here, and `for_you`, read by public.for_you).
#[pg_trigger]
fn tenants_settings_check<'a>(
    trigger: &'a PgTrigger<'a>,
) -> Result<Option<PgHeapTuple<'a, impl WhoAllocated>>, TriggerError> {
    let new = trigger.new().ok_or(TriggerError::missing("NEW"))?;
    if let Some(JsonB(settings)) = new.get_by_name::<JsonB>("settings")? {
        if let Err(e) = score::weights_from_settings(&settings) {
            settings_error(e);
        }
        if let Err(e) = crate::foryou::settings::validate(&settings) {
            settings_error(e);
        }
    }
    Ok(Some(new))
}

/// AFTER UPDATE OF settings ON tenants: rescore the tenant's companies if the weights changed.
#[pg_trigger]
fn tenants_settings_rescore<'a>(
    trigger: &'a PgTrigger<'a>,
) -> Result<Option<PgHeapTuple<'a, impl WhoAllocated>>, TriggerError> {
    let (Some(old), Some(new)) = (trigger.old(), trigger.new()) else {
        return Ok(None::<PgHeapTuple<'a, pgrx::AllocatedByPostgres>>);
    };
    let weights = |row: &PgHeapTuple<'_, pgrx::AllocatedByPostgres>| -> Result<Weights, TriggerError> {
        Ok(match row.get_by_name::<JsonB>("settings")? {
            Some(JsonB(v)) => score::weights_from_settings(&v).unwrap_or_default(),
            None => Weights::default(),
        })
    };
    if weights(&old)? != weights(&new)? {
        let id: Uuid = new.get_by_name("id")?.expect("id is NOT NULL");
        spi(Spi::run_with_args(RESCORE_TENANT, &[id.into()]), "rescore tenant companies");
    }
    Ok(None::<PgHeapTuple<'a, pgrx::AllocatedByPostgres>>)
}

/// Explain a company's score: every counted field, its points, and what is missing.
#[pg_extern(stable, strict, parallel_safe)]
fn profile_completeness(company_id: Uuid) -> JsonB {
    // The profile is read inside the connection (its text is borrowed from the SPI row); whether
    // the company has staff is its own query, after.
    let row = Spi::connect(|client| -> SpiResult<Option<(Profile, Uuid, i16)>> {
        let table = spi(client.select(COMPANY, Some(1), &[company_id.into()]), "read company");
        let Some(r) = table.into_iter().next() else { return Ok(None) };
        let text = |c: &str| r.get_by_name::<&str, _>(c);
        let challenges = r.get_by_name::<Vec<Option<String>>, _>("challenges")?;
        let fields = Fields {
            description: text("description")?,
            stage: text("stage")?,
            funding_stage: text("funding_stage")?,
            challenges: challenges.is_some_and(|c| c.iter().any(|x| filled(x.as_deref()))),
            sector: text("sector")?,
            company_size: text("company_size")?,
            location: text("location")?,
            postcode: text("postcode")?,
            website_url: text("website_url")?,
            logo_url: text("logo_url")?,
        };
        let tenant: Uuid = r.get_by_name::<Uuid, _>("tenant_id")?.expect("tenant_id");
        let stored: i16 = r.get_by_name::<i16, _>("profile_completeness_score")?.unwrap_or(0);
        Ok(Some((fields.profile(false), tenant, stored)))
    });
    let row = spi(row, "read company fields");
    let Some((mut profile, tenant, stored)) = row else {
        ErrorReport::new(
            PgSqlErrorCode::ERRCODE_NO_DATA_FOUND,
            format!("company {company_id} does not exist or is not visible to you"),
            "platform.profile_completeness",
        )
        .raise()
    };
    profile.staff = has_staff(company_id);
    let (points, breakdown) = score::score(&profile, &tenant_weights(tenant));
    let list: Vec<Value> = breakdown
        .iter()
        .map(|f| json!({"field": f.field, "present": f.present, "weight": f.weight, "points": f.points}))
        .collect();
    let missing: Vec<Value> = breakdown
        .iter()
        .filter(|f| !f.present && f.points > 0)
        .map(|f| json!({"field": f.field, "points": f.points, "message": format!("{}: +{}", f.suggestion, f.points)}))
        .collect();
    JsonB(json!({
        "company_id": company_id.to_string(),
        "score": points,
        "stored_score": stored,
        "fields": list,
        "missing": missing,
    }))
}

extension_sql_file!(
    "sql/finalize.sql",
    name = "completeness_finalize",
    requires = [
        companies_completeness,
        company_staff_completeness,
        tenants_settings_check,
        tenants_settings_rescore,
        profile_completeness
    ]
);
