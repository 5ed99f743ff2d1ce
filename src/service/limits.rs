//! Abuse limits: how often one client address, one account or one remote server may do
//! something expensive or guessable. Generic cell-rate limiters (governor) keyed by who asks;
//! over the limit is a 429 with the seconds to wait. Password hashing and key generation run
//! on a fixed pool of threads, so a burst of logins queues instead of taking memory.

use crate::error::{AppError, AppResult};
use cairn_templates::i18n::{msg, t};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter, clock::Clock};
use std::{num::NonZeroU32, sync::LazyLock, time::Duration};

/// What is being limited, each with its own quota.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bucket {
    /// Password attempts on one account (web, API token, OAuth password grant).
    LogInAccount,
    /// Log-in, token, authorize and registration requests from one address.
    CredentialsAddress,
    /// New accounts from one address.
    RegistrationAddress,
    /// Writes through the API or web forms, per token or address.
    Writes,
    /// Activities from one remote server, and from one remote actor.
    InboxDomain,
    InboxActor,
}

impl Bucket {
    /// How often, and how many at once.
    fn quota(self) -> Quota {
        let n = |n: u32| NonZeroU32::new(n).expect("quotas are positive");
        match self {
            Bucket::LogInAccount => Quota::per_minute(n(10)),
            Bucket::CredentialsAddress => Quota::per_minute(n(30)),
            Bucket::RegistrationAddress => Quota::per_hour(n(10)).allow_burst(n(20)),
            Bucket::Writes => Quota::per_minute(n(300)),
            Bucket::InboxDomain => Quota::per_second(n(100)).allow_burst(n(2_000)),
            Bucket::InboxActor => Quota::per_second(n(20)).allow_burst(n(300)),
        }
    }

    /// What was too much, in the asker's language.
    fn what(self) -> &'static str {
        t(match self {
            Bucket::LogInAccount => msg("too-many-log-in-attempts-for-this-account"),
            Bucket::CredentialsAddress => msg("too-many-log-in-attempts-from-this-address"),
            Bucket::RegistrationAddress => msg("too-many-new-accounts-from-this-address"),
            Bucket::Writes => msg("too-many-changes-in-a-short-time"),
            Bucket::InboxDomain => msg("too-many-activities-from-this-server"),
            Bucket::InboxActor => msg("too-many-activities-from-this-actor"),
        })
    }

    const ALL: [Bucket; 6] = [
        Bucket::LogInAccount,
        Bucket::CredentialsAddress,
        Bucket::RegistrationAddress,
        Bucket::Writes,
        Bucket::InboxDomain,
        Bucket::InboxActor,
    ];
}

pub struct Limits {
    limiters: Vec<(Bucket, DefaultKeyedRateLimiter<String>)>,
}

impl Default for Limits {
    fn default() -> Self {
        let limiters = Bucket::ALL.iter().map(|&bucket| (bucket, RateLimiter::keyed(bucket.quota()))).collect();
        Limits { limiters }
    }
}

impl Limits {
    /// Counts one request of `key` in `bucket`; a 429 error when it is over the limit.
    pub fn check(&self, bucket: Bucket, key: &str) -> AppResult<()> {
        let (_, limiter) = self.limiters.iter().find(|(b, _)| *b == bucket).expect("every bucket has a limiter");
        match limiter.check_key(&key.to_ascii_lowercase()) {
            Ok(()) => Ok(()),
            Err(not_until) => {
                let wait = not_until.wait_time_from(governor::clock::DefaultClock::default().now());
                Err(AppError::too_many_requests(bucket.what(), wait.as_secs().max(1)))
            }
        }
    }

    /// Forgets keys that are back to a full quota, so the maps stay as small as the current load.
    pub fn forget_idle(&self) {
        for (_, limiter) in &self.limiters {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }

    /// Runs `forget_idle` every minute for as long as the node runs.
    pub fn spawn_housekeeping(limits: std::sync::Arc<Limits>) {
        tokio::spawn(async move {
            let mut every = tokio::time::interval(Duration::from_secs(60));
            loop {
                every.tick().await;
                limits.forget_idle();
            }
        });
    }
}

type Job = Box<dyn FnOnce() + Send>;

/// A fixed pool of about one thread per core for CPU- and memory-heavy work. Fixed, because
/// the allocator keeps what a thread freed for that thread: Argon2's 19 MiB per hash, spread
/// over the hundreds of threads a blocking pool grows under a burst of logins, stays taken (a
/// burst of 200 logins peaked at 1.1 GB that way); on a few threads it is reused.
static HEAVY_POOL: LazyLock<std::sync::mpsc::Sender<Job>> = LazyLock::new(|| {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let (sender, receiver) = std::sync::mpsc::channel::<Job>();
    let receiver = std::sync::Arc::new(std::sync::Mutex::new(receiver));
    for n in 0..threads {
        let receiver = receiver.clone();
        std::thread::Builder::new()
            .name(format!("cairn-heavy-{n}"))
            .spawn(move || {
                loop {
                    let job = receiver.lock().expect("heavy pool lock").recv();
                    match job {
                        // A job that panics (a decoder meeting a file it cannot handle) fails
                        // alone: its caller hears that the pool dropped it; the thread stays.
                        Ok(job) => {
                            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                        }
                        Err(_) => return,
                    }
                }
            })
            .expect("start a heavy-work thread");
    }
    sender
});

/// Runs CPU- and memory-heavy work (password hashing, key generation) on the fixed pool and
/// waits for its result; a burst queues here instead of taking memory.
pub async fn heavy<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> AppResult<T> {
    let (done, result) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move || {
        let _ = done.send(work());
    });
    let stopped = || AppError::internal(anyhow::anyhow!("the heavy work failed, or its pool stopped"));
    HEAVY_POOL.send(job).map_err(|_| stopped())?;
    result.await.map_err(|_| stopped())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_eleventh_attempt_in_a_minute_is_refused_for_that_key_only() {
        let limits = Limits::default();
        for _ in 0..10 {
            limits.check(Bucket::LogInAccount, "anna").unwrap();
        }
        let refused = limits.check(Bucket::LogInAccount, "Anna").unwrap_err();
        assert_eq!(refused.status(), 429);
        assert!(refused.retry_after.is_some_and(|s| (1..=60).contains(&s)));
        limits.check(Bucket::LogInAccount, "ben").unwrap();
        limits.forget_idle();
    }
}
