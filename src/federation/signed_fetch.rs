//! Signed fetches: who is asking for a document, proven by an HTTP signature (draft-cavage or
//! RFC 9421) on the GET (as Mastodon's authorized fetch does). Only asked where the answer matters, so
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
use ring::signature::{RSA_PKCS1_1024_8192_SHA256_FOR_LEGACY_USE_ONLY as RSA_PKCS1_SHA256, UnparsedPublicKey};
use rsa::{RsaPublicKey, pkcs1::EncodeRsaPublicKey, pkcs8::DecodePublicKey};
use std::{
    collections::{BTreeMap, HashMap},
    sync::{Arc, LazyLock, Mutex},
    time::Duration,
};
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
    if let Some(signature) = super::rfc9421::parse(headers)? {
        return Ok(signature.key_owner());
    }
    let signature = headers.get("signature").and_then(|v| v.to_str().ok()).unwrap_or_default();
    let key_id = super::inbox::cavage_params(signature).into_iter().find(|(k, _)| *k == "keyId").map(|(_, v)| v);
    let mut owner = key_id
        .and_then(|k| Url::parse(k).ok())
        .ok_or_else(|| AppError::unauthorized("the signature's keyId is not a URL"))?;
    owner.set_fragment(None);
    Ok(owner)
}

/// Whether the request's signature (RFC 9421, else draft-cavage) verifies with `public_key_pem`.
pub fn verifies(data: &Data, method: &Method, uri: &Uri, headers: &HeaderMap, public_key_pem: &str) -> bool {
    if let Ok(Some(signature)) = super::rfc9421::parse(headers) {
        return public_key(public_key_pem)
            .is_some_and(|key| signature.verifies(&data.base_url, method, uri, headers, key.as_slice()));
    }
    let mut fields: BTreeMap<String, String> = headers
        .iter()
        .filter_map(|(name, value)| Some((name.as_str().to_string(), value.to_str().ok()?.to_string())))
        .collect();
    fields.entry("host".into()).or_insert_with(|| data.domain.clone());
    let path = uri.path_and_query().map_or("/", |p| p.as_str());
    let Ok(unverified) = VERIFIER.begin_verify(method.as_str(), path, fields) else { return false };
    let Some(key) = public_key(public_key_pem) else { return false };
    unverified.verify(|signature, signing_string| {
        BASE64.decode(signature).is_ok_and(|bytes| {
            UnparsedPublicKey::new(&RSA_PKCS1_SHA256, key.as_slice()).verify(signing_string.as_bytes(), &bytes).is_ok()
        })
    })
}

/// Remote keys as `ring` verifies them (PKCS#1 DER), by their PEM: parsed once, not per
/// request. `ring` verifies an RSA signature in a fraction of the `rsa` crate's time. Keys from
/// 1,024 bits are taken, as the `rsa` crate took them before: some servers still have them.
static KEYS: LazyLock<Mutex<HashMap<String, Arc<Vec<u8>>>>> = LazyLock::new(Mutex::default);
/// Keys kept at most; past that the cache starts again (a node meets a few thousand senders).
const KEYS_KEPT: usize = 10_000;

fn public_key(pem: &str) -> Option<Arc<Vec<u8>>> {
    if let Some(key) = KEYS.lock().expect("keys lock").get(pem) {
        return Some(key.clone());
    }
    let key = RsaPublicKey::from_public_key_pem(pem).ok()?;
    let der = Arc::new(key.to_pkcs1_der().ok()?.as_bytes().to_vec());
    let mut keys = KEYS.lock().expect("keys lock");
    if keys.len() >= KEYS_KEPT {
        keys.clear();
    }
    keys.insert(pem.to_string(), der.clone());
    Some(der)
}
