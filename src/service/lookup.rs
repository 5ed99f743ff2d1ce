//! Finding anything by its URL: an actor or a resource, from this node's database or fetched
//! (signed) from its origin and stored.

use super::follows::{Reach, must_log_in};
use crate::{
    db::{
        self,
        models::{Event, Resource},
    },
    error::{AppError, AppResult},
    federation::{
        Data,
        objects::{actor::ApActor, event::ApEvent, resource::ApResource},
        protocol::{
            actor::{ACTOR_TYPES, ActorJson},
            article::{ARTICLE_TYPES, ArticleJson},
            event::EventJson,
        },
    },
};
use activitypub_federation::{fetch::fetch_object_http, traits::Object};
use cairn_templates::i18n::t_with;
use serde_json::Value;
use url::Url;

pub enum Found {
    Actor(ApActor),
    Resource(Resource),
    Event(Event),
}

pub async fn by_url(data: &Data, url: &Url, reach: Reach) -> AppResult<Found> {
    if let Some(actor) = db::actors::by_ap_id(&data.db, url.as_str()).await? {
        return Ok(Found::Actor(ApActor::new(actor)?));
    }
    if let Some(resource) = db::resources::by_ap_id(&data.db, url.as_str()).await? {
        return Ok(Found::Resource(resource));
    }
    if let Some(event) = db::events::by_ap_id(&data.db, url.as_str()).await? {
        return Ok(Found::Event(event));
    }
    if reach == Reach::KnownOnly {
        return Err(must_log_in());
    }
    let fetched = fetch_object_http::<_, Value>(url, data).await?;
    if super::moderation::refuses(data, &fetched.object).await? {
        return Err(AppError::not_found(t_with(
            "was-removed-by-this-nodes-moderators",
            &[("url", url.to_string().into())],
        )));
    }
    let kind = fetched.object.get("type").and_then(Value::as_str).unwrap_or_default().to_string();
    if ACTOR_TYPES.contains(&kind.as_str()) {
        let json: ActorJson = serde_json::from_value(fetched.object)?;
        ApActor::verify(&json, &fetched.url, data).await?;
        Ok(Found::Actor(ApActor::from_json(json, data).await?))
    } else if ARTICLE_TYPES.contains(&kind.as_str()) {
        let json: ArticleJson = serde_json::from_value(fetched.object)?;
        ApResource::verify(&json, &fetched.url, data).await?;
        Ok(Found::Resource(ApResource::from_json(json, data).await?.row))
    } else if kind == "Event" {
        let json: EventJson = serde_json::from_value(fetched.object)?;
        ApEvent::verify(&json, &fetched.url, data).await?;
        Ok(Found::Event(ApEvent::from_json(json, data).await?.row))
    } else {
        Err(AppError::invalid(
            "q",
            t_with(
                "is-a-kind-cairn-does-not-show",
                &[("url", url.to_string().into()), ("kind", kind.to_string().into())],
            ),
        ))
    }
}
