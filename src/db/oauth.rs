//! Apps, authorization codes and access tokens of Mastodon-compatible clients, and people's
//! reactions (favourites, reblogs).

use super::{
    DbPool,
    models::{NewOauthApp, OauthApp, OauthCode, OauthToken, Reaction},
    schema::{oauth_apps, oauth_codes, oauth_tokens, reactions},
};
use crate::{db_run, db_tx, db_write, error::AppResult};
use chrono::NaiveDateTime;
use diesel::{ExpressionMethods, OptionalExtension, QueryDsl, SelectableHelper};
use diesel_async::RunQueryDsl;

pub async fn create_app(pool: &DbPool, app: &NewOauthApp) -> AppResult<OauthApp> {
    db_write!(pool, |conn| Ok(diesel::insert_into(oauth_apps::table)
        .values(app)
        .returning(OauthApp::as_returning())
        .get_result(conn)
        .await?))
}

pub async fn app_by_client_id(pool: &DbPool, client_id: &str) -> AppResult<Option<OauthApp>> {
    db_run!(pool, |conn| Ok(oauth_apps::table
        .filter(oauth_apps::client_id.eq(client_id))
        .select(OauthApp::as_select())
        .get_result(conn)
        .await
        .optional()?))
}

pub async fn app_by_id(pool: &DbPool, id: i64) -> AppResult<Option<OauthApp>> {
    db_run!(pool, |conn| Ok(oauth_apps::table
        .find(id)
        .select(OauthApp::as_select())
        .get_result(conn)
        .await
        .optional()?))
}

pub async fn add_code(pool: &DbPool, code: &OauthCode) -> AppResult<()> {
    db_write!(pool, |conn| {
        diesel::insert_into(oauth_codes::table).values(code).execute(conn).await?;
        Ok(())
    })
}

/// Takes a code once: it is gone after this, whatever the caller decides.
pub async fn take_code(pool: &DbPool, code_hash: &str) -> AppResult<Option<OauthCode>> {
    // One statement, so two exchanges racing for the same code cannot both win.
    db_write!(pool, |conn| Ok(diesel::delete(oauth_codes::table.find(code_hash))
        .returning(OauthCode::as_returning())
        .get_result(conn)
        .await
        .optional()?))
}

pub async fn add_token(pool: &DbPool, token: &OauthToken) -> AppResult<()> {
    db_write!(pool, |conn| {
        diesel::insert_into(oauth_tokens::table).values(token).execute(conn).await?;
        Ok(())
    })
}

pub async fn token(pool: &DbPool, token_hash: &str) -> AppResult<Option<OauthToken>> {
    db_run!(pool, |conn| Ok(oauth_tokens::table
        .find(token_hash)
        .select(OauthToken::as_select())
        .get_result(conn)
        .await
        .optional()?))
}

pub async fn revoke(pool: &DbPool, token_hash: &str, app_id: i64) -> AppResult<()> {
    db_write!(pool, |conn| {
        diesel::delete(oauth_tokens::table.find(token_hash).filter(oauth_tokens::app_id.eq(app_id)))
            .execute(conn)
            .await?;
        Ok(())
    })
}

pub const FAVOURITE: &str = "favourite";
pub const REBLOG: &str = "reblog";

/// Records a favourite or reblog; false when it was already there.
pub async fn react(
    pool: &DbPool,
    actor_id: i64,
    object_ap_id: &str,
    kind: &str,
    activity_ap_id: &str,
    at: NaiveDateTime,
) -> AppResult<bool> {
    db_write!(pool, |conn| {
        let added = diesel::insert_into(reactions::table)
            .values((
                reactions::actor_id.eq(actor_id),
                reactions::object_ap_id.eq(object_ap_id),
                reactions::kind.eq(kind),
                reactions::activity_ap_id.eq(activity_ap_id),
                reactions::created_at.eq(at),
            ))
            .on_conflict((reactions::actor_id, reactions::object_ap_id, reactions::kind))
            .do_nothing()
            .execute(conn)
            .await?;
        Ok(added > 0)
    })
}

/// Removes a reaction; returns the id of the activity that announced it, if there was one.
pub async fn unreact(pool: &DbPool, actor_id: i64, object_ap_id: &str, kind: &str) -> AppResult<Option<String>> {
    db_tx!(pool, |conn| {
        let mine = reactions::table
            .filter(reactions::actor_id.eq(actor_id))
            .filter(reactions::object_ap_id.eq(object_ap_id))
            .filter(reactions::kind.eq(kind));
        let activity: Option<String> = mine.select(reactions::activity_ap_id).first(conn).await.optional()?;
        diesel::delete(mine).execute(conn).await?;
        Ok(activity)
    })
}

/// The reaction an activity announced (how an `Undo` naming that activity finds it).
pub async fn reaction_by_activity(pool: &DbPool, activity_ap_id: &str) -> AppResult<Option<Reaction>> {
    db_run!(pool, |conn| Ok(reactions::table
        .filter(reactions::activity_ap_id.eq(activity_ap_id))
        .select(Reaction::as_select())
        .first(conn)
        .await
        .optional()?))
}

pub async fn count(pool: &DbPool, object_ap_id: &str, kind: &str) -> AppResult<i64> {
    db_run!(pool, |conn| Ok(reactions::table
        .filter(reactions::object_ap_id.eq(object_ap_id))
        .filter(reactions::kind.eq(kind))
        .count()
        .get_result(conn)
        .await?))
}

/// How many reactions of each kind each of `objects` has, as (object, kind, count); an object
/// nobody reacted to is not listed.
pub async fn counts_of(pool: &DbPool, objects: &[String]) -> AppResult<Vec<(String, String, i64)>> {
    if objects.is_empty() {
        return Ok(Vec::new());
    }
    db_run!(pool, |conn| Ok(reactions::table
        .filter(reactions::object_ap_id.eq_any(objects))
        .group_by((reactions::object_ap_id, reactions::kind))
        .select((reactions::object_ap_id, reactions::kind, diesel::dsl::count_star()))
        .load(conn)
        .await?))
}

/// How `actor_id` reacted to each of `objects` it reacted to, as (object, kind).
pub async fn reactions_of(pool: &DbPool, actor_id: i64, objects: &[String]) -> AppResult<Vec<(String, String)>> {
    if objects.is_empty() {
        return Ok(Vec::new());
    }
    db_run!(pool, |conn| Ok(reactions::table
        .filter(reactions::actor_id.eq(actor_id))
        .filter(reactions::object_ap_id.eq_any(objects))
        .select((reactions::object_ap_id, reactions::kind))
        .load(conn)
        .await?))
}
