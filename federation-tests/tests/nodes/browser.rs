//! A real browser (Debian's Chromium through ChromeDriver) drives a real node through the journeys
//! of a city's officer and a colleague, takes screenshots at laptop and phone widths into
//! `target/browser-screenshots/`, and runs axe-core on every main page: no serious or critical
//! violation may remain. Without Chromium, ChromeDriver or axe-core (`npm ci` in
//! `peers/axe`), it says so and skips, except on CI, where it fails.

use fantoccini::{Client, ClientBuilder, Locator, elements::Element};
use federation_tests::{Node, postgres_if_available};
use serde_json::json;
use std::{
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::Duration,
};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const PASSWORD: &str = "a long enough passphrase 42";
const WIDTHS: [(u32, u32); 2] = [(1280, 900), (390, 844)];

fn axe_source() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("peers/axe/node_modules/axe-core/axe.min.js")
}

/// What is missing for this test to run, if anything.
fn missing() -> Option<String> {
    [CHROMIUM, CHROMEDRIVER]
        .iter()
        .map(PathBuf::from)
        .chain([axe_source()])
        .find(|path| !path.exists())
        .map(|path| path.display().to_string())
}

/// ChromeDriver on a free port, stopped when dropped.
struct Driver(Child, u16);

impl Driver {
    async fn start() -> Driver {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        // Owned at once, so that it is stopped (and waited for) on every path.
        let driver = Driver(child, port);
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
                return driver;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("chromedriver did not answer on port {port}");
    }

    async fn browser(&self) -> Client {
        let profile = tempfile::tempdir().unwrap().keep();
        // Background networking off: this machine's network is closed, and a test browser must
        // not talk to anyone but the node.
        let args = [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--lang=en",
        ]
        .iter()
        .map(|a| a.to_string())
        .chain([format!("--user-data-dir={}", profile.display())])
        .collect::<Vec<_>>();
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("goog:chromeOptions".into(), json!({"binary": CHROMIUM, "args": args}));
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        ClientBuilder::new(connector)
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{}", self.1))
            .await
            .expect("a browser session")
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// One browser on one node: what a person does, in the words of the page.
struct Visit<'a> {
    browser: Client,
    node: &'a Node,
    shots: PathBuf,
    axe: String,
    /// Serious and critical accessibility problems found so far, per page.
    problems: Vec<String>,
}

impl Visit<'_> {
    async fn open(&self, path: &str) {
        self.browser.goto(&self.node.url(path)).await.unwrap_or_else(|e| panic!("open {path}: {e}"));
    }

    /// The page's text, or nothing while a navigation replaces the page.
    async fn text(&self) -> Option<String> {
        self.browser.find(Locator::Css("body")).await.ok()?.text().await.ok()
    }

    /// Waits (a submitted form may still be loading) until the page says `what`.
    async fn expect(&self, what: &str) {
        let mut text = None;
        for _ in 0..50 {
            text = self.text().await;
            if text.as_deref().is_some_and(|t| t.contains(what)) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        let url = self.browser.current_url().await.unwrap();
        panic!("{url} should say “{what}”; it says:\n{}", text.unwrap_or_default());
    }

    async fn field(&self, form: &str, name: &str) -> Element {
        self.browser
            .find(Locator::Css(&format!("{form} [name=\"{name}\"]")))
            .await
            .unwrap_or_else(|e| panic!("no field {name} in {form}: {e}"))
    }

    /// Types into text fields and text areas, as a person would.
    async fn fill(&self, form: &str, fields: &[(&str, &str)]) {
        for (name, value) in fields {
            let field = self.field(form, name).await;
            field.clear().await.unwrap();
            field.send_keys(value).await.unwrap();
        }
    }

    /// Date and time fields take their value directly: typing into them depends on the locale.
    async fn set(&self, form: &str, name: &str, value: &str) {
        let field = self.field(form, name).await;
        let element = serde_json::to_value(&field).unwrap();
        self.browser.execute("arguments[0].value = arguments[1];", vec![element, json!(value)]).await.unwrap();
    }

    async fn choose(&self, form: &str, name: &str, value: &str) {
        self.field(form, name).await.select_by_value(value).await.unwrap();
    }

    async fn tick(&self, form: &str, name: &str, value: &str) {
        let selector = format!("{form} input[name=\"{name}\"][value=\"{value}\"]");
        let box_ = self.browser.find(Locator::Css(&selector)).await.unwrap_or_else(|e| panic!("{selector}: {e}"));
        if !box_.is_selected().await.unwrap() {
            box_.click().await.unwrap();
        }
    }

    async fn press(&self, selector: &str) {
        let button = self.browser.find(Locator::Css(selector)).await.unwrap_or_else(|e| panic!("{selector}: {e}"));
        button.click().await.unwrap();
    }

    async fn follow(&self, link_text: &str) {
        let xpath = format!("//main//a[contains(normalize-space(.), \"{link_text}\")]");
        let link = self.browser.find(Locator::XPath(&xpath)).await.unwrap_or_else(|e| panic!("link {link_text}: {e}"));
        link.click().await.unwrap();
    }

    async fn log_in(&self, username: &str) {
        self.open("/login").await;
        self.fill("form[action=\"/login\"]", &[("username", username), ("password", PASSWORD)]).await;
        self.press("form[action=\"/login\"] button[type=submit]").await;
        self.expect("Log out").await;
    }

    async fn log_out(&self) {
        // On a phone the button is inside the folded menu; the wide list has the same one.
        self.browser.set_window_size(1280, 900).await.unwrap();
        self.press("nav .wide form[action=\"/logout\"] button").await;
        self.expect("Log in").await;
    }

    /// Screenshots at both widths, and axe-core's verdict, for the page shown now.
    async fn look(&mut self, name: &str) {
        for (width, height) in WIDTHS {
            self.browser.set_window_size(width, height).await.unwrap();
            let png = self.browser.screenshot().await.unwrap();
            std::fs::write(self.shots.join(format!("{name}-{width}.png")), png).unwrap();
            self.audit(name, width).await;
        }
        self.browser.set_window_size(1280, 900).await.unwrap();
    }

    async fn audit(&mut self, name: &str, width: u32) {
        // A script run by the driver is not the page's: the page's CSP (no script at all) stays.
        let script = format!(
            "{}\nconst done = arguments[arguments.length - 1];\
             axe.run(document, {{resultTypes: ['violations']}}).then(r => done(r.violations.map(v => \
             ({{id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}}))))\
             .catch(e => done([{{id: 'axe-failed', impact: 'critical', help: String(e), nodes: []}}]));",
            self.axe
        );
        let found = self.browser.execute_async(&script, vec![]).await.unwrap();
        for violation in found.as_array().into_iter().flatten() {
            if matches!(violation["impact"].as_str(), Some("serious" | "critical")) {
                self.problems.push(format!("{name} at {width}px: {violation}"));
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_city_officer_and_a_colleague_use_the_portal_in_a_real_browser() {
    if let Some(missing) = missing() {
        assert!(
            std::env::var("CI").is_err(),
            "{missing} is missing: .ci/run installs Chromium, ChromeDriver and axe-core"
        );
        eprintln!(
            "skipped: {missing} is missing (apt-get install chromium chromium-driver; npm ci in federation-tests/peers/axe)"
        );
        return;
    }
    let backend = postgres_if_available();
    let node = Node::start("Lyon", backend).await;
    node.admin("officer");
    let shots =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../target/browser-screenshots/{backend:?}").to_lowercase());
    std::fs::create_dir_all(&shots).unwrap();
    let driver = Driver::start().await;
    let mut visit = Visit {
        browser: driver.browser().await,
        node: &node,
        shots,
        axe: std::fs::read_to_string(axe_source()).unwrap(),
        problems: Vec::new(),
    };

    // A colleague registers (registration is open by default).
    visit.open("/").await;
    visit.look("home-signed-out").await;
    visit.open("/register").await;
    visit.look("register").await;
    let register = "form[action=\"/register\"]";
    visit
        .fill(register, &[("username", "colleague"), ("email", "colleague@lyon.example"), ("password", PASSWORD)])
        .await;
    visit.press(&format!("{register} button[type=submit]")).await;
    visit.expect("Log out").await;
    // … and says who they are, so that colleagues find them by sector and organisation.
    visit.open("/settings/profile").await;
    visit.look("profile-edit").await;
    let profile = "form[action=\"/settings/profile\"]";
    visit.fill(profile, &[("job_title", "Energy officer"), ("organisation", "Illustrative city climate team")]).await;
    visit.choose(profile, "country", "FR").await;
    visit.tick(profile, "sectors", "energy_systems").await;
    visit.press(&format!("{profile} button[type=submit]")).await;
    visit.expect("Your profile is saved.").await;
    visit.log_out().await;

    // The officer, made an administrator with the CLI as the README says, names the node.
    visit.log_in("officer").await;
    visit.open("/admin").await;
    let identity = "form[action=\"/admin/identity\"]";
    visit
        .fill(
            identity,
            &[
                ("name", "Lyon Climate Commons"),
                ("city", "Lyon"),
                ("description", "Illustrative node of a browser test: Lyon's work towards climate neutrality."),
            ],
        )
        .await;
    visit.choose(identity, "country", "FR").await;
    visit.press(&format!("{identity} button[type=submit]")).await;
    visit.expect("Lyon Climate Commons").await;
    visit.look("admin").await;

    // A case study, shared from its Transition Map step: the step comes pre-ticked.
    visit.open("/map/political-mandate").await;
    visit.follow("Share your city's work on this step").await;
    let resource = "form[action=\"/knowledge/new\"]";
    let step_box = visit
        .browser
        .find(Locator::Css(&format!("{resource} input[name=\"map_steps\"][value=\"political-mandate\"]")))
        .await
        .unwrap();
    assert!(step_box.is_selected().await.unwrap(), "the step is ticked already");
    visit.look("resource-form").await;
    visit.choose(resource, "kind", "case_study").await;
    visit
        .fill(
            resource,
            &[
                ("title", "A citizens' assembly on the climate mandate"),
                ("summary", "How an illustrative city gave its climate plan a mandate through a citizens' assembly."),
                ("body", "An **illustrative** account written by a browser test. #assembly"),
            ],
        )
        .await;
    visit.tick(resource, "tool_types", "building-renovation").await;
    visit.press(&format!("{resource} button[type=submit]:not([name])")).await;
    visit.expect("A citizens' assembly on the climate mandate").await;
    visit.look("resource").await;

    // Found by search and by facet, on the map step and on the Explore tool.
    visit.open("/knowledge?q=assembly").await;
    visit.expect("A citizens' assembly on the climate mandate").await;
    visit.follow("Case study").await;
    visit.expect("A citizens' assembly on the climate mandate").await;
    visit.look("knowledge").await;
    visit.open("/map").await;
    visit.look("map").await;
    visit.open("/map/political-mandate").await;
    visit.expect("A citizens' assembly on the climate mandate").await;
    visit.look("map-step").await;
    visit.open("/explore").await;
    visit.look("explore").await;
    visit.open("/explore/building-renovation").await;
    visit.expect("A citizens' assembly on the climate mandate").await;

    // An event, which the colleague joins.
    visit.open("/events/new").await;
    let event = "form[action=\"/events/new\"]";
    let day = (chrono::Utc::now() + chrono::Duration::days(10)).format("%Y-%m-%d").to_string();
    visit
        .fill(
            event,
            &[
                ("title", "Assembly results webinar"),
                ("description", "What the illustrative assembly decided."),
                ("timezone", "Europe/Paris"),
                ("online_url", "https://meet.example/assembly"),
            ],
        )
        .await;
    visit.set(event, "start", &format!("{day}T10:00")).await;
    visit.set(event, "end", &format!("{day}T11:00")).await;
    visit.press(&format!("{event} button[type=submit]")).await;
    visit.expect("Assembly results webinar").await;
    visit.expect("https://meet.example/assembly").await;
    let event_path = visit.browser.current_url().await.unwrap().path().to_string();
    visit.look("event-organiser").await;
    visit.open("/events").await;
    visit.look("events").await;
    visit.log_out().await;

    visit.log_in("colleague").await;
    visit.open(&event_path).await;
    visit.expect("The link is shown to participants").await;
    visit.press("form[action$=\"/join\"] button").await;
    visit.expect("You take part.").await;
    visit.expect("https://meet.example/assembly").await;
    visit.look("event-participant").await;

    // A group, and a post in it.
    visit.open("/groups/new").await;
    let group = "form[action=\"/groups/new\"]";
    visit
        .fill(
            group,
            &[
                ("handle", "assemblies"),
                ("name", "Citizens' assemblies"),
                ("description", "Cities running assemblies."),
            ],
        )
        .await;
    visit.press(&format!("{group} button[type=submit]")).await;
    visit.expect("Citizens' assemblies").await;
    let post = "form[action=\"/groups/assemblies/posts\"]";
    visit.fill(post, &[("content", "Who has run an assembly on heating? #assembly")]).await;
    visit.press(&format!("{post} button[type=submit]")).await;
    visit.expect("Who has run an assembly on heating?").await;
    visit.look("group").await;
    // Removing it asks first, on a page of its own.
    visit.press("form[action^=\"/posts/\"][action$=\"/remove\"] button").await;
    visit.expect("Remove this post?").await;
    visit.look("confirm-removal").await;
    visit.press("button.danger").await;
    visit.expect("Post removed.").await;

    // The finance tool: a sector, an answer to every question, a ranking.
    visit.open("/finance").await;
    visit.tick("form.finance", "sector", "built_environment").await;
    visit.fill("form.finance", &[("project_size_eur", "2000000"), ("horizon_years", "10")]).await;
    let radios = visit.browser.find_all(Locator::Css("form.finance input[type=radio]")).await.unwrap();
    let mut answered = Vec::new();
    for radio in radios {
        let name = radio.attr("name").await.unwrap().unwrap_or_default();
        if !answered.contains(&name) {
            radio.click().await.unwrap();
            answered.push(name);
        }
    }
    visit.press("form.finance button[type=submit]").await;
    visit.expect("Financing options, best match first").await;
    visit.look("finance").await;

    visit.open("/directory?kind=person&sector=energy_systems").await;
    visit.expect("Energy officer, Illustrative city climate team").await;
    for (path, name) in
        [("/directory", "directory"), ("/dashboard", "dashboard"), ("/", "feed"), ("/overview", "overview")]
    {
        visit.open(path).await;
        visit.look(name).await;
    }
    let problems = std::mem::take(&mut visit.problems);
    visit.browser.clone().close().await.unwrap();
    assert!(problems.is_empty(), "axe-core found serious or critical problems:\n{}", problems.join("\n"));
}
