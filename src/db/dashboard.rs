//! The figures of the network dashboard, summed in the database.

use super::{DbPool, schema::resources};
use crate::{db_run, error::AppResult};
use diesel::{
    BoolExpressionMethods, ExpressionMethods, QueryDsl,
    dsl::{count_star, sum},
};
use diesel_async::RunQueryDsl;

/// Resources of one sector combination, country and year, with their summed impact.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceGroup {
    pub sectors_mask: i64,
    pub country: String,
    pub year: i32,
    pub count: i64,
    pub tco2e_per_year: f64,
    pub investment_eur: f64,
}

/// Every resource held here (its own and gathered), grouped: few rows however many resources.
/// Without `illustrative`, `seed-demo`'s invented resources are left out.
pub async fn resource_groups(pool: &DbPool, illustrative: bool) -> AppResult<Vec<ResourceGroup>> {
    type Row = (i64, String, i32, i64, Option<f64>, Option<f64>);
    let rows: Vec<Row> = db_run!(pool, |conn| resources::table
        .filter(resources::demo.eq(false).or(resources::demo.eq(illustrative)))
        .group_by((resources::sectors_mask, resources::country, resources::year))
        .select((
            resources::sectors_mask,
            resources::country,
            resources::year,
            count_star(),
            sum(resources::tco2e_per_year),
            sum(resources::investment_eur),
        ))
        .load(conn)
        .await?);
    Ok(rows
        .into_iter()
        .map(|(sectors_mask, country, year, count, tco2e, eur)| ResourceGroup {
            sectors_mask,
            country,
            year,
            count,
            tco2e_per_year: tco2e.unwrap_or(0.0),
            investment_eur: eur.unwrap_or(0.0),
        })
        .collect())
}
