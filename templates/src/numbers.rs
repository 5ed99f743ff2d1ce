//! Figures as people read them: "€85 M", "42 kt CO₂e/yr", "12 300 resources", with the
//! decimal sign and the place of the euro sign of the language being written in.

use crate::i18n::{Language, current, t};

/// The space between a number and its unit, or inside a number: narrow and unbreakable.
const THIN: char = '\u{202f}';

/// A whole number with its thousands grouped: 12 300.
pub fn count(value: f64) -> String {
    let rounded = value.round() as i64;
    let digits = rounded.unsigned_abs().to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(THIN);
        }
        grouped.push(c);
    }
    if rounded < 0 { format!("-{grouped}") } else { grouped }
}

/// `value` shortened with the largest of `scales` it reaches once rounded: (8 500 000, M) →
/// "8.5 M", and 999 600 → "1 M", never "1 000 k". One decimal below ten, none above, so a
/// figure never claims more precision than it has. The sign goes in front ("-1.5 M").
fn scaled(value: f64, scales: &[(f64, &str)]) -> String {
    if !value.is_finite() {
        return "?".into();
    }
    let sign = if value < 0.0 { "-" } else { "" };
    let size = value.abs();
    let shown = |divisor: f64| {
        let shown = size / divisor;
        if shown >= 9.95 { shown.round() } else { (shown * 10.0).round() / 10.0 }
    };
    // The largest scale the value reaches after rounding at that scale's precision.
    let chosen = scales.iter().rev().find(|(divisor, _)| shown(*divisor) >= 1.0);
    match chosen {
        Some((divisor, suffix)) => {
            let number = shown(*divisor);
            let text = if number >= 9.95 { count(number) } else { one_decimal(number) };
            format!("{sign}{text}{THIN}{suffix}")
        }
        None => format!("{sign}{}", count(size)),
    }
}

/// "8.5" ("8,5" in the languages that write a decimal comma), and "3" rather than "3.0".
fn one_decimal(value: f64) -> String {
    let text = format!("{value:.1}");
    let text = text.strip_suffix(".0").map(str::to_string).unwrap_or(text);
    if current() == Language::En { text } else { text.replace('.', ",") }
}

/// An amount of euros: "€850", "€12 k", "€8.5 M", "€1.2 bn" (in French "8,5 M €").
pub fn euros(value: f64) -> String {
    let amount = scaled(value.abs(), &[(1e3, t("unit-thousand")), (1e6, t("unit-million")), (1e9, t("unit-billion"))]);
    let sign = if value < 0.0 { "-" } else { "" };
    if current() == Language::En { format!("{sign}€{amount}") } else { format!("{sign}{amount}{THIN}€") }
}

/// Tonnes of CO₂ equivalent per year: "420 t", "42 kt", "1.2 Mt", then "CO₂e/yr".
pub fn co2e_per_year(tonnes: f64) -> String {
    let scales = [(1.0, "t"), (1e3, "kt"), (1e6, "Mt")];
    let figure = if tonnes.is_finite() && tonnes.abs() < 0.95 {
        // Below a tonne: one decimal, and no "-0".
        format!("{}{THIN}t", one_decimal((tonnes * 10.0).round() / 10.0 + 0.0))
    } else {
        scaled(tonnes, &scales)
    };
    format!("{figure}{THIN}{}", t("unit-co2e-per-year"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_short_and_honest() {
        assert_eq!(count(12300.0), "12\u{202f}300");
        assert_eq!(count(-1500.0), "-1\u{202f}500");
        assert_eq!(euros(850.0), "€850");
        assert_eq!(euros(12_000.0), "€12\u{202f}k");
        assert_eq!(euros(8_500_000.0), "€8.5\u{202f}M");
        assert_eq!(euros(85_000_000.0), "€85\u{202f}M");
        assert_eq!(euros(3_000_000.0), "€3\u{202f}M");
        assert_eq!(euros(1_230_000_000.0), "€1.2\u{202f}bn");
        assert_eq!(co2e_per_year(42_000.0), "42\u{202f}kt\u{202f}CO₂e/yr");
        assert_eq!(co2e_per_year(420.0), "420\u{202f}t\u{202f}CO₂e/yr");
        assert_eq!(co2e_per_year(0.5), "0.5\u{202f}t\u{202f}CO₂e/yr");
        assert_eq!(co2e_per_year(-0.04), "0\u{202f}t\u{202f}CO₂e/yr");
        assert_eq!(euros(999_600.0), "€1\u{202f}M", "rounding moves to the next unit");
        assert_eq!(co2e_per_year(999_960.0), "1\u{202f}Mt\u{202f}CO₂e/yr");
        assert_eq!(euros(9_960_000.0), "€10\u{202f}M");
        assert_eq!(euros(-1_500_000.0), "-€1.5\u{202f}M");
        assert_eq!(euros(f64::NAN), "€?");
    }

    #[tokio::test]
    async fn figures_follow_the_language() {
        crate::i18n::in_language(Language::Fr, async {
            assert_eq!(count(12300.0), "12\u{202f}300");
            assert_eq!(euros(8_500_000.0), "8,5\u{202f}M\u{202f}€");
            assert_eq!(euros(-850.0), "-850\u{202f}€");
            assert_eq!(co2e_per_year(1_200_000.0), "1,2\u{202f}Mt\u{202f}CO₂e/an");
        })
        .await;
        crate::i18n::in_language(Language::De, async {
            assert_eq!(euros(1_230_000_000.0), "1,2\u{202f}Mrd.\u{202f}€");
        })
        .await;
    }
}
