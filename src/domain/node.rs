//! The node's identity as its admins describe it: the name that replaces "Cairn" on every page,
//! the city, country, description, logo, a contact and the interface's default language. The same rules apply to `/admin` and to
//! `PUT /api/v1/admin/node`.

use super::profile::bounded;
use crate::error::{AppResult, Problems};
use cairn_templates::{
    countries::country_name,
    i18n::{Language, t, t_with},
};

#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct IdentityInput {
    /// The node's name, shown in titles and on the home page (required).
    pub name: String,
    pub city: String,
    /// ISO 3166-1 alpha-2 code, e.g. `FR`; empty for a network spanning countries.
    pub country: String,
    pub description: String,
    /// An https:// address of the logo picture.
    pub logo_url: String,
    /// An e-mail address or an https:// page where people reach the node's team.
    pub contact: String,
    /// The interface's language for visitors whose browser asks for none of the shipped ones
    /// (`en`, `fr`, `de`, `es`, `it`, `nl`, `pl`); absent or empty keeps the current one.
    pub language: Option<String>,
}

/// An identity that passed every rule: trimmed, the country in capitals, empty logo as `None`.
#[derive(Debug, Clone, PartialEq)]
pub struct Identity {
    pub name: String,
    pub city: String,
    pub country: String,
    pub description: String,
    pub logo_url: Option<String>,
    pub contact: String,
    /// `None` keeps the language as it is.
    pub language: Option<Language>,
}

/// A country chosen by a person here: empty, or a code that is assigned.
pub fn check_known_country(field: &'static str, country: &str) -> AppResult<String> {
    let country = country.trim().to_ascii_uppercase();
    if !country.is_empty() && country_name(&country).is_none() {
        return Err(crate::error::AppError::invalid(field, t("choose-a-country-from-the-list")));
    }
    Ok(country)
}

fn is_email(text: &str) -> bool {
    let mut parts = text.splitn(2, '@');
    let (Some(local), Some(domain)) = (parts.next(), parts.next()) else { return false };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !text.chars().any(|c| c.is_whitespace() || c == '<' || c == '>' || c == '"' || c == ',')
        && !domain.contains('@')
}

/// Checks every field and names every problem at once, the required name first.
pub fn check_identity(input: &IdentityInput) -> AppResult<Identity> {
    let mut problems = Problems::default();
    let name = problems.keep(bounded("name", &input.name, 100))?.unwrap_or_default();
    if name.is_empty() && input.name.chars().count() <= 100 {
        problems.add("name", t("enter-the-nodes-name"));
    }
    let city = problems.keep(bounded("city", &input.city, 100))?.unwrap_or_default();
    let country = problems.keep(check_known_country("country", &input.country))?.unwrap_or_default();
    let description = problems.keep(bounded("description", &input.description, 2000))?.unwrap_or_default();
    let logo = input.logo_url.trim();
    let logo_url = match logo.is_empty() {
        true => None,
        false => {
            let link = super::web_link(logo);
            if link.is_none() {
                problems.add("logo_url", t("enter-a-pictures-https-address"));
            }
            link
        }
    };
    let contact = problems.keep(bounded("contact", &input.contact, 200))?.unwrap_or_default();
    if !contact.is_empty() && !is_email(&contact) && super::web_link(&contact).is_none() {
        problems.add("contact", t("enter-an-e-mail-address-or-an"));
    }
    let language = match input.language.as_deref().map(str::trim).unwrap_or_default() {
        "" => None,
        code => {
            let shipped = Language::from_code(code);
            if shipped.is_none() {
                problems.add("language", t("choose-one-of-the-languages-the-interface"));
            }
            shipped
        }
    };
    problems.finish()?;
    Ok(Identity { name, city, country, description, logo_url, contact, language })
}

/// The most rules a node publishes, and the longest one.
const MAX_RULES: usize = 50;
const MAX_RULE_CHARS: usize = 1000;

/// The node's rules as its admins write them, one text each: trimmed, empty ones dropped.
pub fn check_rules(rules: &[String]) -> AppResult<Vec<String>> {
    let mut problems = Problems::default();
    let mut kept = Vec::new();
    for rule in rules {
        if let Some(rule) = problems.keep(bounded("rules", rule, MAX_RULE_CHARS))?
            && !rule.is_empty()
        {
            kept.push(rule);
        }
    }
    if kept.len() > MAX_RULES {
        problems.add("rules", t_with("publish-at-most-rules", &[("count", MAX_RULES.into())]));
    }
    problems.finish()?;
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_rules_name_every_problem_at_once() {
        let input = IdentityInput {
            name: "  Lyon Métropole ".into(),
            country: "fr".into(),
            contact: "climat@lyon.example".into(),
            logo_url: "https://lyon.example/logo.png".into(),
            ..Default::default()
        };
        let identity = check_identity(&input).unwrap();
        assert_eq!((identity.name.as_str(), identity.country.as_str()), ("Lyon Métropole", "FR"));
        assert_eq!(identity.logo_url.as_deref(), Some("https://lyon.example/logo.png"));

        let rules = check_rules(&[" Be kind. ".into(), "".into(), "No advertising.".into()]).unwrap();
        assert_eq!(rules, ["Be kind.", "No advertising."]);
        assert_eq!(check_rules(&["x".repeat(1001)]).unwrap_err().field.as_deref(), Some("rules"));
        assert!(check_rules(&vec!["Be kind.".to_string(); 51]).is_err());

        let bad = IdentityInput {
            name: " ".into(),
            country: "QQ".into(),
            logo_url: "javascript:alert(1)".into(),
            contact: "not a contact".into(),
            description: "x".repeat(2001),
            language: Some("pt".into()),
            ..Default::default()
        };
        let error = check_identity(&bad).unwrap_err();
        let fields: Vec<_> = error.field_problems().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["name", "country", "description", "logo_url", "contact", "language"]);
        for contact in ["https://lyon.example/contact", "a.b@c.example"] {
            assert!(check_identity(&IdentityInput { contact: contact.into(), ..input.clone() }).is_ok(), "{contact}");
        }
        for contact in ["@lyon.example", "a@b", "a@.b", "a b@c.example", "mailto"] {
            assert!(check_identity(&IdentityInput { contact: contact.into(), ..input.clone() }).is_err(), "{contact}");
        }
    }
}
