//! Reporting, the moderation queue and the audit log.

use crate::links::href;
use crate::{
    Ctx, FormErrors,
    components::{csrf_field, error_summary, field, layout, next_page},
    i18n::{msg, t, t_with},
};
use maud::{Markup, html};

/// What a report form is about, and what was typed so far.
pub struct ReportForm<'a> {
    pub target: &'a str,
    /// account, group, resource, event, post or comment.
    pub kind: &'a str,
    /// Its title or the start of its text.
    pub summary: &'a str,
    /// This node's page about it.
    pub page: &'a str,
    /// Whose it is: name and handle.
    pub owner: &'a str,
    /// The server it comes from, when that is not this node (the report may be forwarded there).
    pub remote_domain: Option<&'a str>,
    pub reasons: &'a [(&'static str, &'static str)],
    /// The node's rules, in order.
    pub rules: &'a [String],
    pub reason: &'a str,
    pub rule: Option<usize>,
    pub comment: &'a str,
    pub forward: bool,
}

pub fn report_form(ctx: &Ctx, form: &ReportForm<'_>, errors: &FormErrors) -> Markup {
    let reason_error = errors.field("reason");
    let rule_error = errors.field("rule");
    layout(
        ctx,
        t("report"),
        html! {
            h1 { (t("report-to-the-moderators")) }
            (error_summary(errors))
            section.card.reported {
                p.meta { (t(kind_label(form.kind))) " · " (form.owner) }
                p { a href=[href(form.page)] { (form.summary) } }
            }
            form method="post" action="/report" {
                (csrf_field(ctx))
                input type="hidden" name="target" value=(form.target);
                fieldset.field #reason aria-describedby=[reason_error.map(|_| "reason-error")] {
                    legend { (t("why-do-you-report-it")) }
                    @if let Some(error) = reason_error { p.field-error #reason-error { (error) } }
                    @for (id, label) in form.reasons {
                        label.check {
                            input type="radio" name="reason" value=(id) checked[form.reason == *id]; " " (t(label))
                        }
                    }
                }
                @if !form.rules.is_empty() {
                    div.field {
                        label for="rule" { (t("which-rule-does-it-break")) }
                        p.hint #rule-hint { (t("only-when-the-reason-is-one")) }
                        @if let Some(error) = rule_error { p.field-error #rule-error { (error) } }
                        select #rule name="rule" aria-describedby=(if rule_error.is_some() { "rule-hint rule-error" } else { "rule-hint" }) {
                            option value="" { (t("none")) }
                            @for (i, rule) in form.rules.iter().enumerate() {
                                option value=(i + 1) selected[form.rule == Some(i + 1)] { (i + 1) ". " (rule) }
                            }
                        }
                    }
                }
                (field(errors, "comment", t("what-should-the-moderators-know"), "textarea", form.comment,
                    Some(t("optional-up-to-1000-characters-moderators"))))
                @if let Some(domain) = form.remote_domain {
                    div.field {
                        label.check {
                            input type="checkbox" name="forward" value="yes" checked[form.forward];
                            " " (t("also-send-the-report-to-the")) " " (domain)
                        }
                        p.hint { (t("it-goes-in-this-nodes-name")) }
                    }
                }
                button type="submit" { (t("send-the-report")) }
            }
        },
    )
}

fn kind_label(kind: &str) -> &'static str {
    match kind {
        "account" => msg("account"),
        "group" => msg("group"),
        "resource" => msg("resource-2"),
        "event" => msg("event"),
        "post" => msg("post"),
        "comment" => msg("comment"),
        _ => msg("content"),
    }
}

/// One report as moderators see it.
pub struct QueueItem {
    pub id: i64,
    pub kind: String,
    pub summary: String,
    /// This node's page about the reported thing, when it is still here.
    pub page: Option<String>,
    pub target: String,
    pub owner: String,
    pub owner_page: String,
    pub reason: String,
    pub rule: String,
    pub comment: String,
    /// "a person here (@ana)" or "the moderators of example.org".
    pub from: String,
    pub when: String,
    /// For closed reports: what was done, by whom and when.
    pub outcome: Option<String>,
    /// Earlier reports about the same account: when, reason and status.
    pub earlier: Vec<String>,
    pub domain: String,
    /// Reports about any account of the same domain.
    pub domain_reports: i64,
    /// Whether the account can be limited or suspended (people here, any account elsewhere).
    pub measurable: bool,
    /// Whether the account is this node's, so a warning reaches it.
    pub warnable: bool,
}

pub struct Queue<'a> {
    /// open, dismissed, removed, warned, limited or suspended.
    pub status: &'a str,
    pub items: &'a [QueueItem],
    pub next: Option<String>,
    pub is_admin: bool,
}

pub fn queue(ctx: &Ctx, queue: &Queue<'_>) -> Markup {
    let tab = |status: &str, label: &str| {
        html! { li { a href={ "/admin/reports?status=" (status) } aria-current=[(queue.status == status).then_some("page")] { (label) } } }
    };
    layout(
        ctx,
        t("reports"),
        html! {
            h1 { (t("reports")) }
            @if queue.is_admin { p { a href="/admin/audit" { (t("audit-log")) } } }
            nav aria-label=(t("reports-by-state")) {
                ul.tabs { (tab("open", t("open"))) (tab("removed", t("removed"))) (tab("warned", t("warned"))) (tab("limited", t("limited"))) (tab("suspended", t("suspended"))) (tab("dismissed", t("dismissed"))) }
            }
            @if queue.items.is_empty() { p.empty { (t("no-reports-here")) } }
            @for item in queue.items {
                article.card.report #{ "report-" (item.id) } {
                    h2 { (t(kind_label(&item.kind))) " · " (item.reason) }
                    p {
                        @match &item.page {
                            Some(page) => a href=[href(page)] { (item.summary) },
                            None => span { (item.summary) " (" (t("no-longer-here")) ")" },
                        }
                    }
                    p.meta { (t("address")) ": " a href=[href(&item.target)] { (item.target) } }
                    p.meta { (t("account")) ": " a href=[href(&item.owner_page)] { (item.owner) } }
                    @if !item.rule.is_empty() { p { (t("rule")) ": " (item.rule) } }
                    @if !item.comment.is_empty() { blockquote { (item.comment) } }
                    p.meta { (t("reported-by")) " " (item.from) ", " (item.when) }
                    @if let Some(outcome) = &item.outcome { p { strong { (outcome) } } }
                    details {
                        summary { (t_with("earlier-reports-summary", &[("account", (item.earlier.len()).into()), ("domain-count", (item.domain_reports).into()), ("domain", (item.domain.as_str()).into())])) }
                        @if item.earlier.is_empty() { p.empty { (t("none-about-this-account")) } }
                        ul { @for line in &item.earlier { li { (line) } } }
                    }
                    @if queue.status == "open" {
                        form method="post" action={ "/admin/reports/" (item.id) } {
                            (csrf_field(ctx))
                            div.field {
                                label for={ "note-" (item.id) } { (t("note-for-the-audit-log")) }
                                input id={ "note-" (item.id) } name="reason" type="text";
                            }
                            @if item.kind != "account" && item.kind != "group" {
                                button.danger type="submit" name="action" value="remove" { (t("remove-it")) }
                                " "
                            }
                            @if item.warnable {
                                button.secondary type="submit" name="action" value="warn" { (t("warn-the-account")) }
                                " "
                            }
                            @if item.measurable {
                                button.danger type="submit" name="action" value="limit" { (t("limit-the-account")) }
                                " "
                                button.danger type="submit" name="action" value="suspend" { (t("suspend-the-account")) }
                                " "
                            }
                            button.secondary type="submit" name="action" value="dismiss" { (t("dismiss")) }
                        }
                    }
                }
            }
            (next_page(queue.next.as_deref()))
        },
    )
}

pub struct AuditRow {
    pub when: String,
    pub moderator: String,
    pub action: String,
    pub target: String,
    pub reason: String,
}

pub struct AuditPage<'a> {
    pub action: &'a str,
    pub moderator: &'a str,
    pub actions: &'a [&'static str],
    pub rows: &'a [AuditRow],
    pub next: Option<String>,
}

pub fn audit(ctx: &Ctx, page: &AuditPage<'_>) -> Markup {
    layout(
        ctx,
        t("audit-log"),
        html! {
            h1 { (t("audit-log")) }
            p.hint { (t("every-moderation-and-administration-action-as")) }
            form.filters method="get" action="/admin/audit" {
                div.field {
                    label for="action" { (t("action")) }
                    select #action name="action" {
                        option value="" { (t("any")) }
                        @for action in page.actions { option value=(action) selected[page.action == *action] { (action) } }
                    }
                }
                (field(&FormErrors::default(), "moderator", t("done-by-username"), "text", page.moderator, None))
                button type="submit" { (t("show")) }
            }
            @if page.rows.is_empty() { p.empty { (t("nothing-recorded-yet")) } }
            @else {
                table {
                    thead { tr {
                        th scope="col" { (t("when")) } th scope="col" { (t("who")) } th scope="col" { (t("action")) }
                        th scope="col" { (t("target")) } th scope="col" { (t("note")) }
                    } }
                    tbody {
                        @for row in page.rows {
                            tr { td { (row.when) } td { (row.moderator) } td { (row.action) } td.wrap { (row.target) } td { (row.reason) } }
                        }
                    }
                }
            }
            (next_page(page.next.as_deref()))
        },
    )
}

/// One account or domain a person blocks or mutes.
pub struct KeptAway {
    /// The account's name and handle, or the domain.
    pub label: String,
    /// The account's page here (none for a domain).
    pub page: Option<String>,
    /// What the form sends back to lift it: the account's address or the domain.
    pub target: String,
}

pub struct BlocksPage<'a> {
    pub blocked: &'a [KeptAway],
    pub muted: &'a [KeptAway],
    /// What was typed in the form, kept after an error.
    pub target: &'a str,
    pub kind: &'a str,
}

/// The buttons a profile shows a signed-in visitor: block or unblock, mute or unmute.
pub fn keep_away_buttons(ctx: &Ctx, target: &str, back: &str, blocked: bool, muted: bool) -> Markup {
    let button = |kind: &str, on: bool, label: &str| {
        html! {
            form.inline method="post" action="/settings/blocks" {
                (csrf_field(ctx))
                input type="hidden" name="target" value=(target);
                input type="hidden" name="kind" value=(kind);
                input type="hidden" name="action" value=(if on { "remove" } else { "add" });
                input type="hidden" name="back" value=(back);
                button.secondary type="submit" { (label) }
            }
        }
    };
    html! {
        div.actions {
            (button("mute", muted, if muted { t("unmute") } else { t("mute") }))
            " "
            (button("block", blocked, if blocked { t("unblock") } else { t("block") }))
        }
    }
}

pub fn blocks(ctx: &Ctx, page: &BlocksPage<'_>, errors: &FormErrors) -> Markup {
    let list = |items: &[KeptAway], kind: &str, lift: &str| {
        html! {
            @if items.is_empty() { p.empty { (t("nobody")) } }
            ul.plain {
                @for item in items {
                    li {
                        @match &item.page { Some(page) => a href=[href(page)] { (item.label) }, None => span { (item.label) } }
                        " "
                        form.inline method="post" action="/settings/blocks" {
                            (csrf_field(ctx))
                            input type="hidden" name="target" value=(item.target);
                            input type="hidden" name="kind" value=(kind);
                            input type="hidden" name="action" value="remove";
                            button.secondary type="submit" { (lift) }
                        }
                    }
                }
            }
        }
    };
    let kind_error = errors.field("kind");
    layout(
        ctx,
        t("blocks-and-mutes"),
        html! {
            h1 { (t("blocks-and-mutes")) }
            p { (t("a-blocked-account-cannot-follow-you")) }
            (error_summary(errors))
            form method="post" action="/settings/blocks" {
                (csrf_field(ctx))
                input type="hidden" name="action" value="add";
                (field(errors, "target", t("account-or-domain"), "text", page.target,
                    Some(t("name-city-example-the-address-of"))))
                fieldset.field #kind aria-describedby=[kind_error.map(|_| "kind-error")] {
                    legend { (t("what-to-do")) }
                    @if let Some(error) = kind_error { p.field-error #kind-error { (error) } }
                    label.check { input type="radio" name="kind" value="mute" checked[page.kind != "block"]; " " (t("mute")) }
                    label.check { input type="radio" name="kind" value="block" checked[page.kind == "block"]; " " (t("block")) }
                }
                button type="submit" { (t("save")) }
            }
            h2 { (t("blocked")) }
            (list(page.blocked, "block", t("unblock")))
            h2 { (t("muted-2")) }
            (list(page.muted, "mute", t("unmute")))
        },
    )
}
