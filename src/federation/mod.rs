//! ActivityPub: wire shapes, federated objects, activities, the inbox and the delivery queue.

pub mod activities;
pub mod delivery;
#[cfg(test)]
mod fixtures;
pub mod inbox;
pub mod multikey;
pub mod objects;
pub mod outbox;
pub mod outgoing;
pub mod policy;
pub mod protocol;
pub mod rfc9421;
pub mod signed_fetch;
pub mod signing;

use crate::{error::AppResult, state::AppState};
use activitypub_federation::config::FederationConfig;
use serde_json::{Value, json};

pub type Data = activitypub_federation::config::Data<AppState>;

/// The JSON-LD context of every document Cairn serves.
pub fn context(state: &AppState) -> Value {
    json!([
        "https://www.w3.org/ns/activitystreams",
        "https://w3id.org/security/v1",
        {
            "manuallyApprovesFollowers": "as:manuallyApprovesFollowers",
            "alsoKnownAs": {"@id": "as:alsoKnownAs", "@type": "@id"},
            "movedTo": {"@id": "as:movedTo", "@type": "@id"},
            "assertionMethod": {"@id": "sec:assertionMethod", "@type": "@id", "@container": "@set"},
            "Multikey": "sec:Multikey",
            "controller": {"@id": "sec:controller", "@type": "@id"},
            "publicKeyMultibase": "sec:publicKeyMultibase",
            "toot": "http://joinmastodon.org/ns#",
            "discoverable": "toot:discoverable",
            "suspended": "toot:suspended",
            "schema": "http://schema.org#",
            "PropertyValue": "schema:PropertyValue",
            "value": "schema:value",
            "cairn": state.url("/ns#"),
            "jobTitle": "cairn:jobTitle",
            "city": "cairn:city",
            "expertise": "cairn:expertise",
            "Hashtag": "as:Hashtag",
            "resourceKind": "cairn:resourceKind",
            "sectors": "cairn:sectors",
            "phases": "cairn:phases",
            "mapSteps": "cairn:mapSteps",
            "toolTypes": "cairn:toolTypes",
            "country": "cairn:country",
            "periodStart": "cairn:periodStart",
            "periodEnd": "cairn:periodEnd",
            "impact": "cairn:impact",
            "tco2e_per_year": "cairn:tco2ePerYear",
            "investment_eur": "cairn:investmentEur",
            "people_reached": "cairn:peopleReached",
            "license": "cairn:license",
            "language": "cairn:language",
            "organisation": "cairn:organisation",
            "topics": "cairn:topics",
            "mz": "https://joinmobilizon.org/ns#",
            "joinMode": "mz:joinMode",
            "participantCount": "mz:participantCount",
            "isOnline": "mz:isOnline",
            "timezone": "mz:timezone",
            "maximumAttendeeCapacity": "schema:maximumAttendeeCapacity",
            "startTime": "as:startTime",
            "endTime": "as:endTime",
            "eventStatus": "cairn:eventStatus",
            "VirtualLocation": "schema:VirtualLocation",
            "Journey": "cairn:Journey",
            "JourneyStep": "cairn:JourneyStep",
            "steps": "cairn:steps",
            "step": "cairn:step",
            "phase": "cairn:phase",
            "status": "cairn:status",
            "notes": "cairn:notes",
            "evidence": {"@id": "cairn:evidence", "@type": "@id"},
        }
    ])
}

/// Builds the federation library's configuration: Cairn's HTTP client, the domain policy, the
/// node's application actor for signed fetches, and the loopback switch.
pub async fn config(state: AppState, signer: &objects::actor::ApActor) -> AppResult<FederationConfig<AppState>> {
    let loopback = state.config.federation.allow_loopback;
    if loopback {
        tracing::warn!(
            "federation.allow_loopback is ON: loopback hosts may be reached over plain http and on any \
             port. Use this only for tests and local demos."
        );
    }
    let verifier = policy::PolicyVerifier::new(&state);
    FederationConfig::builder()
        .domain(state.domain.clone())
        .app_data(state.clone())
        .client(state.http.clone().into())
        .url_verifier(Box::new(verifier))
        .signed_fetch_actor(signer)
        .http_fetch_limit(25)
        // Sign `(request-target) host date digest` as Mastodon does: servers that check a
        // signed fetch (Mastodon's authorized fetch, bovine) require host and date.
        .http_signature_compat(true)
        .request_timeout(outgoing::REQUEST_TIMEOUT)
        // The library's debug mode lets http, ports and any address through for every host;
        // Cairn's verifier and client put every check back for hosts that are not loopback.
        .debug(loopback)
        .build()
        .await
        .map_err(crate::error::AppError::internal)
}
