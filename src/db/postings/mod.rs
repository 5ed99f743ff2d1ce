//! PostgreSQL's search engine: posting lists kept in the database (migration 000039). Counting a
//! search's matches through the GIN index and the rows they sit on took 43 ms at a million
//! resources before any facet or rank; here a search fetches its words' lists, intersects them
//! with the facets chosen, counts every facet value as an intersection, and reads only the
//! resources of its page from the table (BENCHMARKS.md).
//!
//! The lists are kept in step through an outbox that triggers fill in the same transaction as
//! each change (with the tokens a resource had before): a batch of changes is taken in in one
//! transaction, under the lock of the lists' state row, so any process may take them in, one at a
//! time. Each process keeps every facet value's list in memory, read again by generation. A
//! search reads in one snapshot, and answers only when no change waits in it: otherwise it takes
//! a short backlog in first, and leaves a long one (a bulk load) to the search statement
//! (`db::search`), which is always exact.

mod lists;
pub mod query;
mod search;

pub use search::{Found, Postings};

use crate::{
    db::{DbPool, IdRow},
    error::{AppError, AppResult},
};
use diesel::{
    OptionalExtension, QueryableByName,
    sql_types::{Array, BigInt, Binary, Bool, Integer, Text},
};
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl, pooled_connection::deadpool::Object};
use lists::{chunk_of, from_bytes, to_bytes};
use query::WEIGHTS;
use roaring::RoaringBitmap;
use std::collections::HashMap;

/// How many queued changes a search takes in in one transaction, and how many resources' tokens
/// one statement reads.
const BATCH: i64 = 2_000;
/// The longest backlog a search takes in before it answers.
const BEFORE_A_SEARCH: i64 = BATCH;
/// How many queued changes the background takes in in one transaction behind a bulk load. A batch
/// rewrites every row of a list it touches, and a backfill's touch nearly all the rows of the
/// newest chunk: taken in by 2,000, they cost more than storing the resources (BENCHMARKS.md).
const BULK: i64 = 20_000;
/// How many rows of the word lists one statement reads or writes. A bulk batch of a backfill
/// touches about two a resource: their keys and bytes in one statement's binds and one answer were
/// most of the process's memory at its peak, and glibc kept what they freed (BENCHMARKS.md).
const ROWS_A_STATEMENT: usize = 5_000;

#[derive(QueryableByName)]
struct Generation {
    #[diesel(sql_type = BigInt)]
    generation: i64,
}

#[derive(QueryableByName)]
struct Queued {
    #[diesel(sql_type = BigInt)]
    seq: i64,
    #[diesel(sql_type = BigInt)]
    resource_id: i64,
    /// Whether the change came with the tokens the resource had (an update, a delete).
    #[diesel(sql_type = Bool)]
    had_tokens: bool,
}

#[derive(QueryableByName)]
struct Had {
    #[diesel(sql_type = BigInt)]
    resource_id: i64,
    #[diesel(sql_type = Array<Text>)]
    old_tokens: Vec<String>,
}

#[derive(QueryableByName)]
struct Posted {
    #[diesel(sql_type = Text)]
    token: String,
    #[diesel(sql_type = Text)]
    weight: String,
    #[diesel(sql_type = Array<BigInt>)]
    ids: Vec<i64>,
}

#[derive(QueryableByName)]
struct Row {
    #[diesel(sql_type = Text)]
    token: String,
    #[diesel(sql_type = Text)]
    weight: String,
    #[diesel(sql_type = Integer)]
    chunk: i32,
    #[diesel(sql_type = Binary)]
    ids: Vec<u8>,
}

/// A resource's id as the lists hold it.
fn listed(id: i64) -> AppResult<u32> {
    u32::try_from(id)
        .map_err(|_| AppError::internal(anyhow::anyhow!("search engine: resource id {id} is past what its lists hold")))
}

/// What a batch changes in one row of a list: the ids taken out (the tokens a resource had), then
/// those put in (the tokens it has).
#[derive(Default)]
struct Change {
    out: RoaringBitmap,
    into: RoaringBitmap,
}

/// A row of a list: its token, its weight (empty for a facet's) and its chunk.
type Key = (String, String, i32);

type Changed = (Key, Change);

/// Whether a process taking changes in waits for another that is taking them in.
#[derive(Clone, Copy, PartialEq)]
pub enum Waiting {
    /// A search waits (for one batch, at most, of another process: up to `BULK` when that is the
    /// background behind a bulk load), to answer once the backlog is in; so do bulk loads and
    /// tests that take everything in.
    Wait,
    /// The background leaves the backlog to the other.
    Leave,
}

/// Takes in one batch of up to `most` queued changes, in the transaction of `conn`: how many, or
/// `None` when another process is taking changes in and `waiting` leaves them to it.
async fn take_batch(conn: &mut AsyncPgConnection, waiting: Waiting, most: i64) -> AppResult<Option<usize>> {
    let lock = match waiting {
        Waiting::Wait => "SELECT generation FROM search_postings_state WHERE id = 1 FOR UPDATE",
        Waiting::Leave => "SELECT generation FROM search_postings_state WHERE id = 1 FOR UPDATE SKIP LOCKED",
    };
    let held: Option<Generation> = diesel::sql_query(lock).get_result(conn).await.optional()?;
    let Some(Generation { generation }) = held else { return Ok(None) };
    let queued: Vec<Queued> = diesel::sql_query(
        "SELECT seq, resource_id, old_tokens IS NOT NULL AS had_tokens FROM search_postings_outbox \
         ORDER BY seq LIMIT $1",
    )
    .bind::<BigInt, _>(most)
    .load(conn)
    .await?;
    if queued.is_empty() {
        return Ok(Some(0));
    }
    let mut ids: Vec<i64> = queued.iter().map(|q| q.resource_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut changes: HashMap<Key, Change> = HashMap::new();
    // The tokens resources had and have are read by `BATCH` resources, so that those of a bulk
    // batch are never all in memory at once: only their ids, as bitmaps.
    let had: Vec<i64> = queued.iter().filter(|q| q.had_tokens).map(|q| q.seq).collect();
    for seqs in had.chunks(BATCH as usize) {
        let rows: Vec<Had> =
            diesel::sql_query("SELECT resource_id, old_tokens FROM search_postings_outbox WHERE seq = ANY($1)")
                .bind::<Array<BigInt>, _>(seqs)
                .load(conn)
                .await?;
        for row in rows {
            let id = listed(row.resource_id)?;
            for token in row.old_tokens {
                let weights: Vec<String> = match token.starts_with('~') {
                    true => vec![String::new()],
                    false => WEIGHTS.iter().map(char::to_string).collect(),
                };
                for weight in weights {
                    changes.entry((token.clone(), weight, chunk_of(id))).or_default().out.insert(id);
                }
            }
        }
    }
    for ids in ids.chunks(BATCH as usize) {
        let posted: Vec<Posted> = diesel::sql_query(
            "SELECT p.token, p.weight, array_agg(r.id) AS ids FROM resources r, \
             cairn_postings(r.search, r.kind, r.country, r.origin, r.year, r.sectors_mask, r.map_mask, \
             r.languages_mask, r.published_at) p WHERE r.id = ANY($1) GROUP BY p.token, p.weight",
        )
        .bind::<Array<BigInt>, _>(ids)
        .load(conn)
        .await?;
        // A key is made once per row of a list, not once per id (a copy and a hash of the token
        // for each id).
        for p in posted {
            let mut by_chunk: Vec<(i32, RoaringBitmap)> = Vec::new();
            for id in p.ids {
                let id = listed(id)?;
                match by_chunk.iter_mut().find(|(chunk, _)| *chunk == chunk_of(id)) {
                    Some((_, ids)) => _ = ids.insert(id),
                    None => by_chunk.push((chunk_of(id), RoaringBitmap::from_iter([id]))),
                }
            }
            for (chunk, ids) in by_chunk {
                changes.entry((p.token.clone(), p.weight.clone(), chunk)).or_default().into |= ids;
            }
        }
    }
    // Rows are written in the order of their keys.
    let mut changes: Vec<Changed> = changes.into_iter().collect();
    changes.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let (facets, words): (Vec<Changed>, Vec<Changed>) =
        changes.into_iter().partition(|((token, ..), _)| token.starts_with('~'));
    let generation = generation + 1;
    write_words(conn, words).await?;
    write_facets(conn, facets, generation).await?;
    let seqs: Vec<i64> = queued.iter().map(|q| q.seq).collect();
    diesel::sql_query("DELETE FROM search_postings_outbox WHERE seq = ANY($1)")
        .bind::<Array<BigInt>, _>(&seqs)
        .execute(conn)
        .await?;
    diesel::sql_query("UPDATE search_postings_state SET generation = $1 WHERE id = 1")
        .bind::<BigInt, _>(generation)
        .execute(conn)
        .await?;
    Ok(Some(queued.len()))
}

/// The keys of `changes` as three arrays, for `unnest`.
fn key_arrays<'a>(keys: impl Iterator<Item = &'a Key>) -> (Vec<String>, Vec<String>, Vec<i32>) {
    let mut arrays = (Vec::new(), Vec::new(), Vec::new());
    for (token, weight, chunk) in keys {
        arrays.0.push(token.clone());
        arrays.1.push(weight.clone());
        arrays.2.push(*chunk);
    }
    arrays
}

/// The rows of `changes` as they stand, changed, in the order of `changes`.
fn changed(rows: Vec<Row>, changes: Vec<Changed>) -> AppResult<Vec<(Key, RoaringBitmap)>> {
    let mut stored: HashMap<Key, Vec<u8>> = rows.into_iter().map(|r| ((r.token, r.weight, r.chunk), r.ids)).collect();
    let mut lists = Vec::with_capacity(changes.len());
    for (key, change) in changes {
        let (mut list, was) = match stored.remove(&key) {
            Some(bytes) => (from_bytes(&bytes)?, true),
            None => (RoaringBitmap::new(), false),
        };
        if !was && change.into.is_empty() {
            continue;
        }
        list -= change.out;
        list |= change.into;
        lists.push((key, list));
    }
    Ok(lists)
}

/// Writes the changed rows of the word lists, `ROWS_A_STATEMENT` at a time.
async fn write_words(conn: &mut AsyncPgConnection, changes: Vec<Changed>) -> AppResult<()> {
    let mut changes = changes.into_iter();
    loop {
        let slice: Vec<Changed> = changes.by_ref().take(ROWS_A_STATEMENT).collect();
        if slice.is_empty() {
            return Ok(());
        }
        write_word_rows(conn, slice).await?;
    }
}

async fn write_word_rows(conn: &mut AsyncPgConnection, changes: Vec<Changed>) -> AppResult<()> {
    let (tokens, weights, chunks) = key_arrays(changes.iter().map(|(k, _)| k));
    let rows: Vec<Row> = diesel::sql_query(
        "SELECT p.token, p.weight, p.chunk, p.ids FROM search_postings p \
         JOIN unnest($1::text[], $2::text[], $3::int[]) AS k (token, weight, chunk) \
         ON p.token = k.token AND p.weight = k.weight AND p.chunk = k.chunk",
    )
    .bind::<Array<Text>, _>(&tokens)
    .bind::<Array<Text>, _>(&weights)
    .bind::<Array<Integer>, _>(&chunks)
    .load(conn)
    .await?;
    let (emptied, kept): (Vec<_>, Vec<_>) = changed(rows, changes)?.into_iter().partition(|(_, list)| list.is_empty());
    let (tokens, weights, chunks) = key_arrays(emptied.iter().map(|(k, _)| k));
    diesel::sql_query(
        "DELETE FROM search_postings p USING unnest($1::text[], $2::text[], $3::int[]) AS k (token, weight, chunk) \
         WHERE p.token = k.token AND p.weight = k.weight AND p.chunk = k.chunk",
    )
    .bind::<Array<Text>, _>(&tokens)
    .bind::<Array<Text>, _>(&weights)
    .bind::<Array<Integer>, _>(&chunks)
    .execute(conn)
    .await?;
    let (tokens, weights, chunks) = key_arrays(kept.iter().map(|(k, _)| k));
    let bytes: Vec<Vec<u8>> = kept.iter().map(|(_, list)| to_bytes(list)).collect();
    diesel::sql_query(
        "INSERT INTO search_postings (token, weight, chunk, ids) \
         SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::bytea[]) \
         ON CONFLICT (token, weight, chunk) DO UPDATE SET ids = excluded.ids",
    )
    .bind::<Array<Text>, _>(&tokens)
    .bind::<Array<Text>, _>(&weights)
    .bind::<Array<Integer>, _>(&chunks)
    .bind::<Array<Binary>, _>(&bytes)
    .execute(conn)
    .await?;
    Ok(())
}

/// A facet's emptied rows stay, empty: a process reads what changed since its generation.
async fn write_facets(conn: &mut AsyncPgConnection, changes: Vec<Changed>, generation: i64) -> AppResult<()> {
    let (tokens, _, chunks) = key_arrays(changes.iter().map(|(k, _)| k));
    let rows: Vec<Row> = diesel::sql_query(
        "SELECT p.token, '' AS weight, p.chunk, p.ids FROM search_facets p \
         JOIN unnest($1::text[], $2::int[]) AS k (token, chunk) ON p.token = k.token AND p.chunk = k.chunk",
    )
    .bind::<Array<Text>, _>(&tokens)
    .bind::<Array<Integer>, _>(&chunks)
    .load(conn)
    .await?;
    let lists = changed(rows, changes)?;
    let (tokens, _, chunks) = key_arrays(lists.iter().map(|(k, _)| k));
    let bytes: Vec<Vec<u8>> = lists.iter().map(|(_, list)| to_bytes(list)).collect();
    diesel::sql_query(
        "INSERT INTO search_facets (token, chunk, ids, generation) \
         SELECT token, chunk, ids, $4 FROM unnest($1::text[], $2::int[], $3::bytea[]) AS k (token, chunk, ids) \
         ON CONFLICT (token, chunk) DO UPDATE SET ids = excluded.ids, generation = excluded.generation",
    )
    .bind::<Array<Text>, _>(&tokens)
    .bind::<Array<Integer>, _>(&chunks)
    .bind::<Array<Binary>, _>(&bytes)
    .bind::<BigInt, _>(generation)
    .execute(conn)
    .await?;
    Ok(())
}

/// Takes in up to `most` queued changes (all that wait, when `None`), a batch at a time: `BATCH`
/// at most for a search, `BULK` for anything else; how many. None on SQLite.
pub async fn catch_up(pool: &DbPool, most: Option<usize>, waiting: Waiting) -> AppResult<usize> {
    let DbPool::Pg(pg, ..) = pool else { return Ok(0) };
    let mut taken = 0;
    while most.is_none_or(|most| taken < most) {
        let batch = most.map_or(BULK, |most| (most - taken) as i64).min(BULK);
        match take_batch_on(pg.get().await?, waiting, batch).await? {
            Some(0) | None => break,
            // What waited is in: changes queued meanwhile wait for the next call.
            Some(short) if (short as i64) < batch => return Ok(taken + short),
            Some(full) => taken += full,
        }
    }
    Ok(taken)
}

#[derive(QueryableByName)]
struct Backlog {
    #[diesel(sql_type = BigInt)]
    waiting: i64,
    #[diesel(sql_type = BigInt)]
    newest: i64,
}

/// The background's step: takes in what waits (up to `BULK`, in one transaction), unless a bulk
/// load (a backfill, a seeding) is queueing changes: it lets their backlog grow to a bulk batch,
/// and searches meanwhile take a short one in first or answer from the search statement, as
/// behind any long backlog. Taking in whatever had arrived, batch after batch, the background
/// chased a backfill with batches of a few dozen (15 a second). `newest_seen` is the newest change
/// a step saw waiting (0 before the first: the first step after a start that finds changes
/// waiting counts them all as grown). How many it took in. None on SQLite.
pub async fn keep_up(pool: &DbPool, newest_seen: &mut i64) -> AppResult<usize> {
    /// How many changes queued between two steps make a bulk load.
    const BULK_GROWTH: i64 = 200;
    let DbPool::Pg(pg, ..) = pool else { return Ok(0) };
    let mut conn = pg.get().await?;
    let Backlog { waiting, newest } = diesel::sql_query(
        "SELECT count(*) AS waiting, coalesce(max(seq), 0) AS newest \
         FROM (SELECT seq FROM search_postings_outbox ORDER BY seq LIMIT $1) b",
    )
    .bind::<BigInt, _>(BULK)
    .get_result(&mut conn)
    .await?;
    if waiting == 0 {
        return Ok(0);
    }
    let grew = newest - std::mem::replace(newest_seen, newest);
    if grew >= BULK_GROWTH && waiting < BULK {
        return Ok(0);
    }
    Ok(take_batch_on(conn, Waiting::Leave, BULK).await?.unwrap_or(0))
}

/// Takes in one batch on `conn`, in a transaction of its own. tokio-postgres keeps a connection's
/// buffers as large as the largest request and answer it has carried, for as long as it lives: a
/// bulk batch left about 6 MB in each connection it ran on, and the pool kept them all (a backfill's
/// memory rose batch after batch, until each connection had carried one; BENCHMARKS.md). A
/// connection that has carried a bulk batch is closed, not given back.
async fn take_batch_on(mut conn: Object<AsyncPgConnection>, waiting: Waiting, most: i64) -> AppResult<Option<usize>> {
    let taken = conn.transaction(async |conn| take_batch(conn, waiting, most).await).await?;
    if taken.is_some_and(|taken| taken > BATCH as usize) {
        drop(Object::take(conn));
    }
    Ok(taken)
}

/// Whether at most `most` changes wait to be taken in.
async fn backlog_at_most(pool: &DbPool, most: i64) -> AppResult<bool> {
    let DbPool::Pg(pg, ..) = pool else { return Ok(true) };
    let beyond: Option<IdRow> =
        diesel::sql_query("SELECT seq AS id FROM search_postings_outbox ORDER BY seq OFFSET $1 LIMIT 1")
            .bind::<BigInt, _>(most)
            .get_result(&mut *pg.get().await?)
            .await
            .optional()?;
    Ok(beyond.is_none())
}

/// Queues every resource to be taken in anew, as after a restore from another copy or a change
/// made by hand: word lists are cleared, facet lists emptied (so processes read them again).
pub async fn rebuild(pool: &DbPool) -> AppResult<()> {
    let DbPool::Pg(pg, ..) = pool else { return Ok(()) };
    let empty = to_bytes(&RoaringBitmap::new());
    pg.get()
        .await?
        .transaction(async |conn| -> AppResult<()> {
            let Generation { generation } =
                diesel::sql_query("SELECT generation FROM search_postings_state WHERE id = 1 FOR UPDATE")
                    .get_result(conn)
                    .await?;
            diesel::sql_query("DELETE FROM search_postings").execute(conn).await?;
            diesel::sql_query("UPDATE search_facets SET ids = $1, generation = $2")
                .bind::<Binary, _>(&empty)
                .bind::<BigInt, _>(generation + 1)
                .execute(conn)
                .await?;
            diesel::sql_query("DELETE FROM search_postings_outbox").execute(conn).await?;
            diesel::sql_query("INSERT INTO search_postings_outbox (resource_id) SELECT id FROM resources ORDER BY id")
                .execute(conn)
                .await?;
            diesel::sql_query("UPDATE search_postings_state SET generation = $1 WHERE id = 1")
                .bind::<BigInt, _>(generation + 1)
                .execute(conn)
                .await?;
            Ok(())
        })
        .await
}
