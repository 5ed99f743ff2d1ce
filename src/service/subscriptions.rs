//! Node subscriptions: this node follows another node's application actor (or a relay) and
//! takes in everything public it announces, then backfills that node's history from its outbox.

use super::{
    follows,
    jobs::JobLease,
    node::APPLICATION_USERNAME,
    outboxes::{self, Reading, Walk},
};
use crate::{
    db::{
        self,
        models::{Actor, Subscription},
        subscriptions::{self as subs, ACCEPTED, PENDING, REJECTED},
    },
    domain::handle::host_of_url,
    error::{AppError, AppResult},
    federation::{
        Data,
        activities::ObjectActivity,
        objects::actor::ApActor,
        outbox::{Envelope, prepare},
        outgoing,
        protocol::{article::PUBLIC, id_of},
    },
};
use activitypub_federation::{
    fetch::object_id::ObjectId,
    kinds::activity::{FollowType, UndoType},
};
use cairn_templates::i18n::{t, t_with};
use serde_json::{Value, json};
use url::Url;

pub const NODE: &str = "node";
pub const RELAY: &str = "relay";
pub const MASTODON_RELAY: &str = "mastodon_relay";

pub async fn application_actor(data: &Data) -> AppResult<Actor> {
    db::actors::local_by_username(&data.db, APPLICATION_USERNAME)
        .await?
        .ok_or_else(|| AppError::not_found(t("the-nodes-application-actor-is-missing")))
}

/// What NodeInfo says about a server: its name, software, country and application actor.
#[derive(Default)]
struct NodeInfo {
    name: String,
    software: String,
    country: String,
    application: Option<Url>,
}

/// The scheme a bare domain is reached on: https, or http for loopback hosts in demo mode.
fn origin_of(data: &Data, domain: &str) -> AppResult<Url> {
    let mut url = Url::parse(&format!("https://{domain}/")).map_err(|_| {
        AppError::invalid("target", t_with("is-neither-a-domain-nor-a-url", &[("value", domain.to_string().into())]))
    })?;
    if data.network.allow_loopback && outgoing::is_loopback_host(&url) {
        url.set_scheme("http").expect("https and http are both special schemes");
    }
    Ok(url)
}

/// Read through the node's one outgoing client; a server without NodeInfo is still subscribable
/// by its relay URL, so failures only leave the fields empty.
async fn nodeinfo(data: &Data, origin: &Url) -> NodeInfo {
    let get = async |url: Url| outgoing::fetch_json(&data.http, &data.network, &url, "the NodeInfo").await.ok();
    let Some(links) = (match origin.join("/.well-known/nodeinfo") {
        Ok(url) => get(url).await,
        Err(_) => None,
    }) else {
        return NodeInfo::default();
    };
    let link = |rel_ends: &str| -> Option<String> {
        links["links"].as_array()?.iter().find(|l| l["rel"].as_str().is_some_and(|r| r.ends_with(rel_ends)))?["href"]
            .as_str()
            .map(str::to_string)
    };
    let application = link("activitystreams#Application").and_then(|h| Url::parse(&h).ok());
    let document = match link("/schema/2.1").or_else(|| link("/schema/2.0")) {
        Some(href) => match Url::parse(&href) {
            Ok(url) if host_of_url(&url) == host_of_url(origin) => get(url).await.unwrap_or_default(),
            _ => Value::Null,
        },
        _ => Value::Null,
    };
    let text = |v: &Value| v.as_str().unwrap_or_default().chars().take(100).collect::<String>();
    NodeInfo {
        name: text(&document["metadata"]["nodeName"]),
        software: text(&document["software"]["name"]),
        country: text(&document["metadata"]["country"]),
        application,
    }
}

/// Subscribes this node to another: `target` is a domain (a Cairn node, found through its
/// NodeInfo's application actor), a relay actor's URL (LitePub), or a relay inbox URL
/// (Mastodon-style: a Follow of the Public collection is sent there).
/// `by` is the administrator, for the audit log.
pub async fn subscribe(data: &Data, by: &str, target: &str) -> AppResult<Subscription> {
    let subscription = follow_node(data, target).await?;
    super::moderation::audit(data, by, "subscription.add", &subscription.domain, target).await?;
    Ok(subscription)
}

async fn follow_node(data: &Data, target: &str) -> AppResult<Subscription> {
    let target = target.trim().trim_end_matches('/');
    if target.is_empty() {
        return Err(AppError::invalid("target", t("give-a-domain-or-a-url")));
    }
    let url = if target.contains("://") {
        Url::parse(target)
            .map_err(|_| AppError::invalid("target", t_with("is-not-a-url", &[("value", target.to_string().into())])))?
    } else {
        origin_of(data, target)?
    };
    let domain = host_of_url(&url);
    if domain == data.domain {
        return Err(AppError::invalid("target", t("this-node-cannot-subscribe-to-itself")));
    }
    if !data.policy.read().expect("policy lock").allows(&domain) {
        return Err(AppError::forbidden(t_with("is-blocked-on-this-node", &[("domain", domain.to_string().into())])));
    }
    let info = nodeinfo(data, &url).await;
    let me = application_actor(data).await?;
    let relay_inbox = url.path().ends_with("/inbox");
    let actor_url = match (target.contains("://"), &info.application) {
        (true, _) if relay_inbox => None,
        (true, _) => Some(url.clone()),
        (false, Some(application)) => Some(application.clone()),
        (false, None) => {
            return Err(AppError::invalid(
                "target",
                format!("{domain} names no application actor in its NodeInfo; give the relay's actor or inbox URL"),
            ));
        }
    };
    let mut subscription = Subscription {
        id: 0,
        domain: domain.clone(),
        kind: MASTODON_RELAY.into(),
        actor_ap_id: None,
        inbox: url.to_string(),
        outbox: None,
        state: PENDING.into(),
        follow_ap_id: String::new(),
        name: if info.name.is_empty() { domain.clone() } else { info.name },
        software: info.software,
        country: info.country,
        backfill_state: subs::DONE.into(),
        backfill_next: None,
        backfill_total: None,
        backfilled: 0,
        backfill_error: None,
        last_contact_at: None,
        created_at: db::now(),
    };
    match actor_url {
        Some(actor_url) => {
            let actor: ApActor = ObjectId::from(actor_url).dereference(data).await?;
            let follow = follows::follow(data, &me, &actor).await?;
            subscription.kind = if subscription.software == "cairn" { NODE } else { RELAY }.into();
            subscription.actor_ap_id = Some(actor.row.ap_id.clone());
            subscription.inbox = actor.row.inbox.clone();
            subscription.outbox = actor.row.outbox.clone();
            subscription.follow_ap_id = follow.activity_ap_id;
            if subscription.outbox.is_some() {
                subscription.backfill_state = subs::WAITING.into();
                subscription.backfill_next = subscription.outbox.clone();
            }
            subs::upsert(&data.db, &subscription, None).await
        }
        None => {
            let id = data.new_activity_id("Follow");
            let activity = ObjectActivity::new(FollowType::Follow, id.clone(), &me.ap_id, json!(PUBLIC))?;
            let envelope =
                Envelope { id: &id, kind: "Follow", signer: &me, public: false, inboxes: vec![url.to_string()] };
            subscription.follow_ap_id = id.to_string();
            let row = subs::upsert(&data.db, &subscription, Some(&prepare(data, &activity, envelope)?)).await?;
            data.deliveries_queued.notify_one();
            Ok(row)
        }
    }
}

/// An administrator (`by`) ends a subscription: the follow is undone and nothing more is taken
/// from that node.
pub async fn unsubscribe(data: &Data, by: &str, domain: &str) -> AppResult<()> {
    end_subscription(data, domain).await?;
    super::moderation::audit(data, by, "subscription.remove", domain, "").await
}

async fn end_subscription(data: &Data, domain: &str) -> AppResult<()> {
    let subscription = subs::by_domain(&data.db, domain)
        .await?
        .ok_or_else(|| AppError::not_found(t_with("no-subscription-to", &[("domain", domain.to_string().into())])))?;
    let me = application_actor(data).await?;
    if let Some(actor) = match &subscription.actor_ap_id {
        Some(ap_id) => db::actors::by_ap_id(&data.db, ap_id).await?,
        None => None,
    } {
        follows::unfollow(data, &me, &actor).await?;
        return subs::delete(&data.db, subscription.id, None).await;
    }
    let id = data.new_activity_id("Undo");
    let follow = json!({"id": subscription.follow_ap_id, "type": "Follow", "actor": me.ap_id, "object": PUBLIC});
    let undo = ObjectActivity::new(UndoType::Undo, id.clone(), &me.ap_id, follow)?;
    let envelope =
        Envelope { id: &id, kind: "Undo", signer: &me, public: false, inboxes: vec![subscription.inbox.clone()] };
    subs::delete(&data.db, subscription.id, Some(&prepare(data, &undo, envelope)?)).await?;
    data.deliveries_queued.notify_one();
    Ok(())
}

/// An Accept or Reject arrived; when it answers a subscription, note it and, once accepted,
/// start the backfill. The follow itself is settled by the follows service.
pub async fn answered(data: &Data, actor: &Url, object: &Value, accepted: bool) -> AppResult<()> {
    let Some(follow_id) = id_of(object) else { return Ok(()) };
    let Some(subscription) = subs::by_follow(&data.db, follow_id.as_str()).await? else { return Ok(()) };
    if host_of_url(actor) != subscription.domain {
        return Err(AppError::forbidden(t("only-the-subscribed-server-can-answer-its")));
    }
    subs::set_state(&data.db, subscription.id, if accepted { ACCEPTED } else { REJECTED }, db::now()).await?;
    if accepted {
        outboxes::spawn(data, Reading::Backfill(subscription.id));
    }
    Ok(())
}

/// Whether what `actor` sends is taken in: someone here follows it, or this node subscribes
/// to its server.
pub async fn listens_to(data: &Data, actor: &Url) -> AppResult<bool> {
    if db::follows::has_local_follower(&data.db, actor.as_str()).await? {
        return Ok(true);
    }
    // An account that moved to this node: its history is read here.
    if let Some(moved) = db::actors::by_ap_id(&data.db, actor.as_str()).await?
        && super::moves::verified_successor(data, &moved).await?.is_some_and(|a| a.local)
    {
        return Ok(true);
    }
    let domain = host_of_url(actor);
    let subscribed = subs::takes_from(&data.db, &domain).await?;
    if subscribed {
        subs::touch(&data.db, &domain, db::now()).await?;
    }
    Ok(subscribed)
}

/// Walks the subscribed node's outbox, taking in each announced object as if it had just been
/// announced. Runs while `lease` holds.
pub(super) async fn backfill(data: &Data, id: i64, lease: &mut JobLease) -> AppResult<()> {
    let Some(subscription) = subs::by_id(&data.db, id).await? else { return Ok(()) };
    let (Some(announcer), Some(next)) = (subscription.actor_ap_id.as_deref(), subscription.backfill_next.clone())
    else {
        return Ok(());
    };
    let limits = &data.config.federation;
    let walk = Walk {
        owner: &Url::parse(announcer)?,
        next,
        total: subscription.backfill_total,
        done: subscription.backfilled,
        max_pages: limits.backfill_max_pages,
        max_items: limits.backfill_max_items,
        limits_setting: "federation.backfill_max_pages/_items",
        announced_copies_current: true,
        state_at_limit: subs::FAILED,
    };
    outboxes::walk(data, Reading::Backfill(id), walk, lease).await
}

/// A subscribed node as the node directory shows it.
pub struct DirectoryEntry {
    pub subscription: Subscription,
    /// Resources held here that came from it.
    pub resources: i64,
    /// False once deliveries to it keep failing.
    pub reachable: bool,
}

pub async fn directory(data: &Data) -> AppResult<Vec<DirectoryEntry>> {
    let counts = db::resources::count_by_origin(&data.db).await?;
    let mut entries = Vec::new();
    for subscription in subs::list(&data.db).await? {
        let resources = counts.iter().find(|(origin, _)| *origin == subscription.domain).map_or(0, |(_, n)| *n);
        let instance = db::deliveries::instance(&data.db, &subscription.domain).await?;
        let reachable = instance.is_none_or(|i| i.unreachable_since.is_none());
        entries.push(DirectoryEntry { subscription, resources, reachable });
    }
    Ok(entries)
}

/// Stops taking anything from `domain`: the subscription ends and the domain is blocked.
pub async fn block(data: &Data, by: &str, domain: &str) -> AppResult<()> {
    if subs::by_domain(&data.db, domain).await?.is_some() {
        end_subscription(data, domain).await?;
    }
    super::admin::set_domain_rule(data, by, domain, "block").await?;
    Ok(())
}
