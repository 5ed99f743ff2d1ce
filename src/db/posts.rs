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

/// A LIKE pattern finding `value` as a JSON string in a JSON list column, with LIKE's own
/// wildcards escaped (`_` is common in names and tags).
pub fn like_json(value: &str) -> String {
    let quoted = serde_json::to_string(value).unwrap_or_default();
    format!("%{}%", quoted.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"))
}

/// A page of a timeline, newest first; `offset` entries are skipped. A public timeline read by
/// `viewer` (an actor id) also leaves out whom the viewer blocks or mutes.
pub async fn timeline(
    pool: &DbPool,
    timeline: &Timeline,
    viewer: Option<i64>,
    offset: i64,
    limit: i64,
) -> AppResult<Vec<Entry>> {
    let followed = format!("SELECT followed_id FROM follows WHERE follower_id = ? AND state = '{ACCEPTED}'");
    // A city's followers see everything published on that city's node.
    let followed_nodes = format!(
        "SELECT a.domain FROM actors a JOIN follows f ON f.followed_id = a.id \
         WHERE f.follower_id = ? AND f.state = '{ACCEPTED}' AND a.kind = 'Organization'"
    );
    let public_post = "p.visibility = 'public'";
    let mut binds: Vec<Bind> = Vec::new();
    // Public streams leave out limited and suspended accounts and limited domains, and whom
    // the viewer silenced.
    let (withdrawn, withdrawn_binds) = match viewer {
        Some(id) => (format!("{WITHDRAWN_AUTHORS} UNION {SILENCED_FOR}"), vec![Bind::Int(id); 2]),
        None => (WITHDRAWN_AUTHORS.to_string(), Vec::new()),
    };
    let (posts_where, resources_where, events_where) = match timeline {
        Timeline::Home { actor_id, ap_id } => {
            // What the person blocks or mutes stays out, and so do suspended accounts; limited
            // ones stay in: their followers still see them. (The first condition is the partial
            // index's, so the index serves.)
            let hidden = format!(
                "SELECT id FROM actors WHERE (limited OR suspended OR suspended_at_origin) \
                 AND (suspended OR suspended_at_origin) UNION {SILENCED_FOR}"
            );
            let me = Bind::Int(*actor_id);
            binds.extend([me.clone(), me.clone(), me.clone(), Bind::Text(like_json(ap_id)), me.clone(), me.clone()]);
            binds.extend([me.clone(), me.clone(), me.clone(), me.clone(), me.clone()]);
            binds.extend([me.clone(), me.clone(), me.clone(), me.clone(), me]);
            (
                format!(
                    "(p.author_id = ? OR p.group_id IN ({followed}) \
                     OR (p.author_id IN ({followed}) AND ({public_post} OR (p.group_id IS NULL AND p.visibility = 'followers'))) \
                     OR p.mentions LIKE ? ESCAPE '\\') AND p.author_id NOT IN ({hidden})"
                ),
                format!(
                    "(r.author_id = ? OR r.author_id IN ({followed}) OR r.origin IN ({followed_nodes})) \
                     AND r.author_id NOT IN ({hidden})"
                ),
                format!(
                    "(e.organizer_id = ? OR e.organizer_id IN ({followed}) OR e.origin IN ({followed_nodes})) \
                     AND e.organizer_id NOT IN ({hidden})"
                ),
            )
        }
        Timeline::Local | Timeline::Federated => {
            let local = |table: &str| match timeline {
                Timeline::Local => format!("{table}.local AND "),
                _ => String::new(),
            };
            for _ in 0..3 {
                binds.extend(withdrawn_binds.iter().cloned());
            }
            (
                format!("{}{public_post} AND p.author_id NOT IN ({withdrawn})", local("p")),
                format!("{}r.author_id NOT IN ({withdrawn})", local("r")),
                format!("{}e.organizer_id NOT IN ({withdrawn})", local("e")),
            )
        }
        Timeline::Tag(tag) => {
            binds.push(Bind::Text(like_json(tag)));
            binds.extend(withdrawn_binds);
            (
                format!("{public_post} AND p.tags LIKE ? ESCAPE '\\' AND p.author_id NOT IN ({withdrawn})"),
                "1 = 0".into(),
                "1 = 0".into(),
            )
        }
    };
    binds.extend([Bind::Int(limit), Bind::Int(offset)]);
    let sql = placeholders(
        pool.dialect(),
        &format!(
            "SELECT 'post' AS kind, p.id AS id, p.published_at AS published FROM posts p WHERE {posts_where} \
             UNION ALL SELECT 'resource', r.id, r.published_at FROM resources r WHERE {resources_where} \
             UNION ALL SELECT 'event', e.id, e.published_at FROM events e WHERE {events_where} \
             ORDER BY published DESC, id DESC LIMIT ? OFFSET ?"
        ),
    );
    Ok(db_run!(pool, |conn| crate::load_sql!(conn, &sql, &binds, Entry)))
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
