//! The `cairn` command: serve a node, migrate its database, administer accounts, check the
//! finance matrix.

use cairn::{
    config::Config,
    domain::accounts::Role,
    server,
    service::{accounts, tokens},
};
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
}

/// Who the audit log names for what an operator does with this command.
const COMMAND_LINE: &str = "command line";

fn main() -> ExitCode {
    cairn::server::give_large_allocations_back();
    let cli = Cli::parse();
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
    match runtime.block_on(run(cli, config)) {
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
            let text = std::fs::read_to_string(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
            let matrix =
                cairn::domain::finance::Matrix::parse(&text).map_err(|e| format!("{}: {e}", file.display()))?;
            println!(
                "{}: valid ({} questions, {} financing options)",
                file.display(),
                matrix.questions.len(),
                matrix.options.len()
            );
            Ok(())
        }
        Command::Serve { role } => server::serve(config, role).await.map_err(plain),
        Command::Migrate => {
            let bind = server::bind_address(&config).map_err(plain)?;
            let state = server::state(config, bind).await.map_err(plain)?;
            println!("database is up to date ({})", state.db.backend_name());
            Ok(())
        }
        Command::Admin { command } => {
            let bind = server::bind_address(&config).map_err(plain)?;
            let state = server::state(config, bind).await.map_err(plain)?;
            match command {
                AdminCommand::CreateUser { username, email, password_stdin, admin } => {
                    if !password_stdin {
                        return Err("pass --password-stdin and type the password on standard input".into());
                    }
                    let mut password = String::new();
                    std::io::stdin()
                        .read_to_string(&mut password)
                        .map_err(|e| format!("cannot read the password: {e}"))?;
                    let password = password.trim_end_matches(['\n', '\r']).to_string();
                    let role = if admin { Role::Admin } else { Role::Member };
                    let input = accounts::Registration { username, email, password };
                    let (user, actor) = accounts::register(&state, &input, role, accounts::Origin::Operator)
                        .await
                        .map_err(|e| e.message)?;
                    println!("created {} {} ({})", user.role, actor.handle(), actor.ap_id);
                    Ok(())
                }
                AdminCommand::SeedDemo { remove: true, .. } => {
                    let removed = cairn::service::demo::remove(&state, |done| {
                        eprint!("\rremoving illustrative resources: {done}");
                    })
                    .await
                    .map_err(|e| e.message)?;
                    if removed > 0 {
                        eprintln!();
                    }
                    println!("removed {removed} illustrative resources and the demo account");
                    Ok(())
                }
                AdminCommand::SeedDemo { resources, remove: false } => {
                    let started = std::time::Instant::now();
                    cairn::service::demo::seed(&state, resources, |done, total| {
                        eprint!("\rseeding illustrative resources: {done}/{total} ({}%)", done * 100 / total.max(1));
                    })
                    .await
                    .map_err(|e| e.message)?;
                    eprintln!();
                    println!("added {resources} illustrative resources in {:.1}s", started.elapsed().as_secs_f64());
                    Ok(())
                }
                AdminCommand::Token { username, name, expires_in_days } => {
                    let user = cairn::db::users::by_username(&state.db, &username)
                        .await
                        .map_err(|e| e.message)?
                        .ok_or_else(|| format!("there is no account {username}"))?;
                    let token = tokens::issue(&state, &user, &name, expires_in_days).await.map_err(|e| e.message)?;
                    cairn::service::moderation::audit(&state, COMMAND_LINE, "tokens.issue", &username, &name)
                        .await
                        .map_err(|e| e.message)?;
                    println!("{token}");
                    Ok(())
                }
                AdminCommand::RevokeTokens { username } => {
                    let revoked = tokens::revoke_all(&state, COMMAND_LINE, &username).await.map_err(|e| e.message)?;
                    println!("revoked {revoked} API token(s) of {username}");
                    Ok(())
                }
                AdminCommand::SetRole { username, role } => {
                    cairn::service::admin::set_role(&state, COMMAND_LINE, &username, &role)
                        .await
                        .map_err(|e| e.message)?;
                    println!("{username} is now {role}");
                    Ok(())
                }
            }
        }
    }
}
