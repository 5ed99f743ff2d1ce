use crate::error::{AppError, AppResult, Problems};
use cairn_templates::i18n::{msg, t};

/// Names that would shadow a route or mislead people.
const RESERVED: &[&str] = &[
    "admin",
    "api",
    "actor",
    "cairn",
    "inbox",
    "login",
    "logout",
    "node",
    "ns",
    "register",
    "relay",
    "root",
    "settings",
    "static",
    "system",
    "users",
    "well-known",
    "www",
];

/// How the rules of a handle are worded: a person's username or a group's handle.
pub struct HandleWords {
    field: &'static str,
    length: &'static str,
    first_letter: &'static str,
    letters: &'static str,
    reserved: &'static str,
}

pub const USERNAME: HandleWords = HandleWords {
    field: "username",
    length: msg("username-length"),
    first_letter: msg("username-first-letter"),
    letters: msg("username-letters"),
    reserved: msg("that-username-is-reserved"),
};

pub const GROUP_HANDLE: HandleWords = HandleWords {
    field: "handle",
    length: msg("group-handle-length"),
    first_letter: msg("group-handle-first-letter"),
    letters: msg("group-handle-letters"),
    reserved: msg("that-group-handle-is-reserved"),
};

/// Usernames are lowercase ASCII letters, digits and `_`, 2–30 characters, starting with a letter.
pub fn validate_username(name: &str) -> Result<(), String> {
    broken_rule(name, &USERNAME).map_or(Ok(()), |rule| Err(t(rule).into()))
}

fn broken_rule(name: &str, words: &HandleWords) -> Option<&'static str> {
    if !(2..=30).contains(&name.len()) {
        return Some(words.length);
    }
    if !name.starts_with(|c: char| c.is_ascii_lowercase()) {
        return Some(words.first_letter);
    }
    if !name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
        return Some(words.letters);
    }
    None
}

pub fn check_username(name: &str) -> AppResult<String> {
    check_handle(name, &USERNAME)
}

/// A person's username or a group's handle (they share one namespace), or why it cannot be.
pub fn check_handle(name: &str, words: &HandleWords) -> AppResult<String> {
    let name = name.trim().to_string();
    if let Some(rule) = broken_rule(&name, words) {
        return Err(AppError::invalid(words.field, t(rule)));
    }
    // Sector names belong to the node's topic actors.
    if RESERVED.contains(&name.as_str()) || crate::domain::taxonomy::TAXONOMY.sectors.iter().any(|s| s.id == name) {
        return Err(AppError::invalid(words.field, t(words.reserved)));
    }
    Ok(name)
}

pub fn check_email(email: &str) -> AppResult<String> {
    let email = email.trim().to_lowercase();
    let valid = email.len() <= 254
        && email.split_once('@').is_some_and(|(local, host)| {
            !local.is_empty() && host.contains('.') && !host.starts_with('.') && !host.ends_with('.')
        })
        && !email.chars().any(char::is_whitespace);
    if !valid {
        return Err(AppError::invalid("email", t("enter-an-email-address-like-name-city")));
    }
    Ok(email)
}

/// Longest life an API token may be given.
pub const MAX_TOKEN_DAYS: i64 = 3650;

/// The account that authors `seed-demo`'s illustrative resources: never shown as a person.
pub const DEMO_USERNAME: &str = "demo_data";

/// An API token's name (shown when listing them) and, optionally, its life in days.
pub fn check_token(name: &str, expires_in_days: Option<i64>) -> AppResult<(String, Option<i64>)> {
    let name = name.trim();
    if name.chars().count() > 100 || name.chars().any(char::is_control) {
        return Err(AppError::invalid("name", t("name-the-token-in-at-most-100")));
    }
    let name = if name.is_empty() { "API token".to_string() } else { name.to_string() };
    match expires_in_days {
        Some(days) if !(1..=MAX_TOKEN_DAYS).contains(&days) => Err(AppError::invalid(
            "expires_in_days",
            format!("a token lives from 1 to {MAX_TOKEN_DAYS} days (or leave it empty for no expiry)"),
        )),
        days => Ok((name, days)),
    }
}

/// A sign-up's username, email and password, every problem named at once (in the form's order);
/// gives the username and email as stored.
pub fn check_registration(username: &str, email: &str, password: &str) -> AppResult<(String, String)> {
    let mut problems = Problems::default();
    let username = problems.keep(check_username(username))?;
    let email = problems.keep(check_email(email))?;
    problems.keep(check_password(password, username.as_deref().unwrap_or_default()))?;
    problems.finish()?;
    Ok((username.unwrap_or_default(), email.unwrap_or_default()))
}

/// A log-in form names what is missing before anything is checked.
pub fn check_log_in(username: &str, password: &str) -> AppResult<()> {
    let mut problems = Problems::default();
    if username.trim().is_empty() {
        problems.add("username", t("enter-your-username"));
    }
    if password.is_empty() {
        problems.add("password", t("enter-your-password"));
    }
    problems.finish()
}

/// At least 10 characters, not all the same kind, not a well-known weak one.
pub fn check_password(password: &str, username: &str) -> AppResult<()> {
    const COMMON: &[&str] = &["password", "1234567890", "qwertyuiop", "letmein123", "password123"];
    let too_short = password.chars().count() < 10;
    let too_long = password.len() > 512;
    let kinds = [
        password.chars().any(|c| c.is_lowercase()),
        password.chars().any(|c| c.is_uppercase()),
        password.chars().any(|c| c.is_ascii_digit()),
        password.chars().any(|c| !c.is_alphanumeric()),
    ]
    .iter()
    .filter(|k| **k)
    .count();
    let lower = password.to_lowercase();
    if too_short || too_long {
        return Err(AppError::invalid("password", t("a-password-has-10-to-512-characters")));
    }
    if kinds < 2 || COMMON.contains(&lower.as_str()) || (!username.is_empty() && lower.contains(username)) {
        return Err(AppError::invalid(
            "password",
            "this password is too easy to guess: mix letters with digits or symbols, and leave out your username",
        ));
    }
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Runs the node: everything a moderator does, and its settings.
    Admin,
    /// Deals with reports: removes content, limits and suspends accounts.
    Moderator,
    Member,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Moderator => "moderator",
            Role::Member => "member",
        }
    }
}

impl std::str::FromStr for Role {
    type Err = AppError;
    fn from_str(role: &str) -> AppResult<Role> {
        match role {
            "admin" => Ok(Role::Admin),
            "moderator" => Ok(Role::Moderator),
            "member" => Ok(Role::Member),
            _ => Err(AppError::invalid("role", t("a-role-is-admin-moderator-or-member"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames() {
        assert!(check_username("anna_k").is_ok());
        assert!(check_username("Anna").is_err());
        assert!(check_username("a").is_err());
        assert!(check_username("9lives").is_err());
        assert!(check_username("admin").is_err());
        assert!(check_username("anna@x").is_err());
    }

    #[test]
    fn passwords() {
        assert!(check_password("correct horse 42", "anna").is_ok());
        assert!(check_password("short1", "anna").is_err());
        assert!(check_password("aaaaaaaaaaaa", "anna").is_err());
        assert!(check_password("password123", "anna").is_err());
        assert!(check_password("anna-is-the-best", "anna").is_err());
    }

    #[test]
    fn emails() {
        assert_eq!(check_email(" Anna@Lyon.example ").unwrap(), "anna@lyon.example");
        assert!(check_email("anna").is_err());
        assert!(check_email("anna@localhost").is_err());
        assert!(check_email("a b@c.d").is_err());
    }
}
