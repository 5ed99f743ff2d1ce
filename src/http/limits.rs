//! Applies the abuse limits that depend on who is asking (the client address, or the API
//! token) before a request reaches its handler. Limits per account and per remote server are
//! checked where the account or the server is known (log-in, the inbox).

use crate::{
    http::session::bearer_token,
    service::{accounts::secret_hash, limits::Bucket},
    state::AppState,
};
use axum::{
    extract::{ConnectInfo, Request, State, connect_info::Connected},
    http::Method,
    middleware::Next,
    response::{IntoResponse, Response},
    serve::IncomingStream,
};
use std::net::{IpAddr, SocketAddr};

pub async fn apply(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let bucket = match (request.method(), path) {
        (&Method::GET | &Method::HEAD | &Method::OPTIONS, _) => None,
        (_, "/inbox") => None,
        (_, p) if p.starts_with("/users/") && p.ends_with("/inbox") => None,
        (_, "/register" | "/api/v1/accounts") => Some(Bucket::RegistrationAddress),
        (_, "/login" | "/api/v1/auth/token" | "/oauth/token" | "/oauth/authorize" | "/api/v1/apps") => {
            Some(Bucket::CredentialsAddress)
        }
        _ => Some(Bucket::Writes),
    };
    let Some(bucket) = bucket else { return next.run(request).await };
    let address = client_address(&state, &request);
    let key = match (bucket, bearer_token(request.headers())) {
        // An API client is counted by its token, so people behind one address are not lumped.
        (Bucket::Writes, Some(token)) => format!("token:{}", secret_hash(token)),
        _ => format!("address:{address}"),
    };
    if let Err(error) = state.limits.check(bucket, &key) {
        tracing::info!("{bucket:?} limit reached by {address} on {path}");
        let api = path.starts_with("/api/") || path.starts_with("/oauth/token") || path.starts_with("/oauth/revoke");
        return if api { error.into_response() } else { crate::http::web::WebError::from(error).into_response() };
    }
    next.run(request).await
}

/// The peer address of a connection, plain or TLS.
#[derive(Debug, Clone, Copy)]
pub struct Peer(pub SocketAddr);

impl Connected<IncomingStream<'_, tokio::net::TcpListener>> for Peer {
    fn connect_info(stream: IncomingStream<'_, tokio::net::TcpListener>) -> Self {
        Peer(*stream.remote_addr())
    }
}

impl Connected<IncomingStream<'_, crate::tls::TlsListener>> for Peer {
    fn connect_info(stream: IncomingStream<'_, crate::tls::TlsListener>) -> Self {
        Peer(*stream.remote_addr())
    }
}

/// The address the request came from: the peer, or, when the peer is a proxy the operator
/// trusts (`server.trusted_proxies`), the last address it added to `X-Forwarded-For`.
pub fn client_ip(state: &AppState, request: &Request) -> Option<IpAddr> {
    let peer = request.extensions().get::<ConnectInfo<Peer>>().map(|c| c.0.0.ip())?;
    let trusted = |ip: &IpAddr| state.config.server.trusted_proxies.iter().any(|net| net.contains(ip));
    if !trusted(&peer) {
        return Some(peer);
    }
    let forwarded = request
        .headers()
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|a| a.trim().parse::<IpAddr>().ok())
        .rfind(|ip| !trusted(ip));
    Some(forwarded.unwrap_or(peer))
}

/// [`client_ip`] as a key for the limits.
pub fn client_address(state: &AppState, request: &Request) -> String {
    client_ip(state, request).map_or_else(|| "unknown".into(), |ip| ip.to_string())
}
