//! The `cairn` command: serve a node, migrate its database, administer accounts, check the
//! finance matrix.

use cairn::{
    config::Config,
    domain::accounts::Role,
    server,
    service::{accounts, tokens},
};
use cairn_templates::i18n::{self, Language, t, t_with};
use clap::{Parser, Subcommand};
use std::{io::Read, path::PathBuf, process::ExitCode};

#[derive(Parser)]
#[command(name = "cairn", version, about = "A federated knowledge commons for climate-neutral cities")]
struct Cli {
    /// Configuration file (TOML); CAIRN_<SECTION>_<KEY> variables override it.
    #[arg(long, global = true, env = "CAIRN_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the node (applies pending migrations first).
    Serve {
        /// web: answer requests only; worker: deliver and backfill only, no HTTP; all: both.
        /// Several processes on one PostgreSQL share a node this way.
        #[arg(long, env = "CAIRN_ROLE", default_value = "all")]
        role: server::Role,
    },
    /// Apply database migrations and exit.
    Migrate,
    /// Administer accounts.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// The financial guidance decision matrix.
    Finance {
        #[command(subcommand)]
        command: FinanceCommand,
    },
}

#[derive(Subcommand)]
enum FinanceCommand {
    /// Print the matrix built into Cairn, to start an edited copy from.
    DefaultMatrix,
    /// Check a matrix file and say where it is broken (exits non-zero if it is).
    CheckMatrix { file: PathBuf },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create an account; the password is read from standard input.
    CreateUser {
        username: String,
        #[arg(long)]
        email: String,
        #[arg(long)]
        password_stdin: bool,
        /// Make the account an administrator.
        #[arg(long)]
        admin: bool,
    },
    /// Print a new API bearer token for an account.
    Token {
        username: String,
        /// What the token is for, shown when its owner lists their tokens.
        #[arg(long, default_value = "command line")]
        name: String,
        /// Days until the token stops working (default: until revoked).
        #[arg(long)]
        expires_in_days: Option<i64>,
    },
    /// Revoke every API token of an account.
    RevokeTokens { username: String },
    /// Make an account an administrator, a moderator (deals with reports) or a member again.
    SetRole {
        username: String,
        /// admin, moderator or member
        role: String,
    },
    /// Fill the node with clearly labelled illustrative resources (for demos and benchmarks),
    /// or with --remove delete them all and the demo account.
    SeedDemo {
        #[arg(long, default_value_t = 100, conflicts_with = "remove")]
        resources: usize,
        /// Delete every illustrative resource and the demo account instead.
        #[arg(long)]
        remove: bool,
    },
    /// Compute the counts of the map, Explore and the dashboard again from the resources (the
    /// database keeps them current; this is for a database restored or changed by hand).
    RebuildCounts,
    /// Build PostgreSQL's search lists again from the resources, as after a change made by hand,
    /// and take them in now (SQLite's engine builds itself again when its folder is removed).
    RebuildSearch,
}

/// Who the audit log names for what an operator does with this command.
const COMMAND_LINE: &str = "command line";

fn main() -> ExitCode {
    cairn::server::give_large_allocations_back();
    let cli = Cli::parse();
    // What the command says to people, in the language its environment asks for.
    let language = Language::from_environment(|name| std::env::var(name).ok()).unwrap_or(Language::En);
    i18n::in_language_now(language, || run_in(cli, language))
}

fn run_in(cli: Cli, language: Language) -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("CAIRN_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,activitypub_federation=warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let config = match Config::load(cli.config.as_deref()) {
        Ok(config) => config,
        Err(message) => {
            eprintln!("cairn: {message}");
            return ExitCode::FAILURE;
        }
    };
    if !config.federation.allowed_networks.is_empty() {
        // The federation library checks addresses once more on its own, with no way to name
        // allowed networks; Cairn's client checks every connection against
        // `federation.allowed_networks` and the public ranges, so the library's duplicate
        // check steps aside. Set before any thread exists, as `set_var` requires.
        // SAFETY: no other thread is running yet.
        unsafe { std::env::set_var("DANGER_FEDERATION_ALLOW_LOCAL_IP", "1") };
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("tokio runtime");
    match runtime.block_on(i18n::in_language(language, run(cli, config))).0 {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("cairn: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli, config: Config) -> Result<(), String> {
    let plain = |e: anyhow::Error| format!("{e:#}");
    match cli.command {
        Command::Finance { command: FinanceCommand::DefaultMatrix } => {
            print!("{}", cairn::domain::finance::DEFAULT_MATRIX);
            Ok(())
        }
        Command::Finance { command: FinanceCommand::CheckMatrix { file } } => {
            let text = std::fs::read_to_string(&file).map_err(|e| {
                t_with(
                    "cli-cannot-read-file",
                    &[("path", file.display().to_string().into()), ("problem", e.to_string().into())],
                )
            })?;
            let matrix =
                cairn::domain::finance::Matrix::parse(&text).map_err(|e| format!("{}: {e}", file.display()))?;
            let said = [
                ("path", file.display().to_string().into()),
                ("questions", matrix.questions.len().into()),
                ("options", matrix.options.len().into()),
            ];
            println!("{}", t_with("cli-matrix-is-valid", &said));
            Ok(())
        }
        Command::Serve { role } => server::serve(config, role).await.map_err(plain),
        Command::Migrate => {
            let bind = server::bind_address(&config).map_err(plain)?;
            let state = server::state(config, bind).await.map_err(plain)?;
            println!("{}", t_with("cli-database-is-up-to-date", &[("backend", state.db.backend_name().into())]));
            Ok(())
        }
        Command::Admin { command } => {
            let bind = server::bind_address(&config).map_err(plain)?;
            let state = server::state(config, bind).await.map_err(plain)?;
            match command {
                AdminCommand::CreateUser { username, email, password_stdin, admin } => {
                    if !password_stdin {
                        return Err(t("cli-pass-password-stdin").into());
                    }
                    let mut password = String::new();
                    std::io::stdin()
                        .read_to_string(&mut password)
                        .map_err(|e| t_with("cli-cannot-read-the-password", &[("problem", e.to_string().into())]))?;
                    let password = password.trim_end_matches(['\n', '\r']).to_string();
                    let role = if admin { Role::Admin } else { Role::Member };
                    let input = accounts::Registration { username, email, password };
                    let (user, actor) = accounts::register(&state, &input, role, accounts::Origin::Operator)
                        .await
                        .map_err(|e| e.message)?;
                    let said = [
                        ("role", user.role.clone().into()),
                        ("handle", actor.handle().into()),
                        ("id", actor.ap_id.clone().into()),
                    ];
                    println!("{}", t_with("cli-created-account", &said));
                    Ok(())
                }
                AdminCommand::SeedDemo { remove: true, .. } => {
                    let removed = cairn::service::demo::remove(&state, |done| {
                        eprint!("\r{}", t_with("cli-removing-illustrative-resources", &[("done", done.into())]));
                    })
                    .await
                    .map_err(|e| e.message)?;
                    if removed > 0 {
                        eprintln!();
                    }
                    println!("{}", t_with("cli-removed-illustrative-resources", &[("count", removed.into())]));
                    Ok(())
                }
                AdminCommand::SeedDemo { resources, remove: false } => {
                    let started = std::time::Instant::now();
                    // A bar on a terminal; where standard error is a file or a pipe, the same
                    // words on one line rewritten.
                    let bar = indicatif::ProgressBar::new(resources as u64).with_style(
                        indicatif::ProgressStyle::with_template("{wide_bar} {msg} · {per_sec} · {eta}")
                            .map_err(|e| e.to_string())?,
                    );
                    cairn::service::demo::seed(&state, resources, |done, total| {
                        let said = [
                            ("done", done.into()),
                            ("total", total.into()),
                            ("percent", (done * 100 / total.max(1)).into()),
                        ];
                        let progress = t_with("cli-seeding-illustrative-resources", &said);
                        if bar.is_hidden() {
                            eprint!("\r{progress}");
                        } else {
                            bar.set_position(done as u64);
                            bar.set_message(progress);
                        }
                    })
                    .await
                    .map_err(|e| e.message)?;
                    bar.finish();
                    if bar.is_hidden() {
                        eprintln!();
                    }
                    let seconds = format!("{:.1}", started.elapsed().as_secs_f64());
                    println!(
                        "{}",
                        t_with(
                            "cli-added-illustrative-resources",
                            &[("count", resources.into()), ("seconds", seconds.into())]
                        )
                    );
                    Ok(())
                }
                AdminCommand::RebuildCounts => {
                    let started = std::time::Instant::now();
                    cairn::db::counts::rebuild(&state.db).await.map_err(|e| e.message)?;
                    let seconds = format!("{:.1}", started.elapsed().as_secs_f64());
                    println!("{}", t_with("cli-counts-rebuilt", &[("seconds", seconds.into())]));
                    Ok(())
                }
                AdminCommand::RebuildSearch => {
                    if let Some(engine) = state.db.text_index() {
                        let folder = engine.folder().display().to_string();
                        return Err(t_with("cli-search-rebuilt-by-itself", &[("folder", folder.into())]));
                    }
                    cairn::db::postings::rebuild(&state.db).await.map_err(|e| e.message)?;
                    let (taken, took) = cairn::db::search::take_in_all(&state.db).await.map_err(|e| e.message)?;
                    let seconds = format!("{:.1}", took.as_secs_f64());
                    println!(
                        "{}",
                        t_with("cli-search-rebuilt", &[("count", taken.into()), ("seconds", seconds.into())])
                    );
                    Ok(())
                }
                AdminCommand::Token { username, name, expires_in_days } => {
                    let user = cairn::db::users::by_username(&state.db, &username)
                        .await
                        .map_err(|e| e.message)?
                        .ok_or_else(|| t_with("there-is-no-account", &[("name", username.clone().into())]))?;
                    let token = tokens::issue(&state, &user, &name, expires_in_days).await.map_err(|e| e.message)?;
                    cairn::service::moderation::audit(&state, COMMAND_LINE, "tokens.issue", &username, &name)
                        .await
                        .map_err(|e| e.message)?;
                    println!("{token}");
                    Ok(())
                }
                AdminCommand::RevokeTokens { username } => {
                    let revoked = tokens::revoke_all(&state, COMMAND_LINE, &username).await.map_err(|e| e.message)?;
                    println!(
                        "{}",
                        t_with("cli-revoked-tokens", &[("count", revoked.into()), ("name", username.into())])
                    );
                    Ok(())
                }
                AdminCommand::SetRole { username, role } => {
                    cairn::service::admin::set_role(&state, COMMAND_LINE, &username, &role)
                        .await
                        .map_err(|e| e.message)?;
                    println!("{}", t_with("cli-role-is-set", &[("name", username.into()), ("role", role.into())]));
                    Ok(())
                }
            }
        }
    }
}
