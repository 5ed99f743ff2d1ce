//! The one HTTP client every outgoing request goes through: fetches of actors, keys, objects,
//! WebFinger, NodeInfo and backfill pages, relay subscriptions and deliveries.
//!
//! Addresses are checked when the connection is made, after this client resolved the name
//! itself, so a name that resolves to a public address at one moment and to an internal one the
//! next (DNS rebinding) still cannot reach inside. Redirects are never followed blindly: each hop
//! is checked like the first (scheme, host, port, address), and there are at most
//! [`MAX_REDIRECTS`] of them. Response bodies and times are capped by the callers' readers.

use crate::error::{AppError, AppResult, ErrorKind};
use ipnet::IpNet;
use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use std::{
    net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr},
    sync::Arc,
    time::Duration,
};
use url::{Host, Url};

pub const MAX_REDIRECTS: usize = 3;
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Largest JSON document Cairn reads from another server (NodeInfo, a backfill page).
pub const MAX_DOCUMENT_BYTES: usize = 1024 * 1024;

/// Which hosts and addresses outgoing requests may reach.
#[derive(Debug, Clone, Default)]
pub struct NetworkPolicy {
    /// Loopback hosts (`localhost`, `127.0.0.0/8`, `::1`), and only they, may be reached over
    /// plain http and on any port: for tests and local demos.
    pub allow_loopback: bool,
    /// Networks an operator federates with on purpose although they are not public.
    pub allowed_networks: Vec<IpNet>,
}

/// Why an address may not be requested. Logged; never shown to whoever asked for the request.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("refused outgoing address: {0}")]
pub struct Refused(pub &'static str);

impl NetworkPolicy {
    /// Whether a connection may be made to `ip`, reached through a name that is (or is not) a
    /// loopback host name.
    pub fn permits_address(&self, ip: IpAddr, loopback_name: bool) -> bool {
        let ip = canonical(ip);
        if self.allowed_networks.iter().any(|net| net.contains(&ip)) {
            return true;
        }
        if self.allow_loopback && loopback_name && ip.is_loopback() {
            return true;
        }
        is_public(ip)
    }

    /// The checks that need no name resolution: scheme, port, host kind, IP literals.
    pub fn check_url(&self, url: &Url) -> Result<(), Refused> {
        let loopback = self.allow_loopback && is_loopback_host(url);
        match url.scheme() {
            "https" => {}
            "http" if loopback => {}
            "http" => return Err(Refused("plain http is only allowed for loopback hosts in demo mode")),
            _ => return Err(Refused("only http(s) addresses can be requested")),
        }
        if url.port().is_some() && !loopback {
            return Err(Refused("explicit ports are only allowed for loopback hosts in demo mode"));
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(Refused("addresses with credentials are not requested"));
        }
        match url.host() {
            Some(Host::Domain(domain)) if domain.trim_end_matches('.').is_empty() => Err(Refused("empty host")),
            Some(Host::Domain(_)) => Ok(()),
            Some(Host::Ipv4(ip)) => self.literal(IpAddr::V4(ip), loopback),
            Some(Host::Ipv6(ip)) => self.literal(IpAddr::V6(ip), loopback),
            None => Err(Refused("the address has no host")),
        }
    }

    fn literal(&self, ip: IpAddr, loopback: bool) -> Result<(), Refused> {
        match self.permits_address(ip, loopback) {
            true => Ok(()),
            false => Err(Refused("the address is not public")),
        }
    }
}

/// `localhost`, a name under `.localhost`, or a loopback IP literal.
pub fn is_loopback_host(url: &Url) -> bool {
    match url.host() {
        Some(Host::Domain(domain)) => is_loopback_name(domain),
        Some(Host::Ipv4(ip)) => ip.is_loopback(),
        Some(Host::Ipv6(ip)) => canonical(IpAddr::V6(ip)).is_loopback(),
        None => false,
    }
}

fn is_loopback_name(name: &str) -> bool {
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    name == "localhost" || name.ends_with(".localhost")
}

/// IPv4-mapped IPv6 addresses (`::ffff:127.0.0.1`) are judged as the IPv4 address they carry.
fn canonical(ip: IpAddr) -> IpAddr {
    ip.to_canonical()
}

/// Whether `ip` is reachable on the public internet (and so not an internal service).
pub fn is_public(ip: IpAddr) -> bool {
    match canonical(ip) {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(ip.is_unspecified()
        || a == 0 // 0.0.0.0/8 reaches this host on Linux
        || ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || (a == 100 && (b & 0xc0) == 64) // 100.64.0.0/10, carrier-grade NAT
        || (a == 192 && b == 0 && c == 0) // 192.0.0.0/24, protocol assignments
        || ip.is_documentation()
        || (a == 198 && (b & 0xfe) == 18) // 198.18.0.0/15, benchmarking
        || ip.is_multicast()
        || a >= 240) // reserved, and broadcast
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let s = ip.segments();
    // NAT64 (64:ff9b::/96) carries an IPv4 address: judge that one.
    if s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        let [a, b] = s[6].to_be_bytes();
        let [c, d] = s[7].to_be_bytes();
        return is_public_v4(Ipv4Addr::new(a, b, c, d));
    }
    !(ip.is_unspecified()
        || ip.is_loopback()
        || s[..6] == [0, 0, 0, 0, 0, 0] // IPv4-compatible (deprecated)
        || s[..6] == [0, 0, 0, 0, 0, 0xffff] // IPv4-mapped, when not canonicalised
        || (s[0] == 0x64 && s[1] == 0xff9b && s[2] == 1) // 64:ff9b:1::/48, local NAT64
        || s[0] == 0x2002 // 6to4 embeds any IPv4 address
        || (s[0] == 0x2001 && s[1] == 0x0db8) // documentation
        || (s[0] & 0xfff0) == 0x3ff0 // 3fff::/20, documentation
        || (s[0] == 0x2001 && s[1] == 0x0002 && s[2] == 0) // benchmarking
        || ip.is_unique_local()
        || ip.is_unicast_link_local()
        || (s[0] & 0xffc0) == 0xfec0 // site-local (deprecated)
        || ip.is_multicast())
}

/// Resolves names for the client and refuses, at connect time, any answer with an address the
/// policy does not permit.
struct GuardedResolver(Arc<NetworkPolicy>);

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let policy = self.0.clone();
        let host = name.as_str().to_string();
        Box::pin(async move {
            let loopback = is_loopback_name(&host);
            let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            if addrs.is_empty() {
                return Err(Box::new(Refused("the name has no address")) as Box<_>);
            }
            // One refused address refuses the name: a mixed answer is an attempt to get in.
            if let Some(addr) = addrs.iter().find(|a| !policy.permits_address(a.ip(), loopback)) {
                tracing::warn!("outgoing request to {host} refused: it resolves to {}", addr.ip());
                return Err(Box::new(Refused("the name resolves to an address that is not public")) as Box<_>);
            }
            Ok(Box::new(addrs.into_iter()) as Addrs)
        })
    }
}

/// The client: its own resolver, every redirect hop checked, timeouts, no proxies from the
/// environment (a proxy would resolve names where the checks cannot see).
pub fn client(policy: Arc<NetworkPolicy>, user_agent: &str) -> AppResult<reqwest::Client> {
    let hops = policy.clone();
    let redirects = reqwest::redirect::Policy::custom(move |attempt| {
        if attempt.previous().len() > MAX_REDIRECTS {
            return attempt.error(Refused("too many redirects"));
        }
        match hops.check_url(attempt.url()) {
            Ok(()) => attempt.follow(),
            Err(refused) => {
                tracing::warn!("redirect to {} refused: {}", attempt.url(), refused.0);
                attempt.error(refused)
            }
        }
    });
    reqwest::Client::builder()
        .user_agent(user_agent)
        .dns_resolver(Arc::new(GuardedResolver(policy)))
        .redirect(redirects)
        .no_proxy()
        .timeout(REQUEST_TIMEOUT)
        .connect_timeout(CONNECT_TIMEOUT)
        .pool_idle_timeout(Duration::from_secs(60))
        .build()
        .map_err(AppError::internal)
}

/// A JSON document from another server (NodeInfo and the like): the URL is checked, the body
/// is read up to [`MAX_DOCUMENT_BYTES`], and any failure is the generic `what` for the caller.
pub async fn fetch_json(
    client: &reqwest::Client,
    policy: &NetworkPolicy,
    url: &Url,
    what: &str,
) -> AppResult<serde_json::Value> {
    let body = fetch_bytes(client, policy, url, "application/json", MAX_DOCUMENT_BYTES, what).await?;
    serde_json::from_slice(&body)
        .map_err(|e| AppError::new(ErrorKind::RemoteFailed, format!("could not fetch {what}")).with_cause(e))
}

/// A file from another server (a picture to keep here, say): the URL is checked, the body read
/// up to `limit` bytes and no further, and any failure is the generic `what` for the caller.
pub async fn fetch_bytes(
    client: &reqwest::Client,
    policy: &NetworkPolicy,
    url: &Url,
    accept: &str,
    limit: usize,
    what: &str,
) -> AppResult<Vec<u8>> {
    let failed = || AppError::new(ErrorKind::RemoteFailed, format!("could not fetch {what}"));
    policy.check_url(url).map_err(|refused| failed().with_cause(refused))?;
    let mut response =
        client.get(url.as_str()).header("accept", accept).send().await.map_err(|e| failed().with_cause(e))?;
    if !response.status().is_success() {
        return Err(failed().with_cause(anyhow::anyhow!("{url} answered {}", response.status())));
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|e| failed().with_cause(e))? {
        if body.len() + chunk.len() > limit {
            return Err(failed().with_cause(anyhow::anyhow!("{url} sent more than {limit} bytes")));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// The first `limit` bytes of an answer's body, as text (to show why a server refused): the
/// rest is never read, however much a server sends.
pub async fn read_limited(mut response: reqwest::Response, limit: usize) -> reqwest::Result<String> {
    let mut body = Vec::new();
    while body.len() < limit {
        let Some(chunk) = response.chunk().await? else { break };
        body.extend_from_slice(&chunk[..chunk.len().min(limit - body.len())]);
    }
    Ok(String::from_utf8_lossy(&body).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn public() -> NetworkPolicy {
        NetworkPolicy::default()
    }

    #[test]
    fn internal_addresses_are_refused() {
        for ip in [
            "0.0.0.0",
            "0.1.2.3",
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "192.0.0.8",
            "192.0.2.1",
            "198.51.100.1",
            "203.0.113.9",
            "198.18.0.1",
            "198.19.255.1",
            "224.0.0.1",
            "240.0.0.1",
            "255.255.255.255",
            "::",
            "::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "::7f00:1",
            "64:ff9b::7f00:1",
            "64:ff9b::a00:1",
            "64:ff9b:1::1",
            "2002:7f00:1::",
            "2001:db8::1",
            "3fff::1",
            "2001:2::1",
            "fc00::1",
            "fd12:3456::1",
            "fe80::1",
            "fec0::1",
            "ff02::1",
        ] {
            let ip: IpAddr = ip.parse().unwrap();
            assert!(!public().permits_address(ip, false), "{ip} must be refused");
        }
    }

    #[test]
    fn public_addresses_pass() {
        for ip in ["1.1.1.1", "8.8.8.8", "100.128.0.1", "198.20.0.1", "2606:4700::1", "64:ff9b::808:808"] {
            let ip: IpAddr = ip.parse().unwrap();
            assert!(public().permits_address(ip, false), "{ip} must pass");
        }
    }

    #[test]
    fn loopback_only_for_loopback_names_in_demo_mode() {
        let demo = NetworkPolicy { allow_loopback: true, ..Default::default() };
        let lo: IpAddr = "127.0.0.1".parse().unwrap();
        assert!(demo.permits_address(lo, true));
        // A public-looking name that resolves to loopback is still refused.
        assert!(!demo.permits_address(lo, false));
        assert!(!public().permits_address(lo, true));
        // Private networks stay closed in demo mode.
        assert!(!demo.permits_address("10.0.0.1".parse().unwrap(), true));
    }

    #[test]
    fn allowed_networks_open_only_themselves() {
        let policy = NetworkPolicy { allowed_networks: vec!["198.18.0.0/15".parse().unwrap()], ..Default::default() };
        assert!(policy.permits_address("198.18.0.10".parse().unwrap(), false));
        assert!(policy.permits_address("::ffff:198.18.0.10".parse().unwrap(), false));
        assert!(!policy.permits_address("10.0.0.1".parse().unwrap(), false));
        assert!(!policy.permits_address("127.0.0.1".parse().unwrap(), false));
    }

    #[test]
    fn urls_are_checked_before_any_lookup() {
        let check = |policy: &NetworkPolicy, url: &str| policy.check_url(&Url::parse(url).unwrap()).is_ok();
        let demo = NetworkPolicy { allow_loopback: true, ..Default::default() };
        assert!(check(&public(), "https://lyon.example/users/city"));
        assert!(!check(&public(), "http://lyon.example/users/city"));
        assert!(!check(&public(), "https://lyon.example:8443/"));
        assert!(!check(&public(), "https://127.0.0.1/"));
        assert!(!check(&public(), "https://[::ffff:127.0.0.1]/"));
        assert!(!check(&public(), "https://[::1]/"));
        assert!(!check(&public(), "https://2130706433/"), "decimal IPv4 literal");
        assert!(!check(&public(), "https://0x7f.1/"), "hex IPv4 literal");
        assert!(!check(&public(), "javascript:alert(1)"));
        assert!(!check(&public(), "file:///etc/passwd"));
        assert!(!check(&public(), "https://user:pw@lyon.example/"));
        assert!(!check(&public(), "http://localhost:8080/"));
        assert!(check(&demo, "http://localhost:8080/users/city"));
        assert!(check(&demo, "http://127.0.0.1:8080/"));
        // Demo mode opens loopback only: every other host keeps every check.
        assert!(!check(&demo, "http://lyon.example/"));
        assert!(!check(&demo, "https://lyon.example:8443/"));
        assert!(!check(&demo, "http://10.0.0.1:8080/"));
    }

    #[tokio::test]
    async fn the_resolver_refuses_names_of_internal_addresses() {
        let resolver = GuardedResolver(Arc::new(public()));
        let name: Name = "localhost".parse().unwrap();
        assert!(resolver.resolve(name).await.is_err());
        let demo = GuardedResolver(Arc::new(NetworkPolicy { allow_loopback: true, ..Default::default() }));
        let name: Name = "localhost".parse().unwrap();
        assert!(demo.resolve(name).await.is_ok());
    }
}
