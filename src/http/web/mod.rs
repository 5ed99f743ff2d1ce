//! Server-rendered pages. Handlers are thin: read the form, call a service, render or redirect.

pub mod admin;
pub mod api_docs;
pub mod auth;
pub mod blocks;
pub mod event_feeds;
pub mod events;
pub mod extract;
pub mod follows;
pub mod forms;
pub mod groups;
pub mod knowledge;
pub mod language;
pub mod moderation;
pub mod network;
pub mod pictures;
pub mod profile;
pub mod resource_form;
pub mod social;
pub mod tokens;
pub mod transition;
pub mod versions;

use crate::{
    db::{
        self,
        follows::{ACCEPTED, PENDING, Side},
        models::Actor,
    },
    error::{AppError, AppResult, ErrorKind},
    http::session::{Viewer, cookie},
    state::AppState,
};
use axum::{
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{Html, IntoResponse, Redirect, Response},
};
use cairn_templates::i18n::t;
use cairn_templates::{
    Ctx, FormErrors, Markup, NavUser, PersonCard, Relation,
    components::{Confirmation, confirmation},
    pages,
};

const FLASH_COOKIE: &str = "cairn_flash";

/// An error on a web page: shown as a page, or a login redirect when the visitor must log in.
pub struct WebError(AppError);

impl From<AppError> for WebError {
    fn from(error: AppError) -> Self {
        WebError(error)
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let error = self.0;
        error.log();
        if error.kind == ErrorKind::Unauthorized {
            return Redirect::to("/login").into_response();
        }
        let ctx = Ctx { node_name: "Cairn".into(), ..Default::default() };
        let page = pages::error_page(&ctx, error.status().as_u16(), &error.message);
        error.decorate((error.status(), Html(page.into_string())).into_response())
    }
}

pub type WebResult = Result<Response, WebError>;

/// The page frame's data for this viewer.
pub async fn ctx(state: &AppState, viewer: &Viewer, headers: &HeaderMap) -> AppResult<Ctx> {
    let user = match &viewer.user {
        Some((user, actor)) => Some(NavUser {
            username: user.username.clone(),
            is_admin: user.is_admin(),
            open_reports: match user.moderates() {
                true => Some(db::moderation::open_count(&state.db).await?),
                false => None,
            },
            pending_requests: db::follows::count(&state.db, actor.id, Side::Followers, PENDING).await?,
            unseen_notifications: db::notifications::unseen(&state.db, actor.id).await?,
        }),
        None => None,
    };
    let flash = cookie(headers, FLASH_COOKIE)
        .and_then(|v| url::form_urlencoded::parse(format!("m={v}").as_bytes()).next().map(|(_, m)| m.into_owned()))
        .filter(|m| !m.is_empty());
    let node_name = crate::service::node::organisation(state).await?.name_or_username().to_string();
    Ok(Ctx { node_name, user, csrf: viewer.csrf.clone(), flash, path: viewer.path.clone() })
}

/// Renders a page (clearing a flash message once shown).
pub fn page(ctx: &Ctx, status: StatusCode, markup: Markup) -> Response {
    let mut response = (status, Html(markup.into_string())).into_response();
    if ctx.flash.is_some() {
        response.headers_mut().append(
            header::SET_COOKIE,
            HeaderValue::from_str(&format!("{FLASH_COOKIE}=; Path=/; Max-Age=0")).expect("static cookie"),
        );
    }
    response
}

/// Deleting or removing what federates takes two steps: unless the form says `confirmed=yes`,
/// the answer is the page that asks (`Some`), and nothing is done yet.
pub async fn ask_first(
    state: &AppState,
    viewer: &Viewer,
    headers: &HeaderMap,
    confirmed: &str,
    view: &Confirmation<'_>,
) -> AppResult<Option<Response>> {
    if confirmed == "yes" {
        return Ok(None);
    }
    let ctx = ctx(state, viewer, headers).await?;
    Ok(Some(page(&ctx, StatusCode::OK, confirmation(&ctx, view))))
}

/// `back` when it is a path of this node, so a form's "return to" field cannot send people elsewhere.
pub fn local_path(back: &str) -> Option<&str> {
    // Browsers drop tabs and newlines from addresses, so "/\t/evil.example" would be "//evil.example".
    Some(back).filter(|b| {
        b.starts_with('/')
            && !b.starts_with("//")
            && !b.contains('\\')
            && !b.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

/// Redirects after a successful form, with a message for the next page.
pub fn redirect_with_flash(to: &str, message: &str) -> Response {
    let encoded: String = url::form_urlencoded::byte_serialize(message.as_bytes()).collect();
    let mut response = Redirect::to(to).into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        HeaderValue::from_str(&format!("{FLASH_COOKIE}={encoded}; Path=/; HttpOnly; SameSite=Lax; Max-Age=60"))
            .expect("encoded cookie"),
    );
    response
}

/// Errors the person can fix are shown next to the form; others become an error page.
pub fn form_errors(error: AppError) -> Result<FormErrors, WebError> {
    match (error.kind, &error.field) {
        (ErrorKind::Invalid, Some(_)) => Ok(FormErrors {
            summary: None,
            fields: error.field_problems().into_iter().map(|p| (p.field, p.message)).collect(),
        }),
        (
            ErrorKind::Invalid
            | ErrorKind::Unauthorized
            | ErrorKind::Forbidden
            | ErrorKind::NotFound
            | ErrorKind::RemoteFailed,
            _,
        ) => Ok(FormErrors { summary: Some(error.message), fields: Vec::new() }),
        _ => Err(error.into()),
    }
}

/// This node's page about `actor`: `/@name` for local ones, `/@name@domain` for remote ones.
pub fn page_url(actor: &Actor) -> String {
    match (actor.kind.as_str(), actor.local) {
        ("Group", true) => format!("/groups/{}", actor.username),
        ("Group", false) => format!("/groups/{}@{}", actor.username, actor.domain),
        (_, true) => format!("/@{}", actor.username),
        (_, false) => format!("/@{}@{}", actor.username, actor.domain),
    }
}

pub fn card(actor: &Actor) -> PersonCard {
    PersonCard {
        name: actor.name_or_username().to_string(),
        handle: actor.handle(),
        page_url: page_url(actor),
        origin_url: (!actor.local).then(|| actor.profile_url.clone().unwrap_or_else(|| actor.ap_id.clone())),
        origin: (!actor.local).then(|| actor.domain.clone()),
        avatar_url: actor.avatar_url.clone(),
        header_url: actor.header_url.clone(),
        kind: actor.kind.clone(),
        summary: actor.summary.clone(),
        job_title: actor.job_title.clone(),
        organisation: actor.organisation.clone(),
        city: actor.city.clone(),
        country: actor.country.clone(),
        sectors: actor
            .sector_list()
            .iter()
            .filter_map(|id| crate::domain::taxonomy::TAXONOMY.sector_label(id))
            .map(str::to_string)
            .collect(),
        expertise: actor.expertise_tags(),
    }
}

pub async fn relation(state: &AppState, viewer: &Viewer, target: &Actor) -> AppResult<Relation> {
    let Some((_, me)) = &viewer.user else { return Ok(Relation::Anonymous) };
    if me.id == target.id {
        return Ok(Relation::Myself);
    }
    Ok(match db::follows::by_pair(&state.db, me.id, target.id).await? {
        Some(f) if f.state == ACCEPTED => Relation::Following,
        Some(_) => Relation::Requested,
        None => Relation::None,
    })
}

pub async fn not_found() -> WebError {
    AppError::not_found(t("there-is-no-page-at-this-address")).into()
}
