use super::{
    DbPool,
    deliveries::Outgoing,
    models::{Actor, NewActor},
    now,
    schema::actors,
};
use crate::{
    db_enqueue, db_run, db_tx, db_write,
    domain::accounts::DEMO_USERNAME,
    error::{AppError, AppResult},
};
use diesel::{ExpressionMethods, OptionalExtension, QueryDsl, SelectableHelper, upsert::excluded};
use diesel_async::RunQueryDsl;
use std::{
    cell::RefCell,
    collections::HashMap,
    sync::Mutex,
    time::{Duration, Instant},
};

pub async fn by_id(pool: &DbPool, id: i64) -> AppResult<Option<Actor>> {
    let read = READ.try_with(|read| read.borrow().values().find(|actor| actor.id == id).cloned());
    if let Ok(Some(known)) = read {
        return Ok(Some(known));
    }
    current(pool, id).await
}

/// An actor as stored right now, past the copies this process keeps ([`Recent`]): for the
/// decisions a copy up to [`Recent::FOR`] old must not make, such as whether a follow waits
/// for approval after another process changed that setting.
pub async fn current(pool: &DbPool, id: i64) -> AppResult<Option<Actor>> {
    let found: Option<Actor> =
        db_run!(pool, |conn| actors::table.find(id).select(Actor::as_select()).get_result(conn).await.optional()?);
    if let Some(actor) = &found {
        remember(pool, actor);
    }
    Ok(found)
}

tokio::task_local! {
    /// Actors read while one request is handled (see [`memoized`]).
    static READ: RefCell<HashMap<String, Actor>>;
}

/// Runs `work` remembering the actors it reads (keyed by ActivityPub id). Handling one activity asks
/// for its sender and its recipients several times over (verify, receive, addressing); within
/// one request the answer stays the same, except through this module's own writes, which keep
/// the memo up to date, and [`forget_read`] for writes elsewhere.
pub async fn memoized<F: Future>(work: F) -> F::Output {
    READ.scope(RefCell::default(), work).await
}

/// Actors this process read or wrote lately through one pool, shared by its requests and kept
/// for [`Recent::FOR`]: a busy inbox hears from the same senders, about the same local people,
/// many times a second, and these two lookups were a third of the statements an activity cost.
/// This process's own writes replace their entry at once (a read begun before one may still put
/// the older copy back, for at most as long); another process's (a second `cairn
/// serve` on the same PostgreSQL, a CLI command) are seen once the entry is older than
/// [`Recent::FOR`], as a remote server's edits are seen late anyway; a decision such a copy must
/// not make reads [`current`]. Absence is never kept: an actor stored elsewhere is found at once.
#[derive(Default)]
pub struct Recent(Mutex<HashMap<String, (Instant, Actor)>>);

impl Recent {
    const FOR: Duration = Duration::from_secs(10);
    /// About 2 KB each (a key is most of it): a few MB at most.
    const MAX: usize = 2_000;

    fn get(&self, ap_id: &str) -> Option<Actor> {
        let recent = self.0.lock().expect("recent actors lock");
        recent.get(ap_id).filter(|(at, _)| at.elapsed() < Self::FOR).map(|(_, actor)| actor.clone())
    }

    fn put(&self, actor: &Actor) {
        let mut recent = self.0.lock().expect("recent actors lock");
        if recent.len() >= Self::MAX {
            recent.retain(|_, (at, _)| at.elapsed() < Self::FOR);
            if recent.len() >= Self::MAX {
                recent.clear();
            }
        }
        recent.insert(actor.ap_id.clone(), (Instant::now(), actor.clone()));
    }

    fn clear(&self) {
        self.0.lock().expect("recent actors lock").clear();
    }
}

fn remember(pool: &DbPool, actor: &Actor) {
    let _ = READ.try_with(|read| read.borrow_mut().insert(actor.ap_id.clone(), actor.clone()));
    pool.recent_actors().put(actor);
}

/// Forgets what was read of actors, after a write to them outside this module.
pub fn forget_read(pool: &DbPool) {
    let _ = READ.try_with(|read| read.borrow_mut().clear());
    pool.recent_actors().clear();
}

pub async fn by_ap_id(pool: &DbPool, ap_id: &str) -> AppResult<Option<Actor>> {
    if let Ok(Some(known)) = READ.try_with(|read| read.borrow().get(ap_id).cloned()) {
        return Ok(Some(known));
    }
    if let Some(known) = pool.recent_actors().get(ap_id) {
        let _ = READ.try_with(|read| read.borrow_mut().insert(known.ap_id.clone(), known.clone()));
        return Ok(Some(known));
    }
    let found: Option<Actor> = db_run!(pool, |conn| actors::table
        .filter(actors::ap_id.eq(ap_id))
        .select(Actor::as_select())
        .get_result(conn)
        .await
        .optional()?);
    if let Some(actor) = &found {
        remember(pool, actor);
    }
    Ok(found)
}

/// `by_ap_id` for many: the known ones among `ap_ids`, those not read lately in one statement.
pub async fn by_ap_ids(pool: &DbPool, ap_ids: &[&str]) -> AppResult<Vec<Actor>> {
    let (mut known, mut missing) = (Vec::new(), Vec::new());
    for ap_id in ap_ids {
        match pool.recent_actors().get(ap_id) {
            Some(actor) => known.push(actor),
            None => missing.push(*ap_id),
        }
    }
    if !missing.is_empty() {
        let found: Vec<Actor> = db_run!(pool, |conn| actors::table
            .filter(actors::ap_id.eq_any(&missing))
            .select(Actor::as_select())
            .load(conn)
            .await?);
        found.iter().for_each(|actor| remember(pool, actor));
        known.extend(found);
    }
    Ok(known)
}

pub async fn local_by_username(pool: &DbPool, username: &str) -> AppResult<Option<Actor>> {
    let username = username.to_ascii_lowercase();
    db_run!(pool, |conn| Ok(actors::table
        .filter(actors::local.eq(true))
        .filter(actors::username.eq(&username))
        .select(Actor::as_select())
        .first(conn)
        .await
        .optional()?))
}

pub async fn remote_by_handle(pool: &DbPool, username: &str, domain: &str) -> AppResult<Option<Actor>> {
    db_run!(pool, |conn| Ok(actors::table
        .filter(actors::local.eq(false))
        .filter(actors::domain.eq(domain))
        .filter(actors::username.eq(username))
        .select(Actor::as_select())
        .first(conn)
        .await
        .optional()?))
}

pub async fn insert(pool: &DbPool, new: &NewActor) -> AppResult<Actor> {
    let actor: Actor = db_write!(pool, |conn| Ok(diesel::insert_into(actors::table)
        .values(new)
        .returning(Actor::as_returning())
        .get_result(conn)
        .await?))?;
    remember(pool, &actor);
    Ok(actor)
}

/// Stores what a remote server says about one of its actors, replacing what was known.
pub async fn upsert_remote(pool: &DbPool, new: &NewActor) -> AppResult<Actor> {
    let actor: Actor = db_write!(pool, |conn| Ok(diesel::insert_into(actors::table)
        .values(new)
        .on_conflict(actors::ap_id)
        .do_update()
        .set((
            actors::kind.eq(excluded(actors::kind)),
            actors::username.eq(excluded(actors::username)),
            actors::display_name.eq(excluded(actors::display_name)),
            actors::summary.eq(excluded(actors::summary)),
            actors::job_title.eq(excluded(actors::job_title)),
            actors::city.eq(excluded(actors::city)),
            actors::country.eq(excluded(actors::country)),
            actors::expertise.eq(excluded(actors::expertise)),
            actors::sectors.eq(excluded(actors::sectors)),
            actors::organisation.eq(excluded(actors::organisation)),
            actors::avatar_url.eq(excluded(actors::avatar_url)),
            actors::header_url.eq(excluded(actors::header_url)),
            actors::profile_url.eq(excluded(actors::profile_url)),
            actors::inbox.eq(excluded(actors::inbox)),
            actors::shared_inbox.eq(excluded(actors::shared_inbox)),
            actors::outbox.eq(excluded(actors::outbox)),
            actors::followers_url.eq(excluded(actors::followers_url)),
            actors::following_url.eq(excluded(actors::following_url)),
            actors::public_key_pem.eq(excluded(actors::public_key_pem)),
            actors::manually_approves.eq(excluded(actors::manually_approves)),
            actors::also_known_as.eq(excluded(actors::also_known_as)),
            actors::moved_to.eq(excluded(actors::moved_to)),
            actors::suspended_at_origin.eq(excluded(actors::suspended_at_origin)),
            actors::refreshed_at.eq(excluded(actors::refreshed_at)),
        ))
        .returning(Actor::as_returning())
        .get_result(conn)
        .await?))?;
    remember(pool, &actor);
    Ok(actor)
}

/// Local people (the `Person` actors of accounts), newest first.
/// The people who have an account here, newest first (the illustrative demo account is not one).
pub async fn local_people(pool: &DbPool, limit: i64) -> AppResult<Vec<Actor>> {
    db_run!(pool, |conn| Ok(actors::table
        .filter(actors::local.eq(true))
        .filter(actors::kind.eq("Person"))
        .filter(actors::username.ne(DEMO_USERNAME))
        .order(actors::id.desc())
        .limit(limit)
        .select(Actor::as_select())
        .load(conn)
        .await?))
}

/// Deletes a local actor with everything that is its own (its account, resources, posts,
/// follows: the schema cascades).
pub async fn delete_local(pool: &DbPool, id: i64) -> AppResult<()> {
    db_write!(pool, |conn| {
        diesel::delete(actors::table.filter(actors::id.eq(id)).filter(actors::local.eq(true))).execute(conn).await?;
        Ok(())
    })?;
    forget_read(pool);
    Ok(())
}

pub async fn local_people_count(pool: &DbPool) -> AppResult<i64> {
    db_run!(pool, |conn| Ok(actors::table
        .filter(actors::local.eq(true))
        .filter(actors::kind.eq("Person"))
        .filter(actors::username.ne(DEMO_USERNAME))
        .count()
        .get_result(conn)
        .await?))
}

pub struct ProfileChanges {
    pub display_name: String,
    pub summary: String,
    pub job_title: String,
    pub city: String,
    pub country: String,
    pub expertise: Vec<String>,
    pub sectors: Vec<String>,
    pub organisation: String,
    pub avatar_url: Option<String>,
    pub header_url: Option<String>,
    pub manually_approves: bool,
}

/// Saves a local profile and, in the same transaction, the `Update` that tells followers.
pub async fn update_profile(pool: &DbPool, id: i64, changes: &ProfileChanges, outgoing: &Outgoing) -> AppResult<Actor> {
    let expertise = serde_json::to_string(&changes.expertise).map_err(AppError::internal)?;
    let sectors = serde_json::to_string(&changes.sectors).map_err(AppError::internal)?;
    let actor = db_tx!(pool, |conn| {
        let actor = diesel::update(actors::table.find(id))
            .set((
                actors::display_name.eq(&changes.display_name),
                actors::summary.eq(&changes.summary),
                actors::job_title.eq(&changes.job_title),
                actors::city.eq(&changes.city),
                actors::country.eq(&changes.country),
                actors::expertise.eq(&expertise),
                actors::sectors.eq(&sectors),
                actors::organisation.eq(&changes.organisation),
                actors::avatar_url.eq(&changes.avatar_url),
                actors::header_url.eq(&changes.header_url),
                actors::manually_approves.eq(changes.manually_approves),
                actors::refreshed_at.eq(now()),
            ))
            .returning(Actor::as_returning())
            .get_result(conn)
            .await?;
        db_enqueue!(conn, outgoing);
        Ok(actor)
    })?;
    remember(pool, &actor);
    Ok(actor)
}

/// A local actor's other ids (`alsoKnownAs`), as an account that moves here names its old one.
pub async fn set_aliases(pool: &DbPool, id: i64, aliases: &[String]) -> AppResult<Actor> {
    let aliases = serde_json::to_string(aliases).map_err(AppError::internal)?;
    let actor: Actor = db_write!(pool, |conn| Ok(diesel::update(actors::table.find(id))
        .set((actors::also_known_as.eq(&aliases), actors::refreshed_at.eq(now())))
        .returning(Actor::as_returning())
        .get_result(conn)
        .await?))?;
    remember(pool, &actor);
    Ok(actor)
}

/// Records whether an account's own server suspended it.
pub async fn set_suspended_at_origin(pool: &DbPool, id: i64, suspended: bool) -> AppResult<()> {
    let actor = db_write!(pool, |conn| Ok(diesel::update(actors::table.find(id))
        // Fetched just now: not fetched again before the usual interval.
        .set((actors::suspended_at_origin.eq(suspended), actors::refreshed_at.eq(super::now())))
        .returning(Actor::as_returning())
        .get_result(conn)
        .await?))?;
    remember(pool, &actor);
    Ok(())
}

/// Records where an actor moved; for a local one, in the same transaction as the `Move` that
/// tells its followers.
pub async fn set_moved_to(pool: &DbPool, id: i64, moved_to: &str, outgoing: Option<&Outgoing>) -> AppResult<Actor> {
    let actor = db_tx!(pool, |conn| {
        let actor = diesel::update(actors::table.find(id))
            .set(actors::moved_to.eq(moved_to))
            .returning(Actor::as_returning())
            .get_result(conn)
            .await?;
        if let Some(outgoing) = outgoing {
            db_enqueue!(conn, outgoing);
        }
        Ok(actor)
    })?;
    remember(pool, &actor);
    Ok(actor)
}

pub async fn set_public_details(pool: &DbPool, id: i64, name: &str, summary: &str, country: &str) -> AppResult<Actor> {
    let actor: Actor = db_write!(pool, |conn| Ok(diesel::update(actors::table.find(id))
        .set((actors::display_name.eq(name), actors::summary.eq(summary), actors::country.eq(country)))
        .returning(Actor::as_returning())
        .get_result(conn)
        .await?))?;
    remember(pool, &actor);
    Ok(actor)
}

/// What the directory is asked for; empty fields do not filter.
#[derive(Debug, Clone, Default)]
pub struct DirectoryQuery {
    pub text: String,
    /// `person`, `organization` or `group`.
    pub kind: String,
    pub country: String,
    pub city: String,
    pub role: String,
    pub expertise: String,
    pub sector: String,
}

/// How many of the newest people a directory search with words checks first, before it asks
/// the index for older ones. A common word ("Heat planner" for every fifth person) matches
/// thousands, and the index had PostgreSQL and SQLite read them all to keep the newest 40
/// (BENCHMARKS.md).
const NEWEST_CHECKED: i64 = 1_000;

/// People, organisations and groups, local and known remote, matching every given filter,
/// newest first from before the row id `before`. The text is looked up by the beginnings of its
/// words: among the newest people first, then through the directory's index for older ones.
pub async fn directory(
    pool: &DbPool,
    query: &DirectoryQuery,
    limit: i64,
    before: Option<i64>,
) -> AppResult<Vec<Actor>> {
    use super::{lower, schema::groups};
    use diesel::{
        BoolExpressionMethods, TextExpressionMethods,
        dsl::sql,
        sql_types::{BigInt, Bool, Text},
    };
    let like = |value: &str| format!("%{}%", value.trim().to_lowercase().replace(['%', '_', '\\'], ""));
    let kinds: Vec<&str> = match query.kind.as_str() {
        "person" => vec!["Person"],
        "organization" | "organisation" => vec!["Organization"],
        "group" => vec!["Group"],
        _ => vec!["Person", "Organization", "Group"],
    };
    // A sector the taxonomy does not know matches nobody (and `%` or `_` in it nothing). The same
    // people for every visitor: people write their expertise as they like, and the taxonomy's
    // English label is what this filter has always matched.
    let sector = match query.sector.trim() {
        "" => None,
        sector => match crate::domain::taxonomy::TAXONOMY.english().sector_label(sector) {
            Some(label) => Some((format!("%\"{sector}\"%"), like(label))),
            None => return Ok(Vec::new()),
        },
    };
    let words = crate::domain::search::directory_words(&query.text);
    let matching = super::dialect::directory_match(pool.dialect(), &words);
    db_run!(pool, |conn| {
        let candidates = || {
            let mut q = actors::table
                .filter(actors::kind.eq_any(&kinds))
                .filter(actors::local.eq(false).or(actors::username.ne(DEMO_USERNAME)))
                .filter(super::blocks::actor_not_withdrawn())
                .into_boxed();
            if let Some(before) = before {
                q = q.filter(actors::id.lt(before));
            }
            if !query.country.trim().is_empty() {
                q = q.filter(actors::country.eq(query.country.trim().to_ascii_uppercase()));
            }
            if !query.city.trim().is_empty() {
                q = q.filter(lower(actors::city).like(like(&query.city)));
            }
            if !query.role.trim().is_empty() {
                q = q.filter(lower(actors::job_title).like(like(&query.role)));
            }
            if !query.expertise.trim().is_empty() {
                q = q.filter(lower(actors::expertise).like(like(&query.expertise)));
            }
            if let Some((listed, label)) = &sector {
                let in_groups = groups::table.filter(groups::sectors.like(listed.clone())).select(groups::actor_id);
                q = q.filter(
                    actors::id
                        .eq_any(in_groups)
                        .or(actors::sectors.like(listed.clone()))
                        .or(lower(actors::expertise).like(label.clone())),
                );
            }
            q.order(actors::id.desc())
        };
        if words.is_empty() {
            return Ok(candidates().limit(limit).select(Actor::as_select()).load(conn).await?);
        }
        let oldest_checked: Option<i64> =
            candidates().offset(NEWEST_CHECKED - 1).select(actors::id).first(conn).await.optional()?;
        // With fewer candidates than that, every one is among the newest.
        let (words_before, oldest_before, after) = matching.newest;
        let among_newest = sql::<Bool>(words_before)
            .bind::<Text, _>(matching.bind.clone())
            .sql(oldest_before)
            .bind::<BigInt, _>(oldest_checked.unwrap_or(0))
            .sql(after);
        let mut found: Vec<Actor> =
            candidates().filter(among_newest).limit(limit).select(Actor::as_select()).load(conn).await?;
        let wanted = limit - found.len() as i64;
        if let Some(oldest) = oldest_checked
            && wanted > 0
        {
            let (before_bind, after_bind) = matching.indexed;
            let words_in = sql::<Bool>(before_bind).bind::<Text, _>(matching.bind.clone()).sql(after_bind);
            let older = candidates().filter(actors::id.lt(oldest)).filter(words_in);
            found.extend(older.limit(wanted).select(Actor::as_select()).load::<Actor>(conn).await?);
        }
        Ok(found)
    })
}
