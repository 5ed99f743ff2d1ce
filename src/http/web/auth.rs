use super::extract::Form;
use super::{WebResult, ctx, form_errors, page, redirect_with_flash};
use crate::{
    config::RegistrationMode,
    db,
    domain::accounts::Role,
    error::AppResult,
    http::session::{SESSION_COOKIE, SESSION_MAX_AGE, Viewer, cookie, set_cookie},
    service::{
        self,
        accounts::{self, Origin, Registration},
        groups::FoundGroup,
    },
    state::AppState,
};
use axum::{
    extract::State,
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Redirect},
};
use cairn_templates::{
    Ctx, FormErrors,
    countries::country_label,
    i18n::{t, t_with},
    pages,
};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct RegisterForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    username: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

fn registration_note(mode: RegistrationMode) -> Option<&'static str> {
    match mode {
        RegistrationMode::Open => None,
        RegistrationMode::Approval => Some(t("an-administrator-approves-new-accounts-before")),
        RegistrationMode::Closed => Some(t("this-node-does-not-take-new")),
    }
}

async fn render_register(
    state: &AppState,
    ctx: &Ctx,
    errors: &FormErrors,
    username: &str,
    email: &str,
) -> AppResult<axum::response::Response> {
    let mode = state.config.accounts.registration;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let open = mode != RegistrationMode::Closed;
    // The rules are shown to those who may register.
    let rules = if open { service::node::rules(state).await? } else { Vec::new() };
    let values = pages::RegisterValues { username, email, rules: &rules };
    Ok(page(ctx, status, pages::register(ctx, errors, &values, registration_note(mode), open)))
}

pub async fn register_form(State(state): State<AppState>, viewer: Viewer, headers: HeaderMap) -> WebResult {
    let ctx = ctx(&state, &viewer, &headers).await?;
    Ok(render_register(&state, &ctx, &FormErrors::default(), "", "").await?)
}

pub async fn register(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Form(form): Form<RegisterForm>,
) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let input = Registration { username: form.username.clone(), email: form.email.clone(), password: form.password };
    match accounts::register(&state, &input, Role::Member, Origin::SignUp).await {
        Ok((user, _)) if user.approved => {
            let secret = accounts::start_session(&state, &user).await?;
            let mut response = redirect_with_flash("/settings/profile", t("welcome-tell-colleagues-who-you-are"));
            response
                .headers_mut()
                .append(header::SET_COOKIE, set_cookie(&state, SESSION_COOKIE, &secret, SESSION_MAX_AGE));
            Ok(response)
        }
        Ok(_) => Ok(redirect_with_flash("/login", t("thank-you-an-administrator-will-approve"))),
        Err(err) => {
            let errors = form_errors(err)?;
            let ctx = ctx(&state, &viewer, &headers).await?;
            Ok(render_register(&state, &ctx, &errors, &form.username, &form.email).await?)
        }
    }
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
}

pub async fn login_form(State(state): State<AppState>, viewer: Viewer, headers: HeaderMap) -> WebResult {
    let ctx = ctx(&state, &viewer, &headers).await?;
    Ok(page(&ctx, StatusCode::OK, pages::login(&ctx, &FormErrors::default(), "")))
}

pub async fn login(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    match accounts::authenticate(&state, &form.username, &form.password).await {
        Ok(user) => {
            let secret = accounts::start_session(&state, &user).await?;
            let mut response = Redirect::to("/").into_response();
            response
                .headers_mut()
                .append(header::SET_COOKIE, set_cookie(&state, SESSION_COOKIE, &secret, SESSION_MAX_AGE));
            Ok(response)
        }
        Err(err) => {
            // A missing field is the form's 422; a wrong password stays a 401.
            let status = err.status();
            let errors = form_errors(err)?;
            let ctx = ctx(&state, &viewer, &headers).await?;
            Ok(page(&ctx, status, pages::login(&ctx, &errors, &form.username)))
        }
    }
}

#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    pub csrf: String,
}

pub async fn logout(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Form(form): Form<TokenForm>,
) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    if let Some(secret) = cookie(&headers, SESSION_COOKIE) {
        db::users::delete_session(&state.db, &accounts::secret_hash(secret)).await?;
    }
    let mut response = redirect_with_flash("/", t("you-are-logged-out"));
    response.headers_mut().append(header::SET_COOKIE, set_cookie(&state, SESSION_COOKIE, "", 0));
    Ok(response)
}

/// `/`: the feed for people who are logged in, the portal for visitors.
pub async fn home(
    data: crate::federation::Data,
    viewer: Viewer,
    headers: HeaderMap,
    super::extract::Query(query): super::extract::Query<super::social::FeedQuery>,
) -> WebResult {
    if viewer.user.is_some() {
        return super::social::feed(&data, &viewer, &headers, &query, "", Default::default()).await;
    }
    portal(&data, &viewer, &headers).await
}

/// `/overview`: the portal, for members one tab away from their feed.
pub async fn overview(data: crate::federation::Data, viewer: Viewer, headers: HeaderMap) -> WebResult {
    portal(&data, &viewer, &headers).await
}

async fn portal(data: &crate::federation::Data, viewer: &Viewer, headers: &HeaderMap) -> WebResult {
    let ctx = ctx(data, viewer, headers).await?;
    let overview = service::portal::overview(data).await?;
    let people: Vec<_> = db::actors::local_people(&data.db, 12).await?.iter().map(super::card).collect();
    let case_studies: Vec<_> = overview.case_studies.iter().map(|(r, a)| super::knowledge::card(r, a)).collect();
    let events: Vec<_> = overview.events.iter().map(|(e, a)| super::events::card(e, a)).collect();
    let groups: Vec<_> = overview
        .groups
        .into_iter()
        .map(|(actor, group, members)| super::groups::group_card(&FoundGroup { actor, group }, members))
        .collect();
    let identity = &overview.identity;
    let place = [identity.city.as_str(), country_label(&identity.country)]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let contact = match identity.contact.as_str() {
        "" => None,
        email if !email.contains("://") => Some((format!("mailto:{email}"), email)),
        page => Some((page.to_string(), page)),
    };
    let counts = overview.counts;
    // Each figure's words agree with it ("1 person", "2 people"; Polish has three forms).
    let said = |count: i64| [("count", count.into())];
    let counts = [
        (counts.resources, t_with("resources", &said(counts.resources))),
        (counts.origins, t_with("nodes-sharing", &said(counts.origins))),
        (counts.people, t_with("people", &said(counts.people))),
        (counts.upcoming_events, t_with("upcoming-events", &said(counts.upcoming_events))),
    ];
    let home = pages::HomePage {
        identity: pages::Identity {
            name: &identity.name,
            place: &place,
            description: &identity.description,
            logo_url: identity.logo_url.as_deref(),
            contact,
        },
        organisation: &super::card(&overview.organisation),
        people: &people,
        case_studies: &case_studies,
        events: &events,
        groups: &groups,
        steps_done: overview.steps_done,
        steps: overview.steps,
        counts: &counts,
        can_register: data.config.accounts.registration != RegistrationMode::Closed,
    };
    Ok(page(&ctx, StatusCode::OK, pages::home(&ctx, &home)))
}
