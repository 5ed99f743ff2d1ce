//! Reading another server's outbox page after page, taking each activity of its owner as the
//! inbox would: a subscribed node's whole history (a subscription's backfill) and a followed
//! actor's back catalogue. Progress is saved after every page, so a restart resumes the reading.

use super::{
    catalogue,
    jobs::JobLease,
    resources::{AnnouncedPage, Announcer, prepare_announced, store_announced, take_announced},
    subscriptions,
};
use crate::{
    db::{
        now,
        subscriptions::{DONE, FAILED, Progress, RUNNING},
    },
    domain::handle::host_of_url,
    error::{AppError, AppResult, ErrorKind},
    federation::{Data, protocol::id_of},
};
use activitypub_federation::fetch::fetch_object_http;
use cairn_templates::i18n::t;
use serde_json::Value;
use std::{
    collections::{HashSet, VecDeque},
    hash::{BuildHasher, RandomState},
    time::Duration,
};
use tokio_util::task::AbortOnDropHandle;
use url::Url;

/// Pages read before giving up on one that keeps failing.
const PAGE_ATTEMPTS: u32 = 3;

/// A reading of an outbox, and where it starts (or resumes).
pub struct Walk<'a> {
    /// Whose activities are taken; anything else on its pages is passed over.
    pub owner: &'a Url,
    /// The page to read next: the outbox itself at first.
    pub next: String,
    pub total: Option<i64>,
    pub done: i64,
    /// Where the reading stops, and the setting that says so (named in the message).
    pub max_pages: u64,
    pub max_items: u64,
    pub limits_setting: &'static str,
    /// How a reading stopped by a limit is recorded: for a backfill, a failure to show the
    /// admin; for a catalogue, which reads the newest items only, the normal end.
    pub state_at_limit: &'static str,
    /// Whether the objects embedded in the owner's Announces are as they are now (a Cairn
    /// node's outbox renders them when read). An actor's outbox keeps its activities as sent,
    /// so what it announced is read again from its origin: edited since, or gone.
    pub announced_copies_current: bool,
}

/// The background readings, each run by one process of the cluster at a time.
#[derive(Clone, Copy, Debug)]
pub enum Reading {
    /// A subscription's backfill, by subscription id.
    Backfill(i64),
    /// A followed actor's back catalogue, by actor id.
    Catalogue(i64),
}

/// Runs (or resumes) a reading in the background, unless another process of the cluster runs it.
pub fn spawn(data: &Data, reading: Reading) {
    let data = data.reset_request_count();
    tokio::spawn(async move {
        // A holder per run, so that a second run of it in this process waits as one elsewhere does
        // (a running reading is still unfinished when the next minute comes).
        let holder = format!("{}/{}", data.process, data.new_token());
        let job = match reading {
            Reading::Backfill(id) => format!("backfill-{id}"),
            Reading::Catalogue(id) => format!("catalogue-{id}"),
        };
        let mut lease = match JobLease::take(&data.db, &job, &holder).await {
            Ok(Some(lease)) => lease,
            Ok(None) => return,
            Err(error) => return tracing::warn!("{job}: {}", error.message),
        };
        let ran = match reading {
            Reading::Backfill(id) => subscriptions::backfill(&data, id, &mut lease).await,
            Reading::Catalogue(id) => catalogue::read(&data, id, &mut lease).await,
        };
        if let Err(error) = &ran {
            tracing::warn!("{job} stopped: {}", error.message);
        }
        if let Err(error) = lease.end(&data.db).await {
            tracing::warn!("{job}: {}", error.message);
        }
        // A backfill can add many rows at once: refresh the planner's statistics for search
        // (after the lease is given up: the reading itself is over).
        if let (Reading::Backfill(_), Ok(())) = (reading, ran)
            && let Err(error) = data.db.analyze().await
        {
            tracing::warn!("{job}: {}", error.message);
        }
    });
}

/// Resumes, once a minute, the readings no process is running: those a restart or the crash
/// of another process interrupted.
pub async fn resume(data: Data) {
    loop {
        let unfinished = async || -> AppResult<Vec<Reading>> {
            let backfills = crate::db::subscriptions::unfinished_backfills(&data.db).await?;
            let catalogues = crate::db::catalogues::unfinished(&data.db).await?;
            Ok(backfills
                .iter()
                .map(|s| Reading::Backfill(s.id))
                .chain(catalogues.into_iter().map(Reading::Catalogue))
                .collect())
        };
        match unfinished().await {
            Ok(readings) => readings.into_iter().for_each(|reading| spawn(&data, reading)),
            Err(error) => tracing::error!("outbox readings: {error:?}"),
        }
        tokio::time::sleep(Duration::from_secs(60)).await;
    }
}

/// Where a reading's progress is kept. A reading whose row is gone (a subscription ended while its
/// backfill ran) stops: whose Announces it takes is found once, when it starts, so this is where
/// it learns that nothing more is to be taken.
/// Saved only while this process still holds the reading (`lease`).
async fn save_progress(data: &Data, reading: Reading, lease: &mut JobLease, progress: &Progress<'_>) -> AppResult<()> {
    still_held(data, lease).await?;
    let kept = match reading {
        Reading::Backfill(id) => crate::db::subscriptions::save_progress(&data.db, id, progress, now()).await?,
        Reading::Catalogue(id) => crate::db::catalogues::save_progress(&data.db, id, progress, now()).await?,
    };
    match kept {
        true => Ok(()),
        false => Err(AppError::new(ErrorKind::NotFound, t("this-reading-was-ended"))),
    }
}

/// Reads from `walk.next` to the outbox's end or a limit, saving progress after every page.
/// Runs while `lease` holds.
pub async fn walk(data: &Data, reading: Reading, walk: Walk<'_>, lease: &mut JobLease) -> AppResult<()> {
    let Walk { owner, mut next, mut total, mut done, .. } = walk;
    // Only what the owner's own server serves speaks for the owner.
    let outbox_host = Url::parse(&next).map(|u| host_of_url(&u)).unwrap_or_default();
    if outbox_host != host_of_url(owner) {
        let message = format!("{next}: the outbox is not on {owner}'s server");
        save_progress(
            data,
            reading,
            lease,
            &Progress { state: FAILED, next: None, total, done, error: Some(&message) },
        )
        .await?;
        return Err(AppError::forbidden(message));
    }
    let mut taking = Taking {
        data,
        owner,
        announcer: Announcer::of(data, owner).await?,
        announced_copies_current: walk.announced_copies_current,
        max_items: walk.max_items,
        met: Met::default(),
        storing: Storing::default(),
    };
    let mut pages = 0u64;
    // The next page, fetched while this one is taken (and given up with the reading).
    let mut ahead: Option<AbortOnDropHandle<AppResult<Value>>> = None;
    let read: AppResult<()> = async {
        loop {
            // With no page being stored, everything before this one is: progress names it before
            // it is read. Otherwise that is said once the pages before are stored, below.
            if taking.storing.is_idle() {
                let progress = Progress { state: RUNNING, next: Some(&next), total, done, error: None };
                save_progress(data, reading, lease, &progress).await?;
            }
            let fetched = match ahead.take() {
                Some(reading) => reading.await.map_err(AppError::internal)?,
                None => read_page(data.reset_request_count(), next.clone()).await,
            };
            let mut page = match fetched {
                Ok(page) => page,
                Err(error) => {
                    let message = format!("{next}: {}", error.message);
                    if let Err(stored) = taking.storing.finish().await {
                        tracing::warn!("outbox of {owner}: {message}");
                        return Err(stored);
                    }
                    let progress = Progress { state: FAILED, next: Some(&next), total, done, error: Some(&message) };
                    save_progress(data, reading, lease, &progress).await?;
                    return Err(error);
                }
            };
            total = total.or(page["totalItems"].as_i64());
            // A collection's first page, or the page after this one.
            let following =
                page["first"].as_str().or(page["next"].as_str()).map(str::to_string).filter(|url| *url != next);
            let on_outbox_server =
                |url: &str| Url::parse(url).ok().map(|u| host_of_url(&u)).as_ref() == Some(&outbox_host);
            if let Some(url) = following.clone().filter(|url| on_outbox_server(url) && pages + 1 < walk.max_pages) {
                ahead = Some(AbortOnDropHandle::new(tokio::spawn(read_page(data.reset_request_count(), url))));
            }
            // Taken, not copied; a page that is not a JSON object has none.
            let mut taken = |key: &str| page.get_mut(key).map(Value::take);
            let items = match (taken("orderedItems"), taken("items")) {
                (Some(Value::Array(items)), _) | (_, Some(Value::Array(items))) => items,
                _ => Vec::new(),
            };
            let prepared = taking.items(items, &mut done, lease).await?;
            // Room for this page's store; everything before the first page still being stored
            // is stored, so a reading resumed from there loses nothing.
            taking.storing.finish_until(STORES_AT_ONCE - 1).await?;
            if let Some(resume) = taking.storing.reached.take() {
                let progress =
                    Progress { state: RUNNING, next: Some(&resume.next), total, done: resume.done, error: None };
                save_progress(data, reading, lease, &progress).await?;
            }
            pages += 1;
            // Pages stay on the outbox's server, and an endless outbox ends somewhere.
            let stop = match following {
                None => Some((DONE, None)),
                Some(url) if !on_outbox_server(&url) => {
                    Some((FAILED, Some(format!("{url}: the next page is not on the outbox's server"))))
                }
                // At a limit with every item the collection counts, it is read: its last page, full,
                // may still link to an empty one.
                Some(_) if pages >= walk.max_pages || done as u64 >= walk.max_items => {
                    if total.is_some_and(|total| done >= total) {
                        Some((DONE, None))
                    } else {
                        let setting = walk.limits_setting;
                        let message = format!("stopped after {pages} pages and {done} items ({setting})");
                        Some((walk.state_at_limit, Some(message)))
                    }
                }
                Some(url) => {
                    next = url;
                    None
                }
            };
            let Some((state, message)) = stop else {
                // A page with nothing to store (an actor's Creates, taken one by one) starts no
                // store, so that its reading, idle, saves its progress before the next page.
                if !prepared.is_empty() {
                    let data = data.reset_request_count();
                    let resume = Resume { next: next.clone(), done };
                    taking.storing.start(async move { store_announced(&data, prepared).await }, resume);
                }
                continue;
            };
            taking.storing.finish().await?;
            store_announced(data, prepared).await?;
            if let Some(message) = &message {
                tracing::info!("outbox of {owner}: {message}");
            }
            let progress = Progress { state, next: None, total, done, error: message.as_deref() };
            return save_progress(data, reading, lease, &progress).await;
        }
    }
    .await;
    // However the reading ended, the pages being stored are finished before `walk` returns (and the
    // reading's lease is given up): no store of this reading outlives it. A store writes the
    // page's rows whoever reads the outbox next, so one finished after the lease was lost to
    // another process writes what that process writes too.
    drop(ahead);
    let stored = taking.storing.finish().await;
    if let (Err(_), Err(error)) = (&read, &stored) {
        tracing::warn!("outbox of {owner}: storing a page: {}", error.message);
    }
    read.and(stored)
}

/// What a reading keeps from page to page to take the owner's items.
struct Taking<'a> {
    data: &'a Data,
    owner: &'a Url,
    announcer: Announcer,
    /// As `Walk::announced_copies_current`: what the owner announced is then taken a page at a time.
    announced_copies_current: bool,
    max_items: u64,
    /// Newest first: an object already met (updated or deleted later) is not taken again older.
    met: Met,
    /// The pages before, stored while this one is read and prepared: the database's work and this
    /// process's overlap.
    storing: Storing,
}

impl Taking<'_> {
    /// Takes a page's items in the outbox's order, counting them in `done` up to the reading's
    /// limit, and gives what they announced, prepared to be stored. An item that is not batched
    /// is taken once what was announced before it is stored.
    async fn items(&mut self, items: Vec<Value>, done: &mut i64, lease: &mut JobLease) -> AppResult<AnnouncedPage> {
        let (data, owner) = (self.data, self.owner);
        let mut announced = Vec::new();
        for item in items {
            if *done as u64 >= self.max_items {
                break;
            }
            still_held(data, lease).await?;
            let batched = self.announced_copies_current && item["type"] == "Announce";
            if !batched {
                self.storing.finish().await?;
                if !announced.is_empty() {
                    take_announced(data, owner, &self.announcer, std::mem::take(&mut announced)).await?;
                }
            }
            let copies_current = self.announced_copies_current;
            if let Err(error) = take_item(data, owner, item, copies_current, &mut self.met, &mut announced).await {
                tracing::info!("outbox of {owner}: an item was not taken: {}", error.message);
            }
            *done += 1;
        }
        prepare_announced(data, owner, &self.announcer, announced).await
    }
}

/// Pages stored at once, each in its own transaction: while one page is stored, the next is, on
/// another of the database's cores, and the one after is read and prepared here. On PostgreSQL
/// a single store left the machine's cores idle a quarter of a backfill (`perf`).
const STORES_AT_ONCE: usize = 2;

/// Where a reading resumes once a page and every page before it are stored.
struct Resume {
    next: String,
    done: i64,
}

/// The pages being stored in the background, oldest first, and where a reading resumes after
/// those that finished (kept until progress is saved, whoever waited for them).
#[derive(Default)]
struct Storing {
    pages: VecDeque<(tokio::task::JoinHandle<AppResult<()>>, Resume)>,
    reached: Option<Resume>,
}

impl Storing {
    fn start(&mut self, work: impl Future<Output = AppResult<()>> + Send + 'static, resume: Resume) {
        debug_assert!(self.pages.len() < STORES_AT_ONCE, "at most STORES_AT_ONCE pages are stored at once");
        self.pages.push_back((tokio::spawn(work), resume));
    }

    fn is_idle(&self) -> bool {
        self.pages.is_empty()
    }

    /// Waits for the oldest pages being stored until at most `left` are, and says how that went.
    /// Every page is waited for, even after one failed, and never aborted: a page's store is best
    /// finished. Only pages stored after every page before them move `reached` on.
    async fn finish_until(&mut self, left: usize) -> AppResult<()> {
        let mut stored = Ok(());
        while self.pages.len() > left {
            let Some((work, after)) = self.pages.pop_front() else { break };
            match work.await.map_err(AppError::internal).and_then(|r| r) {
                Ok(()) if stored.is_ok() => self.reached = Some(after),
                Ok(()) => {}
                Err(error) => stored = stored.and(Err(error)),
            }
        }
        stored
    }

    /// Waits for every page being stored.
    async fn finish(&mut self) -> AppResult<()> {
        self.finish_until(0).await
    }
}

/// Whether this process still holds the reading: an error to stop it with if another has taken it.
async fn still_held(data: &Data, lease: &mut JobLease) -> AppResult<()> {
    match lease.keep(&data.db).await? {
        true => Ok(()),
        false => Err(AppError::new(ErrorKind::Conflict, t("another-process-has-taken-this-reading-over"))),
    }
}

async fn read_page(data: Data, url: String) -> AppResult<Value> {
    let url = Url::parse(&url)?;
    let mut attempt = 0;
    loop {
        match fetch_object_http::<_, Value>(&url, &data).await {
            Ok(page) => return Ok(page.object),
            Err(error) if attempt + 1 < PAGE_ATTEMPTS => {
                attempt += 1;
                tracing::info!("outbox page {url} failed ({error}); trying again");
                tokio::time::sleep(Duration::from_secs(u64::from(attempt))).await;
            }
            Err(error) => return Err(error.into()),
        }
    }
}

/// The objects a reading has met, as hashes of their ids keyed by this process: 8 bytes each and
/// the set's room, where their URLs took about 150 (15 MB in a backfill of 101,000;
/// BENCHMARKS.md). No server can choose ids that collide without the keys; two that did would
/// leave the older object untaken, nothing more.
#[derive(Default)]
struct Met {
    keys: RandomState,
    hashes: HashSet<u64>,
}

impl Met {
    /// Whether `id` is met for the first time.
    fn first(&mut self, id: &Url) -> bool {
        self.hashes.insert(self.keys.hash_one(id.as_str()))
    }
}

/// One outbox item, taken as the inbox would take it from its owner: what it created, updated
/// or passed on. An object met before on the way back in time is not taken again. Objects
/// announced as they are now are put in `announced`, to be taken with the rest of the page.
async fn take_item(
    data: &Data,
    owner: &Url,
    mut item: Value,
    announced_copies_current: bool,
    met: &mut Met,
    announced: &mut Vec<Value>,
) -> AppResult<()> {
    // The kind as one of these, so that the object can be taken out of the item after.
    const TAKEN: [&str; 4] = ["Announce", "Create", "Update", "Delete"];
    let kind = item["type"].as_str().and_then(|kind| TAKEN.into_iter().find(|taken| *taken == kind));
    let Some(kind) = kind.filter(|_| item.get("actor").and_then(id_of).as_ref() == Some(owner)) else {
        return Ok(());
    };
    let Some(object_id) = item.get("object").and_then(id_of) else { return Ok(()) };
    if !met.first(&object_id) {
        return Ok(());
    }
    let object = item.get_mut("object").map(Value::take).unwrap_or_default();
    match kind {
        "Announce" if announced_copies_current => {
            announced.push(object);
            Ok(())
        }
        "Announce" => super::resources::receive_announced(data, owner, Value::String(object_id.into())).await,
        "Create" if object.is_object() => super::resources::receive_created(data, owner, object).await,
        "Update" if object.is_object() => super::resources::receive_updated(data, owner, object).await,
        _ => Ok(()),
    }
}
