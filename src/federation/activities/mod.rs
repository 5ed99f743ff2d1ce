//! Incoming activities, one file each. `verify` runs before `receive`.

pub mod accept;
pub mod announce;
pub mod block;
pub mod create;
pub mod delete;
pub mod flag;
pub mod follow;
pub mod join;
pub mod leave;
pub mod like;
pub mod moves;
pub mod other;
pub mod reject;
pub mod undo;
pub mod update;

use crate::{
    db::{self, models::NewActivity},
    error::AppError,
    federation::{objects::actor::ApActor, protocol::id_of},
    state::AppState,
};
use activitypub_federation::{config::Data, fetch::object_id::ObjectId, traits::Activity};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt::Debug;
use url::Url;

/// The shape most activities share: an actor doing something to one object (embedded or by id).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ObjectActivity<K> {
    pub id: Url,
    #[serde(rename = "type")]
    pub kind: K,
    #[serde(deserialize_with = "actor_reference")]
    pub actor: ObjectId<ApActor>,
    pub object: Value,
    #[serde(default, skip_serializing_if = "Value::is_null")]
    pub to: Value,
    #[serde(default, skip_serializing_if = "Value::is_null")]
    pub cc: Value,
}

/// An activity's actor, named by its id or embedded as an object (as Pleroma sometimes does).
fn actor_url<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Url, D::Error> {
    let value = Value::deserialize(deserializer)?;
    id_of(&value).ok_or_else(|| serde::de::Error::custom("actor must be a URL or an object with an id"))
}

fn actor_reference<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<ObjectId<ApActor>, D::Error> {
    actor_url(deserializer).map(ObjectId::from)
}

impl<K> ObjectActivity<K> {
    pub fn new(kind: K, id: Url, actor: &str, object: Value) -> Result<Self, AppError> {
        Ok(ObjectActivity { id, kind, actor: Url::parse(actor)?.into(), object, to: Value::Null, cc: Value::Null })
    }

    pub fn addressed(self, to: Value, cc: Value) -> Self {
        ObjectActivity { to, cc, ..self }
    }
}

/// What one activity type does when it arrives; its file implements this for its type marker.
#[async_trait::async_trait]
pub trait Handles: Sized + Debug + Send + Sync {
    /// Checks beyond "the object has an id", before anything is fetched or stored.
    fn check(_activity: &ObjectActivity<Self>) -> Result<(), AppError> {
        Ok(())
    }

    async fn receive(activity: ObjectActivity<Self>, data: &Data<AppState>) -> Result<(), AppError>;
}

#[async_trait::async_trait]
impl<K: Handles + 'static> Activity for ObjectActivity<K> {
    type DataType = AppState;
    type Error = AppError;

    fn id(&self) -> &Url {
        &self.id
    }

    fn actor(&self) -> &Url {
        self.actor.inner()
    }

    async fn verify(&self, _data: &Data<AppState>) -> Result<(), AppError> {
        id_of(&self.object).ok_or_else(|| AppError::bad_request("the activity's object has no id"))?;
        K::check(self)
    }

    async fn receive(self, data: &Data<AppState>) -> Result<(), AppError> {
        K::receive(self, data).await
    }
}

/// Everything an inbox accepts. Unknown types land in `Other`: accepted, logged, ignored.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum InboxActivity {
    Follow(follow::Follow),
    Accept(accept::Accept),
    Create(create::Create),
    Delete(delete::Delete),
    Flag(flag::Flag),
    Announce(announce::Announce),
    Block(block::Block),
    Join(join::Join),
    Leave(leave::Leave),
    Like(like::Like),
    Move(moves::Move),
    Reject(reject::Reject),
    Undo(undo::Undo),
    Update(update::Update),
    Other(other::Other),
}

impl InboxActivity {
    fn inner(&self) -> &(dyn Activity<DataType = AppState, Error = AppError> + Send + Sync) {
        match self {
            InboxActivity::Follow(a) => a,
            InboxActivity::Accept(a) => a,
            InboxActivity::Create(a) => a,
            InboxActivity::Delete(a) => a,
            InboxActivity::Flag(a) => a,
            InboxActivity::Announce(a) => a,
            InboxActivity::Block(a) => a,
            InboxActivity::Join(a) => a,
            InboxActivity::Leave(a) => a,
            InboxActivity::Like(a) => a,
            InboxActivity::Move(a) => a,
            InboxActivity::Reject(a) => a,
            InboxActivity::Undo(a) => a,
            InboxActivity::Update(a) => a,
            InboxActivity::Other(a) => a,
        }
    }

    fn kind(&self) -> &str {
        match self {
            InboxActivity::Follow(_) => "Follow",
            InboxActivity::Accept(_) => "Accept",
            InboxActivity::Create(_) => "Create",
            InboxActivity::Delete(_) => "Delete",
            InboxActivity::Flag(_) => "Flag",
            InboxActivity::Announce(_) => "Announce",
            InboxActivity::Block(_) => "Block",
            InboxActivity::Join(_) => "Join",
            InboxActivity::Leave(_) => "Leave",
            InboxActivity::Like(_) => "Like",
            InboxActivity::Move(_) => "Move",
            InboxActivity::Reject(_) => "Reject",
            InboxActivity::Undo(_) => "Undo",
            InboxActivity::Update(_) => "Update",
            InboxActivity::Other(other) => &other.kind,
        }
    }
}

#[async_trait::async_trait]
impl Activity for InboxActivity {
    type DataType = AppState;
    type Error = AppError;

    fn id(&self) -> &Url {
        self.inner().id()
    }

    fn actor(&self) -> &Url {
        self.inner().actor()
    }

    async fn verify(&self, data: &Data<AppState>) -> Result<(), AppError> {
        self.inner().verify(data).await
    }

    /// Each activity id is handled once: a repeated delivery is acknowledged and skipped.
    async fn receive(self, data: &Data<AppState>) -> Result<(), AppError> {
        let id = self.id().to_string();
        let seen = NewActivity {
            ap_id: id.clone(),
            kind: self.kind().chars().take(64).collect(),
            actor_ap_id: self.actor().to_string(),
            local: false,
            public: false,
            payload: String::new(),
            created_at: db::now(),
        };
        if !db::deliveries::record_received(&data.db, &seen).await? {
            tracing::debug!("ignoring duplicate activity {id}");
            return Ok(());
        }
        let result = match self {
            InboxActivity::Follow(a) => a.receive(data).await,
            InboxActivity::Accept(a) => a.receive(data).await,
            InboxActivity::Create(a) => a.receive(data).await,
            InboxActivity::Delete(a) => a.receive(data).await,
            InboxActivity::Flag(a) => a.receive(data).await,
            InboxActivity::Announce(a) => a.receive(data).await,
            InboxActivity::Block(a) => a.receive(data).await,
            InboxActivity::Join(a) => a.receive(data).await,
            InboxActivity::Like(a) => a.receive(data).await,
            InboxActivity::Move(a) => a.receive(data).await,
            InboxActivity::Leave(a) => a.receive(data).await,
            InboxActivity::Reject(a) => a.receive(data).await,
            InboxActivity::Undo(a) => a.receive(data).await,
            InboxActivity::Update(a) => a.receive(data).await,
            InboxActivity::Other(a) => a.receive(data).await,
        };
        if result.is_err() {
            // Let the sender's retry be processed rather than skipped as a duplicate.
            db::deliveries::forget_received(&data.db, &id).await?;
        }
        result
    }
}
