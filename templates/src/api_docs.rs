//! `/api`: the JSON API's reference, drawn from its OpenAPI description (no script needed).

use crate::{Ctx, components::layout, i18n::t};
use maud::{Markup, html};

/// A parameter of an operation, or a field of a schema.
pub struct ApiField {
    pub name: String,
    /// `string`, `integer`, `array of ResourceView`…
    pub kind: String,
    pub required: bool,
    pub description: String,
    /// `path`, `query` or empty for a schema's field.
    pub place: String,
}

pub struct ApiOperation {
    pub method: String,
    pub path: String,
    pub summary: String,
    pub needs_token: bool,
    pub parameters: Vec<ApiField>,
    /// The schema of the request body, if it has one.
    pub body: Option<String>,
    /// Status and the schema of the answer's body.
    pub answers: Vec<(String, Option<String>)>,
}

pub struct ApiSection {
    pub tag: String,
    pub operations: Vec<ApiOperation>,
}

pub struct ApiSchema {
    pub name: String,
    pub description: String,
    pub fields: Vec<ApiField>,
}

fn schema_link(name: &str) -> Markup {
    html! { a href={ "#schema-" (name) } { code { (name) } } }
}

fn fields_table(fields: &[ApiField], with_place: bool) -> Markup {
    html! {
        table.api-fields {
            thead { tr {
                th scope="col" { (t("name")) }
                @if with_place { th scope="col" { (t("in")) } }
                th scope="col" { (t("type")) } th scope="col" { (t("required")) } th scope="col" { (t("description")) }
            } }
            tbody {
                @for field in fields {
                    tr {
                        td { code { (field.name) } }
                        @if with_place { td { (field.place) } }
                        td { (field.kind) }
                        td { @if field.required { (t("yes")) } @else { (t("no")) } }
                        td { (field.description) }
                    }
                }
            }
        }
    }
}

pub fn api_reference(ctx: &Ctx, base: &str, sections: &[ApiSection], schemas: &[ApiSchema]) -> Markup {
    layout(
        ctx,
        t("api"),
        html! {
            h1 { (t("the-json-api")) }
            p {
                (t("everything-a-person-does-on-these")) code { (base) } ". "
                (t("get-a-token-with-post-auth"))
                code { "{error, message, field, errors}" } (t("with-every-field-at-fault-in"))
            }
            p { a href="/api/v1/openapi.json" { (t("the-openapi-3-1-description")) } (t("for-code-generators-and-testing-tools")) }
            nav aria-label=(t("api-sections")) {
                ul { @for section in sections { li { a href={ "#tag-" (section.tag) } { (section.tag) } } } }
            }
            @for section in sections {
                section id={ "tag-" (section.tag) } {
                    h2 { (section.tag) }
                    @for op in &section.operations {
                        article.api-operation {
                            h3 { code { (op.method) " " (op.path) } }
                            p { (op.summary) @if op.needs_token { " " span.badge { (t("token")) } } }
                            @if !op.parameters.is_empty() { (fields_table(&op.parameters, true)) }
                            @if let Some(body) = &op.body { p { (t("body")) (schema_link(body)) } }
                            ul {
                                @for (status, schema) in &op.answers {
                                    li { (status) @if let Some(schema) = schema { ": " (schema_link(schema)) } }
                                }
                            }
                        }
                    }
                }
            }
            h2 { (t("types")) }
            @for schema in schemas {
                section.api-schema id={ "schema-" (schema.name) } {
                    h3 { code { (schema.name) } }
                    @if !schema.description.is_empty() { p { (schema.description) } }
                    @if !schema.fields.is_empty() { (fields_table(&schema.fields, false)) }
                }
            }
        },
    )
}
