//! WebFinger, host-meta and NodeInfo.

use crate::{
    db,
    error::{AppError, AppResult},
    state::AppState,
};
use axum::{
    Json,
    extract::{Query, State},
    http::header,
    response::{IntoResponse, Response},
};
use cairn_templates::i18n::{t, t_with};
use serde::Deserialize;
use serde_json::{Value, json};

#[derive(Deserialize)]
pub struct WebfingerQuery {
    resource: Option<String>,
}

pub async fn webfinger(State(state): State<AppState>, Query(query): Query<WebfingerQuery>) -> AppResult<Response> {
    let resource = query.resource.ok_or_else(|| AppError::bad_request(t("add-resource-acct-name-domain")))?;
    let actor = if let Some(acct) = resource.strip_prefix("acct:") {
        let acct = acct.strip_prefix('@').unwrap_or(acct);
        let (name, host) =
            acct.split_once('@').ok_or_else(|| AppError::bad_request(t("resource-must-be-acct-name-domain")))?;
        if !host.eq_ignore_ascii_case(&state.domain) {
            return Err(AppError::not_found(t_with("host-is-not-this-node", &[("host", host.to_string().into())])));
        }
        match db::actors::local_by_username(&state.db, name).await? {
            Some(actor) => Some(actor),
            None => crate::service::topics::ensure(&state, name).await?,
        }
    } else {
        db::actors::by_ap_id(&state.db, &resource).await?.filter(|a| a.local)
    };
    let actor = actor.ok_or_else(|| AppError::not_found(t("no-such-account-on-this-node")))?;
    let body = json!({
        "subject": format!("acct:{}@{}", actor.username, state.domain),
        "aliases": [actor.ap_id, actor.profile_url],
        "links": [
            {"rel": "self", "type": "application/activity+json", "href": actor.ap_id},
            {"rel": "http://webfinger.net/rel/profile-page", "type": "text/html", "href": actor.profile_url},
        ]
    });
    Ok(([(header::CONTENT_TYPE, "application/jrd+json")], Json(body)).into_response())
}

pub async fn host_meta(State(state): State<AppState>) -> Response {
    let xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<XRD xmlns=\"http://docs.oasis-open.org/ns/xri/xrd-1.0\">\n  \
         <Link rel=\"lrdd\" template=\"{}/.well-known/webfinger?resource={{uri}}\"/>\n</XRD>\n",
        state.base_url
    );
    ([(header::CONTENT_TYPE, "application/xrd+xml; charset=utf-8")], xml).into_response()
}

pub async fn nodeinfo_links(State(state): State<AppState>) -> Json<Value> {
    Json(json!({
        "links": [
            {"rel": "http://nodeinfo.diaspora.software/ns/schema/2.1", "href": state.url("/nodeinfo/2.1")},
            {"rel": "https://www.w3.org/ns/activitystreams#Application", "href": state.actor_url(crate::service::node::APPLICATION_USERNAME)},
        ]
    }))
}

pub async fn nodeinfo(State(state): State<AppState>) -> AppResult<Response> {
    let users = db::users::count(&state.db).await?;
    let identity = crate::service::node::identity(&state).await?;
    let body = json!({
        "version": "2.1",
        "software": {
            "name": "cairn",
            "version": env!("CARGO_PKG_VERSION"),
            "homepage": state.base_url,
        },
        "protocols": ["activitypub"],
        "services": {"inbound": [], "outbound": ["atom1.0"]},
        "openRegistrations": state.config.accounts.registration == crate::config::RegistrationMode::Open,
        "usage": {"users": {"total": users}, "localPosts": 0},
        "metadata": {
            "nodeName": identity.name,
            "nodeDescription": identity.description,
            "city": identity.city,
            "country": identity.country,
            "contact": identity.contact,
            "organisationActor": identity.actor,
            "rules": crate::service::node::rules(&state).await?,
        }
    });
    Ok((
        [(header::CONTENT_TYPE, "application/json; profile=\"http://nodeinfo.diaspora.software/ns/schema/2.1#\"")],
        Json(body),
    )
        .into_response())
}
