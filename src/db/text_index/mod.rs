//! SQLite's search engine: a tantivy index of the resources, in a folder beside the database
//! file. FTS5 weighed each phrase by walking every document that holds it before ranking one row,
//! so a search cost 18 ms at 100,000 resources and 140 ms at 1,000,000; tantivy ranks a page's top
//! without that walk, and counts the facets of every match from its columns.
//!
//! The index is kept in step through an outbox (`text_index_outbox`, migration 000037) that
//! triggers fill in the same transaction as each change: a resource's entry is replaced from the
//! database, committed, and only then is its outbox row taken out, so a crash loses nothing. The
//! process that holds the index's writer lock drains it, in the background and before each of its
//! searches (a search sees the writes before it); other processes read what it commits.
//! PostgreSQL's search stays in PostgreSQL, so that processes sharing one see the same results.

mod collect;
mod query;

pub use collect::FacetCounts;

use super::{
    DbPool,
    schema::{resources, text_index_outbox},
};
use crate::{
    db_run, db_write,
    domain::search::{SearchQuery, Sort},
    error::{AppError, AppResult},
};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use std::{path::PathBuf, sync::Arc, time::Duration};
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
/// How many changes a search takes in before it answers; a longer backlog (a bulk load, a rebuild)
/// is left to the background, and the search answers from the index as it stands.
const BEFORE_A_SEARCH: usize = 2 * BATCH as usize;
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

    /// Opens the index, or creates it when it is missing or was made for other fields: every
    /// resource is queued first, so a crash before the new index exists leaves none, and the next
    /// start queues them again.
    async fn engine(&self, pool: &DbPool) -> AppResult<Arc<Engine>> {
        let engine = self
            .engine
            .get_or_try_init(|| async {
                let (schema, fields) = Fields::schema();
                let folder = self.folder.clone();
                let current = {
                    let (folder, schema) = (folder.clone(), schema.clone());
                    tokio::task::spawn_blocking(move || {
                        Index::open_in_dir(&folder).ok().filter(|index| index.schema() == schema)
                    })
                    .await
                    .map_err(joined)?
                };
                let index = match current {
                    Some(index) => index,
                    None => {
                        queue_every_resource(pool).await?;
                        tokio::task::spawn_blocking(move || create(&folder, schema)).await.map_err(joined)??
                    }
                };
                let analyzer = words_analyzer();
                index.tokenizers().register(WORDS, analyzer.clone());
                let reader = index
                    .reader_builder()
                    .reload_policy(ReloadPolicy::OnCommitWithDelay)
                    .try_into()
                    .map_err(failed("opening its reader"))?;
                AppResult::Ok(Arc::new(Engine { index, reader, fields, analyzer, writer: Default::default() }))
            })
            .await?;
        Ok(engine.clone())
    }

    /// Takes in up to `most` queued changes (all, when `None`), if this process holds the writer
    /// or can take it; how many it took in.
    pub async fn catch_up(&self, pool: &DbPool, most: Option<usize>) -> AppResult<usize> {
        let engine = self.engine(pool).await?;
        let mut writer = engine.writer.lock().await;
        if writer.is_none() {
            let index = engine.index.clone();
            match tokio::task::spawn_blocking(move || index.writer_with_num_threads(1, WRITER_MEMORY))
                .await
                .map_err(joined)?
            {
                Ok(taken) => *writer = Some(taken),
                // Another process keeps the index; this one reads what it commits.
                Err(tantivy::TantivyError::LockFailure(..)) => return Ok(0),
                Err(err) => return Err(failed("taking its writer")(err)),
            }
        }
        let mut taken_in = 0;
        while most.is_none_or(|most| taken_in < most) {
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
            let fields = engine.fields;
            let mut held = writer.take().expect("the writer is held");
            let (held, committed) = tokio::task::spawn_blocking(move || {
                for id in &ids {
                    held.delete_term(Term::from_field_u64(fields.id, *id as u64));
                }
                let added = rows.iter().try_for_each(|row| held.add_document(row.document(&fields)).map(drop));
                let committed = added.and_then(|()| held.commit().map(drop));
                (held, committed)
            })
            .await
            .map_err(joined)?;
            *writer = Some(held);
            committed.map_err(failed("committing"))?;
            engine.reader.reload().map_err(failed("reloading its reader"))?;
            db_write!(pool, |conn| Ok(diesel::delete(
                text_index_outbox::table.filter(text_index_outbox::seq.le(last))
            )
            .execute(conn)
            .await?))?;
            taken_in += queued.len();
        }
        Ok(taken_in)
    }

    /// A page of the matches of `query`, best first, with every facet's counts when `counted`.
    pub async fn search(
        &self,
        pool: &DbPool,
        query: &SearchQuery,
        counted: bool,
    ) -> AppResult<(Vec<i64>, Option<FacetCounts>)> {
        self.catch_up(pool, Some(BEFORE_A_SEARCH)).await?;
        let engine = self.engine(pool).await?;
        let withdrawn = super::blocks::withdrawn_authors(pool).await?;
        let query = query.clone();
        tokio::task::spawn_blocking(move || engine.search(&query, &withdrawn, counted)).await.map_err(joined)?
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
        // A page past the last match is empty; bounding the offset bounds the collector's memory.
        let offset = (query.offset.max(0) as u64).min(searcher.num_docs()) as usize;
        let by_relevance = query.sort == Sort::Relevance;
        let top = TopDocs::with_limit(query.limit.max(1) as usize).and_offset(offset).tweak_score(
            move |segment: &SegmentReader| {
                let published = segment.fast_fields().i64("published").ok().map(|c| c.first_or_default_col(0));
                let id = segment.fast_fields().u64("id").ok().map(|c| c.first_or_default_col(0));
                // Best first, then newest (the database's order: rank, published_at DESC, id DESC).
                move |doc, score| {
                    let published = published.as_ref().map_or(0, |c| c.get_val(doc));
                    let id = id.as_ref().map_or(0, |c| c.get_val(doc));
                    (if by_relevance { score } else { 0.0 }, published, id)
                }
            },
        );
        let (top, counts) = if counted {
            let (top, counts) = searcher.search(&found, &(top, collect::Counting)).map_err(failed("searching"))?;
            (top, Some(counts))
        } else {
            (searcher.search(&found, &top).map_err(failed("searching"))?, None)
        };
        Ok((top.into_iter().map(|((_, _, id), _)| id as i64).collect(), counts))
    }
}

fn words_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(64))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(Language::English))
        .build()
}

fn create(folder: &std::path::Path, schema: Schema) -> AppResult<Index> {
    if folder.exists() {
        std::fs::remove_dir_all(folder)
            .map_err(|err| AppError::internal(anyhow::anyhow!("removing the old search engine: {err}")))?;
    }
    std::fs::create_dir_all(folder)
        .map_err(|err| AppError::internal(anyhow::anyhow!("creating {}: {err}", folder.display())))?;
    Index::create_in_dir(folder, schema).map_err(failed("creating it"))
}

async fn queue_every_resource(pool: &DbPool) -> AppResult<usize> {
    let sql = "INSERT INTO text_index_outbox (resource_id) SELECT id FROM resources";
    db_write!(pool, |conn| Ok(diesel::sql_query(sql).execute(conn).await?))
}

/// Keeps the engine of `pool` in step while the process runs: takes in what other processes and
/// bulk loads queue, and what no search has taken in yet.
pub async fn keep(pool: DbPool) {
    let Some(index) = pool.text_index() else { return };
    loop {
        match index.catch_up(&pool, None).await {
            Ok(taken) if taken > 0 => tracing::info!(taken, "search engine: took in changes"),
            Ok(_) => {}
            Err(err) => tracing::error!("search engine: {err:?}"),
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}
