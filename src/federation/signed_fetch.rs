//! Signed fetches: who is asking for a document, proven by a draft-cavage HTTP signature on
//! the GET (as Mastodon's authorized fetch does). Only asked where the answer matters, so
//! public documents never cost a key lookup.

use super::{Data, objects::actor::ApActor};
use crate::{
    db::models::Actor,
    domain::handle::host_of_url,
    error::{AppError, AppResult},
};
use activitypub_federation::fetch::object_id::ObjectId;
use axum::http::{HeaderMap, Method, Uri};
use base64::{Engine, engine::general_purpose::STANDARD as BASE64};
use rsa::{Pkcs1v15Sign, RsaPublicKey, pkcs8::DecodePublicKey};
use sha2::{Digest, Sha256};
use std::{collections::BTreeMap, sync::LazyLock, time::Duration};
use url::Url;

static VERIFIER: LazyLock<http_signature_normalization::Config> =
    LazyLock::new(|| http_signature_normalization::Config::new().set_expiration(Duration::from_secs(3600)));

/// The actor that signed this request, `None` when it is unsigned. A signature that is
/// present but does not verify is an error (401), as is a signer from a blocked domain (403).
pub async fn signer(data: &Data, method: &Method, uri: &Uri, headers: &HeaderMap) -> AppResult<Option<Actor>> {
    let Some(_signature) = headers.get("signature").and_then(|v| v.to_str().ok()) else { return Ok(None) };
    super::inbox::check_signed_get_headers(headers, chrono::Utc::now())?;
    let key_owner = key_owner(headers)?;
    if !data.policy.read().expect("policy lock").allows_url(&key_owner) {
        return Err(AppError::forbidden(format!("{} is blocked on this node", host_of_url(&key_owner))));
    }
    let actor: ApActor = ObjectId::from(key_owner)
        .dereference(data)
        .await
        .map_err(|e: AppError| AppError::unauthorized(format!("the signing actor cannot be fetched: {}", e.message)))?;
    if !verifies(data, method, uri, headers, &actor.row.public_key_pem) {
        return Err(AppError::unauthorized("the HTTP signature does not verify"));
    }
    Ok(Some(actor.row))
}

/// The actor named by the signature's `keyId` (the key's URL without its fragment).
pub fn key_owner(headers: &HeaderMap) -> AppResult<Url> {
    let signature = headers.get("signature").and_then(|v| v.to_str().ok()).unwrap_or_default();
    let key_id = super::inbox::cavage_params(signature).into_iter().find(|(k, _)| *k == "keyId").map(|(_, v)| v);
    let mut owner = key_id
        .and_then(|k| Url::parse(k).ok())
        .ok_or_else(|| AppError::unauthorized("the signature's keyId is not a URL"))?;
    owner.set_fragment(None);
    Ok(owner)
}

/// Whether the request's draft-cavage signature verifies with `public_key_pem`.
pub fn verifies(data: &Data, method: &Method, uri: &Uri, headers: &HeaderMap, public_key_pem: &str) -> bool {
    let mut fields: BTreeMap<String, String> = headers
        .iter()
        .filter_map(|(name, value)| Some((name.as_str().to_string(), value.to_str().ok()?.to_string())))
        .collect();
    fields.entry("host".into()).or_insert_with(|| data.domain.clone());
    let path = uri.path_and_query().map_or("/", |p| p.as_str());
    let Ok(unverified) = VERIFIER.begin_verify(method.as_str(), path, fields) else { return false };
    let Ok(key) = RsaPublicKey::from_public_key_pem(public_key_pem) else { return false };
    unverified.verify(|signature, signing_string| {
        BASE64.decode(signature).is_ok_and(|bytes| {
            key.verify(Pkcs1v15Sign::new::<Sha256>(), &Sha256::digest(signing_string.as_bytes()), &bytes).is_ok()
        })
    })
}
