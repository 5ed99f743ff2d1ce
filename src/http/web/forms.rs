//! Reading what web forms send: repeated keys (checkboxes) kept, numbers named when they are
//! not numbers, and every problem of a form reported at once.

use super::WebError;
use crate::{
    domain::resource::Translation,
    error::{AppResult, Problems},
    http::multipart::{self, MultipartForm, SentFile},
};
use axum::{
    body::Bytes,
    extract::{FromRequest, Request},
};
use cairn_templates::components::TranslationFormValues;

/// A submitted web form: URL-encoded, or multipart when it carries files.
pub struct Submitted {
    pub form: FormPairs,
    pub files: Vec<SentFile>,
}

impl Submitted {
    /// Reads the body; a handler calls this once it knows who is sending, so a visitor who is not
    /// signed in cannot make the node hold a form's files.
    pub async fn read(request: Request) -> Result<Submitted, WebError> {
        let multipart = multipart::sent(request.headers());
        let unreadable = |status, message| WebError::from(multipart::unreadable(status, message));
        if multipart {
            let read = MultipartForm::from_request(request, &()).await?;
            Ok(Submitted { form: FormPairs(read.fields), files: read.files })
        } else {
            let body = Bytes::from_request(request, &()).await.map_err(|e| unreadable(e.status(), e.body_text()))?;
            Ok(Submitted { form: FormPairs::parse(&body), files: Vec::new() })
        }
    }
}

/// Form fields, with repeated keys (checkboxes) kept.
pub struct FormPairs(Vec<(String, String)>);

impl FormPairs {
    pub fn parse(body: &[u8]) -> FormPairs {
        FormPairs(url::form_urlencoded::parse(body).into_owned().collect())
    }
    pub fn one(&self, key: &str) -> String {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()).unwrap_or_default()
    }
    pub fn all(&self, key: &str) -> Vec<String> {
        self.0.iter().filter(|(k, _)| k == key).map(|(_, v)| v.clone()).collect()
    }
}

/// A form field that should hold a number: `None` when empty; when it is not a number, the
/// problem joins `problems` and it reads as empty.
pub fn form_number<T: std::str::FromStr>(problems: &mut Problems, field: &str, text: &str) -> Option<T> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let number = text.parse().ok();
    if number.is_none() {
        problems.add(field, "enter a number");
    }
    number
}

/// A form read into `input`, or every problem with it at once: when some fields could not be
/// read (`unreadable`), the domain's `check` of the rest names its problems first (required
/// fields lead), then the unreadable ones.
pub fn read_form<T, V>(input: T, unreadable: Problems, check: impl FnOnce(&T) -> AppResult<V>) -> AppResult<T> {
    if unreadable.is_empty() {
        return Ok(input);
    }
    let mut problems = Problems::default();
    problems.keep(check(&input))?;
    problems.append(unreadable);
    problems.finish()?;
    Ok(input)
}

/// The versions in other languages a form sent: each set's fields come in the same order, one
/// of each per set (an event's form has no summaries).
pub fn translations_from_form(form: &FormPairs) -> Vec<TranslationFormValues> {
    let mut summaries = form.all("translation_summary").into_iter();
    form.all("translation_language")
        .into_iter()
        .zip(form.all("translation_title"))
        .zip(form.all("translation_body"))
        .map(|((language, title), body)| TranslationFormValues {
            language,
            title,
            summary: summaries.next().unwrap_or_default(),
            body,
        })
        .collect()
}

/// Versions as the form shows them.
pub fn translation_values(versions: &[Translation]) -> Vec<TranslationFormValues> {
    versions
        .iter()
        .map(|v| TranslationFormValues {
            language: v.language.clone(),
            title: v.title.clone(),
            summary: v.summary.clone(),
            body: v.body.clone(),
        })
        .collect()
}

/// Versions as typed, to be checked with the rest of the form.
pub fn translations_typed(values: &[TranslationFormValues]) -> Vec<Translation> {
    values
        .iter()
        .map(|v| Translation {
            language: v.language.clone(),
            title: v.title.clone(),
            summary: v.summary.clone(),
            body: v.body.clone(),
            body_html: String::new(),
        })
        .collect()
}
