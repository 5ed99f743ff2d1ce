//! Financial guidance in the JSON API: the questions, assessments, and the admin's reload.

use super::ApiJson;
use crate::{
    domain::{
        finance::{Assessment, Matrix, ScoredOption, check_assessment, rank},
        taxonomy::TAXONOMY,
    },
    error::{AppError, AppResult},
    federation::Data,
    http::session::ApiUser,
    service,
    state::AppState,
};
use axum::Json;
use serde::Deserialize;
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;

pub async fn questions(data: Data) -> Json<Value> {
    let matrix = data.finance.current();
    let sectors: Vec<Value> = TAXONOMY.sectors.iter().map(|s| json!({"id": s.id, "label": s.label})).collect();
    Json(json!({"sectors": sectors, "questions": matrix.questions}))
}

#[derive(Deserialize)]
pub struct AssessmentRequest {
    #[serde(default)]
    pub sectors: Vec<String>,
    #[serde(default)]
    pub answers: Map<String, Value>,
}

/// The page that shows (and shares) an assessment: the finance form with its answers filled.
pub fn assessment_path(assessment: &Assessment) -> String {
    let mut url = url::form_urlencoded::Serializer::new(String::new());
    for sector in &assessment.sectors {
        url.append_pair("sector", sector);
    }
    for (question, answer) in &assessment.answers {
        url.append_pair(question, &answer.to_form_value());
    }
    format!("/finance?{}", url.finish())
}

pub fn ranking_json(ranked: &[ScoredOption<'_>]) -> Vec<Value> {
    ranked
        .iter()
        .enumerate()
        .map(|(i, scored)| {
            let option = scored.option;
            json!({
                "rank": i + 1, "id": option.id, "name": option.name, "score": scored.score,
                "finances": option.finances, "pros": option.pros, "cons": option.cons,
                "programmes": option.programmes, "why": scored.why,
            })
        })
        .collect()
}

/// Reads an assessment against the matrix; all problems are listed, the first names the field.
pub fn checked(matrix: &Matrix, sectors: &[String], raw: &BTreeMap<String, String>) -> AppResult<Assessment> {
    check_assessment(matrix, sectors, raw).map_err(|errors| {
        let message =
            errors.iter().map(|(field, message)| format!("{field}: {message}")).collect::<Vec<_>>().join("; ");
        let field = errors.first().map_or("answers".to_string(), |(f, _)| f.clone());
        let field = if field == "sectors" { field } else { format!("answers.{field}") };
        AppError::invalid(field, message)
    })
}

pub async fn assess(data: Data, ApiJson(request): ApiJson<AssessmentRequest>) -> AppResult<Json<Value>> {
    let matrix = data.finance.current();
    let raw: BTreeMap<String, String> = request
        .answers
        .into_iter()
        .filter_map(|(key, value)| {
            let text = match value {
                Value::String(s) => s,
                Value::Number(n) => n.to_string(),
                Value::Bool(b) => b.to_string(),
                _ => return None,
            };
            Some((key, text))
        })
        .collect();
    let assessment = checked(&matrix, &request.sectors, &raw)?;
    let ranked = rank(&matrix, &assessment);
    Ok(Json(json!({
        "sectors": assessment.sectors,
        "answers": assessment.answers,
        "options": ranking_json(&ranked),
        "url": data.url(&assessment_path(&assessment)),
    })))
}

pub fn matrix_status_json(state: &AppState) -> Value {
    let status = state.finance.status();
    json!({
        "source": status.source,
        "options": status.options,
        "error": status.error.map(|e| json!({"location": e.location, "message": e.message})),
    })
}

pub async fn matrix_status(data: Data, api: ApiUser) -> AppResult<Json<Value>> {
    api.require_admin()?;
    Ok(Json(matrix_status_json(&data)))
}

pub async fn reload(data: Data, api: ApiUser) -> AppResult<Json<Value>> {
    api.require_admin()?;
    service::finance::reload(&data.finance)?;
    Ok(Json(matrix_status_json(&data)))
}
