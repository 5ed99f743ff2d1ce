//! Notifications for local people; remote recipients are their own servers' business.

use crate::{
    db::{
        self,
        models::{Actor, NewNotification},
        notifications as kinds,
    },
    error::AppResult,
    federation::Data,
};

/// What the node's moderators tell people: it arrives whatever they block or mute.
const MODERATION: [&str; 3] = [kinds::REPORT_ACTED, kinds::REPORT_DISMISSED, kinds::MODERATION_WARNING];

/// Notifies `recipient` (if local, and not the one who acted) of `kind`.
pub async fn notify(
    data: &Data,
    recipient: &Actor,
    kind: &str,
    actor: &Actor,
    group_id: Option<i64>,
    post_id: Option<i64>,
) -> AppResult<()> {
    if !recipient.local
        || recipient.id == actor.id
        || recipient.kind == "Group"
        || (!MODERATION.contains(&kind) && super::blocks::silences(data, recipient, actor).await?)
    {
        return Ok(());
    }
    db::notifications::add(
        &data.db,
        &NewNotification {
            recipient_id: recipient.id,
            kind: kind.to_string(),
            actor_id: actor.id,
            group_id,
            post_id,
            seen: false,
            created_at: db::now(),
            event_id: None,
        },
    )
    .await
}

/// Tells the local people taking part in an event that it changed or was cancelled.
pub async fn event_participants(data: &Data, event: &crate::db::models::Event, organizer: &Actor) -> AppResult<()> {
    let kind = if event.status == "cancelled" { kinds::EVENT_CANCELLED } else { kinds::EVENT_CHANGED };
    for (participation, person) in db::events::participants(&data.db, event.id).await? {
        if person.local && person.id != organizer.id && participation.state == db::events::ACCEPTED {
            db::notifications::add(
                &data.db,
                &NewNotification {
                    recipient_id: person.id,
                    kind: kind.to_string(),
                    actor_id: organizer.id,
                    group_id: None,
                    post_id: None,
                    seen: false,
                    created_at: db::now(),
                    event_id: Some(event.id),
                },
            )
            .await?;
        }
    }
    Ok(())
}
