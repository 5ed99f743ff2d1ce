//! SQLite's search engine: a tantivy index of the resources, in a folder beside the database
//! file. FTS5 weighed each phrase by walking every document that holds it before ranking one row,
//! so a search cost 18 ms at 100,000 resources and 140 ms at 1,000,000; tantivy ranks a page's top
//! without that walk, and counts the facets of every match from its columns.
//!
//! The index is kept in step through an outbox (`text_index_outbox`, migration 000037) that
//! triggers fill in the same transaction as each change: a resource's entry is replaced from the
//! database, committed, and only then is its outbox row taken out, so a crash loses nothing. The
//! process that holds the index's writer lock drains it, in the background and before each of its
//! searches while the backlog is short (a search then sees the writes before it); other processes
//! read what it commits.
//! PostgreSQL's search stays in PostgreSQL, so that processes sharing one see the same results.

mod collect;
mod query;

pub use collect::FacetCounts;

use super::{
    DbPool,
    schema::{resources, text_index_outbox, text_index_state},
};
use crate::{
    db_run, db_tx,
    domain::search::{DEEPEST, SearchQuery, Sort},
    error::{AppError, AppResult},
};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use std::{
    path::{Path, PathBuf},
    sync::Arc,
};
use tantivy::{
    Index, IndexReader, IndexWriter, ReloadPolicy, SegmentReader, TantivyDocument, Term,
    collector::TopDocs,
    schema::{FAST, Field, INDEXED, IndexRecordOption, STRING, Schema, TextFieldIndexing, TextOptions},
    tokenizer::{AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer},
};

/// The analyzer of the text fields, by name: words split at anything not a letter or a digit,
/// lower case, without accents, stemmed as English (as FTS5's `porter unicode61 remove_diacritics`).
const WORDS: &str = "cairn_words";
/// How many outbox rows one step of the engine takes in.
const BATCH: i64 = 2_000;
/// The longest backlog a search takes in before it answers.
const BEFORE_A_SEARCH: i64 = 2 * BATCH;
/// The writer's memory before it writes a segment out.
const WRITER_MEMORY: usize = 64 << 20;

/// The index's fields.
#[derive(Clone, Copy)]
struct Fields {
    id: Field,
    /// Text fields with their weight in the rank (FTS5's bm25 weights were 10, 4, 1).
    title: Field,
    summary: Field,
    search_text: Field,
    /// What a search filters by, as `prefix:value` tokens (`k:case_study`, `s:3`, `a:12`).
    filters: Field,
    kind: Field,
    country: Field,
    origin: Field,
    year: Field,
    sectors: Field,
    map: Field,
    languages: Field,
    published: Field,
}

impl Fields {
    fn schema() -> (Schema, Fields) {
        let mut schema = Schema::builder();
        let text = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(WORDS)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let column = || TextOptions::default().set_fast("raw");
        let fields = Fields {
            id: schema.add_u64_field("id", INDEXED | FAST),
            title: schema.add_text_field("title", text.clone()),
            summary: schema.add_text_field("summary", text.clone()),
            search_text: schema.add_text_field("search_text", text),
            filters: schema.add_text_field("filters", STRING),
            kind: schema.add_text_field("kind", column()),
            country: schema.add_text_field("country", column()),
            origin: schema.add_text_field("origin", column()),
            year: schema.add_i64_field("year", FAST),
            sectors: schema.add_i64_field("sectors", FAST),
            map: schema.add_i64_field("map", FAST),
            languages: schema.add_i64_field("languages", FAST),
            published: schema.add_i64_field("published", FAST),
        };
        (schema.build(), fields)
    }
}

/// What the index holds of a resource: the columns its outbox trigger watches.
#[derive(Queryable)]
struct Indexed {
    id: i64,
    author_id: i64,
    title: String,
    summary: String,
    search_text: String,
    kind: String,
    country: String,
    origin: String,
    year: i32,
    sectors_mask: i64,
    map_mask: i64,
    languages_mask: i64,
    tags: String,
    published_at: chrono::NaiveDateTime,
}

impl Indexed {
    fn document(&self, f: &Fields) -> TantivyDocument {
        let mut doc = TantivyDocument::new();
        doc.add_u64(f.id, self.id as u64);
        doc.add_text(f.title, &self.title);
        doc.add_text(f.summary, &self.summary);
        doc.add_text(f.search_text, &self.search_text);
        let tags: Vec<String> = serde_json::from_str(&self.tags).unwrap_or_default();
        let filters = [
            query::filter('a', self.author_id),
            query::filter('k', &self.kind),
            query::filter('c', &self.country),
            query::filter('o', &self.origin),
            query::filter('y', self.year),
        ]
        .into_iter()
        .chain(tags.iter().map(|tag| query::filter('t', tag.to_lowercase())))
        .chain(query::bit_filters('s', self.sectors_mask))
        .chain(query::bit_filters('m', self.map_mask))
        .chain(query::bit_filters('l', self.languages_mask));
        for filter in filters {
            doc.add_text(f.filters, filter);
        }
        doc.add_text(f.kind, &self.kind);
        doc.add_text(f.country, &self.country);
        doc.add_text(f.origin, &self.origin);
        doc.add_i64(f.year, self.year as i64);
        doc.add_i64(f.sectors, self.sectors_mask);
        doc.add_i64(f.map, self.map_mask);
        doc.add_i64(f.languages, self.languages_mask);
        doc.add_i64(f.published, self.published_at.and_utc().timestamp_micros());
        doc
    }
}

/// The engine once open: the index, its reader, and the writer when this process holds it.
struct Engine {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    analyzer: TextAnalyzer,
    writer: tokio::sync::Mutex<Option<IndexWriter>>,
}

/// A SQLite database's search engine, opened on first use (after the migrations have run).
pub struct TextIndex {
    folder: PathBuf,
    engine: tokio::sync::OnceCell<Arc<Engine>>,
}

/// Where the engine of the database at `path` lives: beside it, as SQLite's own `-wal` file.
pub fn folder_for(path: &str) -> PathBuf {
    PathBuf::from(format!("{path}-search"))
}

fn failed(what: &str) -> impl FnOnce(tantivy::TantivyError) -> AppError + '_ {
    move |err| AppError::internal(anyhow::anyhow!("search engine: {what}: {err}"))
}

fn joined(err: tokio::task::JoinError) -> AppError {
    AppError::internal(anyhow::anyhow!("search engine task: {err}"))
}

impl TextIndex {
    pub fn new(folder: PathBuf) -> TextIndex {
        TextIndex { folder, engine: tokio::sync::OnceCell::new() }
    }

    /// Where the index lives.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    async fn engine(&self, pool: &DbPool) -> AppResult<Arc<Engine>> {
        Ok(self.engine.get_or_try_init(|| self.open(pool)).await?.clone())
    }

    /// Opens the index, or builds a new one when it is missing, unreadable, made for other
    /// fields, or out of step with its database: the last outbox row it took in (its commit's
    /// payload) is not the one the database recorded with it (`text_index_state`), as when the
    /// database was restored from another copy or its migrations run down and up.
    ///
    /// One process at a time decides, under a lock file beside the folder. Only a process that
    /// can take the index's writer judges it; one that cannot leaves it to the process keeping it.
    /// A new index is built in a folder of its own, after every resource was queued, and renamed
    /// into place: a crash at any step leaves none (the next start builds it) or one that takes
    /// every resource in.
    async fn open(&self, pool: &DbPool) -> AppResult<Arc<Engine>> {
        let (schema, fields) = Fields::schema();
        let folder = self.folder.clone();
        let lock = blocking({
            let folder = folder.clone();
            move || take_lock(&folder)
        })
        .await?;
        let mark = recorded_mark(pool).await?;
        let found = blocking({
            let (folder, schema) = (folder.clone(), schema.clone());
            move || look(&folder, &schema, mark)
        })
        .await?;
        let (index, writer) = match found {
            Found::Kept(index) => (index, None),
            Found::Current(index, writer) => (index, Some(*writer)),
            Found::Outdated(why) => {
                tracing::warn!("search engine: {why}; building it again");
                let start = queue_every_resource(pool).await?;
                blocking(move || build(&folder, schema, start)).await?
            }
        };
        drop(lock);
        let analyzer = words_analyzer();
        index.tokenizers().register(WORDS, analyzer.clone());
        let reader = blocking({
            let index = index.clone();
            move || {
                index
                    .reader_builder()
                    .reload_policy(ReloadPolicy::OnCommitWithDelay)
                    .try_into()
                    .map_err(failed("opening its reader"))
            }
        })
        .await?;
        Ok(Arc::new(Engine { index, reader, fields, analyzer, writer: tokio::sync::Mutex::new(writer) }))
    }

    /// Takes in up to `most` queued changes (all that wait, when `None`), a batch at a time, if this
    /// process holds the writer or can take it; how many it took in. The writer is let go between
    /// batches, so a search waits for one batch at most.
    pub async fn catch_up(&self, pool: &DbPool, most: Option<usize>) -> AppResult<usize> {
        let engine = self.engine(pool).await?;
        let mut taken_in = 0;
        while most.is_none_or(|most| taken_in < most) {
            let mut writer = engine.writer.lock().await;
            if writer.is_none() {
                let index = engine.index.clone();
                match blocking(move || take_writer(&index)).await? {
                    Some(taken) => *writer = Some(taken),
                    // Another process keeps the index; this one reads what it commits.
                    None => return Ok(0),
                }
            }
            let queued: Vec<(i64, i64)> = db_run!(pool, |conn| text_index_outbox::table
                .select((text_index_outbox::seq, text_index_outbox::resource_id))
                .order(text_index_outbox::seq)
                .limit(BATCH)
                .load(conn)
                .await?);
            let Some(&(last, _)) = queued.last() else { break };
            let ids: Vec<i64> = queued.iter().map(|(_, id)| *id).collect();
            let rows: Vec<Indexed> = db_run!(pool, |conn| resources::table
                .filter(resources::id.eq_any(&ids))
                .select((
                    resources::id,
                    resources::author_id,
                    resources::title,
                    resources::summary,
                    resources::search_text,
                    resources::kind,
                    resources::country,
                    resources::origin,
                    resources::year,
                    resources::sectors_mask,
                    resources::map_mask,
                    resources::languages_mask,
                    resources::tags,
                    resources::published_at,
                ))
                .load(conn)
                .await?);
            let (fields, reader) = (engine.fields, engine.reader.clone());
            let mut held = writer.take().expect("the writer is held");
            let (held, committed) = blocking(move || {
                for id in &ids {
                    held.delete_term(Term::from_field_u64(fields.id, *id as u64));
                }
                let added = rows.iter().try_for_each(|row| held.add_document(row.document(&fields)).map(drop));
                let committed = added.and_then(|()| commit(&mut held, last)).and_then(|()| reader.reload());
                Ok(match committed {
                    Ok(()) => (Some(held), Ok(())),
                    // A writer that failed is not used again: the next batch takes a new one, and
                    // what this one held uncommitted is dropped with it.
                    Err(err) => (None, Err(err)),
                })
            })
            .await?;
            *writer = held;
            committed.map_err(failed("committing"))?;
            // Only once the index holds the changes: a crash before this takes them in again (and,
            // the marks differing, builds the index anew).
            db_tx!(pool, |conn| {
                diesel::delete(text_index_outbox::table.filter(text_index_outbox::seq.le(last))).execute(conn).await?;
                Ok(diesel::update(text_index_state::table).set(text_index_state::mark.eq(last)).execute(conn).await?)
            })?;
            taken_in += queued.len();
            // What waited is in: changes queued meanwhile wait for the next call, rather than be
            // chased by a commit for every few that arrive during a bulk load.
            if queued.len() < BATCH as usize {
                break;
            }
        }
        Ok(taken_in)
    }

    /// Whether at most `most` changes wait to be taken in.
    async fn backlog_at_most(&self, pool: &DbPool, most: i64) -> AppResult<bool> {
        let beyond: Option<i64> = db_run!(pool, |conn| text_index_outbox::table
            .select(text_index_outbox::seq)
            .order(text_index_outbox::seq)
            .offset(most)
            .limit(1)
            .get_result(conn)
            .await
            .optional()?);
        Ok(beyond.is_none())
    }

    /// A page of the matches of `query`, best first, with every facet's counts when `counted`.
    pub async fn search(
        &self,
        pool: &DbPool,
        query: &SearchQuery,
        counted: bool,
    ) -> AppResult<(Vec<i64>, Option<FacetCounts>)> {
        let engine = self.engine(pool).await?;
        // A search takes in a short backlog first, so it sees the writes before it. A long one (a
        // bulk load, a rebuild) is the background's, and the search answers from the index as it
        // stands meanwhile, as it does when taking changes in fails.
        let caught_up = match self.backlog_at_most(pool, BEFORE_A_SEARCH).await? {
            true => self.catch_up(pool, Some(BEFORE_A_SEARCH as usize)).await.map(drop),
            false => Ok(()),
        };
        if let Err(err) = caught_up {
            tracing::error!("search engine: taking changes in before a search: {err:?}");
        }
        let withdrawn = super::blocks::withdrawn_authors(pool).await?;
        let query = query.clone();
        blocking(move || engine.search(&query, &withdrawn, counted)).await
    }
}

impl Engine {
    fn search(
        &self,
        query: &SearchQuery,
        withdrawn: &[i64],
        counted: bool,
    ) -> AppResult<(Vec<i64>, Option<FacetCounts>)> {
        let searcher = self.reader.searcher();
        let found = query::build(&self.fields, &mut self.analyzer.clone(), query, withdrawn);
        // The collector keeps every result before the page: no page starts past `DEEPEST`.
        let (offset, limit) = match query.offset.max(0) {
            offset if offset < DEEPEST => (offset as usize, query.limit.clamp(1, DEEPEST) as usize),
            _ => (0, 1),
        };
        let past_the_deepest = query.offset >= DEEPEST;
        let by_relevance = query.sort == Sort::Relevance;
        let top = TopDocs::with_limit(limit).and_offset(offset).tweak_score(move |segment: &SegmentReader| {
            let published = segment.fast_fields().i64("published").ok().map(|c| c.first_or_default_col(0));
            let id = segment.fast_fields().u64("id").ok().map(|c| c.first_or_default_col(0));
            // Best first, then newest (the database's order: rank, published_at DESC, id DESC).
            move |doc, score| {
                let published = published.as_ref().map_or(0, |c| c.get_val(doc));
                let id = id.as_ref().map_or(0, |c| c.get_val(doc));
                (if by_relevance { score } else { 0.0 }, published, id)
            }
        });
        let (top, counts) = if counted {
            let (top, counts) = searcher.search(&found, &(top, collect::Counting)).map_err(failed("searching"))?;
            (top, Some(counts))
        } else {
            (searcher.search(&found, &top).map_err(failed("searching"))?, None)
        };
        let ids = top.into_iter().map(|((_, _, id), _)| id as i64).filter(|_| !past_the_deepest).collect();
        Ok((ids, counts))
    }
}

fn words_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(255))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(Language::English))
        .build()
}

/// Runs blocking work (files, a commit) off the async threads.
async fn blocking<T: Send + 'static>(work: impl FnOnce() -> AppResult<T> + Send + 'static) -> AppResult<T> {
    tokio::task::spawn_blocking(work).await.map_err(joined)?
}

/// The index's writer, or `None` when another process holds it.
fn take_writer(index: &Index) -> AppResult<Option<IndexWriter>> {
    match index.writer_with_num_threads(1, WRITER_MEMORY) {
        Ok(writer) => Ok(Some(writer)),
        Err(tantivy::TantivyError::LockFailure(..)) => Ok(None),
        Err(err) => Err(failed("taking its writer")(err)),
    }
}

/// Commits what `writer` holds, with the last outbox row it took in as the commit's payload.
fn commit(writer: &mut IndexWriter, last_taken: i64) -> tantivy::Result<()> {
    let mut prepared = writer.prepare_commit()?;
    prepared.set_payload(&last_taken.to_string());
    prepared.commit().map(drop)
}

/// What the folder holds, as a process that may decide about it finds it.
enum Found {
    /// An index another process keeps (it holds the writer).
    Kept(Index),
    /// An index in step with the database, with its writer, now this process's.
    Current(Index, Box<IndexWriter>),
    /// Nothing usable, and why.
    Outdated(String),
}

/// Takes the lock file beside `folder`, held until the returned file is dropped (or the process
/// ends).
fn take_lock(folder: &Path) -> AppResult<std::fs::File> {
    let path = PathBuf::from(format!("{}.lock", folder.display()));
    let file =
        std::fs::File::options().create(true).truncate(false).write(true).open(&path).map_err(io(path.display()))?;
    file.lock().map_err(io(path.display()))?;
    Ok(file)
}

fn io(what: impl std::fmt::Display) -> impl FnOnce(std::io::Error) -> AppError {
    move |err| AppError::internal(anyhow::anyhow!("search engine: {what}: {err}"))
}

/// What `folder` holds, judged against the database's `mark`.
fn look(folder: &Path, schema: &Schema, mark: i64) -> AppResult<Found> {
    if !folder.join("meta.json").exists() {
        return Ok(Found::Outdated("no index yet".into()));
    }
    let opened = Index::open_in_dir(folder).and_then(|index| Ok((index.load_metas()?, index)));
    let (metas, index) = match opened {
        Ok(opened) => opened,
        Err(err) => return Ok(Found::Outdated(format!("unreadable ({err})"))),
    };
    let Some(writer) = take_writer(&index)? else { return Ok(Found::Kept(index)) };
    let taken = metas.payload.as_deref().and_then(|p| p.parse::<i64>().ok());
    if index.schema() != *schema {
        return Ok(Found::Outdated("made for other fields".into()));
    }
    if taken != Some(mark) {
        return Ok(Found::Outdated(format!("out of step with its database (took in {taken:?}, recorded {mark})")));
    }
    Ok(Found::Current(index, Box::new(writer)))
}

/// Builds an empty index starting at outbox row `start`, puts it in `folder` in place of what
/// was there, and takes its writer. Called under the lock file, which also makes it safe to clear
/// what a crashed build left.
fn build(folder: &Path, schema: Schema, start: i64) -> AppResult<(Index, Option<IndexWriter>)> {
    let name = folder.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let parent = folder.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    for left in std::fs::read_dir(parent).map_err(io(parent.display()))?.flatten() {
        let left_name = left.file_name().to_string_lossy().into_owned();
        if left_name.starts_with(&format!("{name}.building.")) || left_name.starts_with(&format!("{name}.old.")) {
            std::fs::remove_dir_all(left.path()).map_err(io(left.path().display()))?;
        }
    }
    let suffix = format!("{:016x}", rand::random::<u64>());
    let building = parent.join(format!("{name}.building.{suffix}"));
    std::fs::create_dir_all(&building).map_err(io(building.display()))?;
    let index = Index::create_in_dir(&building, schema).map_err(failed("creating it"))?;
    let mut writer = take_writer(&index)?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("search engine: a new index's writer is held")))?;
    commit(&mut writer, start).map_err(failed("committing where it starts"))?;
    drop(writer);
    let aside = parent.join(format!("{name}.old.{suffix}"));
    if folder.exists() {
        std::fs::rename(folder, &aside).map_err(io("moving the old index aside"))?;
    }
    std::fs::rename(&building, folder).map_err(io("putting the new index in place"))?;
    if aside.exists() {
        std::fs::remove_dir_all(&aside).map_err(io("removing the old index"))?;
    }
    let index = Index::open_in_dir(folder).map_err(failed("opening it"))?;
    // Taken by another process since (it then keeps the index), or failing: this one reads.
    let writer = take_writer(&index).ok().flatten();
    Ok((index, writer))
}

/// The last outbox row the database recorded its index as having taken in.
async fn recorded_mark(pool: &DbPool) -> AppResult<i64> {
    Ok(db_run!(pool, |conn| text_index_state::table.select(text_index_state::mark).get_result(conn).await?))
}

/// Queues every resource for an index built anew, in place of what was queued (an empty index
/// needs nothing else), and records the last row queued as where the index starts.
async fn queue_every_resource(pool: &DbPool) -> AppResult<i64> {
    let every = "INSERT INTO text_index_outbox (resource_id) SELECT id FROM resources";
    db_tx!(pool, |conn| {
        diesel::delete(text_index_outbox::table).execute(conn).await?;
        diesel::sql_query(every).execute(conn).await?;
        let start: Option<i64> =
            text_index_outbox::table.select(diesel::dsl::max(text_index_outbox::seq)).get_result(conn).await?;
        let start = start.unwrap_or(0);
        diesel::update(text_index_state::table).set(text_index_state::mark.eq(start)).execute(conn).await?;
        Ok(start)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_is_judged_by_its_mark_and_its_writer_and_replaced_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("cairn.db-search");
        let (schema, _) = Fields::schema();
        assert!(matches!(look(&folder, &schema, 0).unwrap(), Found::Outdated(_)));
        let (index, writer) = build(&folder, schema.clone(), 10).unwrap();
        assert_eq!(index.load_metas().unwrap().payload.as_deref(), Some("10"));
        // While this process keeps it, another one leaves it be, whatever the marks.
        assert!(matches!(look(&folder, &schema, 99).unwrap(), Found::Kept(_)));
        drop(writer);
        assert!(matches!(look(&folder, &schema, 10).unwrap(), Found::Current(..)));
        // Out of step with the database's mark (a restored copy): built again, in place.
        assert!(matches!(look(&folder, &schema, 7).unwrap(), Found::Outdated(_)));
        let (index, _writer) = build(&folder, schema.clone(), 7).unwrap();
        assert_eq!(index.load_metas().unwrap().payload.as_deref(), Some("7"));
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(left, ["cairn.db-search"]);
    }
}
