//! The language switcher at the foot of every page: a signed-in person's choice is kept with
//! their account, anyone's in a cookie.

use super::{WebResult, extract::Form, local_path};
use crate::{
    db,
    error::AppError,
    http::{
        language::LANGUAGE_COOKIE,
        session::{Viewer, set_cookie},
    },
    state::AppState,
};
use axum::{
    extract::State,
    http::header,
    response::{IntoResponse, Redirect},
};
use cairn_templates::i18n::{Language, t};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct SwitchForm {
    #[serde(default)]
    csrf: String,
    /// A language code, or empty for "as my browser asks".
    #[serde(default)]
    language: String,
    /// The page to return to.
    #[serde(default)]
    back: String,
}

pub async fn switch(State(state): State<AppState>, viewer: Viewer, Form(form): Form<SwitchForm>) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let chosen = match form.language.as_str() {
        "" => None,
        code => Some(
            Language::from_code(code)
                .ok_or_else(|| AppError::bad_parameter("language", t("this-nodes-interface-is-not-shipped-in")))?,
        ),
    };
    if let Some((user, _)) = &viewer.user {
        db::users::set_language(&state.db, user.id, chosen.map_or("", Language::code)).await?;
    }
    let mut response = Redirect::to(local_path(&form.back).unwrap_or("/")).into_response();
    let cookie = match chosen {
        Some(language) => set_cookie(&state, LANGUAGE_COOKIE, language.code(), 60 * 60 * 24 * 365),
        None => set_cookie(&state, LANGUAGE_COOKIE, "", 0),
    };
    response.headers_mut().append(header::SET_COOKIE, cookie);
    Ok(response)
}
