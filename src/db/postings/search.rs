//! A search answered from the lists: its words' lists fetched, intersected with the facets chosen,
//! every facet value counted as an intersection, ranked by the weights of its words, and only the
//! days its page reaches read from the table, for their order.

use super::{
    BEFORE_A_SEARCH, Generation, Row, Waiting, backlog_at_most, catch_up, listed,
    lists::{FacetLists, Lists, from_bytes},
    query::{self, Asked, WEIGHTS},
};
use crate::{
    db::{DbPool, IdRow, blocks::WITHDRAWN_AUTHORS},
    domain::search::{SearchQuery, Sort},
    error::AppResult,
};
use diesel::{
    QueryableByName,
    sql_types::{Array, BigInt, Bool, Text, Timestamp},
};
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use roaring::RoaringBitmap;
use std::collections::HashMap;

/// The most rows of word lists a search reads (a beginning such as `a*` may ask for thousands of
/// words); past them the search statement answers.
const MOST_ROWS: usize = 20_000;

/// A process's copy of the facet lists.
#[derive(Default)]
pub struct Postings {
    facets: tokio::sync::RwLock<FacetLists>,
}

/// A search's answer from the lists.
pub struct Found {
    /// The page's resource ids, best first.
    pub ids: Vec<i64>,
    pub total: i64,
    /// Every facet value's token (`~kcase_study`, `~s3`) with its count among the matches.
    pub counts: Vec<(String, i64)>,
}

/// Why the lists did not answer.
enum Unanswered {
    /// Changes wait to be taken in.
    Behind,
    /// Another search brought this process's facet lists past this one's snapshot.
    Overtaken,
    /// Its beginnings ask for more rows of lists than a search reads (`MOST_ROWS`).
    TooBroad,
}

#[derive(QueryableByName)]
struct Snapshot {
    #[diesel(sql_type = BigInt)]
    generation: i64,
    #[diesel(sql_type = Bool)]
    behind: bool,
}

#[derive(QueryableByName)]
struct Published {
    #[diesel(sql_type = BigInt)]
    id: i64,
    #[diesel(sql_type = Timestamp)]
    published_at: chrono::NaiveDateTime,
}

/// Points awarded for the best weight a ranked word has in a resource (title, summary, text,
/// stems): a title's word outranks a summary's, and so on, whichever is newest.
const POINTS: [u32; 4] = [8, 4, 2, 1];

impl Postings {
    /// A page of the matches of `asked`, with the total and, when `counted`, every facet value's
    /// count; `None` when the lists are behind the database and the search statement answers.
    pub async fn search(
        &self,
        pool: &DbPool,
        query: &SearchQuery,
        asked: &Asked,
        counted: bool,
    ) -> AppResult<Option<Found>> {
        let DbPool::Pg(pg, ..) = pool else { return Ok(None) };
        for first in [true, false] {
            // The connection goes back to the pool before any other is taken: a search holding one
            // while it waited for a second could leave none for the searches (or the background)
            // that would free them.
            let answered = {
                let mut conn = pg.get().await?;
                conn.build_transaction()
                    .repeatable_read()
                    .read_only()
                    .run(async |conn| self.answer(conn, query, asked, counted).await)
                    .await?
            };
            let behind = match answered {
                Ok(found) => return Ok(Some(found)),
                Err(unanswered) => matches!(unanswered, Unanswered::Behind),
            };
            if !(first && behind && backlog_at_most(pool, BEFORE_A_SEARCH).await?) {
                return Ok(None);
            }
            if let Err(err) = catch_up(pool, Some(BEFORE_A_SEARCH as usize), Waiting::Wait).await {
                tracing::error!("search lists: taking changes in before a search: {err:?}");
                return Ok(None);
            }
        }
        Ok(None)
    }

    /// Brings this process's facet lists to the newest generation. The background does so after
    /// taking changes in, so that a search seldom reads them itself: the first read loads every
    /// facet row (188 MB at a million resources) while searches wait.
    pub async fn refresh(&self, pool: &DbPool) -> AppResult<()> {
        let DbPool::Pg(pg, ..) = pool else { return Ok(()) };
        let mut conn = pg.get().await?;
        // In one snapshot, so that the rows read are those of the generation noted.
        conn.build_transaction()
            .repeatable_read()
            .read_only()
            .run(async |conn| {
                let Generation { generation } =
                    diesel::sql_query("SELECT generation FROM search_postings_state WHERE id = 1")
                        .get_result(conn)
                        .await?;
                self.facets_at(conn, generation).await.map(drop)
            })
            .await
    }

    /// The facet lists as of `generation`, read again if this process holds an older one.
    async fn facets_at(
        &self,
        conn: &mut AsyncPgConnection,
        generation: i64,
    ) -> AppResult<Result<tokio::sync::RwLockReadGuard<'_, FacetLists>, Unanswered>> {
        {
            let held = self.facets.read().await;
            if held.generation == generation {
                return Ok(Ok(held));
            }
        }
        let mut held = self.facets.write().await;
        if held.generation < generation {
            let rows: Vec<Row> =
                diesel::sql_query("SELECT token, '' AS weight, chunk, ids FROM search_facets WHERE generation > $1")
                    .bind::<BigInt, _>(held.generation)
                    .load(conn)
                    .await?;
            for row in rows {
                held.replace(row.token, row.chunk, from_bytes(&row.ids)?);
            }
            held.generation = generation;
        }
        let held = held.downgrade();
        Ok(if held.generation == generation { Ok(held) } else { Err(Unanswered::Overtaken) })
    }

    async fn answer(
        &self,
        conn: &mut AsyncPgConnection,
        query: &SearchQuery,
        asked: &Asked,
        counted: bool,
    ) -> AppResult<Result<Found, Unanswered>> {
        let snapshot: Snapshot = diesel::sql_query(
            "SELECT generation, EXISTS (SELECT 1 FROM search_postings_outbox) AS behind FROM search_postings_state",
        )
        .get_result(conn)
        .await?;
        if snapshot.behind {
            return Ok(Err(Unanswered::Behind));
        }
        let facets = match self.facets_at(conn, snapshot.generation).await? {
            Ok(facets) => facets,
            Err(unanswered) => return Ok(Err(unanswered)),
        };
        let Some(lists) = word_lists(conn, asked).await? else { return Ok(Err(Unanswered::TooBroad)) };
        let mut matches = match (asked.wanted.split_first(), asked.facets.split_first()) {
            (Some((first, rest)), _) => rest.iter().fold(first.matches(&lists), |mut all, node| {
                all &= node.matches(&lists);
                all
            }),
            (None, Some((facet, _))) => facets.any_of(facet),
            (None, None) => RoaringBitmap::new(),
        };
        if let Some(unwanted) = &asked.unwanted {
            matches -= unwanted.matches(&lists);
        }
        for facet in &asked.facets {
            matches &= facets.any_of(facet);
        }
        // The accounts first: asked in one statement with their resources, the planner read every
        // resource (16 ms at a million, BENCHMARKS.md).
        let withdrawn: Vec<i64> =
            diesel::sql_query(WITHDRAWN_AUTHORS).load::<IdRow>(conn).await?.into_iter().map(|r| r.id).collect();
        if !withdrawn.is_empty() {
            let theirs: Vec<IdRow> = diesel::sql_query("SELECT id FROM resources WHERE author_id = ANY($1)")
                .bind::<Array<BigInt>, _>(&withdrawn)
                .load(conn)
                .await?;
            for IdRow { id } in theirs {
                matches.remove(listed(id)?);
            }
        }
        let counts = match counted {
            true => ["~k", "~c", "~o", "~y", "~s", "~m", "~l"]
                .iter()
                .flat_map(|prefix| facets.starting_with(prefix))
                .map(|(token, list)| (token.to_string(), matches.intersection_len(list) as i64))
                .filter(|(_, n)| *n > 0)
                .collect(),
            false => Vec::new(),
        };
        let groups = match query.sort {
            Sort::Relevance => ranked(&matches, asked, &lists),
            _ => vec![matches.clone()],
        };
        let ids = page(conn, &groups, &facets, query.offset.max(0) as u64, query.limit.max(0) as u64).await?;
        Ok(Ok(Found { ids, total: matches.len() as i64, counts }))
    }
}

/// The lists of the words `asked` names; `None` past `MOST_ROWS`.
async fn word_lists(conn: &mut AsyncPgConnection, asked: &Asked) -> AppResult<Option<Lists>> {
    let words = asked.words();
    let exact: Vec<String> = words.iter().filter(|(_, prefix)| !prefix).map(|(w, _)| w.to_string()).collect();
    let beginnings: Vec<&str> = words.iter().filter(|(_, prefix)| *prefix).map(|(w, _)| *w).collect();
    let mut sql = "SELECT token, weight, chunk, ids FROM search_postings WHERE token = ANY($1)".to_string();
    for i in 0..beginnings.len() {
        sql.push_str(&format!(" OR (token >= ${} AND token < ${})", 2 + 2 * i, 3 + 2 * i));
    }
    sql.push_str(&format!(" LIMIT {}", MOST_ROWS + 1));
    let mut statement = diesel::sql_query(sql).into_boxed().bind::<Array<Text>, _>(exact);
    for beginning in beginnings {
        statement = statement.bind::<Text, _>(beginning.to_string()).bind::<Text, _>(format!("{beginning}\u{10FFFF}"));
    }
    let rows: Vec<Row> = statement.load(conn).await?;
    if rows.len() > MOST_ROWS {
        return Ok(None);
    }
    let mut lists = Lists::default();
    for row in rows {
        lists.add(row.token, &row.weight, from_bytes(&row.ids)?);
    }
    Ok(Some(lists))
}

/// `matches` in groups of equal rank, best first: each ranked word adds the points of the best
/// weight it has in a resource ([`POINTS`]).
fn ranked(matches: &RoaringBitmap, asked: &Asked, lists: &Lists) -> Vec<RoaringBitmap> {
    let mut groups: Vec<(u32, RoaringBitmap)> = vec![(0, matches.clone())];
    for node in &asked.ranking {
        let at_weights: Vec<(u32, RoaringBitmap)> = WEIGHTS
            .iter()
            .zip(POINTS)
            .map(|(weight, points)| (points, with_weight(node, *weight).matches(lists)))
            .collect();
        let mut regrouped: HashMap<u32, RoaringBitmap> = HashMap::new();
        for (score, mut group) in groups {
            for (points, at) in &at_weights {
                let best_here = &group & at;
                if !best_here.is_empty() {
                    group -= &best_here;
                    *regrouped.entry(score + points).or_default() |= best_here;
                }
            }
            if !group.is_empty() {
                *regrouped.entry(score).or_default() |= group;
            }
        }
        groups = regrouped.into_iter().collect();
    }
    groups.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
    groups.into_iter().map(|(_, group)| group).collect()
}

/// `node` with every word asked at `weight` alone (a word asked at other weights only matches
/// nothing).
fn with_weight(node: &query::Node, weight: char) -> query::Node {
    use query::Node;
    match node {
        Node::Word { lexeme, prefix, weights } if weights.is_empty() || weights.contains(&weight) => {
            Node::Word { lexeme: lexeme.clone(), prefix: *prefix, weights: vec![weight] }
        }
        Node::Word { .. } => Node::Nothing,
        Node::And(nodes) => Node::And(nodes.iter().map(|n| with_weight(n, weight)).collect()),
        Node::Or(nodes) => Node::Or(nodes.iter().map(|n| with_weight(n, weight)).collect()),
        Node::Nothing => Node::Nothing,
    }
}

/// Resources `skip` to `skip + take` of `groups` (each newest first, one after another): only
/// the groups, months and days the page reaches are read from the table, for their times.
async fn page(
    conn: &mut AsyncPgConnection,
    groups: &[RoaringBitmap],
    facets: &FacetLists,
    skip: u64,
    take: u64,
) -> AppResult<Vec<i64>> {
    let end = skip.saturating_add(take);
    // For each group the page reaches: the ids read for it, how many of the group are newer, and
    // the places in the group the page takes.
    let mut reached: Vec<(RoaringBitmap, u64, u64, u64)> = Vec::new();
    let mut before = 0u64;
    for group in groups {
        let n = group.len();
        if before + n > skip && before < end {
            let (from, to) = (skip.saturating_sub(before), (end - before).min(n));
            let (read, newer) = days_reached(group, facets, from, to);
            reached.push((read, newer, from, to));
        }
        before += n;
        if before >= end {
            break;
        }
    }
    let wanted: Vec<i64> = reached.iter().flat_map(|(read, ..)| read.iter().map(i64::from)).collect();
    let times: Vec<Published> = diesel::sql_query("SELECT id, published_at FROM resources WHERE id = ANY($1)")
        .bind::<Array<BigInt>, _>(&wanted)
        .load(conn)
        .await?;
    let times: HashMap<i64, chrono::NaiveDateTime> = times.into_iter().map(|p| (p.id, p.published_at)).collect();
    let mut ids = Vec::new();
    for (read, newer, from, to) in reached {
        let mut read: Vec<i64> = read.iter().map(i64::from).collect();
        read.sort_by(|a, b| times.get(b).cmp(&times.get(a)).then(b.cmp(a)));
        ids.extend(read.into_iter().skip((from - newer) as usize).take((to - from) as usize));
    }
    Ok(ids)
}

/// The resources of `group` that places `from` to `to` of it (newest first) fall among, as whole
/// days, and how many of the group are newer than those days. Resources published on one day
/// are all newer than those of the day before, so only those days need reading.
fn days_reached(group: &RoaringBitmap, facets: &FacetLists, from: u64, to: u64) -> (RoaringBitmap, u64) {
    let mut read = RoaringBitmap::new();
    let mut newer = 0u64;
    let mut passed = None;
    'months: for (month, in_month) in facets.starting_with("~p").rev() {
        let n = group.intersection_len(in_month);
        if n == 0 {
            continue;
        }
        if newer + n <= from {
            newer += n;
            continue;
        }
        for (_, on_day) in facets.starting_with(&format!("~d{}", &month[2..])).rev() {
            let day = group & on_day;
            let n = day.len();
            if n == 0 {
                continue;
            }
            if newer + n <= from {
                newer += n;
                continue;
            }
            passed.get_or_insert(newer);
            read |= day;
            newer += n;
            if newer >= to {
                break 'months;
            }
        }
    }
    (read, passed.unwrap_or(newer))
}
