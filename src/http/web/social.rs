//! The social pages: the feed and compose box, posts, the directory and notifications.
//! Handlers read forms, call the services, render or redirect.

use super::ask_first;
use super::extract::{Form, Path, Query};
use super::{
    WebResult, card, ctx, events::card as event_card, form_errors, knowledge::card as resource_card, page, page_url,
    redirect_with_flash, relation,
};
use crate::domain::search::{DEFAULT_LIMIT, SearchQuery};
use crate::service::moderation::Audit;
use crate::{
    db::{
        self,
        models::{Actor, Post},
        notifications as kinds,
        posts::{Entry, Timeline},
    },
    domain::taxonomy::TAXONOMY,
    error::{AppError, AppResult},
    federation::Data,
    http::{
        activitypub::{post_document, wants_activity_json},
        api::{read_cursor, social::DirectoryParams},
        session::Viewer,
    },
    service::{self, posts::PostInput},
};
use axum::{
    extract::OriginalUri,
    http::{HeaderMap, Method, StatusCode},
    response::{IntoResponse, Redirect},
};
use cairn_templates::components::Confirmation;
use cairn_templates::{
    FormErrors,
    i18n::{msg, t},
    social::{self, FeedEntry, NotificationView, PostView},
};
use serde::Deserialize;

pub(super) const PAGE: i64 = 20;

/// How a post shows to `viewer`, with a remove button when they may remove it.
pub(super) async fn post_view(
    data: &Data,
    post: &Post,
    author: &Actor,
    viewer: Option<&Actor>,
    node_moderator: bool,
) -> AppResult<PostView> {
    let group = match post.group_id {
        Some(id) => db::actors::by_id(&data.db, id).await?,
        None => None,
    };
    let may_remove = match viewer {
        Some(me) => service::posts::may_remove(data, post, group.as_ref(), me, node_moderator).await?,
        None => false,
    };
    let parent = match &post.in_reply_to {
        Some(ap_id) => db::posts::by_ap_id(&data.db, ap_id).await?.map(|p| format!("/posts/{}", p.id)),
        None => None,
    };
    Ok(PostView {
        page_url: format!("/posts/{}", post.id),
        author_name: author.name_or_username().to_string(),
        author_handle: author.handle(),
        author_url: page_url(author),
        group: group.as_ref().map(|g| (g.name_or_username().to_string(), page_url(g))),
        content_html: post.content_html.clone(),
        published: post.published_at.format("%Y-%m-%d %H:%M UTC").to_string(),
        origin: (!post.local).then(|| crate::domain::handle::host_of(&post.ap_id)),
        in_reply_to: parent,
        remove_action: may_remove.then(|| format!("/posts/{}/remove", post.id)),
        report_url: super::moderation::report_url(viewer, &post.ap_id, post.author_id),
        attachments: super::knowledge::attachment_views(data, &post.ap_id, post.attachment_list()).await?,
    })
}

pub(super) fn viewer_actor(viewer: &Viewer) -> Option<&Actor> {
    viewer.user.as_ref().map(|(_, a)| a)
}

/// Whether the viewer is one of the node's moderators or admins (who remove local posts).
pub(super) fn viewer_moderates(viewer: &Viewer) -> bool {
    viewer.user.as_ref().is_some_and(|(u, _)| u.moderates())
}

async fn feed_entries(data: &Data, viewer: &Viewer, entries: &[Entry]) -> AppResult<Vec<FeedEntry>> {
    let ids = |kind: &str| entries.iter().filter(|e| e.kind == kind).map(|e| e.id).collect::<Vec<_>>();
    let posts = db::posts::with_authors(&data.db, &ids("post")).await?;
    let resources = db::resources::with_authors(&data.db, &ids("resource")).await?;
    let events = db::events::with_organizers(&data.db, &ids("event")).await?;
    let mut shown = Vec::new();
    for entry in entries {
        match entry.kind.as_str() {
            "post" => {
                if let Some((post, author)) = posts.iter().find(|(p, _)| p.id == entry.id) {
                    shown.push(FeedEntry::Post(
                        post_view(data, post, author, viewer_actor(viewer), viewer_moderates(viewer)).await?,
                    ));
                }
            }
            "resource" => shown.extend(
                resources.iter().find(|(r, _)| r.id == entry.id).map(|(r, a)| FeedEntry::Resource(resource_card(r, a))),
            ),
            _ => shown
                .extend(events.iter().find(|(e, _)| e.id == entry.id).map(|(e, a)| FeedEntry::Event(event_card(e, a)))),
        }
    }
    Ok(shown)
}

#[derive(Deserialize, Default)]
pub struct FeedQuery {
    #[serde(default)]
    timeline: String,
    cursor: Option<String>,
}

/// The signed-in home page: a timeline with the compose box.
pub async fn feed(
    data: &Data,
    viewer: &Viewer,
    headers: &HeaderMap,
    query: &FeedQuery,
    draft: &str,
    errors: FormErrors,
) -> WebResult {
    let (_, me) = viewer.require_user()?;
    let which = match query.timeline.as_str() {
        "local" => Timeline::Local,
        "federated" => Timeline::Federated,
        _ => Timeline::Home { actor_id: me.id, ap_id: me.ap_id.clone() },
    };
    let span = db::posts::Span::older_than(read_cursor(query.cursor.as_deref())?);
    let entries = db::posts::timeline(&data.db, &which, Some(me.id), &span, PAGE).await?;
    let shown = feed_entries(data, viewer, &entries).await?;
    let current = |name: &str| {
        query.timeline == name || (name.is_empty() && !matches!(query.timeline.as_str(), "local" | "federated"))
    };
    let mut tabs: Vec<_> =
        [(msg("home"), ""), (msg("this-node-timeline"), "local"), (msg("everything-known-timeline"), "federated")]
            .map(|(label, name)| {
                (
                    t(label).to_string(),
                    if name.is_empty() { "/".to_string() } else { format!("/?timeline={name}") },
                    current(name),
                )
            })
            .into();
    tabs.push((t("overview").to_string(), "/overview".to_string(), false));
    let next_url = next_cursor(&entries).map(|next| format!("/?timeline={}&cursor={next}", query.timeline));
    let ctx = ctx(data, viewer, headers).await?;
    let view = social::FeedView { tabs: &tabs, entries: &shown, can_compose: true, draft, errors: &errors, next_url };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(page(&ctx, status, social::feed(&ctx, &view)))
}

/// How many resources a tag's page shows before linking to the repository.
const TAG_RESOURCES: i64 = 6;

#[derive(Deserialize)]
pub struct TagQuery {
    cursor: Option<String>,
}

/// The cursor of the page after a full one.
fn next_cursor(entries: &[db::posts::Entry]) -> Option<String> {
    db::next_key(entries, PAGE, |last| last.position().to_string())
}

/// `/tags/{tag}`: what is filed under a hashtag here, resources first, then public posts.
pub async fn tag(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Path(tag): Path<String>,
    Query(query): Query<TagQuery>,
) -> WebResult {
    let tag = crate::domain::resource::normalise_tag(&tag);
    if tag.is_empty() || tag.chars().count() > 100 {
        return Err(AppError::not_found(t("there-is-no-page-at-this-address")).into());
    }
    let search = SearchQuery { tags: vec![tag.clone()], limit: TAG_RESOURCES, ..Default::default() };
    let found = db::search::search(&data.db, &search).await?;
    let resources: Vec<_> =
        db::resources::with_authors(&data.db, &found.ids).await?.iter().map(|(r, a)| resource_card(r, a)).collect();
    let span = db::posts::Span::older_than(read_cursor(query.cursor.as_deref())?);
    let viewer_id = viewer_actor(&viewer).map(|me| me.id);
    let entries = db::posts::timeline(&data.db, &Timeline::Tag(tag.clone()), viewer_id, &span, PAGE).await?;
    let posts = feed_entries(&data, &viewer, &entries).await?;
    let path = crate::domain::resource::tag_path(&tag);
    let view = social::TagView {
        tag: &tag,
        resources: &resources,
        resource_total: found.total,
        resources_url: format!("/knowledge?{}", SearchQuery { limit: DEFAULT_LIMIT, ..search }.to_query_string(false)),
        posts: &posts,
        next_url: next_cursor(&entries).map(|next| format!("{path}?cursor={next}")),
    };
    let ctx = ctx(&data, &viewer, &headers).await?;
    Ok(page(&ctx, StatusCode::OK, social::tag_page(&ctx, &view)))
}

#[derive(Deserialize)]
pub struct PostForm {
    #[serde(default)]
    pub(super) csrf: String,
    #[serde(default)]
    pub(super) content: String,
    #[serde(default)]
    in_reply_to: String,
}

/// `POST /posts`: a post from the compose box, or a reply from a post page.
pub async fn create(data: Data, viewer: Viewer, headers: HeaderMap, Form(form): Form<PostForm>) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (_, me) = viewer.require_user()?;
    let input = PostInput {
        content: form.content.clone(),
        in_reply_to: (!form.in_reply_to.is_empty()).then(|| form.in_reply_to.clone()),
        ..Default::default()
    };
    match service::posts::compose(&data, me, &input).await {
        Ok(post) if input.in_reply_to.is_some() => {
            Ok(redirect_with_flash(&format!("/posts/{}", post.id), t("reply-posted")))
        }
        Ok(_) => Ok(redirect_with_flash("/", t("posted"))),
        Err(err) => {
            let errors = form_errors(err)?;
            feed(&data, &viewer, &headers, &FeedQuery::default(), &form.content, errors).await
        }
    }
}

/// `/posts/{key}`: the `Note` for ActivityPub clients (by its id), the page for people.
pub async fn show(
    data: Data,
    viewer: Viewer,
    method: Method,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
    Path(key): Path<String>,
) -> WebResult {
    if wants_activity_json(&headers) {
        // Peers get errors as JSON with their status, never the login page.
        return Ok(match post_document(&data, &data.url(uri.path()), &method, &uri, &headers).await {
            Ok(Some(document)) => document,
            Ok(None) => AppError::not_found(t("no-such-post")).into_response(),
            Err(error) => error.into_response(),
        });
    }
    let post = match key.parse::<i64>() {
        Ok(id) => db::posts::by_id(&data.db, id).await?,
        Err(_) => match db::posts::by_ap_id(&data.db, &data.url(uri.path())).await? {
            Some(post) => return Ok(Redirect::to(&format!("/posts/{}", post.id)).into_response()),
            None => None,
        },
    };
    let post = post.ok_or_else(|| AppError::not_found(t("no-such-post")))?;
    let (post, author, _) = crate::http::api::social::readable(&data, post, viewer_actor(&viewer)).await?;
    let shown = post_view(&data, &post, &author, viewer_actor(&viewer), viewer_moderates(&viewer)).await?;
    let mut replies = Vec::new();
    for (reply, reply_author) in db::posts::replies_to(&data.db, &post.ap_id).await? {
        if service::posts::may_read(&data, &reply, viewer_actor(&viewer)).await? {
            replies
                .push(post_view(&data, &reply, &reply_author, viewer_actor(&viewer), viewer_moderates(&viewer)).await?);
        }
    }
    let ctx = ctx(&data, &viewer, &headers).await?;
    let reply_to = viewer.user.as_ref().map(|_| post.ap_id.as_str());
    let view = social::PostPage { post: &shown, replies: &replies, reply_to, errors: &FormErrors::default() };
    Ok(page(&ctx, StatusCode::OK, social::post_page(&ctx, &view)))
}

#[derive(Deserialize)]
pub struct TokenOnly {
    #[serde(default)]
    pub(super) csrf: String,
}

/// A form whose action needs a second step (see `ask_first`).
#[derive(Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    pub(super) csrf: String,
    #[serde(default)]
    pub(super) confirmed: String,
}

pub async fn remove(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(form): Form<ConfirmForm>,
) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (user, me) = viewer.require_user()?;
    let post = db::posts::by_id(&data.db, id).await?.ok_or_else(|| AppError::not_found(t("no-such-post")))?;
    let group = match post.group_id {
        Some(group_id) => db::actors::by_id(&data.db, group_id).await?,
        None => None,
    };
    // Only someone who may remove it is asked.
    if !service::posts::may_remove(&data, &post, group.as_ref(), me, user.moderates()).await? {
        return Err(AppError::forbidden(t("you-cannot-remove-this-post")).into());
    }
    // Cancel goes back to the post; once removed, to its group or the feed.
    let post_page = format!("/posts/{id}");
    let after = group.as_ref().map_or_else(|| "/".to_string(), page_url);
    let excerpt: String = crate::domain::markup::html_to_text(&post.content_html).chars().take(140).collect();
    let ask = Confirmation {
        question: t("remove-this-post"),
        subject: &excerpt,
        consequence: t("it-disappears-here-and-the-servers"),
        action: &format!("/posts/{id}/remove"),
        fields: &[],
        button: t("remove-it"),
        back: group.as_ref().map_or(post_page.as_str(), |_| after.as_str()),
    };
    if let Some(asking) = ask_first(&data, &viewer, &headers, &form.confirmed, &ask).await? {
        return Ok(asking);
    }
    service::posts::remove(&data, user, me, &post, Audit::Here).await?;
    Ok(redirect_with_flash(&after, t("post-removed")))
}

pub(super) fn sector_options() -> Vec<(String, String)> {
    TAXONOMY.sectors.iter().map(|s| (s.id.clone(), s.label.clone())).collect()
}

pub async fn directory(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Query(params): Query<DirectoryParams>,
) -> WebResult {
    let before = params.cursor.as_deref().and_then(|c| c.parse::<i64>().ok());
    let rows = db::actors::directory(&data.db, &params.query(), PAGE, before).await?;
    let mut results = Vec::new();
    for actor in &rows {
        results.push((card(actor), relation(&data, &viewer, actor).await?, actor.ap_id.clone()));
    }
    let filters = [
        ("q", msg("name-organisation-or-topic"), params.q.clone()),
        ("expertise", msg("expertise"), params.expertise.clone()),
        ("role", msg("role-or-job-title"), params.role.clone()),
        ("city", msg("city"), params.city.clone()),
    ];
    let last = rows.last().map(|a| a.id).filter(|_| rows.len() as i64 == PAGE);
    let next_url = last.map(|last| {
        let mut url = url::form_urlencoded::Serializer::new(String::new());
        for (name, _, value) in &filters {
            url.append_pair(name, value);
        }
        url.append_pair("country", &params.country)
            .append_pair("kind", &params.kind)
            .append_pair("sector", &params.sector)
            .append_pair("cursor", &last.to_string());
        format!("/directory?{}", url.finish())
    });
    let sectors = sector_options();
    let view = social::DirectoryView {
        filters: &filters,
        country: &params.country,
        kind: &params.kind,
        sector: &params.sector,
        sectors: &sectors,
        results: &results,
        next_url,
    };
    let ctx = ctx(&data, &viewer, &headers).await?;
    Ok(page(&ctx, StatusCode::OK, social::directory(&ctx, &view)))
}

fn notification_text(kind: &str) -> &'static str {
    match kind {
        kinds::FOLLOW => msg("followed-you"),
        kinds::FOLLOW_REQUEST => msg("asked-to-follow-you"),
        kinds::MENTION => msg("mentioned-you"),
        kinds::REPLY => msg("replied-to-you"),
        kinds::JOIN_REQUEST => msg("asked-to-join-a-group-you"),
        kinds::JOIN_ACCEPTED => msg("accepted-you-as-a-member"),
        kinds::JOIN_REJECTED => msg("did-not-accept-your-request-to"),
        kinds::INVITE => msg("invited-you-to-join-a-group"),
        kinds::POST_REMOVED => msg("removed-your-post-from-a-group"),
        kinds::EVENT_CHANGED => msg("changed-an-event-you-take-part"),
        kinds::EVENT_CANCELLED => msg("cancelled-an-event-you-take-part"),
        kinds::REPORT_ACTED => msg("acted-on-what-you-reported-thank"),
        kinds::REPORT_DISMISSED => msg("looked-at-what-you-reported-and"),
        kinds::MODERATION_WARNING => msg("warned-you-about-something-you-published"),
        _ => msg("did-something"),
    }
}

/// `?before=` paging by row id.
#[derive(Deserialize, Default)]
pub struct BeforeQuery {
    pub before: Option<i64>,
}

pub async fn notifications(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Query(query): Query<BeforeQuery>,
) -> WebResult {
    let (_, me) = viewer.require_user()?;
    let rows = db::notifications::page(&data.db, me.id, query.before, PAGE).await?;
    let mut items = Vec::new();
    for (notification, actor) in &rows {
        let link = match (notification.post_id, notification.group_id, notification.event_id) {
            (Some(post), _, _) => Some(format!("/posts/{post}")),
            (None, Some(group), _) => db::actors::by_id(&data.db, group).await?.map(|g| page_url(&g)),
            (None, None, Some(event)) => Some(format!("/events/{event}")),
            _ => None,
        };
        items.push(NotificationView {
            text: t(notification_text(&notification.kind)).to_string(),
            actor_name: actor.name_or_username().to_string(),
            actor_url: page_url(actor),
            link,
            when: notification.created_at.format("%Y-%m-%d %H:%M UTC").to_string(),
            unseen: !notification.seen,
        });
    }
    db::notifications::mark_seen(&data.db, me.id).await?;
    let next = (rows.len() as i64 == PAGE)
        .then(|| rows.last().map(|(n, _)| format!("/notifications?before={}", n.id)))
        .flatten();
    let ctx = ctx(&data, &viewer, &headers).await?;
    Ok(page(&ctx, StatusCode::OK, social::notifications(&ctx, &items, next.as_deref())))
}
