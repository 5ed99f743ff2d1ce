//! Financial guidance in the JSON API: the questions, assessments, and the admin's reload.

use super::ApiJson;
use crate::{
    domain::{
        finance::{Answer, Assessment, Matrix, Question, Reason, ScoredOption, check_assessment, rank},
        taxonomy::TAXONOMY,
    },
    error::{AppError, AppResult},
    federation::Data,
    http::session::ApiUser,
    service,
    state::AppState,
};
use axum::Json;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct SectorChoice {
    id: String,
    label: String,
}

#[derive(Serialize, ToSchema)]
pub struct FinanceQuestions {
    sectors: Vec<SectorChoice>,
    questions: Vec<Question>,
}

/// The sectors and questions of the financial guidance.
#[utoipa::path(get, path = "/finance/questions", tag = "finance", responses((status = 200, body = FinanceQuestions)))]
pub async fn questions(data: Data) -> Json<FinanceQuestions> {
    let matrix = data.finance.current();
    let sectors = TAXONOMY.sectors.iter().map(|s| SectorChoice { id: s.id.clone(), label: s.label.clone() }).collect();
    Json(FinanceQuestions { sectors, questions: matrix.questions.clone() })
}

#[derive(Deserialize, ToSchema)]
pub struct AssessmentRequest {
    /// Sector ids, e.g. `energy`, `mobility`.
    #[serde(default)]
    pub sectors: Vec<String>,
    /// An answer to each question, by question id: a number, `true`/`false`, or a choice.
    #[serde(default)]
    #[schema(value_type = Object)]
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

/// A financing option, ranked for an assessment.
#[derive(Serialize, ToSchema)]
pub struct RankedOption {
    rank: usize,
    id: String,
    name: String,
    score: i32,
    /// What it finances.
    finances: String,
    pros: Vec<String>,
    cons: Vec<String>,
    programmes: Vec<String>,
    /// Why it gained or lost points.
    why: Vec<Reason>,
}

pub fn ranking(ranked: &[ScoredOption<'_>]) -> Vec<RankedOption> {
    ranked
        .iter()
        .enumerate()
        .map(|(i, scored)| {
            let option = scored.option;
            RankedOption {
                rank: i + 1,
                id: option.id.clone(),
                name: option.name.clone(),
                score: scored.score,
                finances: option.finances.clone(),
                pros: option.pros.clone(),
                cons: option.cons.clone(),
                programmes: option.programmes.clone(),
                why: scored.why.clone(),
            }
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

#[derive(Serialize, ToSchema)]
pub struct AssessmentView {
    sectors: Vec<String>,
    answers: BTreeMap<String, Answer>,
    /// Every option, the best first.
    options: Vec<RankedOption>,
    /// The page that shows this assessment (to share it).
    url: String,
}

/// Rank financing options for the chosen sectors and answers.
#[utoipa::path(post, path = "/finance/assessments", tag = "finance", request_body = AssessmentRequest,
    responses((status = 200, body = AssessmentView)))]
pub async fn assess(data: Data, ApiJson(request): ApiJson<AssessmentRequest>) -> AppResult<Json<AssessmentView>> {
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
    let options = ranking(&rank(&matrix, &assessment));
    Ok(Json(AssessmentView {
        url: data.url(&assessment_path(&assessment)),
        sectors: assessment.sectors,
        answers: assessment.answers,
        options,
    }))
}

#[derive(Serialize, ToSchema)]
pub struct MatrixProblem {
    location: String,
    message: String,
}

/// The finance matrix in use.
#[derive(Serialize, ToSchema)]
pub struct MatrixStatusView {
    /// The file it was read from, or `built in`.
    source: String,
    options: usize,
    /// Why the file was refused at the last (re)load, if it was.
    error: Option<MatrixProblem>,
}

impl MatrixStatusView {
    pub fn new(state: &AppState) -> Self {
        let status = state.finance.status();
        MatrixStatusView {
            source: status.source,
            options: status.options,
            error: status.error.map(|e| MatrixProblem { location: e.location, message: e.message }),
        }
    }
}

/// The finance matrix in use and the last reload error (admins).
#[utoipa::path(get, path = "/admin/finance", tag = "admin", security(("bearer" = [])),
    responses((status = 200, body = MatrixStatusView)))]
pub async fn matrix_status(data: Data, api: ApiUser) -> AppResult<Json<MatrixStatusView>> {
    api.require_admin()?;
    Ok(Json(MatrixStatusView::new(&data)))
}

/// Reload the finance matrix file; a broken file is refused and the matrix in use stays.
#[utoipa::path(post, path = "/admin/finance/reload", tag = "admin", security(("bearer" = [])),
    responses((status = 200, body = MatrixStatusView)))]
pub async fn reload(data: Data, api: ApiUser) -> AppResult<Json<MatrixStatusView>> {
    api.require_admin()?;
    service::finance::reload(&data, &api.user.username).await?;
    Ok(Json(MatrixStatusView::new(&data)))
}
