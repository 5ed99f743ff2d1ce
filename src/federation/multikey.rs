//! Ed25519 keys published as Multikey (FEP-521a) next to each local actor's RSA key, in
//! `assertionMethod`, for servers that verify Ed25519 signatures (RFC 9421 `ed25519`, object
//! integrity proofs).
//!
//! The key is derived from the actor's RSA private key (SHA-256 of a label and the PEM as its
//! seed) rather than stored: it needs no column, stays as secret as the RSA key, and changes
//! when that key is rotated.

use ring::signature::{Ed25519KeyPair, KeyPair};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// The multicodec prefix of an Ed25519 public key (`ed25519-pub`, varint 0xed).
const ED25519_PUB: [u8; 2] = [0xed, 0x01];

/// The Ed25519 key pair of the local actor whose RSA private key is `private_key_pem`.
pub fn key_pair(private_key_pem: &str) -> Option<Ed25519KeyPair> {
    let seed = Sha256::new().chain_update(b"cairn ed25519 key v1\n").chain_update(private_key_pem).finalize();
    Ed25519KeyPair::from_seed_unchecked(&seed).ok()
}

/// A public key as `publicKeyMultibase`: base58btc (`z`) of the multicodec prefix and the key.
pub fn multibase(public_key: &[u8]) -> String {
    let bytes: Vec<u8> = ED25519_PUB.iter().chain(public_key).copied().collect();
    format!("z{}", bs58::encode(bytes).into_string())
}

/// The actor's `assertionMethod`: its Ed25519 key as a Multikey.
pub fn assertion_method(actor_id: &str, private_key_pem: &str) -> Vec<Value> {
    let Some(pair) = key_pair(private_key_pem) else { return Vec::new() };
    vec![json!({
        "id": format!("{actor_id}#ed25519-key"),
        "type": "Multikey",
        "controller": actor_id,
        "publicKeyMultibase": multibase(pair.public_key().as_ref()),
    })]
}

#[cfg(test)]
mod tests {
    use super::*;
    use ring::signature::{ED25519, UnparsedPublicKey};

    #[test]
    fn the_published_key_verifies_what_the_derived_key_signs() {
        let pem = activitypub_federation::http_signatures::generate_actor_keypair().unwrap().private_key;
        let method = assertion_method("https://lyon.example/users/city", &pem);
        let key = &method[0];
        assert_eq!(key["type"], "Multikey");
        assert_eq!(key["controller"], "https://lyon.example/users/city");
        let encoded = key["publicKeyMultibase"].as_str().unwrap();
        assert!(encoded.starts_with("z6Mk"), "an Ed25519 multikey: {encoded}");
        let decoded = bs58::decode(&encoded[1..]).into_vec().unwrap();
        assert_eq!(decoded[..2], ED25519_PUB);
        let signature = key_pair(&pem).unwrap().sign(b"hello");
        assert!(UnparsedPublicKey::new(&ED25519, &decoded[2..]).verify(b"hello", signature.as_ref()).is_ok());
        assert_eq!(assertion_method("https://lyon.example/users/city", &pem), method, "the same key each time");
        let other = activitypub_federation::http_signatures::generate_actor_keypair().unwrap().private_key;
        assert_ne!(assertion_method("https://lyon.example/users/city", &other), method);
    }
}
