use super::{LanguageMap, article::lenient_list, first_url, language_map};
use activitypub_federation::protocol::public_key::PublicKey;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use url::Url;

/// An actor document: Person, Organization, Application, Group or Service.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ActorJson {
    pub id: Url,
    #[serde(rename = "type")]
    pub kind: String,
    /// Optional in ActivityPub (some servers leave it out); the id's last segment stands in.
    #[serde(default)]
    pub preferred_username: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A group's name in every language it has, its original's first.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "language_map")]
    pub name_map: Option<LanguageMap>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// A group's description in every language it has; `summary` is the original's.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "language_map")]
    pub summary_map: Option<LanguageMap>,
    pub inbox: Url,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outbox: Option<Url>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub followers: Option<Url>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub following: Option<Url>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoints: Option<Endpoints>,
    pub public_key: PublicKey,
    /// Further keys (FEP-521a), such as a local actor's Ed25519 Multikey.
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "lenient_list")]
    pub assertion_method: Vec<Value>,
    #[serde(default)]
    pub manually_approves_followers: bool,
    /// The actor's other ids: an account that moves here names its old one.
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "lenient_list")]
    pub also_known_as: Vec<Value>,
    /// Where the actor moved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moved_to: Option<Value>,
    /// Its server suspended it (Mastodon's `toot:suspended`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub suspended: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discoverable: Option<bool>,
    #[serde(default, deserialize_with = "first_url", skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<Value>,
    /// The header picture.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<DateTime<Utc>>,
    /// Profile fields (`PropertyValue`), shown by Mastodon.
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "lenient_list")]
    pub attachment: Vec<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Value>,
    // Cairn's own terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "lenient_list")]
    pub expertise: Vec<Value>,
    /// Where a person works.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    // Groups (FEP-1b12): `attributedTo` is the moderators collection; Cairn adds its terms
    // (`sectors` also for people).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributed_to: Option<Value>,
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "lenient_list")]
    pub sectors: Vec<Value>,
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "lenient_list")]
    pub topics: Vec<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_mode: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Endpoints {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_inbox: Option<Url>,
}

pub const ACTOR_TYPES: &[&str] = &["Person", "Organization", "Application", "Group", "Service"];
