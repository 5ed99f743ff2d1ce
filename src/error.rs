//! One error type for the whole node: a kind that decides the HTTP status, a human message,
//! and an optional cause that is logged but never shown.

use activitypub_federation::error::Error as FederationError;
use axum::{
    Json,
    http::StatusCode,
    response::{IntoResponse, Response},
};
use cairn_templates::i18n::{t, t_with};
use serde::Serialize;
use std::{borrow::Cow, fmt};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    /// Existed, and is gone for good (a suspended account and what it published).
    Gone,
    Conflict,
    PayloadTooLarge,
    TooManyRequests,
    Invalid,
    RemoteFailed,
    Internal,
}

impl ErrorKind {
    pub fn status(self) -> StatusCode {
        match self {
            ErrorKind::BadRequest => StatusCode::BAD_REQUEST,
            ErrorKind::Unauthorized => StatusCode::UNAUTHORIZED,
            ErrorKind::Forbidden => StatusCode::FORBIDDEN,
            ErrorKind::NotFound => StatusCode::NOT_FOUND,
            ErrorKind::Gone => StatusCode::GONE,
            ErrorKind::Conflict => StatusCode::CONFLICT,
            ErrorKind::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorKind::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            ErrorKind::Invalid => StatusCode::UNPROCESSABLE_ENTITY,
            ErrorKind::RemoteFailed => StatusCode::BAD_GATEWAY,
            ErrorKind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The machine code in `{"error": …}`.
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::BadRequest => "bad_request",
            ErrorKind::Unauthorized => "unauthorized",
            ErrorKind::Forbidden => "forbidden",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Gone => "gone",
            ErrorKind::Conflict => "conflict",
            ErrorKind::PayloadTooLarge => "payload_too_large",
            ErrorKind::TooManyRequests => "too_many_requests",
            ErrorKind::Invalid => "invalid",
            ErrorKind::RemoteFailed => "remote_failed",
            ErrorKind::Internal => "internal",
        }
    }
}

/// One field's problem in a request: its name (a path such as `impact.tco2e_per_year` for
/// nested fields) and what to change.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct FieldProblem {
    pub field: String,
    pub message: String,
}

/// Every error of the JSON API, whatever the status.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// A stable code: `bad_request`, `unauthorized`, `forbidden`, `not_found`, `gone`, `conflict`,
    /// `payload_too_large`, `too_many_requests`, `invalid`, `remote_failed` or `internal`.
    pub error: &'static str,
    pub message: String,
    /// The first field at fault (for `invalid`).
    pub field: Option<String>,
    /// Every field at fault, all at once (for `invalid`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldProblem>,
}

pub struct AppError {
    pub kind: ErrorKind,
    pub message: String,
    /// For `Invalid`: the form field at fault, so forms can name it next to the input.
    pub field: Option<Cow<'static, str>>,
    /// For `Invalid` with several fields at fault: all of them (the first is `field`).
    pub problems: Vec<FieldProblem>,
    pub cause: Option<anyhow::Error>,
    /// For `TooManyRequests`: seconds until trying again makes sense (`Retry-After`).
    pub retry_after: Option<u64>,
}

pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        AppError { kind, message: message.into(), field: None, problems: Vec::new(), cause: None, retry_after: None }
    }
    pub fn invalid(field: impl Into<Cow<'static, str>>, message: impl Into<String>) -> Self {
        AppError { field: Some(field.into()), ..AppError::new(ErrorKind::Invalid, message) }
    }
    /// A query parameter that cannot be read or is out of range (400, naming it).
    pub fn bad_parameter(field: impl Into<Cow<'static, str>>, message: impl Into<String>) -> Self {
        AppError { field: Some(field.into()), ..AppError::new(ErrorKind::BadRequest, message) }
    }
    /// Several fields at fault at once; the message lists them all.
    pub fn invalid_fields(problems: Vec<FieldProblem>) -> Self {
        let message = problems.iter().map(|p| format!("{}: {}", p.field, p.message)).collect::<Vec<_>>().join("; ");
        let field = problems.first().map(|p| Cow::Owned(p.field.clone()));
        AppError { field, problems, ..AppError::new(ErrorKind::Invalid, message) }
    }
    /// Every field this error names: all of `invalid_fields`, or the one of `invalid`.
    pub fn field_problems(&self) -> Vec<FieldProblem> {
        if !matches!(self.kind, ErrorKind::Invalid | ErrorKind::BadRequest) {
            return Vec::new();
        }
        match (&self.field, self.problems.is_empty()) {
            (_, false) => self.problems.clone(),
            (Some(field), true) => vec![FieldProblem { field: field.to_string(), message: self.message.clone() }],
            (None, true) => Vec::new(),
        }
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        AppError::new(ErrorKind::NotFound, message)
    }
    /// What a suspended account published, and the account itself.
    pub fn suspended() -> Self {
        AppError::new(ErrorKind::Gone, t("this-account-is-suspended-by-the-nodes"))
    }
    pub fn bad_request(message: impl Into<String>) -> Self {
        AppError::new(ErrorKind::BadRequest, message)
    }
    pub fn unauthorized(message: impl Into<String>) -> Self {
        AppError::new(ErrorKind::Unauthorized, message)
    }
    pub fn forbidden(message: impl Into<String>) -> Self {
        AppError::new(ErrorKind::Forbidden, message)
    }
    pub fn too_many_requests(message: impl Into<String>, retry_after_secs: u64) -> Self {
        let message =
            t_with("try-again-in-seconds", &[("problem", message.into().into()), ("seconds", retry_after_secs.into())]);
        AppError { retry_after: Some(retry_after_secs), ..AppError::new(ErrorKind::TooManyRequests, message) }
    }
    /// Adds the headers the error carries (`Retry-After`) to its response.
    pub fn decorate(&self, mut response: Response) -> Response {
        if let Some(seconds) = self.retry_after {
            response.headers_mut().insert(axum::http::header::RETRY_AFTER, seconds.into());
        }
        response
    }
    pub fn internal(cause: impl Into<anyhow::Error>) -> Self {
        AppError {
            cause: Some(cause.into()),
            ..AppError::new(ErrorKind::Internal, t("something-went-wrong-on-this-node"))
        }
    }
    pub fn with_cause(mut self, cause: impl Into<anyhow::Error>) -> Self {
        self.cause = Some(cause.into());
        self
    }
    pub fn status(&self) -> StatusCode {
        self.kind.status()
    }
    /// Logs server-side failures with their cause; client errors stay quiet.
    pub fn log(&self) {
        match (&self.kind, &self.cause) {
            (ErrorKind::Internal, Some(cause)) => tracing::error!("{}: {cause:#}", self.message),
            (_, Some(cause)) => tracing::debug!("{}: {cause:#}", self.message),
            _ => {}
        }
    }
}

impl fmt::Debug for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.message)?;
        if let Some(cause) = &self.cause {
            write!(f, " ({cause:#})")?;
        }
        Ok(())
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        self.log();
        let body = ErrorBody {
            error: self.kind.code(),
            errors: self.field_problems(),
            field: self.field.as_ref().map(|f| f.to_string()),
            message: self.message.clone(),
        };
        self.decorate((self.status(), Json(body)).into_response())
    }
}

/// Collects the field problems of a request so that all of them are reported at once.
#[derive(Default)]
pub struct Problems(Vec<FieldProblem>);

impl Problems {
    pub fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.push(FieldProblem { field: field.into(), message: message.into() });
    }
    /// The value of a check that passed; a field problem is kept (and `None` returned), any other
    /// error ends the checking.
    pub fn keep<T>(&mut self, checked: AppResult<T>) -> AppResult<Option<T>> {
        match checked {
            Ok(value) => Ok(Some(value)),
            Err(error) if error.kind == ErrorKind::Invalid && error.field.is_some() => {
                self.0.extend(error.field_problems());
                Ok(None)
            }
            Err(error) => Err(error),
        }
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn append(&mut self, mut other: Problems) {
        self.0.append(&mut other.0);
    }
    /// `Ok` when nothing was found, else one error naming every problem.
    pub fn finish(self) -> AppResult<()> {
        match self.0.len() {
            0 => Ok(()),
            _ => Err(AppError::invalid_fields(self.0)),
        }
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(err: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error};
        match err {
            Error::NotFound => AppError::not_found(t("not-found")),
            Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                AppError::new(ErrorKind::Conflict, t("that-already-exists")).with_cause(err)
            }
            // PostgreSQL text cannot hold NUL (SQLite's can): whatever field or parameter brought
            // one, it is the request's fault.
            Error::DatabaseError(_, ref info) if info.message().contains("invalid byte sequence") => {
                AppError::bad_request(t("text-cannot-contain-nul-characters")).with_cause(err)
            }
            other => AppError::internal(other),
        }
    }
}

impl From<diesel_async::pooled_connection::deadpool::PoolError> for AppError {
    fn from(err: diesel_async::pooled_connection::deadpool::PoolError) -> Self {
        AppError::internal(anyhow::anyhow!("database pool: {err}"))
    }
}

impl From<serde_json::Error> for AppError {
    fn from(err: serde_json::Error) -> Self {
        AppError::bad_request(t_with("malformed-json", &[("problem", err.to_string().into())]))
    }
}

impl From<url::ParseError> for AppError {
    fn from(err: url::ParseError) -> Self {
        AppError::bad_request(t_with("malformed-url", &[("problem", err.to_string().into())]))
    }
}

impl From<FederationError> for AppError {
    fn from(err: FederationError) -> Self {
        let (kind, message) = match &err {
            FederationError::ActivitySignatureInvalid => {
                (ErrorKind::Unauthorized, "the HTTP signature does not verify".to_string())
            }
            FederationError::ActivityBodyDigestInvalid => {
                (ErrorKind::Unauthorized, "the Digest header does not match the body".to_string())
            }
            FederationError::ParseReceivedActivity { err, .. } => {
                (ErrorKind::BadRequest, format!("cannot read this activity: {err}"))
            }
            FederationError::NotFound => (ErrorKind::NotFound, "not found".to_string()),
            FederationError::ObjectDeleted(url) => (ErrorKind::NotFound, format!("{url} was deleted")),
            FederationError::UrlVerificationError(why) => {
                (ErrorKind::Forbidden, format!("this address cannot be used: {why}"))
            }
            FederationError::WebfingerResolveFailed(_) => {
                (ErrorKind::NotFound, "no such account on that server".to_string())
            }
            // One generic answer for every way a request can fail, so that nobody learns from
            // Cairn whether an address is internal or what it answered; the cause is logged.
            FederationError::DomainResolveError(_)
            | FederationError::ResolveInternalIpError(..)
            | FederationError::Reqwest(_)
            | FederationError::ReqwestMiddleware(_) => {
                (ErrorKind::RemoteFailed, "could not fetch from the remote server".to_string())
            }
            FederationError::RequestLimit | FederationError::ResponseBodyLimit => {
                (ErrorKind::RemoteFailed, "the remote server sent too much".to_string())
            }
            FederationError::FetchInvalidContentType(url) | FederationError::FetchWrongId(url) => {
                (ErrorKind::RemoteFailed, format!("{url} did not answer with an ActivityPub document"))
            }
            FederationError::ParseFetchedObject(_, url, _) => {
                (ErrorKind::RemoteFailed, format!("{url} sent a document Cairn cannot read"))
            }
            _ => (ErrorKind::Internal, "federation failed".to_string()),
        };
        AppError::new(kind, message).with_cause(err)
    }
}
