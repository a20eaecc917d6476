//! The model's official texts against committed excerpts of the sources they cite
//! (`tests/fixtures/excerpts/`): IPA's provisional English of the SME guideline 3.1 (T8), METI's
//! English Ver3.0 (T1), the Tokyo handbook pages that reproduce IPA's 自社診断 and 5か条 (S1), and
//! the seed deck (S0). An excerpt is the source's text unchanged (only the PDF's layout, line
//! breaks and column interleaving, is tolerated by [`found`]), so a text that drifts from its
//! source, or cites a source that does not hold it, fails here by name.

use std::collections::HashMap;

use serde_json::Value;
use shindan_core::model::{self, English, Model, SourceLang, Wording};

fn loaded() -> Model {
    model::load().unwrap_or_else(|errs| panic!("built-in data invalid: {errs:?}"))
}

fn excerpt(name: &str) -> String {
    let path = format!(
        "{}/../../tests/fixtures/excerpts/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("@@ lines "))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The text without whitespace, full-width ASCII as ASCII, typographic quotes and dashes
/// plain: what a PDF extraction or a web page may vary without changing the wording.
fn norm(s: &str) -> Vec<char> {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            '\u{2010}' | '\u{2011}' | '\u{2013}' | '\u{2212}' => '-',
            c => c,
        })
        .collect()
}

fn find_in(hay: &[char], from: usize, to: usize, needle: &[char]) -> Option<usize> {
    let to = to.min(hay.len());
    if needle.is_empty() || from >= to || needle.len() > to - from {
        return None;
    }
    (from..=to - needle.len()).find(|&i| hay[i..i + needle.len()] == *needle)
}

/// Whether `needle` is in `hay` word for word. A PDF's text may interleave a table's other
/// column inside a sentence, so the needle may come in up to four exact pieces, in order, each
/// of at least four characters, each starting within 300 characters of the previous one's end.
fn found(needle: &str, hay: &str) -> bool {
    let (n, h) = (norm(needle), norm(hay));
    if find_in(&h, 0, h.len(), &n).is_some() {
        return true;
    }
    let (mut rest, mut from, mut to) = (&n[..], 0, h.len());
    for _ in 0..4 {
        if rest.is_empty() {
            return true;
        }
        // The longest prefix of what is left that occurs in the window.
        let mut best = None;
        for len in (4.min(rest.len())..=rest.len()).rev() {
            if let Some(i) = find_in(&h, from, to, &rest[..len]) {
                best = Some((i, len));
                break;
            }
        }
        let Some((i, len)) = best else { return false };
        rest = &rest[len..];
        from = i + len;
        to = from + 300;
    }
    rest.is_empty()
}

/// An official text of the serialised model: owner id, field path, the text's object, the
/// owner's cited sources.
type Found = (String, String, serde_json::Map<String, Value>, Vec<String>);

/// Every official text of the serialised model.
fn officials(m: &Model) -> Vec<Found> {
    fn walk(v: &Value, owner: &str, path: &str, cited: &[String], out: &mut Vec<Found>) {
        match v {
            Value::Object(o) => {
                let (owner, path) = match o.get("id").and_then(Value::as_str) {
                    Some(id) => (id.to_owned(), String::new()),
                    None => (owner.to_owned(), path.to_owned()),
                };
                if o.contains_key("wording") && o.contains_key("english") {
                    out.push((owner, path, o.clone(), cited.to_vec()));
                    return;
                }
                let own: Vec<String>;
                let cited = match o.get("sources").and_then(Value::as_array) {
                    Some(list) => {
                        own = list
                            .iter()
                            .filter_map(|r| r.get("src").and_then(Value::as_str))
                            .map(str::to_owned)
                            .collect();
                        &own[..]
                    }
                    None => cited,
                };
                for (k, c) in o {
                    walk(c, &owner, &format!("{path}.{k}"), cited, out);
                }
            }
            Value::Array(a) => {
                for (i, c) in a.iter().enumerate() {
                    walk(c, owner, &format!("{path}[{i}]"), cited, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    let v = serde_json::to_value(m).expect("model serialises");
    walk(&v, "model", "", &[], &mut out);
    out
}

fn s(o: &serde_json::Map<String, Value>, k: &str) -> String {
    o.get(k).and_then(Value::as_str).unwrap_or("").to_owned()
}

#[test]
fn the_matcher_tolerates_layout_and_nothing_else() {
    let hay = "Is antivirus software installed on your PCs, smartphones, and other devices, and are the virus definition\n  2\n files*1 up to date?";
    assert!(found(
        "Is antivirus software installed on your PCs, smartphones, and other devices, and are the virus definition files up to date?",
        hay
    ));
    assert!(!found(
        "Is antivirus software installed on every device, with up-to-date definitions?",
        hay
    ));
    assert!(!found("Is anti-virus software installed", hay));
    assert!(found("ＯＳ　やソフトウェア", "OS やソフトウェア"));
    assert!(!found("すべての機器に", "パソコンやスマホなどには"));
}

/// T8 Table 3, as transcribed in `T8-table3.tsv`: each row is T8's wording, and each of the 25
/// questions carries it exactly as IPA's provisional English.
#[test]
fn the_25_questions_are_ipas_english_as_in_t8_table_3() {
    let t8 = excerpt("T8.txt");
    let table = excerpt("T8-table3.tsv");
    let rows: Vec<(u32, &str)> = table
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let (n, q) = l.split_once('\t').expect("No<TAB>item");
            (n.parse().expect("a number"), q)
        })
        .collect();
    assert_eq!(
        rows.iter().map(|r| r.0).collect::<Vec<_>>(),
        (1..=25).collect::<Vec<_>>()
    );
    for (n, q) in &rows {
        assert!(found(q, &t8), "Table 3 No.{n} is not T8's wording: {q}");
    }
    let m = loaded();
    assert_eq!(m.sme.self_check.items.len(), 25);
    for it in &m.sme.self_check.items {
        let (_, q) = rows[it.number as usize - 1];
        assert_eq!(it.question.en, q, "{}: English", it.id);
        assert_eq!(it.question.english, English::IpaProvisional, "{}", it.id);
    }
}

/// The Japanese of the 25 questions as the Tokyo handbook reproduces IPA's sheet (S1), the
/// wording flag saying so, the citation pointing at that row.
#[test]
fn the_25_questions_are_ipas_japanese_as_s1_reproduces_it() {
    let page = excerpt("S1-seminar01-page3-3-3.txt");
    let lines: Vec<&str> = page.lines().collect();
    let mut rows: HashMap<u32, &str> = HashMap::new();
    for w in lines.windows(2) {
        if let Ok(n) = w[0].trim().parse::<u32>() {
            if w[1].ends_with('？') {
                rows.insert(n, w[1]);
            }
        }
    }
    assert_eq!(rows.len(), 25, "S1 lists 25 questions");
    for it in &loaded().sme.self_check.items {
        assert_eq!(
            it.question.ja,
            rows[&u32::from(it.number)],
            "{}: Japanese",
            it.id
        );
        assert_eq!(it.question.wording, Wording::Verbatim, "{}", it.id);
        assert_eq!(it.question.src.as_str(), "S1", "{}", it.id);
        assert_eq!(
            it.question.at,
            format!("seminar01/page3-3-3 (No.{})", it.number),
            "{}",
            it.id
        );
    }
}

/// The four drifts of the audit (and No.11's minor one), each in the sense of the source.
#[test]
fn the_drifts_found_by_the_audit_are_gone() {
    let m = loaded();
    let q = |n: usize| &m.sme.self_check.items[n - 1].question;
    assert!(!q(2).ja.contains("すべての機器"), "No.2: {}", q(2).ja);
    assert!(
        q(18).ja.contains("媒体") && !q(18).ja.contains("機器"),
        "No.18: {}",
        q(18).ja
    );
    assert!(
        q(21).ja.contains("個人所有の情報機器") && !q(21).ja.contains("私物"),
        "No.21: {}",
        q(21).ja
    );
    assert!(!q(25).ja.contains("文書にし"), "No.25: {}", q(25).ja);
    assert!(q(11).ja.contains("パソコンやサーバ"), "No.11: {}", q(11).ja);
    assert!(q(2).en.contains("PCs, smartphones, and other devices") && !q(2).en.contains("every"));
    assert!(q(18).en.contains("media"));
    assert!(q(21).en.contains("personal information devices"));
}

/// Every text that claims IPA's provisional English carries T8's words.
#[test]
fn every_ipa_provisional_english_is_t8s() {
    let t8 = excerpt("T8.txt");
    let mut n = 0;
    for (owner, path, o, _) in officials(&loaded()) {
        if s(&o, "english") == "ipa_provisional" {
            n += 1;
            let en = s(&o, "en");
            assert!(found(&en, &t8), "{owner}{path}: \"{en}\" is not in T8");
        }
    }
    assert!(n > 70, "{n} texts in IPA's English");
}

/// Every official English of Ver3.0 carries T1's words.
#[test]
fn every_official_english_of_ver3_is_t1s() {
    let t1 = excerpt("T1.txt");
    let mut n = 0;
    for (owner, path, o, _) in officials(&loaded()) {
        let in_v3 = owner.starts_with("v3") && !owner.starts_with("v3.a");
        if in_v3 && s(&o, "english") == "official" {
            n += 1;
            let en = s(&o, "en");
            assert!(found(&en, &t1), "{owner}{path}: \"{en}\" is not in T1");
        }
    }
    assert!(n >= 30, "{n} texts in METI's English");
}

/// Where a text cites a source whose excerpt is committed, the source holds it: a verbatim
/// Japanese wording is in a Japanese source's text, an official English in an English one's;
/// and a text never draws its English from a source that holds none (the seed deck is
/// Japanese only).
#[test]
fn every_citation_of_an_excerpted_source_holds_the_text() {
    let m = loaded();
    let langs: HashMap<&str, &Vec<SourceLang>> = m
        .sources
        .sources
        .iter()
        .map(|s| (s.id.as_str(), &s.languages))
        .collect();
    let s1_pages = ["page3-3-2", "page3-3-3", "page3-3-4"];
    let text_of = |src: &str, at: &str| -> Option<String> {
        match src {
            "S0" => Some(excerpt("S0.txt")),
            "T1" => Some(excerpt("T1.txt")),
            "T8" => Some(excerpt("T8.txt")),
            "S1" => s1_pages
                .iter()
                .find(|p| at.starts_with(&format!("seminar01/{p}")))
                .map(|p| excerpt(&format!("S1-seminar01-{p}.txt"))),
            _ => None,
        }
    };
    let (mut checked, mut failures) = (0, Vec::new());
    for (owner, path, o, cited) in officials(&m) {
        let (src, at) = (s(&o, "src"), s(&o, "at"));
        let holds = |l: SourceLang| langs.get(src.as_str()).is_some_and(|v| v.contains(&l));
        if s(&o, "english") != "shindan" && holds(SourceLang::Ja) && !holds(SourceLang::En) {
            let other_en = cited.iter().any(|c| {
                langs
                    .get(c.as_str())
                    .is_some_and(|v| v.contains(&SourceLang::En))
            });
            if !other_en {
                failures.push(format!(
                    "{owner}{path}: English claimed official, {src} holds none"
                ));
            }
        }
        let Some(text) = text_of(&src, &at) else {
            continue;
        };
        checked += 1;
        if s(&o, "wording") == "verbatim" && holds(SourceLang::Ja) && !found(&s(&o, "ja"), &text) {
            failures.push(format!(
                "{owner}{path}: \"{}\" is not in {src} ({at})",
                s(&o, "ja")
            ));
        }
        if s(&o, "english") != "shindan" && holds(SourceLang::En) && !found(&s(&o, "en"), &text) {
            failures.push(format!(
                "{owner}{path}: \"{}\" is not in {src} ({at})",
                s(&o, "en")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} citations:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(checked > 150, "{checked} citations checked");
}

/// The seed deck is cited only for what it holds: no official text of the Ver2.0 directions
/// (titles, scenarios) rests on it any more, and the 第4.0版 entry no longer cites T8 for what
/// the dataset's README says.
#[test]
fn citations_point_where_the_text_is() {
    let m = loaded();
    for (owner, path, o, _) in officials(&m) {
        if owner.starts_with("v2.d") {
            assert_ne!(s(&o, "src"), "S0", "{owner}{path}");
        }
        if owner == "sme.ed4.0" {
            assert_ne!(s(&o, "src"), "T8", "{owner}{path}");
        }
    }
    let ed4 = m
        .sme
        .editions
        .iter()
        .find(|e| e.id.as_str() == "sme.ed4.0")
        .expect("4.0");
    assert!(ed4
        .sources
        .iter()
        .all(|r| r.src.as_str() != "T8" && r.src.as_str() != "T10"));
    let t10 = m
        .sources
        .sources
        .iter()
        .find(|s| s.id.as_str() == "T10")
        .expect("T10");
    assert!(t10.location.contains("hyuma02/wasabi-uploader"));
    // T8's revision history dates the editions.
    let date = |id: &str| {
        m.sme
            .editions
            .iter()
            .find(|e| e.id.as_str() == id)
            .and_then(|e| e.date.clone())
    };
    let t8 = excerpt("T8.txt");
    assert!(
        found("Version 1.0 (March 18, 2009)", &t8) && found("Version 2.1 (January 24, 2017)", &t8)
    );
    assert_eq!(date("sme.ed1").as_deref(), Some("2009-03-18"));
    assert_eq!(date("sme.ed2.1").as_deref(), Some("2017-01-24"));
    // The context slide's title as the seed deck has it.
    let ctx = m
        .meti_history
        .context
        .iter()
        .find(|c| c.id.as_str() == "ctx.survey-h28")
        .expect("context");
    assert!(found(&ctx.title.ja, &excerpt("S0.txt")));
}

/// A Japanese wording not confirmed is said once, in plain words, on the Sources page (a gap
/// whose `related` names the entry or one it belongs to), not as a badge on every item.
#[test]
fn every_unconfirmed_japanese_wording_is_listed_among_the_gaps() {
    let m = loaded();
    let related: Vec<&str> = m
        .gaps()
        .iter()
        .flat_map(|g| g.related.iter().map(|r| r.as_str()))
        .collect();
    let covered = |owner: &str| {
        related
            .iter()
            .any(|r| owner == *r || owner.starts_with(&format!("{r}.")))
    };
    let missing: Vec<String> = officials(&m)
        .into_iter()
        .filter(|(_, _, o, _)| s(o, "wording") == "ja_unconfirmed")
        .filter(|(owner, _, _, _)| !covered(owner))
        .map(|(owner, path, o, _)| format!("{owner}{path}: {}", s(&o, "ja")))
        .collect();
    assert!(
        missing.is_empty(),
        "not listed on the Sources page:\n{}",
        missing.join("\n")
    );
    let n = officials(&m)
        .iter()
        .filter(|(_, _, o, _)| s(o, "wording") == "ja_unconfirmed")
        .count();
    assert!(n > 50, "{n} unconfirmed Japanese wordings");
}
