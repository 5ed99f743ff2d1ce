use crate::error::{AppError, AppResult};
use cairn_templates::i18n::t;
use url::Url;

/// What a person typed to name an actor on some server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActorRef {
    /// `user@host` (the leading `@` is optional).
    Handle {
        username: String,
        host: String,
    },
    Url(Url),
}

pub fn parse_actor_ref(input: &str) -> AppResult<ActorRef> {
    let input = input.trim();
    if input.starts_with("https://") || input.starts_with("http://") {
        let url = Url::parse(input).map_err(|_| bad_target())?;
        if url.host_str().is_none() {
            return Err(bad_target());
        }
        return Ok(ActorRef::Url(url));
    }
    let rest = input.strip_prefix('@').unwrap_or(input);
    let (username, host) = rest.split_once('@').ok_or_else(bad_target)?;
    let username_ok = !username.is_empty()
        && username.len() <= 64
        && username.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'));
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | ':'))
        && Url::parse(&format!("http://{host}/")).is_ok();
    if !username_ok || !host_ok {
        return Err(bad_target());
    }
    Ok(ActorRef::Handle { username: username.to_string(), host: host.to_ascii_lowercase() })
}

fn bad_target() -> AppError {
    AppError::invalid("target", t("enter-a-handle-like-anna-city-example"))
}

/// `host[:port]` of a URL string, lowercased: how Cairn names an instance.
pub fn host_of(url: &str) -> String {
    Url::parse(url).map(|u| host_of_url(&u)).unwrap_or_default()
}

pub fn host_of_url(url: &Url) -> String {
    match (url.host_str(), url.port()) {
        (Some(host), Some(port)) => format!("{}:{port}", host.to_ascii_lowercase()),
        (Some(host), None) => host.to_ascii_lowercase(),
        _ => String::new(),
    }
}

/// A domain as an admin types it into the allow/block list: a bare host, optional port.
pub fn check_domain(input: &str) -> AppResult<String> {
    let domain = input.trim().trim_end_matches('/').to_ascii_lowercase();
    let domain = domain.strip_prefix("https://").or_else(|| domain.strip_prefix("http://")).unwrap_or(&domain);
    let valid = !domain.is_empty()
        && domain.len() <= 253
        && domain.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | ':'))
        && !domain.starts_with('.');
    if !valid {
        return Err(AppError::invalid("domain", t("enter-a-domain-like-city-example")));
    }
    Ok(domain.to_string())
}

/// Whether `host` is `domain` or one of its subdomains (port included in the comparison).
pub fn domain_matches(host: &str, domain: &str) -> bool {
    host == domain || host.ends_with(&format!(".{domain}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles_and_urls() {
        assert_eq!(
            parse_actor_ref("@anna@lyon.example").unwrap(),
            ActorRef::Handle { username: "anna".into(), host: "lyon.example".into() }
        );
        assert_eq!(
            parse_actor_ref("anna@localhost:9001").unwrap(),
            ActorRef::Handle { username: "anna".into(), host: "localhost:9001".into() }
        );
        assert!(matches!(parse_actor_ref("https://lyon.example/users/anna").unwrap(), ActorRef::Url(_)));
        for bad in ["", "anna", "@anna@", "@@x", "anna@ex ample.org", "ftp://x/y", "@a@b/c"] {
            assert!(parse_actor_ref(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn domains() {
        assert_eq!(host_of("http://localhost:9000/inbox"), "localhost:9000");
        assert_eq!(check_domain("https://Spam.Example/").unwrap(), "spam.example");
        assert!(check_domain("not a domain").is_err());
        assert!(domain_matches("a.spam.example", "spam.example"));
        assert!(!domain_matches("notspam.example", "spam.example"));
    }
}
