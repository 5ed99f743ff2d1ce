use super::{DbPool, models::DomainRule, schema::domain_rules};
use crate::{db_run, db_write, error::AppResult};
use diesel::{ExpressionMethods, QueryDsl, SelectableHelper, upsert::excluded};
use diesel_async::RunQueryDsl;

pub async fn all(pool: &DbPool) -> AppResult<Vec<DomainRule>> {
    db_run!(pool, |conn| Ok(domain_rules::table
        .order(domain_rules::domain.asc())
        .select(DomainRule::as_select())
        .load(conn)
        .await?))
}

pub async fn set(pool: &DbPool, rule: &DomainRule) -> AppResult<()> {
    db_write!(pool, |conn| {
        diesel::insert_into(domain_rules::table)
            .values(rule)
            .on_conflict(domain_rules::domain)
            .do_update()
            .set(domain_rules::policy.eq(excluded(domain_rules::policy)))
            .execute(conn)
            .await?;
        Ok(())
    })
}

pub async fn remove(pool: &DbPool, domain: &str) -> AppResult<usize> {
    db_write!(pool, |conn| Ok(diesel::delete(domain_rules::table.find(domain)).execute(conn).await?))
}
