//! Notifications for local people: follows, mentions, replies, group requests and decisions.

use super::{
    DbPool,
    models::{Actor, NewNotification, Notification},
    schema::{actors, notifications},
};
use crate::{db_run, db_write, error::AppResult};
use diesel::{ExpressionMethods, JoinOnDsl, QueryDsl, SelectableHelper};
use diesel_async::RunQueryDsl;

pub const FOLLOW: &str = "follow";
pub const FOLLOW_REQUEST: &str = "follow_request";
pub const MENTION: &str = "mention";
pub const REPLY: &str = "reply";
pub const JOIN_REQUEST: &str = "join_request";
pub const JOIN_ACCEPTED: &str = "join_accepted";
pub const JOIN_REJECTED: &str = "join_rejected";
pub const INVITE: &str = "invite";
pub const POST_REMOVED: &str = "post_removed";
pub const EVENT_CHANGED: &str = "event_changed";
pub const EVENT_CANCELLED: &str = "event_cancelled";
/// The moderators acted on what you reported.
pub const REPORT_ACTED: &str = "report_acted";
/// The moderators looked at your report and left things as they are.
pub const REPORT_DISMISSED: &str = "report_dismissed";
/// The moderators warn you about something you published.
pub const MODERATION_WARNING: &str = "moderation_warning";

pub async fn add(pool: &DbPool, new: &NewNotification) -> AppResult<()> {
    db_write!(pool, |conn| {
        super::dialect::Prepared(diesel::insert_into(notifications::table).values(new)).execute(conn).await?;
        Ok(())
    })
}

/// A page of someone's notifications with who caused them, newest first, ids below `before`.
pub async fn page(
    pool: &DbPool,
    recipient_id: i64,
    before: Option<i64>,
    limit: i64,
) -> AppResult<Vec<(Notification, Actor)>> {
    db_run!(pool, |conn| {
        let mut query = notifications::table
            .inner_join(actors::table.on(actors::id.eq(notifications::actor_id)))
            .filter(notifications::recipient_id.eq(recipient_id))
            .into_boxed();
        if let Some(before) = before {
            query = query.filter(notifications::id.lt(before));
        }
        Ok(query
            .order(notifications::id.desc())
            .limit(limit)
            .select((Notification::as_select(), Actor::as_select()))
            .load(conn)
            .await?)
    })
}

pub async fn unseen(pool: &DbPool, recipient_id: i64) -> AppResult<i64> {
    db_run!(pool, |conn| Ok(notifications::table
        .filter(notifications::recipient_id.eq(recipient_id))
        .filter(notifications::seen.eq(false))
        .count()
        .get_result(conn)
        .await?))
}

pub async fn mark_seen(pool: &DbPool, recipient_id: i64) -> AppResult<()> {
    db_write!(pool, |conn| {
        diesel::update(notifications::table.filter(notifications::recipient_id.eq(recipient_id)))
            .set(notifications::seen.eq(true))
            .execute(conn)
            .await?;
        Ok(())
    })
}
