//! The matrix as shipped and as an admin may break it; answers read and options ranked.

use super::*;

fn default() -> Matrix {
    Matrix::parse(DEFAULT_MATRIX).expect("the shipped matrix is valid")
}

fn assess(sectors: &[&str], answers: &[(&str, &str)]) -> Vec<(String, i32)> {
    assess_with(&default(), sectors, answers)
}

fn assess_with(matrix: &Matrix, sectors: &[&str], answers: &[(&str, &str)]) -> Vec<(String, i32)> {
    let raw = answers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let sectors: Vec<String> = sectors.iter().map(|s| s.to_string()).collect();
    let assessment = check_assessment(matrix, &sectors, &raw).expect("valid answers");
    rank(matrix, &assessment).into_iter().map(|s| (s.option.id.clone(), s.score)).collect()
}

#[test]
fn small_public_park_without_revenue_ranks_budget_and_grants_first() {
    let ranking = assess(
        &["nature_based_solutions"],
        &[
            ("project_size_eur", "300000"),
            ("revenue_generating", "no"),
            ("borrowing_capacity", "low"),
            ("private_partners", "low"),
            ("horizon_years", "3"),
        ],
    );
    let expected: Vec<(String, i32)> = [
        ("municipal_budget", 85),
        ("grants", 75),
        ("crowdfunding", 50),
        ("energy_performance_contract", 25),
        ("loans", 0),
        ("revolving_fund", -5),
        ("green_bonds", -10),
        ("public_private_partnership", -30),
    ]
    .iter()
    .map(|(id, score)| (id.to_string(), *score))
    .collect();
    assert_eq!(ranking, expected);
}

#[test]
fn large_renovation_programme_that_saves_energy_ranks_debt_and_contracts_first() {
    let ranking = assess(
        &["built_environment", "energy_systems"],
        &[
            ("project_size_eur", "80000000"),
            ("revenue_generating", "yes"),
            ("borrowing_capacity", "high"),
            ("private_partners", "medium"),
            ("horizon_years", "20"),
        ],
    );
    let ids: Vec<&str> = ranking.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "loans",
            "green_bonds",
            "energy_performance_contract",
            "revolving_fund",
            "public_private_partnership",
            "grants",
            "municipal_budget",
            "crowdfunding"
        ]
    );
    assert_eq!(ranking[0], ("loans".to_string(), 85));
}

#[test]
fn every_missing_or_out_of_range_answer_is_named() {
    let matrix = default();
    let raw: BTreeMap<String, String> = [
        ("project_size_eur".to_string(), "-5".to_string()),
        ("revenue_generating".to_string(), "maybe".to_string()),
        ("borrowing_capacity".to_string(), "huge".to_string()),
        ("horizon_years".to_string(), "abc".to_string()),
    ]
    .into();
    let errors = check_assessment(&matrix, &[], &raw).unwrap_err();
    let fields: Vec<&str> = errors.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(
        fields,
        [
            "sectors",
            "project_size_eur",
            "revenue_generating",
            "borrowing_capacity",
            "private_partners",
            "horizon_years"
        ]
    );
}

#[test]
fn a_broken_matrix_names_where_it_is_broken() {
    let syntax = Matrix::parse("[[questions]\nid = 1").unwrap_err();
    assert!(syntax.location.starts_with("line 1"), "{syntax}");

    let unknown_question = DEFAULT_MATRIX.replacen("question = \"horizon_years\"", "question = \"horizon\"", 1);
    let err = Matrix::parse(&unknown_question).unwrap_err();
    assert_eq!(err.location, "options[1] (grants).rules[1]");
    assert!(err.message.contains("unknown question \"horizon\""));

    let bad_choice = DEFAULT_MATRIX.replacen("equals = \"high\"", "equals = \"plenty\"", 1);
    let err = Matrix::parse(&bad_choice).unwrap_err();
    assert_eq!(err.location, "options[2] (loans).rules[0]");

    let typo = DEFAULT_MATRIX.replacen("points = 30", "pionts = 30", 1);
    let err = Matrix::parse(&typo).unwrap_err();
    assert!(err.location.starts_with("line "), "{err}");
    assert!(err.message.contains("pionts"), "{err}");

    let missing = DEFAULT_MATRIX.replacen("id = \"horizon_years\"", "id = \"years\"", 1);
    assert_eq!(Matrix::parse(&missing).unwrap_err().location, "questions");
}

#[test]
fn the_matrix_reads_in_each_language_it_carries_and_english_elsewhere() {
    let matrix = default();
    let french = matrix.in_language(Language::Fr);
    let (question, english_question) = (&french.questions[2], &matrix.questions[2]);
    assert_ne!(question.label, english_question.label);
    assert_eq!(question.choice_labels.len(), 3, "the choices' labels, in French");
    assert_ne!(question.choice_labels[2], "high");
    assert_ne!(french.options[0].pros, matrix.options[0].pros);
    assert_ne!(french.options[0].rules[0].why, matrix.options[0].rules[0].why);
    let english = matrix.in_language(Language::En);
    assert_eq!(english.questions[2].choice_labels, ["low", "medium", "high"]);
    assert_eq!(english.options[0].name, matrix.options[0].name);
    let answers = [
        ("project_size_eur", "80000000"),
        ("revenue_generating", "yes"),
        ("borrowing_capacity", "high"),
        ("private_partners", "medium"),
        ("horizon_years", "20"),
    ];
    let ranking = |m: &Matrix| assess_with(m, &["energy_systems"], &answers);
    assert_eq!(ranking(&french), ranking(&matrix), "the language changes the words, not the advice");

    // An admin's matrix may carry translations; a wrong one is refused with its place.
    let portuguese = DEFAULT_MATRIX.replacen("[questions.translations.fr]", "[questions.translations.pt]", 1);
    let err = Matrix::parse(&portuguese).unwrap_err();
    assert_eq!(err.location, "questions[0] (project_size_eur).translations.pt");
    let at = DEFAULT_MATRIX.find("[options.translations.de]").unwrap();
    let pros = at + DEFAULT_MATRIX[at..].find("pros = [").unwrap() + "pros = [".len();
    let short = format!("{}\"Nur einer\"]\n#{}", &DEFAULT_MATRIX[..pros], &DEFAULT_MATRIX[pros..]);
    let err = Matrix::parse(&short).unwrap_err();
    assert_eq!(err.location, "options[0] (municipal_budget).translations.de.pros", "{err}");
}
