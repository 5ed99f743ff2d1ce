//! Searching the knowledge repository. SQLite searches words, and any facet chosen, in its
//! engine (`db::text_index`). PostgreSQL searches in one statement, with the full-text part from
//! `dialect`: the page of results, the total and every facet's counts, from one materialised set
//! of matches. The repository's first page (nothing chosen) reads its total and counts from the
//! kept counts (`db::counts`), and a page without words reads down the publication index.

mod readings;

use super::{
    DbPool, IdRow,
    counts::Facet,
    dialect::{Bind, Dialect, FacetTokens, Readings, TextMatch, placeholders, text_match},
    postings::{Waiting, query::Asked},
    text_index::FacetCounts,
};
use crate::{
    db, db_run,
    domain::{
        search::{DEEPEST, SearchQuery, Sort, Terms, terms},
        taxonomy::TAXONOMY,
        transition::{EXPLORE, TRANSITION_MAP},
    },
    error::AppResult,
    load_sql,
};
use diesel_async::RunQueryDsl;
use readings::readings;
use std::sync::LazyLock;

/// The facets shown beside results, in order.
const FACETS: &[&str] = &["kind", "sector", "phase", "country", "lang", "origin", "year"];

/// The facets that are a resource's columns, named as in results and in the kept counts.
const COLUMN_FACETS: &[&str] = &["kind", "country", "origin", "year"];

/// A facet kept as bits of a mask: its name in results, in the kept counts, the mask's column,
/// and the bits that stand for a value (bit number, value).
struct BitFacet {
    name: &'static str,
    kept: Facet,
    column: &'static str,
    bits: Vec<(u32, String)>,
}

impl BitFacet {
    /// A row for each of the facet's values, counted by its bit.
    fn rows(&self, mut counted: impl FnMut(u32) -> i64) -> impl Iterator<Item = FacetRow> {
        self.bits.iter().map(move |(bit, value)| FacetRow {
            facet: self.name.into(),
            v: value.clone(),
            n: counted(*bit),
        })
    }
}

/// Sectors and languages by their place in the taxonomy; phase n is bit n - 1 of the map's mask
/// (the map's other bits are steps and tool types, not facets of results).
static BIT_FACETS: LazyLock<[BitFacet; 3]> = LazyLock::new(|| {
    [
        BitFacet {
            name: "sector",
            kept: Facet::Sector,
            column: "sectors_mask",
            bits: TAXONOMY.sectors.iter().enumerate().map(|(i, t)| (i as u32, t.id.clone())).collect(),
        },
        BitFacet {
            name: "phase",
            kept: Facet::Map,
            column: "map_mask",
            bits: TAXONOMY.phases.iter().map(|t| (t.id as u32 - 1, t.id.to_string())).collect(),
        },
        // Every language a resource can be read in, its translations' included.
        BitFacet {
            name: "lang",
            kept: Facet::Language,
            column: "languages_mask",
            bits: TAXONOMY.languages.iter().enumerate().map(|(i, l)| (i as u32, l.clone())).collect(),
        },
    ]
});

/// Counts every facet over the matches `f` in one statement: the total, and each column facet
/// and each mask grouped by its value (a mask's bits are counted from its values, in
/// [`bits_counted`]): counting each bit in one pass over the matches took 1 µs a match, for 60
/// expressions (BENCHMARKS.md).
static FACET_COUNTS: LazyLock<String> = LazyLock::new(|| {
    let total = "SELECT 'total' AS facet, '' AS v, count(*) AS n FROM f".to_string();
    let grouped = COLUMN_FACETS
        .iter()
        .chain(BIT_FACETS.iter().map(|f| &f.column))
        .map(|c| format!("SELECT '{c}' AS facet, CAST(f.{c} AS TEXT) AS v, count(*) AS n FROM f GROUP BY f.{c}"));
    std::iter::once(total).chain(grouped).collect::<Vec<_>>().join(" UNION ALL ")
});

/// `FACET_COUNTS`'s rows with the masks' counts replaced by a row for each bit facet's value.
fn bits_counted(rows: Vec<FacetRow>) -> Vec<FacetRow> {
    let (masks, mut rows): (Vec<FacetRow>, Vec<FacetRow>) =
        rows.into_iter().partition(|r| BIT_FACETS.iter().any(|f| f.column == r.facet));
    for facet in BIT_FACETS.iter() {
        let mut bits = [0i64; 64];
        for row in masks.iter().filter(|r| r.facet == facet.column) {
            let mask = row.v.parse::<i64>().unwrap_or(0);
            (0..64).filter(|bit| mask & (1i64 << bit) != 0).for_each(|bit| bits[bit] += row.n);
        }
        rows.extend(facet.rows(|bit| bits[bit as usize]));
    }
    rows
}

const MAX_FACET_VALUES: usize = 50;

#[derive(Debug, PartialEq)]
pub struct SearchPage {
    /// Resource ids of this page, best first.
    pub ids: Vec<i64>,
    pub total: i64,
    /// How many of the results pages reach: all of them, or the first `DEEPEST` when SQLite's
    /// engine answers (it holds every result before a page to rank it).
    pub reachable: i64,
    /// Per facet, its values with counts, most frequent first.
    pub facets: Vec<(&'static str, Vec<(String, i64)>)>,
}

#[derive(diesel::QueryableByName)]
struct FacetRow {
    #[diesel(sql_type = diesel::sql_types::Text)]
    facet: String,
    #[diesel(sql_type = diesel::sql_types::Text)]
    v: String,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

/// The facets chosen, as the search index's tokens.
fn chosen_facets(query: &SearchQuery) -> Vec<FacetTokens> {
    let mut facets = Vec::new();
    let mut bits = |prefix, mask: i64| {
        if mask != 0 {
            facets.push(FacetTokens::bits(prefix, mask));
        }
    };
    bits('s', TAXONOMY.sector_mask(&query.sectors));
    bits('l', TAXONOMY.language_mask(&query.languages));
    bits('m', TAXONOMY.phase_mask(&query.phases));
    bits('m', TRANSITION_MAP.step_mask(&query.steps));
    bits('m', EXPLORE.tool_mask(&query.tools));
    if !query.kinds.is_empty() {
        facets.push(FacetTokens { prefix: 'k', values: query.kinds.clone() });
    }
    if !query.countries.is_empty() {
        facets.push(FacetTokens { prefix: 'c', values: query.countries.clone() });
    }
    facets
}

/// The conditions of a query (the search index's when given), with their binds in order.
fn conditions(query: &SearchQuery, text: Option<&TextMatch>) -> (String, Vec<Bind>) {
    let mut binds = Vec::new();
    let mut conditions = vec!["1 = 1".to_string()];
    if let Some(text) = text {
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
    if !query.languages.is_empty() {
        any_of("(r.languages_mask & {}) <> 0", vec![Bind::Int(TAXONOMY.language_mask(&query.languages))]);
    }
    any_of("r.origin IN ({})", texts(&query.origins));
    any_of("r.year IN ({})", ints(&query.years));
    if !query.sectors.is_empty() {
        any_of("(r.sectors_mask & {}) <> 0", vec![Bind::Int(TAXONOMY.sector_mask(&query.sectors))]);
    }
    if !query.phases.is_empty() {
        any_of("(r.map_mask & {}) <> 0", vec![Bind::Int(TAXONOMY.phase_mask(&query.phases))]);
    }
    if !query.steps.is_empty() {
        any_of("(r.map_mask & {}) <> 0", vec![Bind::Int(TRANSITION_MAP.step_mask(&query.steps))]);
    }
    if !query.tools.is_empty() {
        any_of("(r.map_mask & {}) <> 0", vec![Bind::Int(EXPLORE.tool_mask(&query.tools))]);
    }
    match query.author_id {
        Some(author) => any_of("r.author_id IN ({})", vec![Bind::Int(author)]),
        // The repository leaves out limited and suspended accounts; their own pages do not.
        None => conditions.push(format!("r.author_id NOT IN ({})", super::blocks::WITHDRAWN_AUTHORS)),
    }
    for tag in &query.tags {
        conditions.push("r.tags LIKE ? ESCAPE '\\'".into());
        binds.push(Bind::Text(super::posts::like_json(tag)));
    }
    (conditions.join(" AND "), binds)
}

/// What a search selects, as statement parts: the relevance of a row (lower is better; `0` when
/// not ranked) and `FROM … WHERE …`, each with its binds, and the order of results.
struct Matches {
    order: &'static str,
    rank: String,
    rank_binds: Vec<Bind>,
    from_where: String,
    from_where_binds: Vec<Bind>,
}

/// What a search asks of the full-text index.
#[derive(PartialEq)]
enum Indexed {
    Words,
    WordsAndFacets,
}

impl Matches {
    /// On SQLite only without words: it searches words in its engine (`db::text_index`).
    fn of(query: &SearchQuery, terms: &Terms, readings: &Readings, indexed: Indexed) -> Matches {
        let facets = if indexed == Indexed::WordsAndFacets { chosen_facets(query) } else { Vec::new() };
        let text = text_match(terms, &facets, readings);
        let (condition, condition_binds) = conditions(query, text.as_ref());
        let ranked = text.filter(|t| query.sort == Sort::Relevance && !t.rank.is_empty());
        Matches {
            // Best first, then newest; without a rank, the order of the publication index.
            order: if ranked.is_some() { "rank, published_at DESC, id DESC" } else { "published_at DESC, id DESC" },
            rank: ranked.as_ref().map_or_else(|| "0".to_string(), |t| t.rank.clone()),
            rank_binds: ranked.map(|t| t.rank_binds).unwrap_or_default(),
            from_where: format!("FROM resources r WHERE {condition}"),
            from_where_binds: condition_binds,
        }
    }

    /// `SELECT {rank} AS rank, {columns} FROM … WHERE …`, its binds and the order of results.
    fn select(self, columns: &str) -> (String, Vec<Bind>, &'static str) {
        let sql = format!("SELECT {} AS rank, {columns} {}", self.rank, self.from_where);
        (sql, self.rank_binds.into_iter().chain(self.from_where_binds).collect(), self.order)
    }
}

/// One page of matching resource ids, best first.
pub async fn page(pool: &DbPool, query: &SearchQuery) -> AppResult<Vec<i64>> {
    let terms = terms(&query.text);
    let words = !terms.is_empty();
    if let (true, Some(engine)) = (words, pool.text_index()) {
        return Ok(engine.search(pool, query, false).await?.0);
    }
    if let Some((ids, _)) = from_postings(pool, query, false).await? {
        return Ok(ids);
    }
    let dialect: Dialect = pool.dialect();
    // Without words, a page is read down the publication index until it is full: asking the
    // search index for the facets would gather every match first.
    let indexed = if words { Indexed::WordsAndFacets } else { Indexed::Words };
    let readings = readings(pool, &terms).await?;
    let (matches, mut binds, order) =
        Matches::of(query, &terms, &readings, indexed).select("r.id AS id, r.published_at AS published_at");
    let sql = placeholders(dialect, &format!("SELECT id FROM ({matches}) found ORDER BY {order} LIMIT ? OFFSET ?"));
    binds.push(Bind::Int(query.limit));
    binds.push(Bind::Int(query.offset));
    let ids: Vec<IdRow> = db_run!(pool, |conn| load_sql!(conn, &sql, &binds, IdRow));
    Ok(ids.into_iter().map(|r| r.id).collect())
}

/// A page of results with the total and every facet's counts.
pub async fn search(pool: &DbPool, query: &SearchQuery) -> AppResult<SearchPage> {
    let (ids, rows, deepest) = if chooses_nothing(query) {
        (page(pool, query).await?, kept_facet_counts(pool).await?, i64::MAX)
    } else if let Some(engine) = pool.text_index() {
        let (ids, counts) = engine.search(pool, query, true).await?;
        (ids, engine_facet_counts(counts.unwrap_or_default()), DEEPEST)
    } else {
        let (ids, rows) = match from_postings(pool, query, true).await? {
            Some(found) => found,
            None => page_and_facet_counts(pool, query).await?,
        };
        (ids, rows, i64::MAX)
    };
    Ok(search_page(ids, rows, deepest))
}

/// How PostgreSQL's two ways answer a search: from its posting lists (`None` when they cannot),
/// and by the search statement. For checking one against the other.
pub async fn both_ways(pool: &DbPool, query: &SearchQuery) -> AppResult<(Option<SearchPage>, SearchPage)> {
    let lists = from_postings(pool, query, true).await?.map(|(ids, rows)| search_page(ids, rows, i64::MAX));
    let (ids, rows) = page_and_facet_counts(pool, query).await?;
    Ok((lists, search_page(ids, rows, i64::MAX)))
}

/// A page of `ids` with the total and facets `rows` count, and how deep pages go.
fn search_page(ids: Vec<i64>, rows: Vec<FacetRow>, deepest: i64) -> SearchPage {
    let total = rows.iter().find(|r| r.facet == "total").map_or(0, |r| r.n);
    let facets = FACETS
        .iter()
        .map(|name| {
            let mut values: Vec<(String, i64)> = rows
                .iter()
                .filter(|r| r.facet == *name && !r.v.is_empty() && r.n > 0)
                .map(|r| (r.v.clone(), r.n))
                .collect();
            values.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            values.truncate(MAX_FACET_VALUES);
            // Phases are a sequence (1 to 6), and read best in it; years newest first.
            match *name {
                "phase" => values.sort_by_key(|(v, _)| v.parse::<i64>().unwrap_or(i64::MAX)),
                "year" => values.sort_by(|a, b| b.0.cmp(&a.0)),
                _ => {}
            }
            (*name, values)
        })
        .collect();
    SearchPage { ids, total, reachable: total.min(deepest), facets }
}

/// Whether a search asks for the whole repository, as its first page does: no words, no
/// facet, no tag, no author. Every field is named, so a new one must be considered here.
fn chooses_nothing(query: &SearchQuery) -> bool {
    let SearchQuery {
        text,
        kinds,
        sectors,
        phases,
        countries,
        languages,
        origins,
        years,
        tags,
        steps,
        tools,
        author_id,
        sort: _,
        limit: _,
        offset: _,
    } = query;
    terms(text).is_empty()
        && [kinds, sectors, countries, languages, origins, tags, steps, tools].iter().all(|v| v.is_empty())
        && phases.is_empty()
        && years.is_empty()
        && author_id.is_none()
}

/// A page of the matches of `query`, and when `counted` their total and every facet's counts,
/// from PostgreSQL's posting lists (`db::postings`): `None` when there are none (SQLite), the
/// search chooses nothing, or the lists cannot answer it (a phrase, tags, one author's resources,
/// changes not yet taken in), and the search statement answers.
async fn from_postings(
    pool: &DbPool,
    query: &SearchQuery,
    counted: bool,
) -> AppResult<Option<(Vec<i64>, Vec<FacetRow>)>> {
    let terms = terms(&query.text);
    let Some(postings) = pool.postings() else { return Ok(None) };
    let readings = readings(pool, &terms).await?;
    let Ok(asked) = Asked::of(query, &terms, &readings) else { return Ok(None) };
    // The statement answers whatever the lists fail at (a database error, an unreadable row).
    let found = match postings.search(pool, query, &asked, counted).await {
        Ok(Some(found)) => found,
        Ok(None) => return Ok(None),
        Err(err) => {
            tracing::error!("search lists: {err:?}");
            return Ok(None);
        }
    };
    let row = |facet: &str, v: &str, n: i64| FacetRow { facet: facet.to_string(), v: v.to_string(), n };
    let mut rows = vec![row("total", "", found.total)];
    let mut bits = [[0i64; 64]; 3];
    for (token, n) in &found.counts {
        let (prefix, value) = token.split_at(2.min(token.len()));
        match prefix {
            "~k" => rows.push(row("kind", value, *n)),
            "~c" => rows.push(row("country", value, *n)),
            "~o" => rows.push(row("origin", value, *n)),
            "~y" => rows.push(row("year", value, *n)),
            _ => {
                let facet = ["~s", "~m", "~l"].iter().position(|p| *p == prefix);
                if let (Some(facet), Ok(bit)) = (facet, value.parse::<usize>()) {
                    bits[facet][bit.min(63)] += n;
                }
            }
        }
    }
    for (facet, bits) in BIT_FACETS.iter().zip(bits) {
        rows.extend(facet.rows(|bit| bits[bit as usize]));
    }
    Ok(Some((found.ids, rows)))
}

/// A page of the matches of `query`, their total and every facet's counts, in one statement
/// over one materialised set of them: the database plans it and finds the matches once.
async fn page_and_facet_counts(pool: &DbPool, query: &SearchQuery) -> AppResult<(Vec<i64>, Vec<FacetRow>)> {
    let dialect: Dialect = pool.dialect();
    let terms = terms(&query.text);
    let readings = readings(pool, &terms).await?;
    let (matches, mut binds, order) = Matches::of(query, &terms, &readings, Indexed::WordsAndFacets).select(
        "r.id AS id, r.published_at AS published_at, r.kind AS kind, r.country AS country, \
         r.languages_mask AS languages_mask, r.origin AS origin, r.year AS year, r.sectors_mask AS sectors_mask, \
         r.map_mask AS map_mask",
    );
    let sql = placeholders(
        dialect,
        &format!(
            "WITH f AS MATERIALIZED ({matches}), \
             hits AS (SELECT id, rank, published_at FROM f ORDER BY {order} LIMIT ? OFFSET ?) \
             SELECT 'hit' AS facet, CAST(row_number() OVER (ORDER BY {order}) AS TEXT) AS v, id AS n FROM hits \
             UNION ALL {}",
            *FACET_COUNTS
        ),
    );
    binds.push(Bind::Int(query.limit));
    binds.push(Bind::Int(query.offset));
    let rows: Vec<FacetRow> = db_run!(pool, |conn| load_sql!(conn, &sql, &binds, FacetRow));
    let (hits, counts): (Vec<FacetRow>, Vec<FacetRow>) = rows.into_iter().partition(|r| r.facet == "hit");
    let mut hits: Vec<(i64, i64)> = hits.iter().map(|h| (h.v.parse().unwrap_or(i64::MAX), h.n)).collect();
    hits.sort();
    Ok((hits.into_iter().map(|(_, id)| id).collect(), bits_counted(counts)))
}

/// Takes in every change queued for the search engine (SQLite's engine, PostgreSQL's posting
/// lists) now, as after a bulk load, waiting for another process taking them in on PostgreSQL:
/// how many, and in how long.
pub async fn take_in_all(pool: &DbPool) -> AppResult<(usize, std::time::Duration)> {
    let started = std::time::Instant::now();
    let taken = match pool.text_index() {
        Some(engine) => engine.catch_up(pool, None).await?,
        None => super::postings::catch_up(pool, None, Waiting::Wait).await?,
    };
    Ok((taken, started.elapsed()))
}

/// Keeps the search engine of `pool` in step while the process runs: takes in what this and other
/// processes and bulk loads queue, and what no search has taken in yet (on PostgreSQL, a growing
/// long backlog by bulk batches: `postings::keep_up`). On PostgreSQL it then brings this
/// process's facet lists up to date, which a search would otherwise do first.
pub async fn keep_in_step(pool: DbPool) {
    use std::time::{Duration, Instant};
    // A bulk load or a rebuild is worth a line (a batch or more); a resource now and then is not.
    const WORTH_A_LINE: usize = 2_000;
    let mut newest_seen = 0;
    let mut in_step = async |pool: &DbPool| {
        let taken = match pool.text_index() {
            Some(engine) => engine.catch_up(pool, None).await?,
            None => super::postings::keep_up(pool, &mut newest_seen).await?,
        };
        if let Some(postings) = pool.postings() {
            postings.refresh(pool).await?;
        }
        AppResult::Ok(taken)
    };
    loop {
        let started = Instant::now();
        match in_step(&pool).await {
            Ok(taken) if taken >= WORTH_A_LINE => {
                tracing::info!(taken, seconds = started.elapsed().as_secs_f64(), "search engine: took in changes")
            }
            Ok(_) => {}
            Err(err) => {
                tracing::error!("search engine: {err:?}");
                tokio::time::sleep(Duration::from_secs(10)).await;
            }
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

/// The engine's counts as the database's statement gives them.
fn engine_facet_counts(counts: FacetCounts) -> Vec<FacetRow> {
    let row = |facet: &str, v: String, n: i64| FacetRow { facet: facet.to_string(), v, n };
    let mut rows = vec![row("total", String::new(), counts.total)];
    for (facet, values) in [("kind", counts.kinds), ("country", counts.countries), ("origin", counts.origins)] {
        rows.extend(values.into_iter().map(|(v, n)| row(facet, v, n)));
    }
    rows.extend(counts.years.into_iter().map(|(year, n)| row("year", year.to_string(), n)));
    for (facet, bits) in BIT_FACETS.iter().zip([counts.sectors, counts.map, counts.languages]) {
        rows.extend(facet.rows(|bit| bits[bit as usize]));
    }
    rows
}

/// The total and every facet's counts over the whole repository, read from the kept counts
/// (`db::counts`) less the resources of withdrawn accounts: what [`page_and_facet_counts`] would count,
/// without reading every resource.
async fn kept_facet_counts(pool: &DbPool) -> AppResult<Vec<FacetRow>> {
    let plain = [Facet::All, Facet::Kind, Facet::Country, Facet::Origin, Facet::Year];
    let kept: Vec<Facet> = plain.into_iter().chain(BIT_FACETS.iter().map(|f| f.kept)).collect();
    let named = |count: &db::counts::Count| -> Option<(&'static str, String)> {
        if count.facet == Facet::All.as_str() {
            return Some(("total", String::new()));
        }
        if let Some(column) = COLUMN_FACETS.iter().find(|c| **c == count.facet) {
            return Some((column, count.value.clone()));
        }
        let facet = BIT_FACETS.iter().find(|f| f.kept.as_str() == count.facet)?;
        let bit: u32 = count.value.parse().ok()?;
        facet.bits.iter().find(|(b, _)| *b == bit).map(|(_, value)| (facet.name, value.clone()))
    };
    Ok(db::counts::in_repository(pool, &kept)
        .await?
        .iter()
        .filter_map(|count| named(count).map(|(facet, v)| FacetRow { facet: facet.to_string(), v, n: count.counted }))
        .collect())
}

/// The kept count (`db::counts`) that answers `query`, when one does: one Transition Map or
/// Explore term (a phase, a step or a tool type), within at most one sector, and nothing else.
fn kept_count(query: &SearchQuery) -> Option<(Facet, String)> {
    let only_map_terms = query.kinds.is_empty()
        && query.countries.is_empty()
        && query.languages.is_empty()
        && query.origins.is_empty()
        && query.years.is_empty()
        && query.tags.is_empty()
        && query.author_id.is_none()
        && query.phases.len() + query.steps.len() + query.tools.len() == 1;
    let map =
        TAXONOMY.phase_mask(&query.phases) | TRANSITION_MAP.step_mask(&query.steps) | EXPLORE.tool_mask(&query.tools);
    if !only_map_terms || map.count_ones() != 1 {
        return None;
    }
    let sectors = TAXONOMY.sector_mask(&query.sectors);
    match query.sectors.len() {
        0 => Some((Facet::Map, map.trailing_zeros().to_string())),
        1 if sectors.count_ones() == 1 => {
            Some((Facet::MapSector, format!("{}:{}", map.trailing_zeros(), sectors.trailing_zeros())))
        }
        _ => None,
    }
}

/// How many resources match each of several searches (their text ignored): read from the kept
/// counts where one answers (the Transition Map's steps, Explore's tool types), the others
/// counted in one statement.
pub async fn counts(pool: &DbPool, queries: &[SearchQuery]) -> AppResult<Vec<i64>> {
    let kept: Vec<Option<(Facet, String)>> = queries.iter().map(kept_count).collect();
    let mut answers = vec![0; queries.len()];
    if kept.iter().any(Option::is_some) {
        let held = db::counts::in_repository(pool, &[Facet::Map, Facet::MapSector]).await?;
        for (answer, key) in answers.iter_mut().zip(&kept) {
            if let Some((facet, value)) = key {
                *answer = held.iter().find(|c| c.facet == facet.as_str() && c.value == *value).map_or(0, |c| c.counted);
            }
        }
    }
    let counted: Vec<usize> = (0..queries.len()).filter(|i| kept[*i].is_none()).collect();
    if counted.is_empty() {
        return Ok(answers);
    }
    let mut binds = Vec::new();
    let selects: Vec<String> = counted
        .iter()
        .map(|i| {
            let (condition, query_binds) = conditions(&queries[*i], None);
            binds.extend(query_binds);
            format!("SELECT '{i}' AS facet, '' AS v, count(*) AS n FROM resources r WHERE {condition}")
        })
        .collect();
    let sql = placeholders(pool.dialect(), &selects.join(" UNION ALL "));
    let rows: Vec<FacetRow> = db_run!(pool, |conn| load_sql!(conn, &sql, &binds, FacetRow));
    for row in rows {
        if let Ok(i) = row.facet.parse::<usize>() {
            answers[i] = row.n;
        }
    }
    Ok(answers)
}
