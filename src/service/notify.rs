//! Notifications for local people; remote recipients are their own servers' business.

use crate::{
    db::{
        self,
        models::{Actor, NewNotification},
    },
    error::AppResult,
    federation::Data,
};

/// Notifies `recipient` (if local, and not the one who acted) of `kind`.
pub async fn notify(
    data: &Data,
    recipient: &Actor,
    kind: &str,
    actor: &Actor,
    group_id: Option<i64>,
    post_id: Option<i64>,
) -> AppResult<()> {
    if !recipient.local || recipient.id == actor.id || recipient.kind == "Group" {
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
        },
    )
    .await
}
