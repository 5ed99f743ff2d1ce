//! Signing outgoing deliveries with RSA-SHA256: draft-cavage HTTP signatures over
//! `(request-target) host date digest`, as Mastodon requires, or RFC 9421 message signatures
//! over `@method @target-uri @authority content-digest`, as Mastodon 4.5 and Fedify read them.
//!
//! Signing is most of a delivery's CPU. `ring` signs an RSA-2048 message in about 0.54 ms on
//! this machine kind, the `rsa` crate (which the federation library uses) in 1.32 ms
//! (BENCHMARKS.md, "Signing"), so deliveries are signed here, with each key parsed once.

use crate::error::{AppError, AppResult};
use base64::{Engine, engine::general_purpose::STANDARD};
use reqwest::header::{HeaderMap, HeaderValue};
use ring::signature::{RSA_PKCS1_SHA256, RsaKeyPair};
use sha2::{Digest, Sha256};
use url::Url;

/// A local actor's signing key, parsed.
pub struct Signer {
    key_id: String,
    key: RsaKeyPair,
    /// The PEM it was parsed from, to notice a new key.
    pem: String,
}

impl Signer {
    /// The signer for the actor `actor_id` whose private key is `pem` (PKCS#8 or PKCS#1).
    pub fn new(actor_id: &str, pem: &str) -> AppResult<Signer> {
        let (label, der) = pem_body(pem).ok_or_else(|| AppError::internal(anyhow::anyhow!("the key is not PEM")))?;
        let key = match label.as_str() {
            "PRIVATE KEY" => RsaKeyPair::from_pkcs8(&der),
            "RSA PRIVATE KEY" => RsaKeyPair::from_der(&der),
            other => return Err(AppError::internal(anyhow::anyhow!("unexpected key type {other}"))),
        }
        .map_err(|e| AppError::internal(anyhow::anyhow!("the signing key is not usable: {e}")))?;
        Ok(Signer { key_id: format!("{actor_id}#main-key"), key, pem: pem.to_string() })
    }

    /// Whether this signer was made from `pem`.
    pub fn made_from(&self, pem: &str) -> bool {
        self.pem == pem
    }

    /// The headers of a signed `POST` of `body` to `inbox`: Host, Date, the digest,
    /// Content-Type and the signature, in `scheme`.
    pub fn post_headers(&self, inbox: &Url, body: &[u8], scheme: Scheme) -> AppResult<HeaderMap> {
        let host = match (inbox.host_str(), inbox.port()) {
            (Some(host), Some(port)) => format!("{host}:{port}"),
            (Some(host), None) => host.to_string(),
            (None, _) => return Err(AppError::bad_request("the inbox has no host")),
        };
        let now = chrono::Utc::now();
        let date = now.format("%a, %d %b %Y %H:%M:%S GMT").to_string();
        let mut headers = HeaderMap::with_capacity(6);
        let value = |v: String| HeaderValue::try_from(v).map_err(AppError::internal);
        match scheme {
            Scheme::Cavage => {
                let digest = format!("SHA-256={}", STANDARD.encode(Sha256::digest(body)));
                let target = match inbox.query() {
                    Some(query) => format!("{}?{query}", inbox.path()),
                    None => inbox.path().to_string(),
                };
                let signed = format!("(request-target): post {target}\nhost: {host}\ndate: {date}\ndigest: {digest}");
                let signature = format!(
                    r#"keyId="{}",algorithm="rsa-sha256",headers="(request-target) host date digest",signature="{}""#,
                    self.key_id,
                    STANDARD.encode(self.sign(&signed)?)
                );
                headers.insert("digest", value(digest)?);
                headers.insert("signature", value(signature)?);
            }
            Scheme::Rfc9421 => {
                let digest = super::rfc9421::content_digest(body);
                let params = format!(
                    r#"("@method" "@target-uri" "@authority" "content-digest");alg="rsa-v1_5-sha256";keyid="{}";created={}"#,
                    self.key_id,
                    now.timestamp()
                );
                let signed = format!(
                    "\"@method\": POST\n\"@target-uri\": {inbox}\n\"@authority\": {}\n\"content-digest\": {digest}\n\"@signature-params\": {params}",
                    host.to_ascii_lowercase()
                );
                headers.insert("content-digest", value(digest)?);
                headers.insert("signature-input", value(format!("sig1={params}"))?);
                headers.insert("signature", value(format!("sig1=:{}:", STANDARD.encode(self.sign(&signed)?)))?);
            }
        }
        headers.insert("host", value(host)?);
        headers.insert("date", value(date)?);
        headers.insert("content-type", HeaderValue::from_static(activitypub_federation::FEDERATION_CONTENT_TYPE));
        Ok(headers)
    }

    fn sign(&self, text: &str) -> AppResult<Vec<u8>> {
        let mut signature = vec![0; self.key.public().modulus_len()];
        self.key
            .sign(&RSA_PKCS1_SHA256, &ring::rand::SystemRandom::new(), text.as_bytes(), &mut signature)
            .map_err(|e| AppError::internal(anyhow::anyhow!("signing failed: {e}")))?;
        Ok(signature)
    }
}

/// How a delivery is signed. RFC 9421 is tried first with a server not met before; one that
/// refuses it gets draft-cavage, which every fediverse server reads, and what worked is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    Rfc9421,
    Cavage,
}

impl Scheme {
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Rfc9421 => "rfc9421",
            Scheme::Cavage => "cavage",
        }
    }

    pub fn parse(name: &str) -> Option<Scheme> {
        [Scheme::Rfc9421, Scheme::Cavage].into_iter().find(|s| s.as_str() == name)
    }
}

/// The label and bytes of the first PEM block.
fn pem_body(pem: &str) -> Option<(String, Vec<u8>)> {
    let begin = pem.find("-----BEGIN ")?;
    let rest = &pem[begin + "-----BEGIN ".len()..];
    let (label, rest) = rest.split_once("-----")?;
    let end = rest.find(&format!("-----END {label}-----"))?;
    let base64: String = rest[..end].split_whitespace().collect();
    Some((label.to_string(), STANDARD.decode(base64).ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use activitypub_federation::http_signatures::generate_actor_keypair;
    use rsa::{
        RsaPublicKey,
        pkcs1::EncodeRsaPrivateKey,
        pkcs8::{DecodePrivateKey, DecodePublicKey},
    };

    /// What a receiver does: rebuild the signing string and check it with the public key.
    fn verifies(public_pem: &str, inbox: &Url, headers: &HeaderMap, body: &[u8]) -> bool {
        let header = |name: &str| headers[name].to_str().unwrap().to_string();
        let signature = header("signature");
        let value = signature.split("signature=\"").nth(1).unwrap().trim_end_matches('"');
        let signing_string = format!(
            "(request-target): post {}\nhost: {}\ndate: {}\ndigest: {}",
            inbox.path(),
            header("host"),
            header("date"),
            header("digest")
        );
        assert_eq!(header("digest"), format!("SHA-256={}", STANDARD.encode(Sha256::digest(body))));
        let key = RsaPublicKey::from_public_key_pem(public_pem).unwrap();
        let hashed = Sha256::digest(signing_string.as_bytes());
        key.verify(rsa::Pkcs1v15Sign::new::<Sha256>(), &hashed, &STANDARD.decode(value).unwrap()).is_ok()
    }

    #[test]
    fn signs_what_a_receiver_verifies_from_pkcs8_and_pkcs1_keys() {
        let pair = generate_actor_keypair().unwrap();
        let inbox = Url::parse("https://gent.example/inbox").unwrap();
        let body = br#"{"type":"Create"}"#;
        let signer = Signer::new("https://lyon.example/users/city", &pair.private_key).unwrap();
        let headers = signer.post_headers(&inbox, body, Scheme::Cavage).unwrap();
        assert!(verifies(&pair.public_key, &inbox, &headers, body));
        assert!(
            headers["signature"].to_str().unwrap().starts_with(r#"keyId="https://lyon.example/users/city#main-key""#)
        );
        assert_eq!(headers["host"], "gent.example");

        let pkcs1 = rsa::RsaPrivateKey::from_pkcs8_pem(&pair.private_key).unwrap().to_pkcs1_pem(Default::default());
        let signer = Signer::new("https://lyon.example/users/city", &pkcs1.unwrap()).unwrap();
        assert!(verifies(&pair.public_key, &inbox, &signer.post_headers(&inbox, body, Scheme::Cavage).unwrap(), body));
        let other = generate_actor_keypair().unwrap();
        assert!(!verifies(&other.public_key, &inbox, &headers, body), "another key does not verify it");
    }

    #[test]
    fn signs_rfc9421_messages_that_the_inbox_verifies() {
        use rsa::pkcs1::EncodeRsaPublicKey;
        let pair = generate_actor_keypair().unwrap();
        let inbox = Url::parse("https://gent.example/users/ben/inbox").unwrap();
        let body = br#"{"type":"Create"}"#;
        let signer = Signer::new("https://lyon.example/users/city", &pair.private_key).unwrap();
        let headers = signer.post_headers(&inbox, body, Scheme::Rfc9421).unwrap();
        assert!(headers.get("digest").is_none(), "one scheme at a time");
        let signature = super::super::rfc9421::parse(&headers).unwrap().expect("an RFC 9421 signature");
        signature.check(&headers, chrono::Utc::now(), true).unwrap();
        super::super::rfc9421::check_content_digest(&headers, body).unwrap();
        assert_eq!(signature.key_owner().as_str(), "https://lyon.example/users/city");
        let der =
            |pem: &str| RsaPublicKey::from_public_key_pem(pem).unwrap().to_pkcs1_der().unwrap().as_bytes().to_vec();
        let (method, uri) = (axum::http::Method::POST, "/users/ben/inbox".parse().unwrap());
        assert!(signature.verifies("https://gent.example", &method, &uri, &headers, &der(&pair.public_key)));
        let other = generate_actor_keypair().unwrap();
        assert!(!signature.verifies("https://gent.example", &method, &uri, &headers, &der(&other.public_key)));
        let elsewhere = "/users/carl/inbox".parse().unwrap();
        assert!(!signature.verifies("https://gent.example", &method, &elsewhere, &headers, &der(&pair.public_key)));
    }

    #[test]
    fn refuses_what_is_not_a_key() {
        assert!(Signer::new("https://lyon.example/users/city", "not a key").is_err());
        let garbage = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
        assert!(Signer::new("https://lyon.example/users/city", garbage).is_err());
    }
}
