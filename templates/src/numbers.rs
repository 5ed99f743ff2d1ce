//! Figures as people read them: "€85 M", "42 kt CO₂e/yr", "12 300 resources".

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

/// `value` shortened with the largest of `scales` it reaches: (8 500 000, M) → "8.5 M".
/// One decimal below ten, none above, so a figure never claims more precision than it has.
fn scaled(value: f64, scales: &[(f64, &str)]) -> String {
    let (divisor, suffix) =
        scales.iter().rev().find(|(divisor, _)| value.abs() >= *divisor).copied().unwrap_or((1.0, ""));
    let shown = value / divisor;
    let number = if suffix.is_empty() || shown.abs() >= 9.95 { count(shown) } else { one_decimal(shown) };
    if suffix.is_empty() { number } else { format!("{number}{THIN}{suffix}") }
}

/// "8.5", and "3" rather than "3.0".
fn one_decimal(value: f64) -> String {
    let text = format!("{value:.1}");
    text.strip_suffix(".0").map(str::to_string).unwrap_or(text)
}

/// An amount of euros: "€850", "€12 k", "€8.5 M", "€1.2 bn".
pub fn euros(value: f64) -> String {
    format!("€{}", scaled(value, &[(1e3, "k"), (1e6, "M"), (1e9, "bn")]))
}

/// Tonnes of CO₂ equivalent per year: "420 t", "42 kt", "1.2 Mt", then "CO₂e/yr".
pub fn co2e_per_year(tonnes: f64) -> String {
    let scales = [(1.0, "t"), (1e3, "kt"), (1e6, "Mt")];
    let figure = if tonnes.abs() < 1.0 { format!("{}{THIN}t", one_decimal(tonnes)) } else { scaled(tonnes, &scales) };
    format!("{figure}{THIN}CO₂e/yr")
}

/// "1 resource", "2 resources": `one` and `other` are the whole phrases after the number.
pub fn plural(n: i64, one: &str, other: &str) -> String {
    format!("{} {}", count(n as f64), if n == 1 { one } else { other })
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
        assert_eq!(plural(1, "resource", "resources"), "1 resource");
        assert_eq!(plural(0, "resource", "resources"), "0 resources");
    }
}
