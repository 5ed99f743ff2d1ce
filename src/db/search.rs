//! Searching the knowledge repository: one statement shape for both databases, with the
//! full-text part from `dialect`.

use super::{
    DbPool,
    dialect::{Bind, Dialect, TextMatch, placeholders, text_match},
};
use crate::{
    db_run,
    domain::search::{SearchQuery, Sort, terms},
    error::AppResult,
};
use diesel_async::RunQueryDsl;

/// The facets shown beside results: (name in URLs, SQL for the value, extra join).
const FACETS: &[(&str, &str, &str)] = &[
    ("kind", "r.kind", ""),
    ("sector", "s.sector", "JOIN resource_sectors s ON s.resource_id = r.id"),
    ("phase", "CAST(p.phase AS TEXT)", "JOIN resource_phases p ON p.resource_id = r.id"),
    ("country", "r.country", ""),
    ("lang", "r.language", ""),
    ("origin", "r.origin", ""),
    ("year", "CAST(r.year AS TEXT)", ""),
];

pub struct SearchPage {
    /// Resource ids of this page, best first.
    pub ids: Vec<i64>,
    pub total: i64,
    /// Per facet, its values with counts, most frequent first.
    pub facets: Vec<(&'static str, Vec<(String, i64)>)>,
}

#[derive(diesel::QueryableByName)]
struct IdRow {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    id: i64,
}

#[derive(diesel::QueryableByName)]
struct CountRow {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

#[derive(diesel::QueryableByName)]
struct FacetRow {
    #[diesel(sql_type = diesel::sql_types::Text)]
    v: String,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

/// Runs a hand-written statement with its binds on either backend.
macro_rules! load_sql {
    ($conn:ident, $sql:expr, $binds:expr, $row:ty) => {{
        let mut query = diesel::sql_query($sql).into_boxed();
        for bind in $binds {
            query = match bind {
                Bind::Text(text) => query.bind::<diesel::sql_types::Text, _>(text.clone()),
                Bind::Int(int) => query.bind::<diesel::sql_types::BigInt, _>(*int),
            };
        }
        query.load::<$row>($conn).await?
    }};
}

/// `FROM … WHERE …` for a query, with its binds in order.
struct Filtered {
    from: String,
    condition: String,
    binds: Vec<Bind>,
}

fn filtered(query: &SearchQuery, text: Option<&TextMatch>, extra_join: &str) -> Filtered {
    let mut binds = Vec::new();
    let mut from = "resources r".to_string();
    if let Some(text) = text.filter(|t| !t.join.is_empty()) {
        from.push(' ');
        from.push_str(&text.join);
        binds.extend(text.join_binds.iter().cloned());
    }
    if !extra_join.is_empty() {
        from.push(' ');
        from.push_str(extra_join);
    }
    let mut conditions = vec!["1 = 1".to_string()];
    if let Some(text) = text.filter(|t| !t.condition.is_empty()) {
        conditions.push(text.condition.clone());
        binds.extend(text.condition_binds.iter().cloned());
    }
    let mut any_of = |sql: &str, values: Vec<Bind>| {
        if !values.is_empty() {
            let marks = vec!["?"; values.len()].join(", ");
            conditions.push(sql.replace("{}", &marks));
            binds.extend(values);
        }
    };
    let texts = |v: &[String]| v.iter().cloned().map(Bind::Text).collect::<Vec<_>>();
    let ints = |v: &[i32]| v.iter().map(|i| Bind::Int(*i as i64)).collect::<Vec<_>>();
    any_of("r.kind IN ({})", texts(&query.kinds));
    any_of("r.country IN ({})", texts(&query.countries));
    any_of("r.language IN ({})", texts(&query.languages));
    any_of("r.origin IN ({})", texts(&query.origins));
    any_of("r.year IN ({})", ints(&query.years));
    any_of("r.id IN (SELECT resource_id FROM resource_sectors WHERE sector IN ({}))", texts(&query.sectors));
    any_of("r.id IN (SELECT resource_id FROM resource_phases WHERE phase IN ({}))", ints(&query.phases));
    if let Some(author) = query.author_id {
        any_of("r.author_id IN ({})", vec![Bind::Int(author)]);
    }
    for tag in &query.tags {
        conditions.push("r.tags LIKE ?".into());
        binds.push(Bind::Text(format!("%{}%", serde_json::to_string(tag).unwrap_or_default())));
    }
    Filtered { from, condition: conditions.join(" AND "), binds }
}

pub async fn search(pool: &DbPool, query: &SearchQuery) -> AppResult<SearchPage> {
    let dialect: Dialect = pool.dialect();
    let text = text_match(dialect, &terms(&query.text));
    let base = filtered(query, text.as_ref(), "");

    let mut order = Vec::new();
    let mut order_binds = Vec::new();
    if let (Sort::Relevance, Some(text)) = (query.sort, &text) {
        order.push(text.rank.clone());
        order_binds.extend(text.rank_binds.iter().cloned());
    }
    order.push("r.published_at DESC, r.id DESC".into());
    let page_sql = placeholders(
        dialect,
        &format!(
            "SELECT r.id AS id FROM {} WHERE {} ORDER BY {} LIMIT ? OFFSET ?",
            base.from,
            base.condition,
            order.join(", ")
        ),
    );
    let mut page_binds = base.binds.clone();
    page_binds.extend(order_binds);
    page_binds.push(Bind::Int(query.limit));
    page_binds.push(Bind::Int(query.offset));
    let count_sql = placeholders(dialect, &format!("SELECT count(*) AS n FROM {} WHERE {}", base.from, base.condition));

    let ids: Vec<IdRow> = db_run!(pool, |conn| load_sql!(conn, &page_sql, &page_binds, IdRow));
    let total: Vec<CountRow> = db_run!(pool, |conn| load_sql!(conn, &count_sql, &base.binds, CountRow));

    let mut facets = Vec::new();
    for (name, value, join) in FACETS {
        let scoped = filtered(query, text.as_ref(), join);
        let sql = placeholders(
            dialect,
            &format!(
                "SELECT {value} AS v, count(*) AS n FROM {} WHERE {} AND {value} <> '' GROUP BY {value} ORDER BY n DESC, v ASC LIMIT 50",
                scoped.from, scoped.condition
            ),
        );
        let rows: Vec<FacetRow> = db_run!(pool, |conn| load_sql!(conn, &sql, &scoped.binds, FacetRow));
        facets.push((*name, rows.into_iter().map(|r| (r.v, r.n)).collect()));
    }
    Ok(SearchPage {
        ids: ids.into_iter().map(|r| r.id).collect(),
        total: total.into_iter().next().map_or(0, |r| r.n),
        facets,
    })
}
