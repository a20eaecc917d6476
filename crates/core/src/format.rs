//! Dates and numbers formatted for the display language. Pure.

use crate::lang::Lang;

/// Formats a `YYYY-MM-DD` date for display: `2026年11月26日` / `26 Nov 2026`.
/// Anything that is not a valid calendar date of that shape is returned unchanged (it was typed
/// by the user or came from a file; showing it as-is loses nothing).
pub fn date(lang: Lang, iso: &str) -> String {
    let parts: Vec<&str> = iso.trim().split('-').collect();
    let parsed = match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            match (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) {
                (Ok(y), Ok(m), Ok(d)) if (1..=12).contains(&m) && d >= 1 && d <= days_in(y, m) => {
                    Some((y, m, d))
                }
                _ => None,
            }
        }
        _ => None,
    };
    let Some((y, m, d)) = parsed else {
        return iso.to_string();
    };
    match lang {
        Lang::Ja => format!("{y}年{m}月{d}日"),
        Lang::En => {
            const MONTHS: [&str; 12] = [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ];
            let name = MONTHS.get(m as usize - 1).copied().unwrap_or("");
            format!("{d} {name} {y}")
        }
    }
}

fn days_in(y: u32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `v` with `decimals` digits after the point (0–6), rounded half to even like `format!("{v:.N}")`
/// (except where multiplying by 10^N itself lands on a tie: 0.05 gives "0.0"), without "-0". Integer arithmetic only: formatting through `f64`'s `Display` would bring the
/// float-printing code of `core` (~10 KB) into the app for a handful of numbers.
pub fn fixed(v: f64, decimals: u32) -> String {
    let decimals = decimals.min(6);
    let scale = 10u64.pow(decimals);
    let scaled = if v.is_finite() {
        (v * scale as f64).round_ties_even()
    } else {
        0.0
    };
    // Saturating cast; the numbers shown here are percentages, scores and kilobytes.
    let n = scaled as i64;
    let (sign, n) = (if n < 0 { "-" } else { "" }, n.unsigned_abs());
    let (int, frac) = (n / scale, n % scale);
    if decimals == 0 {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac:0width$}", width = decimals as usize)
    }
}

/// The one rounding rule for every percentage and score the app shows, prints or exports: to the
/// nearest whole number, halves away from zero (62.5 → 63). Every view goes through this (or
/// [`percent_num`] / [`percent`]), so the chart's table, the achievement table and the reports
/// can never disagree by one.
pub fn round_percent(value: f64) -> i64 {
    if value.is_finite() {
        // Saturating cast; percentages are within −100..=100.
        value.round() as i64
    } else {
        0
    }
}

/// A percentage's number under [`round_percent`]: `"63"`.
pub fn percent_num(value: f64) -> String {
    round_percent(value).to_string()
}

/// A signed change between two percentages, each rounded first so the change equals the
/// difference of the numbers shown: `"+7"`, `"-3"`, `"0"`.
pub fn percent_delta(from: f64, to: f64) -> String {
    let d = round_percent(to) - round_percent(from);
    if d > 0 {
        format!("+{d}")
    } else {
        d.to_string()
    }
}

/// A percentage, rounded to a whole number by [`round_percent`]: `72%` in Japanese, `72 %` in
/// English.
pub fn percent(lang: Lang, value: f64) -> String {
    let v = percent_num(value);
    match lang {
        Lang::Ja => format!("{v}%"),
        Lang::En => format!("{v} %"),
    }
}

/// The longest name part of a file name, in characters (a long organisation name is cut, so the
/// whole name stays far below the 255 bytes file systems allow, Japanese included).
pub const FILE_SUBJECT_MAX: usize = 40;

/// The name part of a file name from a user's text: letters and digits of any script kept
/// (Japanese included), runs of spaces and of characters that a file system refuses or reads
/// as a path (`/ \ : * ? " < > |`, control characters) become one `_`, dots and `_`/`-` trimmed
/// from both ends (no hidden file, no `..`), cut to `max` characters. Empty when nothing is
/// left.
pub fn file_part(text: &str, max: usize) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in text.chars() {
        let bad = c.is_control()
            || c.is_whitespace()
            || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
            // Bidirectional and zero-width controls could disguise the extension.
            || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}');
        if bad {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() {
            out.push('_');
        }
        gap = false;
        out.push(c);
    }
    let trim = |c: char| matches!(c, '.' | '_' | '-');
    let cut: String = out.trim_matches(trim).chars().take(max).collect();
    cut.trim_matches(trim).to_string()
}

/// The one naming rule of every file the app writes, so a file says what it holds:
/// `shindan-<kind>-<subject>-<date>.<ext>` — `kind` a fixed ASCII word for what the file is
/// (`plan`, `comparison`; empty for the answers of one assessment), `subject` the assessment's
/// organisation or the register's name, `date` the assessment's date (or the export day). Both
/// user texts go through [`file_part`]; an empty subject is left out, so the name falls back to
/// `shindan-<kind>-<date>.<ext>` (`shindan-answers-<date>` when there is no kind either).
pub fn file_name(kind: &str, subject: &str, date: &str, ext: &str) -> String {
    let subject = file_part(subject, FILE_SUBJECT_MAX);
    let date = file_part(date, 25);
    let kind = if kind.is_empty() && subject.is_empty() {
        "answers"
    } else {
        kind
    };
    let mut name = String::from("shindan");
    for part in [kind, subject.as_str(), date.as_str()] {
        if !part.is_empty() {
            name.push('-');
            name.push_str(part);
        }
    }
    name.push('.');
    name.push_str(ext);
    name
}

/// `YYYY-MM-DD` (UTC) of a time in ms since the epoch (civil-from-days, Howard Hinnant's
/// algorithm): the day a record was made, without the browser's clock API.
pub fn iso_date_of_ms(ms: u64) -> String {
    let days = i64::try_from(ms / 86_400_000).unwrap_or(0);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_rounding_rule_for_every_percentage() {
        // 5 of 8 points = 62.5 %: the radar's table, the achievement table and the reports all
        // show 63 (the bug was 62 in one place and 63 in another).
        assert_eq!(percent_num(62.5), "63");
        assert_eq!(percent(Lang::Ja, 62.5), "63%");
        assert_eq!(percent(Lang::En, 62.5), "63 %");
        assert_eq!(percent_num(12.5), "13");
        assert_eq!(percent_num(0.49), "0");
        assert_eq!(percent_num(f64::NAN), "0");
        assert_eq!(percent_delta(62.5, 70.0), "+7");
        assert_eq!(percent_delta(70.0, 62.5), "-7");
        assert_eq!(percent_delta(62.4, 62.6), "+1");
        for tenths in 0..=1000 {
            let v = f64::from(tenths) / 10.0;
            assert_eq!(percent(Lang::Ja, v), format!("{}%", percent_num(v)), "{v}");
        }
    }

    #[test]
    fn fixed_matches_std_formatting() {
        let values = [
            0.0, 0.4, 0.5, 1.5, 2.5, 62.5, 99.95, 100.0, 12.25, 3.25159, 1e6, 123.456, 7.0, 2.04,
        ];
        for v in values {
            for d in [0u32, 1, 2] {
                let std = format!("{v:.*}", d as usize);
                assert_eq!(fixed(v, d), std, "{v} with {d} decimals");
                let neg = format!("{:.*}", d as usize, -v);
                let neg = if neg
                    .trim_start_matches('-')
                    .chars()
                    .all(|c| c == '0' || c == '.')
                {
                    neg.trim_start_matches('-').to_string()
                } else {
                    neg
                };
                assert_eq!(fixed(-v, d), neg, "-{v} with {d} decimals");
            }
        }
        // The one difference: a tie created by scaling (0.05 × 10 = 0.5 exactly in f64) is
        // rounded to even, where `{:.1}` sees the binary value just above 0.05.
        assert_eq!(fixed(0.05, 1), "0.0");
        assert_eq!(fixed(f64::NAN, 1), "0.0");
        assert_eq!(fixed(-0.04, 1), "0.0");
    }

    #[test]
    fn dates_by_language() {
        let table = [
            ("2026-11-26", "2026年11月26日", "26 Nov 2026"),
            ("2024-02-29", "2024年2月29日", "29 Feb 2024"),
            ("2023-02-29", "2023-02-29", "2023-02-29"),
            ("2026-13-01", "2026-13-01", "2026-13-01"),
            ("", "", ""),
            ("next week", "next week", "next week"),
            ("<b>1</b>", "<b>1</b>", "<b>1</b>"),
        ];
        for (iso, ja, en) in table {
            assert_eq!(date(Lang::Ja, iso), ja, "{iso}");
            assert_eq!(date(Lang::En, iso), en, "{iso}");
        }
    }

    #[test]
    fn percents_by_language() {
        assert_eq!(percent(Lang::Ja, 71.6), "72%");
        assert_eq!(percent(Lang::En, 71.6), "72 %");
        assert_eq!(percent(Lang::En, -0.2), "0 %");
        assert_eq!(percent(Lang::Ja, f64::NAN), "0%");
    }

    #[test]
    fn file_names_say_what_they_hold() {
        assert_eq!(
            file_name("", "株式会社テスト工業 東京本社", "2025-04-01", "csv"),
            "shindan-株式会社テスト工業_東京本社-2025-04-01.csv"
        );
        assert_eq!(
            file_name("plan", "A社", "2026-01-31", "csv"),
            "shindan-plan-A社-2026-01-31.csv"
        );
        // Path separators, reserved and control characters never reach the name.
        let n = file_name(
            "",
            "../..\\etc/passwd\u{0}\r\n:*?\"<>|x",
            "2026-01-31",
            "json",
        );
        assert_eq!(n, "shindan-etc_passwd_x-2026-01-31.json");
        assert!(!n.contains(['/', '\\', '\0', '\r', '\n', ':', '*', '?', '"', '<', '>', '|']));
        // A bidirectional override cannot disguise the extension.
        assert_eq!(
            file_name("", "abc\u{202e}vsc.exe", "", "csv"),
            "shindan-abc_vsc.exe.csv"
        );
        // Empty or only-unusable names fall back to the kind, or to "answers".
        assert_eq!(
            file_name("", "", "2026-01-31", "csv"),
            "shindan-answers-2026-01-31.csv"
        );
        assert_eq!(
            file_name("", " / \t", "2026-01-31", "csv"),
            "shindan-answers-2026-01-31.csv"
        );
        assert_eq!(
            file_name("backup", "", "2026-01-31", "json"),
            "shindan-backup-2026-01-31.json"
        );
        assert_eq!(file_name("", "...", "", "csv"), "shindan-answers.csv");
        // Long names are cut (by characters, never inside one).
        let long = "株".repeat(300);
        let n = file_name("", &long, "2026-01-31", "csv");
        assert_eq!(
            n,
            format!("shindan-{}-2026-01-31.csv", "株".repeat(FILE_SUBJECT_MAX))
        );
        assert!(n.len() < 255);
        // Full-width spaces count as spaces; other scripts are kept.
        assert_eq!(file_part("東京　本社", 40), "東京_本社");
        assert_eq!(file_part("Müller GmbH", 40), "Müller_GmbH");
        assert_eq!(file_part("ａｂｃ（株）", 40), "ａｂｃ（株）");
    }

    #[test]
    fn dates_of_times() {
        assert_eq!(iso_date_of_ms(0), "1970-01-01");
        assert_eq!(iso_date_of_ms(1_767_225_600_000), "2026-01-01");
        assert_eq!(iso_date_of_ms(1_709_164_800_000), "2024-02-29");
        assert_eq!(iso_date_of_ms(1_709_251_199_999), "2024-02-29");
        assert_eq!(iso_date_of_ms(951_782_400_000), "2000-02-29");
    }
}
