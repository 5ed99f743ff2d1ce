//! Posts (group discussions, replies, the social feed) and the timelines that mix them with
//! resources and events.

use super::{
    DbPool,
    blocks::{SILENCED_FOR, WITHDRAWN_AUTHORS},
    deliveries::Outgoing,
    dialect::{Bind, placeholders},
    follows::ACCEPTED,
    models::{Actor, NewPost, Post},
    schema::{actors, posts},
};
use crate::{db_enqueue, db_run, db_tx, db_write, error::AppResult};
use diesel::{ExpressionMethods, JoinOnDsl, OptionalExtension, QueryDsl, SelectableHelper};
use diesel_async::RunQueryDsl;

/// Stores a received post, or updates the stored one from a repeated arrival; whether it was
/// new. A new post, the common case, costs one statement: the insert says itself whether it
/// found the post there already.
pub async fn store_received(pool: &DbPool, new: &NewPost) -> AppResult<(Post, bool)> {
    db_write!(pool, |conn| {
        let inserted: Option<Post> = super::dialect::Prepared(
            diesel::insert_into(posts::table).values(new).on_conflict_do_nothing().returning(Post::as_returning()),
        )
        .get_result(conn)
        .await
        .optional()?;
        if let Some(post) = inserted {
            return Ok((post, true));
        }
        let stored = posts::table.filter(posts::ap_id.eq(&new.ap_id));
        let content = (
            posts::content_html.eq(&new.content_html),
            posts::tags.eq(&new.tags),
            posts::mentions.eq(&new.mentions),
            posts::attachments.eq(&new.attachments),
            posts::updated_at.eq(new.updated_at),
        );
        // An arrival through a group places the post; one from its author leaves it where it is.
        let updated = match new.group_id {
            Some(group_id) => {
                let placed = (posts::group_id.eq(group_id), posts::visibility.eq(&new.visibility));
                diesel::update(stored).set((content, placed)).returning(Post::as_returning()).get_result(conn).await?
            }
            None => diesel::update(stored).set(content).returning(Post::as_returning()).get_result(conn).await?,
        };
        Ok((updated, false))
    })
}

/// Stores a local post, gives it its page URL (which needs its row id), and queues the
/// activities `announce` builds from the stored row.
pub async fn create_local(
    pool: &DbPool,
    new: &NewPost,
    url_of: impl Fn(i64) -> String + Send + Sync,
    announce: impl Fn(&Post) -> AppResult<Vec<Outgoing>> + Send + Sync,
) -> AppResult<Post> {
    db_tx!(pool, |conn| {
        let id: i64 = diesel::insert_into(posts::table).values(new).returning(posts::id).get_result(conn).await?;
        let row: Post = diesel::update(posts::table.find(id))
            .set(posts::url.eq(url_of(id)))
            .returning(Post::as_returning())
            .get_result(conn)
            .await?;
        for outgoing in announce(&row)? {
            db_enqueue!(conn, &outgoing);
        }
        Ok(row)
    })
}

/// A group's posts become another's (the group it moved to).
pub async fn reassign_group(pool: &DbPool, from: i64, to: i64) -> AppResult<usize> {
    db_write!(pool, |conn| Ok(diesel::update(posts::table.filter(posts::group_id.eq(from)))
        .set(posts::group_id.eq(to))
        .execute(conn)
        .await?))
}

pub async fn delete(pool: &DbPool, id: i64, outgoing: &[Outgoing]) -> AppResult<()> {
    db_tx!(pool, |conn| {
        diesel::delete(posts::table.find(id)).execute(conn).await?;
        for outgoing in outgoing {
            db_enqueue!(conn, outgoing);
        }
        Ok(())
    })
}

pub async fn by_id(pool: &DbPool, id: i64) -> AppResult<Option<Post>> {
    db_run!(pool, |conn| Ok(posts::table.find(id).select(Post::as_select()).get_result(conn).await.optional()?))
}

pub async fn by_ap_id(pool: &DbPool, ap_id: &str) -> AppResult<Option<Post>> {
    db_run!(pool, |conn| Ok(posts::table
        .filter(posts::ap_id.eq(ap_id))
        .select(Post::as_select())
        .get_result(conn)
        .await
        .optional()?))
}

/// Posts with their authors, in the order of `ids`.
pub async fn with_authors(pool: &DbPool, ids: &[i64]) -> AppResult<Vec<(Post, Actor)>> {
    let rows: Vec<(Post, Actor)> = db_run!(pool, |conn| posts::table
        .inner_join(actors::table.on(actors::id.eq(posts::author_id)))
        .filter(posts::id.eq_any(ids))
        .select((Post::as_select(), Actor::as_select()))
        .load(conn)
        .await?);
    Ok(ids.iter().filter_map(|id| rows.iter().find(|(p, _)| p.id == *id).cloned()).collect())
}

/// A group's posts, newest first (replies included), with ids below `before`.
pub async fn of_group(pool: &DbPool, group_id: i64, before: Option<i64>, limit: i64) -> AppResult<Vec<(Post, Actor)>> {
    db_run!(pool, |conn| {
        let mut query = posts::table
            .inner_join(actors::table.on(actors::id.eq(posts::author_id)))
            .filter(posts::group_id.eq(group_id))
            .into_boxed();
        if let Some(before) = before {
            query = query.filter(posts::id.lt(before));
        }
        Ok(query
            .order(posts::id.desc())
            .limit(limit)
            .select((Post::as_select(), Actor::as_select()))
            .load(conn)
            .await?)
    })
}

/// Replies to an object (post, resource or event), oldest first, but those of suspended accounts.
pub async fn replies_to(pool: &DbPool, ap_id: &str) -> AppResult<Vec<(Post, Actor)>> {
    db_run!(pool, |conn| Ok(posts::table
        .inner_join(actors::table.on(actors::id.eq(posts::author_id)))
        .filter(posts::in_reply_to.eq(ap_id))
        .filter(actors::suspended.eq(false))
        .filter(actors::suspended_at_origin.eq(false))
        .order(posts::id)
        .limit(200)
        .select((Post::as_select(), Actor::as_select()))
        .load(conn)
        .await?))
}

/// How many replies each of `ap_ids` has from accounts not suspended, as (ap_id, count); one
/// without replies is not listed.
pub async fn reply_counts(pool: &DbPool, ap_ids: &[String]) -> AppResult<Vec<(String, i64)>> {
    if ap_ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<(Option<String>, i64)> = db_run!(pool, |conn| posts::table
        .inner_join(actors::table.on(actors::id.eq(posts::author_id)))
        .filter(posts::in_reply_to.eq_any(ap_ids))
        .filter(actors::suspended.eq(false))
        .filter(actors::suspended_at_origin.eq(false))
        .group_by(posts::in_reply_to)
        .select((posts::in_reply_to, diesel::dsl::count_star()))
        .load(conn)
        .await?);
    Ok(rows.into_iter().filter_map(|(ap_id, n)| Some((ap_id?, n))).collect())
}

/// Which stream a timeline shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Timeline {
    /// What the actor follows, the groups it joined, posts mentioning it, and its own.
    Home { actor_id: i64, ap_id: String },
    /// Public posts, resources and events of this node.
    Local,
    /// Everything public this node knows.
    Federated,
    /// Public posts with a hashtag.
    Tag(String),
}

/// One entry of a timeline: `kind` is `post`, `resource` or `event`.
#[derive(Debug, Clone, diesel::QueryableByName)]
pub struct Entry {
    #[diesel(sql_type = diesel::sql_types::Text)]
    pub kind: String,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub id: i64,
    #[diesel(sql_type = diesel::sql_types::Timestamp)]
    pub published: chrono::NaiveDateTime,
}

impl Entry {
    pub fn position(&self) -> Position {
        Position { kind: self.kind.clone(), key: super::TimeKey { at: self.published, id: self.id } }
    }
}

/// The kinds of a timeline's entries, each from its own table.
const ENTRY_KINDS: [&str; 3] = ["post", "resource", "event"];

/// An entry's place in a timeline, which runs newest first by publication time, then kind, then
/// id. Cursors write it as `<seconds>.<nanoseconds>.<kind>.<id>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    pub kind: String,
    pub key: super::TimeKey,
}

impl std::fmt::Display for Position {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let time = super::TimeKey::write_time(self.key.at);
        write!(f, "{time}.{}.{}", self.kind, self.key.id)
    }
}

impl std::str::FromStr for Position {
    type Err = ();
    fn from_str(cursor: &str) -> Result<Position, ()> {
        let (time_and_kind, id) = cursor.rsplit_once('.').ok_or(())?;
        let (time, kind) = time_and_kind.rsplit_once('.').ok_or(())?;
        let (seconds, nanos) = time.split_once('.').ok_or(())?;
        let at = super::TimeKey::read_time(seconds, nanos).ok_or(())?;
        if !ENTRY_KINDS.contains(&kind) {
            return Err(());
        }
        Ok(Position { kind: kind.to_string(), key: super::TimeKey { at, id: id.parse().map_err(|_| ())? } })
    }
}

/// Which part of a timeline a page shows: entries older than one position and newer than
/// another. With `closest_newer`, the page holds the entries just newer than `newer_than`
/// (what a poller that has seen it asks for next) rather than the newest ones.
#[derive(Debug, Clone, Default)]
pub struct Span {
    pub older_than: Option<Position>,
    pub newer_than: Option<Position>,
    pub closest_newer: bool,
}

impl Span {
    pub fn older_than(position: Option<Position>) -> Span {
        Span { older_than: position, ..Span::default() }
    }
}

/// A LIKE pattern finding `value` as a JSON string in a JSON list column, with LIKE's own
/// wildcards escaped (`_` is common in names and tags).
pub fn like_json(value: &str) -> String {
    let quoted = serde_json::to_string(value).unwrap_or_default();
    format!("%{}%", quoted.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"))
}

/// The condition that keeps a `kind` table's rows on the far side of `at` in the timeline's
/// order: older than it, or (`older` false) newer. The kind is known for the whole table, so
/// the condition is on time and id only, which the table's (published_at, id) index serves.
fn beyond(kind: &str, at: &Position, older: bool, alias: &str, binds: &mut Vec<Bind>) -> String {
    use std::cmp::Ordering;
    let cmp = if older { "<" } else { ">" };
    let published = Bind::Timestamp(at.key.at);
    match kind.cmp(at.kind.as_str()) {
        // The first condition repeats the rest as a range the index can start from.
        Ordering::Equal => {
            binds.extend([published.clone(), published.clone(), published, Bind::Int(at.key.id)]);
            format!(
                "{alias}.published_at {cmp}= ? AND ({alias}.published_at {cmp} ? \
                 OR ({alias}.published_at = ? AND {alias}.id {cmp} ?))"
            )
        }
        // At the same time, this kind sorts on the far side of `at`'s kind: that time is in.
        order if (order == Ordering::Less) == older => {
            binds.push(published);
            format!("{alias}.published_at {cmp}= ?")
        }
        _ => {
            binds.push(published);
            format!("{alias}.published_at {cmp} ?")
        }
    }
}

/// A page of a timeline, newest first. A public timeline read by `viewer` (an actor id) also
/// leaves out whom the viewer blocks or mutes. Each table gives at most a page of its own,
/// read through its time index from the span's edge, so a page costs the same at any depth.
pub async fn timeline(
    pool: &DbPool,
    timeline: &Timeline,
    viewer: Option<i64>,
    span: &Span,
    limit: i64,
) -> AppResult<Vec<Entry>> {
    let followed = format!("SELECT followed_id FROM follows WHERE follower_id = ? AND state = '{ACCEPTED}'");
    // A city's followers see everything published on that city's node.
    let followed_nodes = format!(
        "SELECT a.domain FROM actors a JOIN follows f ON f.followed_id = a.id \
         WHERE f.follower_id = ? AND f.state = '{ACCEPTED}' AND a.kind = 'Organization'"
    );
    let public_post = "p.visibility = 'public'";
    // Public streams leave out limited and suspended accounts and limited domains, and whom
    // the viewer silenced.
    let (withdrawn, withdrawn_binds) = match viewer {
        Some(id) => (format!("{WITHDRAWN_AUTHORS} UNION {SILENCED_FOR}"), vec![Bind::Int(id); 2]),
        None => (WITHDRAWN_AUTHORS.to_string(), Vec::new()),
    };
    // Each kind's condition with its binds; a kind the timeline never shows is left out.
    let conditions: [Option<(String, Vec<Bind>)>; 3] = match timeline {
        Timeline::Home { actor_id, ap_id } => {
            // What the person blocks or mutes stays out, and so do suspended accounts; limited
            // ones stay in: their followers still see them. (The first condition is the partial
            // index's, so the index serves.)
            let hidden = format!(
                "SELECT id FROM actors WHERE (limited OR suspended OR suspended_at_origin) \
                 AND (suspended OR suspended_at_origin) UNION {SILENCED_FOR}"
            );
            let me = Bind::Int(*actor_id);
            let mut post_binds = vec![me.clone(); 3];
            post_binds.extend([Bind::Text(like_json(ap_id)), me.clone(), me.clone()]);
            [
                Some((
                    format!(
                        "(p.author_id = ? OR p.group_id IN ({followed}) \
                         OR (p.author_id IN ({followed}) AND ({public_post} OR (p.group_id IS NULL AND p.visibility = 'followers'))) \
                         OR p.mentions LIKE ? ESCAPE '\\') AND p.author_id NOT IN ({hidden})"
                    ),
                    post_binds,
                )),
                Some((
                    format!(
                        "(r.author_id = ? OR r.author_id IN ({followed}) OR r.origin IN ({followed_nodes})) \
                         AND r.author_id NOT IN ({hidden})"
                    ),
                    vec![me.clone(); 5],
                )),
                Some((
                    format!(
                        "(e.organizer_id = ? OR e.organizer_id IN ({followed}) OR e.origin IN ({followed_nodes})) \
                         AND e.organizer_id NOT IN ({hidden})"
                    ),
                    vec![me; 5],
                )),
            ]
        }
        Timeline::Local | Timeline::Federated => {
            let local = |table: &str| match timeline {
                Timeline::Local => format!("{table}.local AND "),
                _ => String::new(),
            };
            [
                Some((
                    format!("{}{public_post} AND p.author_id NOT IN ({withdrawn})", local("p")),
                    withdrawn_binds.clone(),
                )),
                Some((format!("{}r.author_id NOT IN ({withdrawn})", local("r")), withdrawn_binds.clone())),
                Some((format!("{}e.organizer_id NOT IN ({withdrawn})", local("e")), withdrawn_binds)),
            ]
        }
        Timeline::Tag(tag) => {
            let mut binds = vec![Bind::Text(like_json(tag))];
            binds.extend(withdrawn_binds);
            [
                Some((
                    format!("{public_post} AND p.tags LIKE ? ESCAPE '\\' AND p.author_id NOT IN ({withdrawn})"),
                    binds,
                )),
                None,
                None,
            ]
        }
    };
    let oldest_first = span.closest_newer && span.newer_than.is_some();
    let direction = if oldest_first { "ASC" } else { "DESC" };
    let mut binds: Vec<Bind> = Vec::new();
    let mut pages: Vec<String> = Vec::new();
    for ((kind, (table, alias)), condition) in
        ENTRY_KINDS.iter().zip([("posts", "p"), ("resources", "r"), ("events", "e")]).zip(conditions)
    {
        let Some((mut condition, kind_binds)) = condition else { continue };
        binds.extend(kind_binds);
        for (edge, older) in [(&span.older_than, true), (&span.newer_than, false)] {
            if let Some(edge) = edge {
                condition = format!("{condition} AND {}", beyond(kind, edge, older, alias, &mut binds));
            }
        }
        binds.push(Bind::Int(limit));
        pages.push(format!(
            "SELECT * FROM (SELECT '{kind}' AS kind, {alias}.id AS id, {alias}.published_at AS published \
             FROM {table} {alias} WHERE {condition} \
             ORDER BY {alias}.published_at {direction}, {alias}.id {direction} LIMIT ?) AS {table}_page"
        ));
    }
    binds.push(Bind::Int(limit));
    let sql = placeholders(
        pool.dialect(),
        &format!(
            "{} ORDER BY published {direction}, kind {direction}, id {direction} LIMIT ?",
            pages.join(" UNION ALL ")
        ),
    );
    let mut entries = db_run!(pool, |conn| crate::load_sql!(conn, &sql, &binds, Entry));
    if oldest_first {
        entries.reverse();
    }
    Ok(entries)
}

/// Where an entry stands in the timelines, if it is still there.
pub async fn position_of(pool: &DbPool, kind: &str, id: i64) -> AppResult<Option<Position>> {
    let published: Option<chrono::NaiveDateTime> = match kind {
        "post" => {
            db_run!(pool, |conn| posts::table.find(id).select(posts::published_at).first(conn).await.optional()?)
        }
        "resource" => db_run!(pool, |conn| super::schema::resources::table
            .find(id)
            .select(super::schema::resources::published_at)
            .first(conn)
            .await
            .optional()?),
        _ => db_run!(pool, |conn| super::schema::events::table
            .find(id)
            .select(super::schema::events::published_at)
            .first(conn)
            .await
            .optional()?),
    };
    Ok(published.map(|at| Position { kind: kind.to_string(), key: super::TimeKey { at, id } }))
}

/// An author's public posts, newest first, with ids below `before`.
pub async fn public_by_author(pool: &DbPool, author_id: i64, before: Option<i64>, limit: i64) -> AppResult<Vec<Post>> {
    db_run!(pool, |conn| {
        let mut query =
            posts::table.filter(posts::author_id.eq(author_id)).filter(posts::visibility.eq("public")).into_boxed();
        if let Some(before) = before {
            query = query.filter(posts::id.lt(before));
        }
        Ok(query.order(posts::id.desc()).limit(limit).select(Post::as_select()).load(conn).await?)
    })
}

/// How many posts from other servers this node keeps.
pub async fn count_remote(pool: &DbPool) -> AppResult<i64> {
    db_run!(pool, |conn| Ok(posts::table.filter(posts::local.eq(false)).count().get_result(conn).await?))
}
