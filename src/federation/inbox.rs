//! Receiving activities. Before the signature is verified against the sender's key, Cairn
//! insists on what Mastodon insists on: a signature (draft-cavage, or RFC 9421) that covers the
//! digest and the request target, a fresh Date, a body within the limit, and a sender that is
//! not blocked.

use super::{
    Data, activities::InboxActivity, objects::actor::ApActor, protocol::actor::ActorJson, rfc9421, signed_fetch,
};
use crate::{
    db,
    domain::handle::host_of_url,
    error::{AppError, AppResult, ErrorKind},
    service::limits::Bucket,
};
use activitypub_federation::{
    config::UrlVerifier,
    error::Error as FederationError,
    fetch::{fetch_object_http, object_id::ObjectId},
    traits::{Activity, Object},
};
use axum::{
    body::Bytes,
    extract::Request,
    http::{HeaderMap, Method, StatusCode, Uri},
};
use chrono::{DateTime, Duration, Utc};
use url::Url;

/// How far a signed request's Date may lie in the past, and in the future (clock skew).
const MAX_AGE: Duration = Duration::hours(12);
const MAX_SKEW: Duration = Duration::hours(1);

pub async fn receive(data: Data, request: Request) -> AppResult<StatusCode> {
    let metrics = data.metrics.clone();
    let received = db::actors::memoized(receive_memoized(data, request)).await;
    metrics.inbox(received.is_ok());
    received
}

async fn receive_memoized(data: Data, request: Request) -> AppResult<StatusCode> {
    let (parts, body) = request.into_parts();
    let limit = data.config.server.body_limit_bytes;
    let bytes: Bytes = axum::body::to_bytes(body, limit)
        .await
        .map_err(|_| AppError::new(ErrorKind::PayloadTooLarge, format!("activities are limited to {limit} bytes")))?;

    check_signature_headers(&parts.headers, Utc::now())?;
    check_digest(&parts.headers, &bytes)?;
    let activity: InboxActivity = serde_json::from_slice(&bytes)
        .map_err(|err| AppError::from(FederationError::ParseReceivedActivity { err, id: None }))?;
    let actor = activity.actor().clone();
    if !data.policy.read().expect("policy lock").allows_url(&actor) {
        return Err(AppError::forbidden(format!("{} is blocked on this node", host_of_url(&actor))));
    }
    data.limits.check(Bucket::InboxDomain, &host_of_url(&actor))?;
    data.limits.check(Bucket::InboxActor, actor.as_str())?;
    check_id(&data, &activity).await?;

    signer_key(&data, &parts.method, &parts.uri, &parts.headers).await?;
    let sender: ApActor = ObjectId::from(actor.clone()).dereference(&data).await?;
    if sender.row.suspended {
        return Err(AppError::forbidden(format!("{actor} is suspended on this node")));
    }
    let (method, uri, headers) = (&parts.method, &parts.uri, &parts.headers);
    if !signed_fetch::verifies(&data, method, uri, headers, &sender.row.public_key_pem)
        && !refetch_actor(&data, &actor, method, uri, headers).await?
    {
        return Err(AppError::unauthorized("the HTTP signature does not verify"));
    }
    activity.verify(&data).await?;
    activity.receive(&data).await?;
    // A server that signs to us is up: what waits for it need not wait for its backoff.
    super::delivery::revive(&data, &host_of_url(&actor)).await?;
    Ok(StatusCode::ACCEPTED)
}

/// An activity's id names its actor's server, is an address this node accepts, and is not one
/// of this node's own (the checks the federation library makes before receiving).
async fn check_id(data: &Data, activity: &InboxActivity) -> AppResult<()> {
    let (id, actor) = (activity.id(), activity.actor());
    if host_of_url(id) != host_of_url(actor) {
        return Err(AppError::forbidden("the activity's id is not on its actor's server"));
    }
    if host_of_url(id) == data.domain {
        return Err(AppError::forbidden("an activity of this node's own cannot be received"));
    }
    super::policy::PolicyVerifier::new(data).verify(id).await.map_err(AppError::from)
}

/// How long a stored actor's key is trusted before a signature that does not verify with it
/// makes Cairn fetch the actor again: once a minute at most, so forged signatures cannot make
/// this node hammer the actor's server.
const KEY_REFETCH_AFTER: Duration = Duration::minutes(1);

/// Fetches a known actor again after a signature failed with its stored key, and stores it if
/// the signature verifies with the key it now has; whether it did.
async fn refetch_actor(data: &Data, actor: &Url, method: &Method, uri: &Uri, headers: &HeaderMap) -> AppResult<bool> {
    let Some(known) = db::actors::by_ap_id(&data.db, actor.as_str()).await? else { return Ok(false) };
    if known.local || db::now() - known.refreshed_at < KEY_REFETCH_AFTER {
        return Ok(false);
    }
    let stored = store_if_it_signed(data, actor, method, uri, headers).await.unwrap_or(false);
    if stored {
        tracing::info!("{actor} has a new key: stored");
    }
    Ok(stored)
}

/// Makes sure the actor whose key signed the request is stored, before its signature is
/// checked. An actor met for the first time is fetched and kept only once the signature
/// verifies with its key: a forged request leaves nothing behind. A key that cannot be had is
/// the sender's problem (401), not a failure of this node.
async fn signer_key(data: &Data, method: &Method, uri: &Uri, headers: &HeaderMap) -> AppResult<()> {
    let owner = signed_fetch::key_owner(headers)?;
    if db::actors::by_ap_id(&data.db, owner.as_str()).await?.is_some()
        || store_if_it_signed(data, &owner, method, uri, headers).await?
    {
        return Ok(());
    }
    Err(AppError::unauthorized("the HTTP signature does not verify"))
}

/// Fetches `actor` and stores it if the request's signature verifies with the key it serves;
/// whether it did.
async fn store_if_it_signed(
    data: &Data,
    actor: &Url,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
) -> AppResult<bool> {
    let cannot = |e: AppError| AppError::unauthorized(format!("the signing key cannot be checked: {}", e.message));
    let fetched = fetch_object_http::<_, ActorJson>(actor, data).await.map_err(|e| cannot(e.into()))?;
    if !signed_fetch::verifies(data, method, uri, headers, &fetched.object.public_key.public_key_pem) {
        return Ok(false);
    }
    ApActor::verify(&fetched.object, &fetched.url, data).await.map_err(cannot)?;
    ApActor::from_json(fetched.object, data).await.map_err(cannot)?;
    Ok(true)
}

/// The parts of a signed POST's check that need no key: presence, coverage and freshness.
pub fn check_signature_headers(headers: &HeaderMap, now: DateTime<Utc>) -> AppResult<()> {
    if let Some(signature) = rfc9421::parse(headers)? {
        return signature.check(headers, now, true);
    }
    check_signed_request(headers, now, &["(request-target)", "host", "digest"])?;
    if headers.get("digest").is_none() {
        return Err(AppError::unauthorized("a signed POST needs a Digest header"));
    }
    Ok(())
}

/// The body is the one the Digest header names (checked again by the library; checked here
/// first so that a mismatch costs no key fetch).
fn check_digest(headers: &HeaderMap, body: &[u8]) -> AppResult<()> {
    if headers.contains_key("signature-input") {
        return rfc9421::check_content_digest(headers, body);
    }
    use base64::{Engine, engine::general_purpose::STANDARD};
    use sha2::{Digest, Sha256};
    let digest = headers.get("digest").and_then(|v| v.to_str().ok()).unwrap_or_default();
    let expected = STANDARD.encode(Sha256::digest(body));
    let matches = digest.split(',').any(|part| {
        part.trim()
            .split_once('=')
            .is_some_and(|(algorithm, value)| algorithm.eq_ignore_ascii_case("sha-256") && value.trim() == expected)
    });
    match matches {
        true => Ok(()),
        false => Err(AppError::unauthorized("the Digest header does not match the body")),
    }
}

/// The same for a signed GET (no body, so no Digest).
pub fn check_signed_get_headers(headers: &HeaderMap, now: DateTime<Utc>) -> AppResult<()> {
    if let Some(signature) = rfc9421::parse(headers)? {
        return signature.check(headers, now, false);
    }
    check_signed_request(headers, now, &["(request-target)", "host"])
}

/// A cavage signature must cover `required` and a time, `date` or `(created)`, and that time
/// must lie within [`MAX_AGE`] before now and [`MAX_SKEW`] after it (Mastodon's window).
fn check_signed_request(headers: &HeaderMap, now: DateTime<Utc>, required: &[&str]) -> AppResult<()> {
    let signature = headers.get("signature").and_then(|v| v.to_str().ok());
    let Some(signature) = signature else {
        return Err(AppError::unauthorized("this inbox only accepts signed requests"));
    };
    let params = cavage_params(signature);
    let param = |name: &str| params.iter().find(|(k, _)| *k == name).map(|(_, v)| *v);
    if param("keyId").is_none() {
        return Err(AppError::unauthorized("the signature names no keyId"));
    }
    let signed: Vec<String> = param("headers")
        .map(|v| v.split_whitespace().map(str::to_ascii_lowercase).collect())
        .unwrap_or_else(|| vec!["date".into()]);
    let covers = |name: &str| signed.iter().any(|h| h == name);
    for required in required {
        if !covers(required) {
            return Err(AppError::unauthorized(format!("the signature must cover {required}")));
        }
    }
    let time = if covers("(created)") {
        param("created").and_then(|c| c.parse::<i64>().ok()).and_then(|c| DateTime::from_timestamp(c, 0))
    } else if covers("date") {
        header_date(headers)
    } else {
        return Err(AppError::unauthorized("the signature must cover date or (created)"));
    };
    let time = time.ok_or_else(|| AppError::unauthorized("a signed request needs a valid Date (or created)"))?;
    check_fresh(time, now)
}

/// The request's `Date` header, when it is a valid HTTP date.
pub(super) fn header_date(headers: &HeaderMap) -> Option<DateTime<Utc>> {
    let date = headers.get("date")?.to_str().ok()?;
    DateTime::parse_from_rfc2822(date).ok().map(|d| d.with_timezone(&Utc))
}

/// A signature's time must lie within [`MAX_AGE`] before now and [`MAX_SKEW`] after it.
pub(super) fn check_fresh(time: DateTime<Utc>, now: DateTime<Utc>) -> AppResult<()> {
    if time < now - MAX_AGE || time > now + MAX_SKEW {
        return Err(AppError::unauthorized("the request's Date is too far from now"));
    }
    Ok(())
}

/// `keyId="…",headers="…"` → pairs; tolerant of spaces and of unquoted values.
pub(super) fn cavage_params(header: &str) -> Vec<(&str, &str)> {
    header
        .split(',')
        .filter_map(|part| {
            let (k, v) = part.trim().split_once('=')?;
            Some((k.trim(), v.trim().trim_matches('"')))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(signature: &str, date: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("signature", HeaderValue::from_str(signature).unwrap());
        h.insert("date", HeaderValue::from_str(date).unwrap());
        h.insert("digest", HeaderValue::from_static("SHA-256=abc"));
        h
    }

    #[test]
    fn the_clock_window_holds_on_both_edges() {
        let now = DateTime::parse_from_rfc2822("Sun, 29 Nov 2026 10:00:00 GMT").unwrap().with_timezone(&Utc);
        let signature = r#"keyId="k",headers="(request-target) host date digest",signature="x""#;
        let at = |offset: Duration| (now + offset).format("%a, %d %b %Y %H:%M:%S GMT").to_string();
        let check = |offset| check_signature_headers(&headers(signature, &at(offset)), now).is_ok();
        assert!(check(-MAX_AGE + Duration::seconds(1)), "just inside the past edge");
        assert!(check(-MAX_AGE), "on the past edge");
        assert!(!check(-MAX_AGE - Duration::seconds(1)), "just past it");
        assert!(check(MAX_SKEW), "on the future edge");
        assert!(!check(MAX_SKEW + Duration::seconds(1)), "just beyond it");
    }

    #[test]
    fn signature_headers() {
        let now = DateTime::parse_from_rfc2822("Sun, 29 Nov 2026 10:00:00 GMT").unwrap().with_timezone(&Utc);
        let good = r#"keyId="https://a.example/u#main-key",algorithm="rsa-sha256",headers="(request-target) host date digest",signature="x""#;
        assert!(check_signature_headers(&headers(good, "Sun, 29 Nov 2026 09:59:00 GMT"), now).is_ok());
        let stale = check_signature_headers(&headers(good, "Sat, 28 Nov 2026 09:00:00 GMT"), now);
        assert_eq!(stale.unwrap_err().kind, ErrorKind::Unauthorized);
        let future = check_signature_headers(&headers(good, "Sun, 29 Nov 2026 12:00:00 GMT"), now);
        assert!(future.is_err());
        let no_digest = r#"keyId="https://a.example/u#main-key",headers="(request-target) host date",signature="x""#;
        assert!(check_signature_headers(&headers(no_digest, "Sun, 29 Nov 2026 10:00:00 GMT"), now).is_err());
        assert!(check_signed_get_headers(&headers(no_digest, "Sun, 29 Nov 2026 10:00:00 GMT"), now).is_ok());
        for unsigned in ["(request-target) date digest", "(request-target) host digest", "host date digest"] {
            let signature = format!(r#"keyId="https://a.example/u#main-key",headers="{unsigned}",signature="x""#);
            assert!(check_signature_headers(&headers(&signature, "Sun, 29 Nov 2026 10:00:00 GMT"), now).is_err());
        }
        // (created) may stand for the Date header.
        let created = |at: i64| {
            format!(r#"keyId="k",headers="(request-target) (created) host digest",created={at},signature="x""#)
        };
        let at = now.timestamp();
        assert!(check_signature_headers(&headers(&created(at - 60), "nonsense"), now).is_ok());
        assert!(check_signature_headers(&headers(&created(at - 13 * 3600), "nonsense"), now).is_err());
        let rfc9421 = "sig1=:YWJj:";
        assert!(check_signature_headers(&headers(rfc9421, "Sun, 29 Nov 2026 10:00:00 GMT"), now).is_err());
        assert!(check_signature_headers(&HeaderMap::new(), now).is_err());
    }
}
