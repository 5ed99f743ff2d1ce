use crate::error::{AppError, AppResult};

/// A person's profile as they edit it; the same rules apply to the form and `PATCH /api/v1/me`.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ProfileInput {
    pub display_name: String,
    pub summary: String,
    pub job_title: String,
    pub city: String,
    /// ISO 3166-1 alpha-2 code, e.g. `BE`.
    pub country: String,
    /// Comma-separated in forms; a list in JSON (see `expertise_list`).
    pub expertise: Vec<String>,
    pub avatar_url: String,
    pub manually_approves: bool,
}

pub struct Profile {
    pub display_name: String,
    pub summary: String,
    pub job_title: String,
    pub city: String,
    pub country: String,
    pub expertise: Vec<String>,
    pub avatar_url: Option<String>,
    pub manually_approves: bool,
}

pub(crate) fn bounded(field: &'static str, value: &str, max: usize) -> AppResult<String> {
    let value = value.trim();
    if value.chars().count() > max {
        return Err(AppError::invalid(field, format!("keep this under {max} characters")));
    }
    if value.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t') {
        return Err(AppError::invalid(field, "this contains control characters"));
    }
    Ok(value.to_string())
}

pub fn expertise_list(text: &str) -> Vec<String> {
    text.split(',').map(str::trim).filter(|t| !t.is_empty()).map(str::to_string).collect()
}

pub fn check_profile(input: &ProfileInput) -> AppResult<Profile> {
    let expertise: Vec<String> = input
        .expertise
        .iter()
        .map(|tag| bounded("expertise", tag, 60))
        .filter(|t| !matches!(t, Ok(t) if t.is_empty()))
        .collect::<AppResult<_>>()?;
    if expertise.len() > 20 {
        return Err(AppError::invalid("expertise", "list at most 20 areas of expertise"));
    }
    let avatar = input.avatar_url.trim();
    let avatar_url = if avatar.is_empty() {
        None
    } else {
        Some(
            super::web_link(avatar)
                .ok_or_else(|| AppError::invalid("avatar_url", "enter a picture's https:// address"))?,
        )
    };
    Ok(Profile {
        display_name: bounded("display_name", &input.display_name, 100)?,
        summary: bounded("summary", &input.summary, 2000)?,
        job_title: bounded("job_title", &input.job_title, 100)?,
        city: bounded("city", &input.city, 100)?,
        country: super::node::check_known_country("country", &input.country)?,
        expertise,
        avatar_url,
        manually_approves: input.manually_approves,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_rules() {
        let ok = ProfileInput {
            display_name: " Anna ".into(),
            expertise: expertise_list("mobility, , district heating"),
            avatar_url: "https://lyon.example/a.png".into(),
            ..Default::default()
        };
        let p = check_profile(&ok).unwrap();
        assert_eq!(p.display_name, "Anna");
        assert_eq!(p.expertise, vec!["mobility", "district heating"]);
        let long = ProfileInput { job_title: "x".repeat(101), ..Default::default() };
        assert_eq!(check_profile(&long).err().unwrap().field.as_deref(), Some("job_title"));
        let bad_avatar = ProfileInput { avatar_url: "javascript:alert(1)".into(), ..Default::default() };
        assert_eq!(check_profile(&bad_avatar).err().unwrap().field.as_deref(), Some("avatar_url"));
    }
}
