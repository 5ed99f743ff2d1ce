//! Reports, the audit log and withheld remote objects.

use super::{
    DbPool,
    counts::LockCounts,
    deliveries::Outgoing,
    models::{Actor, AuditEntry, NewAuditEntry, NewReport, Report},
    now,
    schema::{actors, audit_log, reports, withheld_objects},
};
use crate::{db_enqueue, db_run, db_tx, db_write, error::AppResult};
use diesel::{
    BoolExpressionMethods, ExpressionMethods, OptionalExtension, QueryDsl, SelectableHelper, TextExpressionMethods,
};
use diesel_async::RunQueryDsl;
use std::collections::HashSet;

pub const OPEN: &str = "open";
pub const DISMISSED: &str = "dismissed";
pub const REMOVED: &str = "removed";
pub const WARNED: &str = "warned";
pub const LIMITED: &str = "limited";
pub const SUSPENDED: &str = "suspended";
/// Every state a report can be in.
pub const STATES: [&str; 6] = [OPEN, DISMISSED, REMOVED, WARNED, LIMITED, SUSPENDED];

/// Stores a report, with the `Flag` that forwards it when there is one.
pub async fn add_report(pool: &DbPool, new: &NewReport, forward: Option<&Outgoing>) -> AppResult<Report> {
    db_tx!(pool, |conn| {
        let report =
            diesel::insert_into(reports::table).values(new).returning(Report::as_returning()).get_result(conn).await?;
        if let Some(outgoing) = forward {
            db_enqueue!(conn, outgoing);
        }
        Ok(report)
    })
}

pub async fn report(pool: &DbPool, id: i64) -> AppResult<Option<(Report, Actor)>> {
    db_run!(pool, |conn| Ok(reports::table
        .inner_join(actors::table)
        .filter(reports::id.eq(id))
        .select((Report::as_select(), Actor::as_select()))
        .first(conn)
        .await
        .optional()?))
}

/// Reports in one state with the account each is about, newest first, ids below `before`.
pub async fn reports(pool: &DbPool, status: &str, before: Option<i64>, limit: i64) -> AppResult<Vec<(Report, Actor)>> {
    db_run!(pool, |conn| Ok(reports::table
        .inner_join(actors::table)
        .filter(reports::status.eq(status))
        .filter(reports::id.lt(before.unwrap_or(i64::MAX)))
        .order(reports::id.desc())
        .limit(limit)
        .select((Report::as_select(), Actor::as_select()))
        .load(conn)
        .await?))
}

/// Other reports about the same account (newest first), and how many concern its whole domain.
pub async fn history(pool: &DbPool, report: &Report, domain: &str, limit: i64) -> AppResult<(Vec<Report>, i64)> {
    db_run!(pool, |conn| {
        let same_account = reports::table
            .filter(reports::target_actor_id.eq(report.target_actor_id))
            .filter(reports::id.ne(report.id))
            .order(reports::id.desc())
            .limit(limit)
            .select(Report::as_select())
            .load(conn)
            .await?;
        let same_domain = reports::table
            .inner_join(actors::table)
            .filter(actors::domain.eq(domain))
            .filter(reports::id.ne(report.id))
            .count()
            .get_result(conn)
            .await?;
        Ok((same_account, same_domain))
    })
}

/// Closes every open report about `target_url` with `status`; returns the reports it closed.
pub async fn close(pool: &DbPool, target_url: &str, status: &str, by: &str) -> AppResult<Vec<Report>> {
    db_write!(pool, |conn| Ok(diesel::update(
        reports::table.filter(reports::target_url.eq(target_url)).filter(reports::status.eq(OPEN))
    )
    .set((reports::status.eq(status), reports::resolved_by.eq(by), reports::resolved_at.eq(now())))
    .returning(Report::as_returning())
    .get_results(conn)
    .await?))
}

pub async fn audit(pool: &DbPool, entry: &NewAuditEntry) -> AppResult<()> {
    db_write!(pool, |conn| {
        diesel::insert_into(audit_log::table).values(entry).execute(conn).await?;
        Ok(())
    })
}

/// What to show of the audit log: one action, one moderator, entries below an id.
#[derive(Debug, Default)]
pub struct AuditFilter {
    pub action: Option<String>,
    pub moderator: Option<String>,
    pub before: Option<i64>,
}

pub async fn audit_page(pool: &DbPool, filter: &AuditFilter, limit: i64) -> AppResult<Vec<AuditEntry>> {
    db_run!(pool, |conn| {
        let mut query = audit_log::table.filter(audit_log::id.lt(filter.before.unwrap_or(i64::MAX))).into_boxed();
        if let Some(action) = &filter.action {
            query = query.filter(audit_log::action.eq(action));
        }
        if let Some(moderator) = &filter.moderator {
            query = query.filter(audit_log::moderator.eq(moderator));
        }
        Ok(query.order(audit_log::id.desc()).limit(limit).select(AuditEntry::as_select()).load(conn).await?)
    })
}

pub async fn withhold(pool: &DbPool, ap_id: &str) -> AppResult<()> {
    db_write!(pool, |conn| {
        diesel::insert_into(withheld_objects::table)
            .values((withheld_objects::ap_id.eq(ap_id), withheld_objects::created_at.eq(now())))
            .on_conflict_do_nothing()
            .execute(conn)
            .await?;
        Ok(())
    })
}

/// Which of `ap_ids` a moderator here removed.
pub async fn withheld_among(pool: &DbPool, ap_ids: &[&str]) -> AppResult<HashSet<String>> {
    db_run!(pool, |conn| Ok(withheld_objects::table
        .filter(withheld_objects::ap_id.eq_any(ap_ids))
        .select(withheld_objects::ap_id)
        .load::<String>(conn)
        .await?
        .into_iter()
        .collect()))
}

/// Whether `reporter_id` has an open report about `target_url`.
pub async fn open_report_by(pool: &DbPool, reporter_id: i64, target_url: &str) -> AppResult<bool> {
    db_run!(pool, |conn| Ok(reports::table
        .filter(reports::reporter_id.eq(reporter_id))
        .filter(reports::target_url.eq(target_url))
        .filter(reports::status.eq(OPEN))
        .count()
        .get_result::<i64>(conn)
        .await?
        > 0))
}

pub async fn open_count(pool: &DbPool) -> AppResult<i64> {
    db_run!(pool, |conn| Ok(reports::table.filter(reports::status.eq(OPEN)).count().get_result(conn).await?))
}

/// What a moderator does to an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// Left out of public lists; followers still see it.
    Limit,
    /// A remote account's deliveries are refused; a local account cannot sign in (its sessions
    /// and tokens end) and what it published is hidden.
    Suspend,
}

impl Measure {
    /// The word the audit log records: `limit` or `suspend`.
    pub fn verb(self) -> &'static str {
        match self {
            Measure::Limit => "limit",
            Measure::Suspend => "suspend",
        }
    }

    pub fn status(self) -> &'static str {
        match self {
            Measure::Limit => LIMITED,
            Measure::Suspend => SUSPENDED,
        }
    }
}

/// Applies `measure` to an account and closes every open report about it with the measure's
/// status; returns the reports it closed.
/// `outgoing` (a local account's `Update` saying it is suspended) is queued with the change.
pub async fn measure(
    pool: &DbPool,
    actor_id: i64,
    measure: Measure,
    by: &str,
    outgoing: Option<&Outgoing>,
) -> AppResult<Vec<Report>> {
    use super::schema::{api_tokens, oauth_codes, oauth_tokens, sessions, users};
    db_tx!(pool, |conn| {
        if let Some(outgoing) = outgoing {
            db_enqueue!(conn, outgoing);
        }
        let account = actors::table.find(actor_id);
        match measure {
            Measure::Limit => {
                diesel::update(account).set(actors::limited.eq(true)).execute(conn).await?;
            }
            Measure::Suspend => {
                diesel::update(account).set(actors::suspended.eq(true)).execute(conn).await?;
                let user_ids: Vec<i64> =
                    users::table.filter(users::actor_id.eq(actor_id)).select(users::id).load(conn).await?;
                diesel::delete(sessions::table.filter(sessions::user_id.eq_any(&user_ids))).execute(conn).await?;
                diesel::delete(api_tokens::table.filter(api_tokens::user_id.eq_any(&user_ids))).execute(conn).await?;
                diesel::delete(oauth_tokens::table.filter(oauth_tokens::user_id.eq_any(&user_ids)))
                    .execute(conn)
                    .await?;
                diesel::delete(oauth_codes::table.filter(oauth_codes::user_id.eq_any(&user_ids))).execute(conn).await?;
            }
        }
        Ok(diesel::update(
            reports::table.filter(reports::target_actor_id.eq(actor_id)).filter(reports::status.eq(OPEN)),
        )
        .set((reports::status.eq(measure.status()), reports::resolved_by.eq(by), reports::resolved_at.eq(now())))
        .returning(Report::as_returning())
        .get_results(conn)
        .await?)
    })
}

/// Lifts a limit or a suspension, queuing `outgoing` with the change.
pub async fn lift(pool: &DbPool, actor_id: i64, measure: Measure, outgoing: Option<&Outgoing>) -> AppResult<()> {
    db_tx!(pool, |conn| {
        let account = actors::table.find(actor_id);
        match measure {
            Measure::Limit => diesel::update(account).set(actors::limited.eq(false)).execute(conn).await?,
            Measure::Suspend => diesel::update(account).set(actors::suspended.eq(false)).execute(conn).await?,
        };
        if let Some(outgoing) = outgoing {
            db_enqueue!(conn, outgoing);
        }
        Ok(())
    })
}

/// Whose content a purge removes: one account, or every account of a domain.
#[derive(Debug, Clone, Copy)]
pub enum Accounts<'a> {
    One(i64),
    Domain(&'a str),
}

/// Deletes what accounts of other servers published here, and their follows either way.
pub async fn purge(pool: &DbPool, accounts: Accounts<'_>) -> AppResult<()> {
    use super::schema::{comments, events, follows, posts, resources};
    db_tx!(pool, |conn| {
        let ids: Vec<i64> = match accounts {
            Accounts::One(id) => actors::table.find(id).filter(actors::local.eq(false)).select(actors::id).load(conn),
            // Its subdomains with it, as the domain policy refuses them.
            Accounts::Domain(domain) => actors::table
                .filter(actors::domain.eq(domain).or(actors::domain.like(format!("%.{domain}"))))
                .filter(actors::local.eq(false))
                .select(actors::id)
                .load(conn),
        }
        .await?;
        // In the order of `LockCounts`: their resources' rows (by id), the comments, then the
        // counts, which deleting the resources changes.
        let published: Vec<i64> =
            resources::table.filter(resources::author_id.eq_any(&ids)).select(resources::id).load(conn).await?;
        conn.lock_resources(&published).await?;
        diesel::delete(comments::table.filter(comments::author_id.eq_any(&ids))).execute(conn).await?;
        diesel::delete(resources::table.filter(resources::author_id.eq_any(&ids))).execute(conn).await?;
        diesel::delete(events::table.filter(events::organizer_id.eq_any(&ids))).execute(conn).await?;
        diesel::delete(posts::table.filter(posts::author_id.eq_any(&ids))).execute(conn).await?;
        diesel::delete(follows::table.filter(follows::follower_id.eq_any(&ids).or(follows::followed_id.eq_any(&ids))))
            .execute(conn)
            .await?;
        Ok(())
    })
}

/// Stores a report that a `Flag` brought; one `Flag` delivered twice names each thing once.
pub async fn add_flagged(pool: &DbPool, new: &NewReport) -> AppResult<()> {
    db_write!(pool, |conn| {
        diesel::insert_into(reports::table).values(new).on_conflict_do_nothing().execute(conn).await?;
        Ok(())
    })
}

/// Open reports that came from the server at `origin`.
pub async fn open_from(pool: &DbPool, origin: &str) -> AppResult<i64> {
    db_run!(pool, |conn| Ok(reports::table
        .filter(reports::origin.eq(origin))
        .filter(reports::status.eq(OPEN))
        .count()
        .get_result(conn)
        .await?))
}
