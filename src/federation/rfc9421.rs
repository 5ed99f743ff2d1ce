//! RFC 9421 HTTP Message Signatures on incoming requests, next to draft-cavage: a request that
//! carries `Signature-Input` is read this way. The same is required of it as of a cavage one:
//! the method, the target and the host covered, a body covered by a `Content-Digest` that
//! matches it, and a creation time (or a covered `Date`) within the same window.
//!
//! RSA keys (`rsa-v1_5-sha256`, the algorithm Fedify and Mastodon sign with, and
//! `rsa-pss-sha512`) are verified; a signature by any other algorithm is refused.

use crate::error::{AppError, AppResult};
use axum::http::{HeaderMap, Method, Uri};
use base64::{Engine, engine::general_purpose::STANDARD};
use chrono::{DateTime, Utc};
use ring::signature::{
    RSA_PKCS1_1024_8192_SHA256_FOR_LEGACY_USE_ONLY as RSA_PKCS1_SHA256, RSA_PSS_2048_8192_SHA512, UnparsedPublicKey,
    VerificationAlgorithm,
};
use sfv::{BareItem, Dictionary, FieldType, InnerList, List, ListEntry, Parser};
use url::Url;

/// One signature of a request: what it covers and how it was made.
#[derive(Debug)]
pub struct MessageSignature {
    components: Vec<String>,
    /// The serialised `Signature-Input` member, the last line of the signature base.
    params: String,
    key_id: Url,
    algorithm: Option<String>,
    created: Option<i64>,
    expires: Option<i64>,
    signature: Vec<u8>,
}

fn unauthorized(message: &str) -> AppError {
    AppError::unauthorized(format!("RFC 9421 signature: {message}"))
}

/// The request's first RFC 9421 signature, `None` when it carries no `Signature-Input`.
pub fn parse(headers: &HeaderMap) -> AppResult<Option<MessageSignature>> {
    let Some(input) = headers.get("signature-input") else { return Ok(None) };
    let dictionary = |name: &str, value: Option<&[u8]>| -> AppResult<Dictionary> {
        let value = value.ok_or_else(|| unauthorized(&format!("the {name} header is missing")))?;
        Parser::new(value).parse::<Dictionary>().map_err(|e| unauthorized(&format!("the {name} header: {e}")))
    };
    let inputs = dictionary("Signature-Input", Some(input.as_bytes()))?;
    let signatures = dictionary("Signature", headers.get("signature").map(|v| v.as_bytes()))?;
    let (label, ListEntry::InnerList(list)) = inputs.first().ok_or_else(|| unauthorized("no signature is named"))?
    else {
        return Err(unauthorized("a Signature-Input member must be an inner list"));
    };
    let signature = match signatures.get(label) {
        Some(ListEntry::Item(item)) => item.bare_item.as_byte_sequence().map(<[u8]>::to_vec),
        _ => None,
    }
    .ok_or_else(|| unauthorized(&format!("the Signature header has no {} value", label.as_str())))?;
    let mut components = Vec::with_capacity(list.items.len());
    for item in &list.items {
        // Parameters (`;sf`, `;key`, `;req`, `;bs`) select other forms of a value: not read here.
        match (item.bare_item.as_string(), item.params.is_empty()) {
            (Some(name), true) => components.push(name.as_str().to_ascii_lowercase()),
            _ => return Err(unauthorized("a covered component with parameters is not supported")),
        }
    }
    let param = |name: &str| list.params.iter().find(|(key, _)| key.as_str() == name).map(|(_, value)| value);
    let text = |name: &str| param(name).and_then(BareItem::as_string).map(|s| s.as_str().to_string());
    let number = |name: &str| param(name).and_then(BareItem::as_integer).map(i64::from);
    let key_id = text("keyid")
        .and_then(|k| Url::parse(&k).ok())
        .ok_or_else(|| unauthorized("keyid must be the URL of the signing key"))?;
    let params = vec![ListEntry::InnerList(InnerList { items: list.items.clone(), params: list.params.clone() })];
    let params: List = params;
    Ok(Some(MessageSignature {
        components,
        params: params.serialize().ok_or_else(|| unauthorized("the signature parameters cannot be serialised"))?,
        key_id,
        algorithm: text("alg"),
        created: number("created"),
        expires: number("expires"),
        signature,
    }))
}

impl MessageSignature {
    /// The actor that signed: the key's URL without its fragment.
    pub fn key_owner(&self) -> Url {
        let mut owner = self.key_id.clone();
        owner.set_fragment(None);
        owner
    }

    fn covers(&self, name: &str) -> bool {
        self.components.iter().any(|c| c == name)
    }

    /// What needs no key: coverage and freshness. A POST must also cover its Content-Digest.
    pub fn check(&self, headers: &HeaderMap, now: DateTime<Utc>, post: bool) -> AppResult<()> {
        if !self.covers("@method") {
            return Err(unauthorized("the signature must cover @method"));
        }
        if !["@target-uri", "@request-target", "@path"].iter().any(|c| self.covers(c)) {
            return Err(unauthorized("the signature must cover @target-uri (or @path)"));
        }
        if !["@target-uri", "@authority", "host"].iter().any(|c| self.covers(c)) {
            return Err(unauthorized("the signature must cover @authority (or host)"));
        }
        if post && !self.covers("content-digest") {
            return Err(unauthorized("a signed POST must cover content-digest"));
        }
        let time = match (self.created, self.covers("date")) {
            (Some(created), _) => DateTime::from_timestamp(created, 0),
            (None, true) => super::inbox::header_date(headers),
            (None, false) => return Err(unauthorized("the signature needs created, or to cover date")),
        };
        let time = time.ok_or_else(|| unauthorized("its time cannot be read"))?;
        super::inbox::check_fresh(time, now)?;
        if self.expires.is_some_and(|expires| expires < now.timestamp()) {
            return Err(unauthorized("it has expired"));
        }
        Ok(())
    }

    /// Whether the signature verifies with `public_key` (PKCS#1 DER) over the request as this
    /// node received it at `public_base` (its own scheme and host, e.g. `https://city.example`).
    pub fn verifies(
        &self,
        public_base: &str,
        method: &Method,
        uri: &Uri,
        headers: &HeaderMap,
        public_key: &[u8],
    ) -> bool {
        let algorithm: &dyn VerificationAlgorithm = match self.algorithm.as_deref() {
            None | Some("rsa-v1_5-sha256") => &RSA_PKCS1_SHA256,
            Some("rsa-pss-sha512") => &RSA_PSS_2048_8192_SHA512,
            Some(_) => return false,
        };
        let Some(base) = self.base(public_base, method, uri, headers) else { return false };
        UnparsedPublicKey::new(algorithm, public_key).verify(base.as_bytes(), &self.signature).is_ok()
    }

    /// The signature base (RFC 9421 §2.5): one line per covered component, then the parameters.
    fn base(&self, public_base: &str, method: &Method, uri: &Uri, headers: &HeaderMap) -> Option<String> {
        let path = uri.path();
        let query = uri.query().map(|q| format!("?{q}")).unwrap_or_default();
        let authority = public_base.split_once("://").map_or(public_base, |(_, a)| a).to_ascii_lowercase();
        let mut base = String::new();
        for component in &self.components {
            let value = match component.as_str() {
                "@method" => method.as_str().to_string(),
                "@target-uri" => format!("{public_base}{path}{query}"),
                "@authority" => authority.clone(),
                "@scheme" => public_base.split_once("://")?.0.to_string(),
                "@request-target" => format!("{path}{query}"),
                "@path" => path.to_string(),
                "@query" => {
                    if query.is_empty() {
                        "?".to_string()
                    } else {
                        query.clone()
                    }
                }
                derived if derived.starts_with('@') => return None,
                "host" if headers.get("host").is_none() => authority.clone(),
                field => {
                    let values: Vec<&str> = headers
                        .get_all(field)
                        .iter()
                        .map(|v| v.to_str().map(str::trim))
                        .collect::<Result<_, _>>()
                        .ok()?;
                    if values.is_empty() {
                        return None;
                    }
                    values.join(", ")
                }
            };
            base.push_str(&format!("\"{component}\": {value}\n"));
        }
        base.push_str(&format!("\"@signature-params\": {}", self.params));
        Some(base)
    }
}

/// The body is the one the `Content-Digest` header names (SHA-256 or SHA-512).
pub fn check_content_digest(headers: &HeaderMap, body: &[u8]) -> AppResult<()> {
    use sha2::{Digest, Sha256, Sha512};
    let header = headers.get("content-digest").ok_or_else(|| unauthorized("the Content-Digest header is missing"))?;
    let digests = Parser::new(header.as_bytes())
        .parse::<Dictionary>()
        .map_err(|e| unauthorized(&format!("the Content-Digest header: {e}")))?;
    let mut known = false;
    for (algorithm, entry) in &digests {
        let ListEntry::Item(item) = entry else { continue };
        let Some(value) = item.bare_item.as_byte_sequence() else { continue };
        let expected = match algorithm.as_str() {
            "sha-256" => Sha256::digest(body).to_vec(),
            "sha-512" => Sha512::digest(body).to_vec(),
            _ => continue,
        };
        known = true;
        if value != expected.as_slice() {
            return Err(unauthorized("the Content-Digest header does not match the body"));
        }
    }
    match known {
        true => Ok(()),
        false => Err(unauthorized("Content-Digest names neither sha-256 nor sha-512")),
    }
}

/// A `Content-Digest` header value for `body`.
pub fn content_digest(body: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    format!("sha-256=:{}:", STANDARD.encode(Sha256::digest(body)))
}
