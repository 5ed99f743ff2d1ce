//! `GET /api/v1/openapi.json`: every API route, generated from one table.

use crate::state::AppState;
use axum::{Json, extract::State};
use serde_json::{Map, Value, json};

/// (method, path, summary, needs a token)
const ROUTES: &[(&str, &str, &str, bool)] = &[
    ("post", "/api/v1/auth/token", "Exchange {username, password} for a bearer token", false),
    ("post", "/api/v1/accounts", "Register {username, email, password}", false),
    ("get", "/api/v1/me", "The caller's profile", true),
    ("patch", "/api/v1/me", "Update the caller's profile", true),
    ("get", "/api/v1/me/tokens", "The caller's API tokens: id, name, created, last used, expiry (never secrets)", true),
    ("delete", "/api/v1/me/tokens/{id}", "Revoke one of the caller's API tokens", true),
    ("delete", "/api/v1/admin/users/{username}/tokens", "Revoke every API token of an account (admins)", true),
    ("get", "/api/v1/me/followers", "Accepted followers (paged)", true),
    ("get", "/api/v1/me/following", "Accepted follows (paged)", true),
    ("get", "/api/v1/me/following/pending", "Follow requests the caller sent that await an answer", true),
    ("get", "/api/v1/me/follow-requests", "Requests to follow the caller", true),
    ("post", "/api/v1/me/follow-requests/{id}/accept", "Accept a follow request", true),
    ("post", "/api/v1/me/follow-requests/{id}/reject", "Reject a follow request", true),
    ("post", "/api/v1/follows", "Follow {target: @user@host or actor URL}", true),
    ("delete", "/api/v1/follows", "Unfollow {target}", true),
    ("get", "/api/v1/lookup", "Find an actor by ?q=@user@host or URL, fetching it if remote", false),
    (
        "get",
        "/api/v1/resources",
        "Search resources: ?q=&kind=&sector=&phase=&country=&lang=&origin=&year=&tag=&sort=&limit=&cursor= (with facets and total)",
        false,
    ),
    ("post", "/api/v1/resources", "Publish a resource", true),
    ("get", "/api/v1/resources/{id}", "A resource with its comments ({id}: local id or ActivityPub URL)", false),
    ("patch", "/api/v1/resources/{id}", "Edit a resource (author only)", true),
    ("delete", "/api/v1/resources/{id}", "Delete a resource (author or admin)", true),
    ("post", "/api/v1/resources/{id}/comments", "Comment {content} on a resource", true),
    (
        "get",
        "/api/v1/events",
        "The calendar: ?when=upcoming|past&sector=&online=&country=&origin=&organizer=&limit=&cursor=",
        false,
    ),
    ("post", "/api/v1/events", "Publish an event", true),
    ("get", "/api/v1/events/{id}", "An event (its organiser also sees the participants)", false),
    ("patch", "/api/v1/events/{id}", "Edit or cancel ({\"status\": \"cancelled\"}) an event", true),
    ("delete", "/api/v1/events/{id}", "Delete an event", true),
    ("post", "/api/v1/events/{id}/participation", "Take part (RSVP)", true),
    ("delete", "/api/v1/events/{id}/participation", "Stop taking part", true),
    ("post", "/api/v1/events/{id}/participants/{actor_id}/accept", "Accept a request to join (organiser)", true),
    ("get", "/events.ics", "A calendar feed (iCalendar) for the same filters as /api/v1/events", false),
    ("get", "/api/v1/groups", "Groups, local and known remote: ?q=&limit=&cursor=", false),
    (
        "post",
        "/api/v1/groups",
        "Create a group {handle, name, description, sectors, topics, join_mode, visibility}",
        true,
    ),
    (
        "get",
        "/api/v1/groups/{handle}",
        "A group ({handle}: local name, @name@host or URL), with the caller's membership",
        false,
    ),
    (
        "patch",
        "/api/v1/groups/{handle}",
        "Change a group's name, description, sectors, topics, join_mode, visibility (admins)",
        true,
    ),
    ("post", "/api/v1/groups/{handle}/membership", "Join (a Follow of the group; may wait for a moderator)", true),
    ("delete", "/api/v1/groups/{handle}/membership", "Leave the group", true),
    ("get", "/api/v1/groups/{handle}/posts", "The group's posts (members only for members-only groups)", false),
    ("post", "/api/v1/groups/{handle}/posts", "Post {content, in_reply_to} in the group", true),
    ("get", "/api/v1/groups/{handle}/members", "Members with roles (moderators also see requests)", false),
    (
        "put",
        "/api/v1/groups/{handle}/members/{actor_id}",
        "Give a member a role {role: admin|moderator|member} (admins)",
        true,
    ),
    ("delete", "/api/v1/groups/{handle}/members/{actor_id}", "Remove a member (moderators)", true),
    ("post", "/api/v1/groups/{handle}/requests/{actor_id}/accept", "Accept a request to join (moderators)", true),
    ("post", "/api/v1/groups/{handle}/requests/{actor_id}/reject", "Refuse a request to join (moderators)", true),
    ("post", "/api/v1/groups/{handle}/invites", "Invite {target} (moderators)", true),
    ("post", "/api/v1/posts", "Post {content, in_reply_to, group}; @mentions and #hashtags federate", true),
    ("get", "/api/v1/posts/{id}", "A post with its replies ({id}: local id or ActivityPub id)", false),
    ("delete", "/api/v1/posts/{id}", "Delete a post (author) or remove it from a group (moderators)", true),
    ("get", "/api/v1/timelines/home", "Posts, resources and events from followed actors and joined groups", true),
    ("get", "/api/v1/timelines/local", "Public posts, resources and events of this node", false),
    ("get", "/api/v1/timelines/federated", "Everything public this node knows", false),
    ("get", "/api/v1/timelines/tag/{tag}", "Public posts with a hashtag", false),
    ("get", "/api/v1/notifications", "Follows, mentions, replies, join requests and decisions", true),
    ("post", "/api/v1/notifications/seen", "Mark all notifications seen", true),
    (
        "get",
        "/api/v1/directory",
        "People, organisations and groups: ?q=&kind=&country=&city=&role=&expertise=&sector=",
        false,
    ),
    (
        "get",
        "/api/v1/instance",
        "Mastodon client API (apps, /oauth/*, accounts, statuses, timelines, notifications, /api/v2/search): see Mastodon's documentation",
        false,
    ),
    ("get", "/api/v1/transition-map", "The six phases with their steps and each step's resource count", false),
    (
        "get",
        "/api/v1/journey",
        "A city's journey through the map: ?city=@name@host|URL (this node's city by default)",
        false,
    ),
    ("put", "/api/v1/journey/steps/{step}", "Record {status, notes, evidence} for a step (admin); federated", true),
    ("get", "/api/v1/explore", "Tool types by purpose with matching resources: ?sector=", false),
    ("get", "/api/v1/finance/questions", "The sectors and questions of the financial guidance", false),
    ("post", "/api/v1/finance/assessments", "Rank financing options for {sectors, answers}", false),
    ("get", "/api/v1/admin/finance", "The finance matrix in use and the last reload error", true),
    ("post", "/api/v1/admin/finance/reload", "Reload the finance matrix file (a broken file is refused)", true),
    ("get", "/api/v1/admin/domains", "Domain allow/block rules", true),
    ("post", "/api/v1/admin/domains", "Add a rule {domain, policy: block|allow}", true),
    ("delete", "/api/v1/admin/domains/{domain}", "Remove a rule", true),
    (
        "get",
        "/api/v1/dashboard",
        "Network figures: resources and impact by sector, country and year; journeys; upcoming events",
        false,
    ),
    ("get", "/api/v1/admin/subscriptions", "The node directory: subscribed nodes and relays, counts, backfill", true),
    ("post", "/api/v1/admin/subscriptions", "Subscribe {target: domain | relay actor URL | relay inbox URL}", true),
    ("delete", "/api/v1/admin/subscriptions/{domain}", "Unsubscribe", true),
    ("post", "/api/v1/admin/subscriptions/{domain}/block", "Unsubscribe and block the domain", true),
    (
        "get",
        "/api/v1/admin/deliveries",
        "Delivery queue counts and per-server lanes (queued, in flight, last success and error, next try): ?servers=",
        true,
    ),
    ("get", "/api/v1/admin/instances/{domain}", "Reachability of a remote instance", true),
];

pub async fn spec(State(state): State<AppState>) -> Json<Value> {
    let mut paths = Map::new();
    for (method, path, summary, auth) in ROUTES {
        let entry = paths.entry(path.to_string()).or_insert_with(|| json!({}));
        let mut operation = json!({
            "summary": summary,
            "responses": {
                "200": {"description": "OK"},
                "4XX": {"description": "{\"error\": code, \"message\": text}"},
            }
        });
        if *auth {
            operation["security"] = json!([{"bearer": []}]);
        }
        entry[*method] = operation;
    }
    Json(json!({
        "openapi": "3.1.0",
        "info": {"title": "Cairn API", "version": env!("CARGO_PKG_VERSION")},
        "servers": [{"url": state.base_url}],
        "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
        "paths": paths,
    }))
}
