//! Rows of Mastodon-compatible apps (apps, authorization codes, tokens) and of reactions.

use super::super::schema::*;
use chrono::NaiveDateTime;
use diesel::prelude::{Insertable, Queryable, Selectable};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = oauth_apps, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct OauthApp {
    pub id: i64,
    pub client_id: String,
    pub secret_hash: String,
    pub name: String,
    pub website: Option<String>,
    pub redirect_uris: String,
    pub scopes: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = oauth_apps)]
pub struct NewOauthApp {
    pub client_id: String,
    pub secret_hash: String,
    pub name: String,
    pub website: Option<String>,
    pub redirect_uris: String,
    pub scopes: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = oauth_codes, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct OauthCode {
    pub code_hash: String,
    pub app_id: i64,
    pub user_id: i64,
    pub scopes: String,
    pub redirect_uri: String,
    pub expires_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = oauth_tokens, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct OauthToken {
    pub token_hash: String,
    pub app_id: i64,
    pub user_id: Option<i64>,
    pub scopes: String,
    pub created_at: NaiveDateTime,
}

/// A favourite or reblog by someone (here or elsewhere) of a post, resource or event.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = reactions, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct Reaction {
    pub id: i64,
    pub actor_id: i64,
    pub object_ap_id: String,
    pub kind: String,
    pub activity_ap_id: String,
    pub created_at: NaiveDateTime,
}
