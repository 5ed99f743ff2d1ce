//! Counts of resources that are read, not computed per request: the database keeps them in
//! `resource_counts`, by triggers in the transaction of every change to a resource (migrations
//! 000029 and 000035), and [`rebuild`] computes them again from the resources.

use super::{
    DbPool, SqliteConn,
    dialect::Bind,
    schema::{resource_counts, resources},
};
use crate::{db_run, db_tx, error::AppResult, load_sql};
use diesel::{BoolExpressionMethods, ExpressionMethods, QueryDsl, QueryResult};
use diesel_async::{AsyncPgConnection, RunQueryDsl};

/// What a count is of, as `resource_counts.facet` names it; each names its values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    /// Every resource (value '').
    All,
    /// A kind of resource (`case_study`…).
    Kind,
    /// `local` or the server a resource came from.
    Origin,
    /// A year.
    Year,
    /// A bit of `languages_mask` (a language a resource can be read in), by number.
    Language,
    /// A country code ('' for none).
    Country,
    /// A bit of `map_mask` (Transition Map phases and steps, Explore tool types), by number.
    Map,
    /// A bit of `sectors_mask`, by number.
    Sector,
    /// `year:sector bit`.
    YearSector,
    /// `map bit:sector bit`.
    MapSector,
}

impl Facet {
    pub fn as_str(self) -> &'static str {
        match self {
            Facet::All => "all",
            Facet::Kind => "kind",
            Facet::Origin => "origin",
            Facet::Year => "year",
            Facet::Language => "language",
            Facet::Country => "country",
            Facet::Map => "map",
            Facet::Sector => "sector",
            Facet::YearSector => "year_sector",
            Facet::MapSector => "map_sector",
        }
    }
}

/// Transactions that change counts at once take their locks in one order, so that they wait for
/// each other rather than deadlock: the resource rows they change (in id order), the comments a
/// delete takes with them, the counts of all resources (`all`, one for illustrative resources and
/// one for the others), then the other counts. A statement's trigger locks the counts it changes
/// sorted, `all` first when it changes it (an insert or a delete always does). One update after
/// another in a transaction changes counts in no order: two backfill pages of known rows, or a
/// page and an edit, each held a count the other waited for. So a transaction that updates stored
/// resources locks their rows first, and `all` before its first update; a purge locks its
/// accounts' resources first. (A store inserting new rows before its updates takes `all` of their
/// kind in its insert, and the other one after: stores of other servers' resources insert only
/// resources that are not illustrative.) Inside a `db_tx!` body.
pub trait LockCounts {
    /// Locks the rows of `resources` for a change, in id order; says which are still there.
    fn lock_resources(&mut self, resources: &[i64]) -> impl Future<Output = QueryResult<Vec<i64>>> + Send;
    /// Locks the `all` counts.
    fn lock_counts(&mut self) -> impl Future<Output = QueryResult<()>> + Send;
}

impl LockCounts for AsyncPgConnection {
    async fn lock_resources(&mut self, ids: &[i64]) -> QueryResult<Vec<i64>> {
        // Not `FOR UPDATE`: a comment's reference to its resource is left free.
        resources::table
            .filter(resources::id.eq_any(ids))
            .order(resources::id)
            .select(resources::id)
            .for_no_key_update()
            .load(self)
            .await
    }

    async fn lock_counts(&mut self) -> QueryResult<()> {
        resource_counts::table
            .filter(resource_counts::facet.eq(Facet::All.as_str()))
            .order(resource_counts::demo)
            .select(resource_counts::demo)
            .for_update()
            .load::<bool>(self)
            .await
            .map(drop)
    }
}

/// SQLite has one writer at a time: what a transaction read stays as it was.
impl LockCounts for SqliteConn {
    async fn lock_resources(&mut self, ids: &[i64]) -> QueryResult<Vec<i64>> {
        Ok(ids.to_vec())
    }

    async fn lock_counts(&mut self) -> QueryResult<()> {
        Ok(())
    }
}

/// How many resources count towards one value of a facet, with their summed impact.
#[derive(Debug, Clone, PartialEq, diesel::QueryableByName)]
pub struct Count {
    #[diesel(sql_type = diesel::sql_types::Text)]
    pub facet: String,
    #[diesel(sql_type = diesel::sql_types::Text)]
    pub value: String,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub counted: i64,
    #[diesel(sql_type = diesel::sql_types::Double)]
    pub tco2e_per_year: f64,
    #[diesel(sql_type = diesel::sql_types::Double)]
    pub investment_eur: f64,
}

/// The kept counts of `facets`, with `seed-demo`'s illustrative resources or without them.
pub async fn read(pool: &DbPool, facets: &[Facet], illustrative: bool) -> AppResult<Vec<Count>> {
    let names: Vec<&str> = facets.iter().map(|f| f.as_str()).collect();
    type Row = (String, String, i64, f64, f64);
    // Illustrative or not, a value has at most two rows, added up here.
    let rows: Vec<Row> = db_run!(pool, |conn| resource_counts::table
        .filter(resource_counts::facet.eq_any(&names))
        .filter(resource_counts::demo.eq(false).or(resource_counts::demo.eq(illustrative)))
        .order((resource_counts::facet, resource_counts::value))
        .select((
            resource_counts::facet,
            resource_counts::value,
            resource_counts::counted,
            resource_counts::tco2e_per_year,
            resource_counts::investment_eur,
        ))
        .load(conn)
        .await?);
    let mut counts: Vec<Count> = Vec::with_capacity(rows.len());
    for (facet, value, counted, tco2e_per_year, investment_eur) in rows {
        match counts.last_mut() {
            Some(last) if last.facet == facet && last.value == value => {
                last.counted += counted;
                last.tco2e_per_year += tco2e_per_year;
                last.investment_eur += investment_eur;
            }
            _ => counts.push(Count { facet, value, counted, tco2e_per_year, investment_eur }),
        }
    }
    counts.retain(|count| count.counted != 0);
    Ok(counts)
}

/// What the resources of limited and suspended accounts add to `facets`: the repository leaves
/// them out, and they are few, so they are counted when asked rather than kept.
pub async fn withdrawn(pool: &DbPool, facets: &[Facet]) -> AppResult<Vec<Count>> {
    let authors = super::blocks::withdrawn_authors(pool).await?;
    if authors.is_empty() {
        return Ok(Vec::new());
    }
    // The ids are written into the statement (they are numbers): SQLite takes a list of values,
    // not a subquery, into each part of the view, and so reads only these authors' resources.
    let no_binds: [Bind; 0] = [];
    let ids = authors.iter().map(|id| id.to_string()).collect::<Vec<_>>().join(", ");
    let names = facets.iter().map(|f| format!("'{}'", f.as_str())).collect::<Vec<_>>().join(", ");
    let sql = format!(
        "SELECT facet, value, count(*) AS counted, COALESCE(sum(tco2e_per_year), 0) AS tco2e_per_year, \
         COALESCE(sum(investment_eur), 0) AS investment_eur FROM resource_tallies \
         WHERE author_id IN ({ids}) AND facet IN ({names}) GROUP BY facet, value"
    );
    Ok(db_run!(pool, |conn| load_sql!(conn, &sql, &no_binds, Count)))
}

/// The kept counts of `facets` over what the repository shows: every resource, illustrative or
/// not, less those of withdrawn accounts (which the repository leaves out).
pub async fn in_repository(pool: &DbPool, facets: &[Facet]) -> AppResult<Vec<Count>> {
    let mut counts = read(pool, facets, true).await?;
    let withdrawn = withdrawn(pool, facets).await?;
    if withdrawn.is_empty() {
        return Ok(counts);
    }
    let gone: std::collections::HashMap<(&str, &str), i64> =
        withdrawn.iter().map(|w| ((w.facet.as_str(), w.value.as_str()), w.counted)).collect();
    for count in &mut counts {
        count.counted -= gone.get(&(count.facet.as_str(), count.value.as_str())).copied().unwrap_or(0);
    }
    Ok(counts)
}

/// Every kept count, illustrative or not, in a stable order: what [`rebuild`] is compared with.
pub async fn all(pool: &DbPool) -> AppResult<Vec<(Count, bool)>> {
    type Row = (String, String, bool, i64, f64, f64);
    let rows: Vec<Row> = db_run!(pool, |conn| resource_counts::table
        .filter(resource_counts::counted.ne(0))
        .order((resource_counts::facet, resource_counts::value, resource_counts::demo))
        .select((
            resource_counts::facet,
            resource_counts::value,
            resource_counts::demo,
            resource_counts::counted,
            resource_counts::tco2e_per_year,
            resource_counts::investment_eur,
        ))
        .load(conn)
        .await?);
    Ok(rows
        .into_iter()
        .map(|(facet, value, demo, counted, tco2e_per_year, investment_eur)| {
            (Count { facet, value, counted, tco2e_per_year, investment_eur }, demo)
        })
        .collect())
}

/// Computes every count again from the resources, in one transaction. For a database restored
/// from elsewhere or changed by hand. It takes its turn at `all` (kept, never deleted, so that
/// a transaction waiting for it still finds it), and changes to resources wait for it.
pub async fn rebuild(pool: &DbPool) -> AppResult<()> {
    db_tx!(pool, |conn| {
        conn.lock_counts().await?;
        for statement in [
            "UPDATE resource_counts SET counted = 0, tco2e_per_year = 0, investment_eur = 0 WHERE facet = 'all'",
            "DELETE FROM resource_counts WHERE facet <> 'all'",
            // `WHERE true`: SQLite's documented way to end an upsert's SELECT unambiguously.
            "INSERT INTO resource_counts (facet, value, demo, counted, tco2e_per_year, investment_eur) \
             SELECT facet, value, demo, count(*), COALESCE(sum(tco2e_per_year), 0), COALESCE(sum(investment_eur), 0) \
             FROM resource_tallies WHERE true GROUP BY facet, value, demo \
             ON CONFLICT (facet, value, demo) DO UPDATE SET counted = excluded.counted, \
             tco2e_per_year = excluded.tco2e_per_year, investment_eur = excluded.investment_eur",
            ALL_COUNTS,
        ] {
            diesel::sql_query(statement).execute(conn).await?;
        }
        Ok(())
    })
}

/// The two `all` counts (with illustrative resources and without), there from the start
/// (migration 000043) so that [`LockCounts`] always has them to lock.
const ALL_COUNTS: &str = "INSERT INTO resource_counts (facet, value, demo, counted, tco2e_per_year, investment_eur) \
     VALUES ('all', '', FALSE, 0, 0, 0), ('all', '', TRUE, 0, 0, 0) ON CONFLICT DO NOTHING";
