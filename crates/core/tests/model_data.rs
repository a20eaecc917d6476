//! Native integration tests of the guideline model data: counts, unique IDs, resolving
//! references, both languages, sources, unofficial flags, layouts — and proof that corrupted data
//! fails here (naming the offending ID) rather than in the user's browser.

use serde_json::Value;
use shindan_core::lang::Lang;
use shindan_core::model::{
    self, AnswerKind, CsfRef, CsfVersionTag, DataFiles, LineageStep, Model, ModelError,
};
use std::collections::HashSet;

fn loaded() -> Model {
    match model::load() {
        Ok(m) => m,
        Err(errs) => {
            let list: Vec<String> = errs.iter().map(ToString::to_string).collect();
            panic!("built-in data invalid:\n{}", list.join("\n"));
        }
    }
}

fn ids<'a>(it: impl Iterator<Item = &'a model::Id>) -> Vec<&'a str> {
    it.map(|i| i.as_str()).collect()
}

/// Walks the serialised model, calling `f(owner_id, object)` on every object.
fn walk<'a>(
    v: &'a Value,
    owner: &'a str,
    f: &mut dyn FnMut(&str, &serde_json::Map<String, Value>),
) {
    match v {
        Value::Object(o) => {
            let owner = o.get("id").and_then(Value::as_str).unwrap_or(owner);
            f(owner, o);
            for c in o.values() {
                walk(c, owner, f);
            }
        }
        Value::Array(a) => a.iter().for_each(|c| walk(c, owner, f)),
        _ => {}
    }
}

fn as_value(m: &Model) -> Value {
    serde_json::to_value(m).expect("model serialises")
}

// ------------------------------------------------------------------ the shipped data

#[test]
fn builtin_data_loads_and_validates() {
    let m = loaded();
    assert!(model::validate(&m).is_empty());
    // `model()` parses once and hands out the same instance.
    assert!(std::ptr::eq(model::model(), model::model()));
    assert_eq!(model::model(), &m);
}

#[test]
fn meti_versions_have_3_principles_and_10_directions() {
    let m = loaded();
    let vers: Vec<_> = m.meti_versions().map(|v| v.id.as_str()).collect();
    assert_eq!(vers, ["v3", "v2", "v11"]);
    for v in m.meti_versions() {
        assert_eq!(v.principles.len(), 3, "{}: principles", v.id);
        assert_eq!(v.directions.len(), 10, "{}: directions", v.id);
        for (i, d) in v.directions.iter().enumerate() {
            assert_eq!(usize::from(d.number), i + 1, "{}", d.id);
            assert!(
                m.group(d.group.as_str()).is_some(),
                "{}: group {}",
                d.id,
                d.group
            );
        }
    }
    let v3 = m.meti_v3();
    assert_eq!(v3.date, "2023-03-24");
    assert!(
        v3.directions
            .iter()
            .all(|d| d.title.english == model::English::Official),
        "Ver3.0 English titles are official"
    );
    assert!(v3
        .directions
        .iter()
        .all(|d| !d.scenarios.is_empty() && d.summary.is_some()));
}

#[test]
fn a1_has_9_items_3_per_principle() {
    let m = loaded();
    assert_eq!(m.meti_v3.a1.len(), 9);
    for (p, items) in m.principles_with_a1() {
        assert_eq!(items.len(), 3, "{}", p.id);
        for (k, i) in items.iter().enumerate() {
            assert_eq!(usize::from(i.number), k + 1, "{}", i.id);
        }
    }
    assert!(m.meti_v3.a1.iter().any(|i| i.id == "v3.a1.p2-1"));
}

#[test]
fn a2_has_40_items_split_by_direction() {
    let m = loaded();
    assert_eq!(m.meti_v3.a2.len(), 40);
    let split: Vec<usize> = m
        .directions_with_a2()
        .iter()
        .map(|(_, i)| i.len())
        .collect();
    assert_eq!(split, [3, 3, 5, 3, 10, 4, 5, 2, 3, 2]);
    for (d, items) in m.directions_with_a2() {
        for (k, i) in items.iter().enumerate() {
            assert_eq!(i.id.as_str(), format!("v3.a2.{}-{}", d.number, k + 1));
        }
    }
}

#[test]
fn a2_csf11_ids_resolve_and_typo_is_flagged() {
    let m = loaded();
    for i in &m.meti_v3.a2 {
        for r in &i.csf11 {
            assert!(
                m.csf_contains(CsfVersionTag::V1_1, r.as_str()),
                "{}: CSF 1.1 {r}",
                i.id
            );
        }
    }
    let six3 = m
        .meti_v3
        .a2
        .iter()
        .find(|i| i.id == "v3.a2.6-3")
        .expect("6-3");
    assert!(six3.csf11_printed.contains("RP.PT-1"), "printed typo kept");
    assert!(six3.csf11.contains(&CsfRef::from("PR.PT-1")));
    assert_eq!(six3.csf11_corrections.len(), 1);
    assert_eq!(six3.csf11_corrections[0].printed, "RP.PT-1");
    // Ranges are expanded; category-only IDs stay categories.
    let three3 = m
        .meti_v3
        .a2
        .iter()
        .find(|i| i.id == "v3.a2.3-3")
        .expect("3-3");
    assert_eq!(three3.csf11.len(), 5);
    let two1 = m
        .meti_v3
        .a2
        .iter()
        .find(|i| i.id == "v3.a2.2-1")
        .expect("2-1");
    assert!(!two1.csf11[0].is_subcategory());
}

#[test]
fn appendix_d_refs_are_well_formed() {
    let m = loaded();
    for d in m.directions() {
        let row = m
            .appendix_d(d.id.as_str())
            .unwrap_or_else(|| panic!("{}: no 付録D row", d.id));
        for c in &row.csf11 {
            assert!(
                m.csf_category(CsfVersionTag::V1_1, c.as_str()).is_some(),
                "{}: {c}",
                row.id
            );
        }
        for c in &row.cis_v8 {
            let n: u32 = c
                .as_str()
                .trim_start_matches("CIS ")
                .split('.')
                .next()
                .and_then(|s| s.parse().ok())
                .unwrap_or(0);
            assert!(
                c.as_str().starts_with("CIS ") && (1..=18).contains(&n),
                "{}: {c}",
                row.id
            );
        }
    }
    let d5 = m.appendix_d("v3.d5").expect("d5");
    assert!(d5.cis_v8.iter().any(|c| c == "CIS 16"));
    assert!(d5.iso27002.iter().any(|c| c == "5.13") && d5.iso27002.iter().any(|c| c == "5.18"));
}

#[test]
fn csf_versions_have_the_right_shape() {
    let m = loaded();
    let v11 = m.csf(CsfVersionTag::V1_1).expect("1.1");
    assert_eq!((v11.functions.len(), v11.categories.len()), (5, 23));
    let subs: usize = v11
        .categories
        .iter()
        .map(|c| usize::from(c.subcategory_count.unwrap_or(0)))
        .sum();
    assert_eq!(subs, 108);
    assert_eq!(v11.subcategories("PR.IP").len(), 12);
    assert!(v11.contains("PR.IP-12") && !v11.contains("PR.IP-13") && !v11.contains("PR.IP-0"));
    let v20 = m.csf(CsfVersionTag::V2_0).expect("2.0");
    assert_eq!((v20.functions.len(), v20.categories.len()), (6, 22));
    assert!(v20.contains("GV.SC") && !v20.contains("ID.GV"));
    assert_eq!(m.csf.map_11_to_20.len(), 23);
}

#[test]
fn crosswalk_covers_directions_a2_and_self_check_and_is_unofficial() {
    let m = loaded();
    let items = m
        .directions()
        .iter()
        .map(|d| &d.id)
        .chain(m.meti_v3.a2.iter().map(|i| &i.id))
        .chain(m.sme.self_check.items.iter().map(|i| &i.id));
    for id in items {
        let e = m
            .crosswalk(id.as_str())
            .unwrap_or_else(|| panic!("{id}: no crosswalk"));
        assert!(!e.official, "{id}: crosswalk must be official: false");
        for c in &e.csf20 {
            assert!(
                m.csf_category(CsfVersionTag::V2_0, c.as_str()).is_some(),
                "{id}: CSF 2.0 {c}"
            );
        }
    }
    assert_eq!(m.crosswalk.entries.len(), 10 + 40 + 25);
    assert!(m.csf.map_11_to_20.iter().all(|r| !r.official));
}

#[test]
fn maturity_and_exec_scale_are_unofficial() {
    let m = loaded();
    let levels: Vec<_> = m
        .maturity_levels()
        .iter()
        .map(|l| (l.level, l.nist_tier))
        .collect();
    assert_eq!(
        levels,
        [
            (0, None),
            (1, Some(1)),
            (2, Some(2)),
            (3, Some(3)),
            (4, Some(4))
        ]
    );
    for l in m.maturity_levels() {
        assert!(!l.official, "{}", l.id);
    }
    let exec = m.exec_scale();
    assert!(!exec.official);
    let pts: Vec<_> = exec.options.iter().map(|o| o.points).collect();
    assert_eq!(pts, [Some(4), Some(2), Some(0), Some(0), None]);
    assert_eq!(
        exec.option(AnswerKind::NotApplicable)
            .map(|o| o.label.unmarked(Lang::Ja)),
        Some("該当しない")
    );
}

#[test]
fn sme_counts_scale_and_bands() {
    let m = loaded();
    assert_eq!(m.sme.principles.len(), 3);
    assert_eq!(m.actions().len(), 7);
    assert_eq!(m.articles().len(), 5);
    assert_eq!(m.stages().len(), 4);
    assert_eq!(m.policy_headings().len(), 5);
    let parts: Vec<Vec<u8>> = m
        .self_check_parts()
        .iter()
        .map(|(_, i)| i.iter().map(|x| x.number).collect())
        .collect();
    assert_eq!(
        parts,
        [
            (1..=5).collect::<Vec<u8>>(),
            (6..=18).collect(),
            (19..=25).collect()
        ]
    );
    for a in m.articles() {
        assert!(
            m.self_check_item(a.self_check.as_str()).is_some(),
            "{}",
            a.id
        );
    }

    let scale = m.sme_scale();
    assert!(scale.official);
    let got: Vec<_> = scale
        .options
        .iter()
        .map(|o| {
            let l = o.label.official().expect("the SME options are IPA's");
            (l.ja.as_str(), l.en.as_str(), o.points)
        })
        .collect();
    assert_eq!(
        got,
        [
            ("実施している", "Implemented", Some(4)),
            ("一部実施している", "Partially implemented", Some(2)),
            ("実施していない", "Not implemented", Some(0)),
            ("わからない", "Don't know", Some(-1)),
        ]
    );

    for score in -25..=100 {
        let n = m
            .sme
            .self_check
            .bands
            .iter()
            .filter(|b| b.contains(score))
            .count();
        assert_eq!(n, 1, "score {score} is in {n} bands");
    }
    let band = |s| m.band_for(s).map(|b| b.id.as_str());
    assert_eq!(band(100), Some("sc.band.100"));
    assert_eq!(band(99), Some("sc.band.70"));
    assert_eq!(band(70), Some("sc.band.70"));
    assert_eq!(band(69), Some("sc.band.50"));
    assert_eq!(band(50), Some("sc.band.50"));
    assert_eq!(band(49), Some("sc.band.low"));
    assert_eq!(band(-25), Some("sc.band.low"));
    assert_eq!(band(-26), None);
    assert_eq!(band(101), None);
}

#[test]
fn security_action_lineage_incident_context() {
    let m = loaded();
    let star: Vec<_> = m.sa_levels().iter().map(|l| l.stars).collect();
    assert_eq!(star, [1, 2]);
    assert_eq!(m.sa_criteria("sa.star1").count(), 1);
    assert_eq!(m.sa_criteria("sa.star2").count(), 3);

    let added: Vec<_> = m
        .lineage(LineageStep::V11ToV2)
        .filter(|r| r.kinds.contains(&model::ChangeKind::Added))
        .flat_map(|r| r.to.iter().map(|t| t.as_str()))
        .collect();
    assert_eq!(added, ["v2.d5", "v2.d8"]);
    assert!(m
        .lineage(LineageStep::V11ToV2)
        .any(|r| r.kinds.contains(&model::ChangeKind::Merged)));
    assert_eq!(m.lineage(LineageStep::V2ToV3).count(), 10);

    let official = m.incident_fields().iter().filter(|f| f.official()).count();
    assert_eq!(official, 8);
    assert!(m.incident_fields().iter().any(|f| !f.official()));

    assert!(m
        .context()
        .iter()
        .any(|c| c.text.ja.contains("6割") && c.sources.iter().any(|s| s.src == "S0")));
}

#[test]
fn ids_are_unique_and_every_entry_is_sourced_and_bilingual() {
    let m = loaded();
    let v = as_value(&m);
    let mut seen = HashSet::new();
    let mut problems = Vec::new();
    walk(&v, "model", &mut |owner, o| {
        if let Some(id) = o.get("id").and_then(Value::as_str) {
            if !seen.insert(id.to_owned()) {
                problems.push(format!("{id}: duplicate"));
            }
        }
        if o.contains_key("confidence") {
            let ok = o
                .get("sources")
                .and_then(Value::as_array)
                .is_some_and(|a| !a.is_empty());
            if !ok {
                problems.push(format!("{owner}: no source"));
            }
            for s in o
                .get("sources")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let src = s.get("src").and_then(Value::as_str).unwrap_or("");
                if m.source(src).is_none() {
                    problems.push(format!("{owner}: unknown source {src}"));
                }
            }
        }
        if o.len() == 2 && o.contains_key("ja") && o.contains_key("en") {
            for k in ["ja", "en"] {
                if o[k].as_str().is_none_or(|s| s.trim().is_empty()) {
                    problems.push(format!("{owner}: empty {k}"));
                }
            }
        }
    });
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(seen.len() > 300, "walk saw {} IDs", seen.len());
}

#[test]
fn current_layout_matches_the_model_order() {
    let m = loaded();
    assert_eq!(m.model_rev(), 1);
    let stored = m.answerable(m.model_rev()).expect("current layout");
    assert_eq!(stored, &m.actual_layout());
    let lens = (
        stored.a1.len(),
        stored.a2.len(),
        stored.self_check.len(),
        stored.articles.len(),
        stored.actions.len(),
        stored.directions.len(),
    );
    assert_eq!(lens, (9, 40, 25, 5, 7, 10));
    assert_eq!(ids(stored.a1.iter()).first(), Some(&"v3.a1.p1-1"));
    assert_eq!(stored.all().count(), 96);
    assert!(m.answerable(0).is_none() && m.answerable(2).is_none());
}

#[test]
fn text_get_and_gaps() {
    let m = loaded();
    let d1 = &m.directions()[0];
    assert_eq!(d1.label.get(Lang::Ja), "指示1");
    assert_eq!(d1.label.get(Lang::En), "Direction 1");
    assert!(m
        .gaps()
        .iter()
        .all(|g| g.confidence == model::Confidence::U));
    assert!(m.gaps().iter().any(|g| g.id == "gap.tool-scale"));
}

#[test]
fn model_module_is_pure() {
    for (name, src) in [
        ("mod.rs", include_str!("../src/model/mod.rs")),
        ("types.rs", include_str!("../src/model/types.rs")),
        ("validate.rs", include_str!("../src/model/validate.rs")),
    ] {
        for banned in ["yew", "web_sys", "gloo", "wasm_bindgen"] {
            let uses = src
                .lines()
                .any(|l| l.trim_start().starts_with("use ") && l.contains(banned));
            assert!(!uses, "{name} imports {banned}");
        }
    }
}

// ------------------------------------------------------------------ corrupted data must fail

fn errors_of(m: &Model) -> Vec<String> {
    model::validate(m).iter().map(ToString::to_string).collect()
}

fn assert_names(errors: &[String], id: &str) {
    assert!(
        errors.iter().any(|e| e.contains(id)),
        "no error names {id}: {errors:#?}"
    );
}

#[test]
fn duplicate_id_is_reported() {
    let mut m = loaded();
    m.sme.self_check.items[7].id = model::Id::from("sc.07");
    let errs = model::validate(&m);
    assert!(
        errs.contains(&ModelError::DuplicateId { id: "sc.07".into() }),
        "{errs:#?}"
    );
}

#[test]
fn missing_english_text_is_reported() {
    let mut m = loaded();
    m.sme.self_check.items[6].why.en = String::new();
    let errs = model::validate(&m);
    assert!(
        errs.iter().any(|e| matches!(e, ModelError::EmptyText { id, field, lang: Lang::En } if id == "sc.07" && field == "why")),
        "{errs:#?}"
    );
}

#[test]
fn dangling_csf_ref_is_reported() {
    let mut m = loaded();
    let i = m
        .meti_v3
        .a2
        .iter()
        .position(|i| i.id == "v3.a2.5-3")
        .expect("5-3");
    m.meti_v3.a2[i].csf11.push(CsfRef::from("PR.IP-99"));
    let errs = errors_of(&m);
    assert_names(&errs, "v3.a2.5-3");
    assert_names(&errs, "PR.IP-99");

    let mut m = loaded();
    m.crosswalk.entries[0].csf20.push(CsfRef::from("ID.GV"));
    assert_names(&errors_of(&m), "crosswalk v3.d1");
}

#[test]
fn unknown_json_field_fails_parsing_naming_the_file() {
    let bad =
        DataFiles::BUILTIN
            .sme
            .replacen("\"number\": 7,", "\"number\": 7, \"colour\": \"red\",", 1);
    assert_ne!(bad, DataFiles::BUILTIN.sme, "replacement applied");
    let files = DataFiles {
        sme: &bad,
        ..DataFiles::BUILTIN
    };
    let errs = model::load_from(&files).expect_err("must fail");
    let text: Vec<String> = errs.iter().map(ToString::to_string).collect();
    assert_names(&text, "sme.json");
    assert_names(&text, "colour");
}

#[test]
fn broken_references_formats_and_flags_are_reported() {
    let mut m = loaded();
    m.meti_v3.a2[0].sources.clear();
    m.meti_v3.a1[0].sources[0].src = model::SourceId::from("S999");
    m.meti_v3.appendix_d[4]
        .cis_v8
        .push(model::CisRef::from("CIS 19"));
    m.meti_v3.appendix_d[4]
        .iso27002
        .push(model::IsoRef::from("5.38"));
    m.meti_v3.appendix_d[0]
        .iso27001
        .push(model::IsoRef::from("11.1"));
    m.meti_history.lineage[0].to = vec![model::Id::from("v3.d1")];
    m.crosswalk.entries[3].official = true;
    m.scales.maturity[2].official = true;
    m.security_action.criteria[0]
        .links
        .push(model::Id::from("sme.art9"));
    m.sme.self_check.bands[1].min = 71;
    let errs = errors_of(&m);
    for needle in [
        "v3.a2.1-1: no source",
        "S999",
        "CIS 19",
        "5.38",
        "11.1",
        "ln.a1",
        "crosswalk v3.d4",
        "mat.2",
        "sme.art9",
        "score 70",
    ] {
        assert_names(&errs, needle);
    }
    assert!(
        errs.len() >= 10,
        "every problem is reported at once: {errs:#?}"
    );
}

#[test]
fn wrong_counts_and_stale_layout_are_reported() {
    let mut m = loaded();
    m.meti_v3.a2.remove(4); // drops v3.a2.2-2
    let errs = errors_of(&m);
    assert_names(&errs, "A-2 items of v3.d2: expected 3, found 2");
    assert_names(&errs, "v3.a2.2-3");

    let mut m = loaded();
    m.sme.self_check.items.swap(0, 1);
    let errs = errors_of(&m);
    assert_names(&errs, "sc.02");
    assert!(
        errs.iter().any(|e| e.contains("bump model_rev")),
        "{errs:#?}"
    );
}

// ------------------------------------------------------------------ official text vs Shindan's

#[test]
fn the_validator_rejects_an_official_text_without_source_or_section() {
    // No section.
    let mut m = loaded();
    m.sme.self_check.items[2].question.at = "  ".into();
    let errs = model::validate(&m);
    assert!(
        errs.iter().any(|e| matches!(e, ModelError::OfficialWithoutSource { id, field } if id == "sc.03" && field == "question")),
        "{errs:#?}"
    );
    // Citing Shindan itself as the source of an official text.
    let mut m = loaded();
    m.meti_v3.a1[0].text.src = model::SourceId::from("SHINDAN");
    assert_names(&errors_of(&m), "v3.a1.p1-1: official text `text`");
    // No source at all (an empty ID).
    let mut m = loaded();
    m.sme.actions[0].title.src = model::SourceId::from("");
    assert_names(&errors_of(&m), "sme.act1: official text `title`");
    // A restated meaning cannot claim an official English.
    let mut m = loaded();
    m.sme.self_check.items[0].question.wording = model::Wording::Meaning;
    assert_names(&errors_of(&m), "sc.01: `question` restates the meaning");
}

/// The classes of defect the second fidelity audit found, each made once on purpose: the
/// validator names the entry and what is wrong.
#[test]
fn the_validator_rejects_claims_no_cited_source_backs() {
    // A verbatim Japanese wording whose only cited source is an English edition.
    let mut m = loaded();
    let st = &mut m.sme.stages[1];
    st.chapter_title.wording = model::Wording::Verbatim;
    assert_names(
        &errors_of(&m),
        "sme.stage2: `chapter_title` claims the Japanese wording verbatim, but no cited source holds Japanese",
    );
    // IPA's provisional English claimed by a text that does not cite that translation.
    let mut m = loaded();
    let it = &mut m.sme.self_check.items[4];
    it.sources.retain(|s| s.src.as_str() != "T8");
    assert_names(
        &errors_of(&m),
        "sc.05: `question` claims IPA's provisional English, but does not cite that translation",
    );
    // The publisher's English claimed where only Japanese sources are cited.
    let mut m = loaded();
    let d = &mut m.meti_v3.guideline.directions[0];
    d.sources.retain(|s| s.src.as_str() != "T1");
    d.title.src = model::SourceId::from("S1");
    assert_names(
        &errors_of(&m),
        "v3.d1: `title` claims the publisher's English, but no cited source holds it",
    );
    // An official text resting on a weak source.
    let mut m = loaded();
    m.security_action.facts[0].text.src = model::SourceId::from("S20");
    assert_names(&errors_of(&m), "rests on a weak source (S20)");
}

#[test]
fn the_validator_accepts_a_shindan_text_without_any_source() {
    let mut m = loaded();
    // Shindan's own words carry no source by design: the type has no field for one.
    m.sme.self_check.items[0].why = model::Own {
        ja: "Shindan の説明".into(),
        en: "Shindan's note".into(),
    };
    m.sme.self_check.bands[0].advice = model::Own {
        ja: "Shindan の助言".into(),
        en: "Shindan's advice".into(),
    };
    assert!(model::validate(&m).is_empty());
}

/// Every `{ja, en}` text in the SME, SECURITY ACTION and METI data has a provenance: an
/// official text with a known source and a section, or Shindan's own (`Own`, no source fields).
#[test]
fn every_visible_sme_and_meti_text_has_a_provenance() {
    let m = loaded();
    let sources: HashSet<&str> = m.sources.sources.iter().map(|s| s.id.as_str()).collect();
    let mut official = 0;
    let mut own = 0;
    for (file, value) in [
        ("sme.json", serde_json::to_value(&m.sme).expect("ser")),
        (
            "meti_v3.json",
            serde_json::to_value(&m.meti_v3).expect("ser"),
        ),
        (
            "meti_history.json",
            serde_json::to_value(&m.meti_history).expect("ser"),
        ),
        (
            "security_action.json",
            serde_json::to_value(&m.security_action).expect("ser"),
        ),
        (
            "incident.json",
            serde_json::to_value(&m.incident).expect("ser"),
        ),
    ] {
        walk(&value, file, &mut |owner, o| {
            if !(o.contains_key("ja") && o.contains_key("en")) {
                return;
            }
            let keys: HashSet<&str> = o.keys().map(String::as_str).collect();
            if keys == HashSet::from(["ja", "en"]) {
                own += 1;
                return;
            }
            assert_eq!(
                keys,
                HashSet::from(["ja", "en", "wording", "english", "src", "at"]),
                "{file} {owner}: a text is either official with its provenance or Shindan's"
            );
            let src = o["src"].as_str().unwrap_or("");
            let at = o["at"].as_str().unwrap_or("");
            assert!(
                sources.contains(src) && src != "SHINDAN",
                "{file} {owner}: source {src}"
            );
            assert!(!at.trim().is_empty(), "{file} {owner}: no section");
            official += 1;
        });
    }
    assert!(
        official > 300 && own > 100,
        "official {official}, own {own}"
    );

    // The audit's points, one by one (guideline-facts-3.md).
    let sc = &m.sme.self_check;
    for it in &sc.items {
        assert_eq!(it.question.wording, model::Wording::Verbatim, "{}", it.id);
        assert_eq!(
            it.question.english,
            model::English::IpaProvisional,
            "{}",
            it.id
        );
        assert!(
            it.question.at.contains(&format!("No.{}", it.number)),
            "{}",
            it.id
        );
    }
    assert!(
        sc.items[7].question.ja.contains("添付するファイル")
            && !sc.items[7].question.ja.contains("共有")
    );
    assert!(!sc.items[12].question.ja.contains("パソコン"));
    let bands: Vec<(&str, &str)> = sc
        .bands
        .iter()
        .map(|b| (b.status.ja.as_str(), b.next_step.ja.as_str()))
        .collect();
    assert_eq!(
        bands,
        [
            ("入門レベルのセキュリティ対策は達成", "さらに強化"),
            ("部分的な対策が不十分", "100点満点への挑戦"),
            ("対策が不十分", "低い項目から改善"),
            ("事故がいつ起きても不思議ではない", "早急に改善"),
        ]
    );
    assert!(sc
        .bands
        .iter()
        .all(|b| b.status.wording == model::Wording::Verbatim));
    let art3 = &m.articles()[2];
    assert!(art3
        .examples
        .iter()
        .any(|e| matches!(e, model::Said::Official(o) if o.ja.contains("10文字以上"))));
    assert!(art3
        .examples
        .iter()
        .any(|e| matches!(e, model::Said::Own(o) if o.ja.contains("多要素認証"))));
    let p23 = m
        .meti_v3
        .a1
        .iter()
        .find(|i| i.id == "v3.a1.p2-3")
        .expect("p2-3");
    assert!(p23.text.en.contains("perpetrator") && p23.text.ja.contains("加害者"));
    // Options Shindan added to the appendix's own fields are Shindan's.
    let f01 = &m.incident_fields()[0];
    let own_options: Vec<&str> = f01
        .options
        .iter()
        .filter(|o| matches!(o.label, model::Said::Own(_)))
        .map(|o| o.value.as_str())
        .collect();
    assert_eq!(own_options, ["data_leak", "other"]);
}

#[test]
fn ipa_english_is_used_where_it_exists() {
    let m = loaded();
    let ipa = model::English::IpaProvisional;
    let en: Vec<&str> = m
        .sme
        .principles
        .iter()
        .map(|p| p.title.en.as_str())
        .collect();
    assert_eq!(
        en,
        [
            "Information security measures should be driven by leadership from business owners",
            "Consider the information security measures of contractors",
            "Maintain ongoing communication with stakeholders regarding information security",
        ]
    );
    assert!(m.sme.principles.iter().all(|p| p.title.english == ipa));
    assert!(m.actions().iter().all(|a| a.title.english == ipa));
    assert_eq!(
        m.actions()[0].title.en,
        "Establish a company-wide policy on information security"
    );
    let parts: Vec<&str> = m
        .sme
        .self_check
        .parts
        .iter()
        .map(|p| p.title.en.as_str())
        .collect();
    assert_eq!(
        parts,
        [
            "Basic measures",
            "Employee measures",
            "Organizational measures"
        ]
    );
    for o in &m.sme_scale().options {
        assert!(matches!(&o.label, model::Said::Official(l) if l.english == ipa));
    }
    assert!(m.stages().iter().all(|s| s.chapter_title.english == ipa));
}

/// 第3.1版 "How to Use This Guideline": four stages = Part 2 chapters 2–5 with their sections;
/// the basic policy and the self-diagnosis are in the same stage, which ★★ declares.
#[test]
fn the_sme_path_has_the_four_stages_of_3_1() {
    let m = loaded();
    let stages: Vec<(u8, Vec<&str>)> = m
        .stages()
        .iter()
        .map(|s| {
            (
                s.chapter,
                s.sections.iter().map(model::Id::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        stages,
        [
            (2, vec!["sme.s2.1"]),
            (3, vec!["sme.s3.1", "sme.s3.2", "sme.s3.3"]),
            (
                4,
                vec!["sme.s4.1", "sme.s4.2", "sme.s4.3", "sme.s4.4", "sme.s4.5"]
            ),
            (
                5,
                vec![
                    "sme.s5.1", "sme.s5.2", "sme.s5.3", "sme.s5.4", "sme.s5.5", "sme.s5.6",
                    "sme.s5.7", "sme.s5.8"
                ]
            ),
        ]
    );
    let chapters: Vec<&str> = m
        .stages()
        .iter()
        .map(|s| s.chapter_title.ja.as_str())
        .collect();
    assert_eq!(
        chapters,
        [
            "できるところから始める",
            "組織的な取組を開始する",
            "本格的に取り組む",
            "より強固にするための方策"
        ]
    );
    assert_eq!(m.stage_for_star("sa.star1").map(|s| s.number), Some(1));
    assert_eq!(m.stage_for_star("sa.star2").map(|s| s.number), Some(2));
    let two = &m.stages()[1];
    assert!(
        two.links.iter().any(|l| l == "sc"),
        "the self-diagnosis is in stage 2"
    );
    assert!(
        two.links.iter().any(|l| l == "sme.policy1"),
        "the basic policy is in stage 2"
    );
    assert_eq!(
        m.section("sme.s3.1").map(|s| s.title.en.as_str()),
        Some("Establish and Communicate the Basic Information Security Policy")
    );
    // ★★'s criteria are stage 2's first two sections: the self-diagnosis and the policy.
    let criteria: Vec<&str> = m.sa_criteria("sa.star2").map(|c| c.id.as_str()).collect();
    assert_eq!(criteria, ["sa.2-1", "sa.2-2", "sa.2-3"]);
}

/// T8 Part 2, Table 2: each of the Seven Key Initiatives and the sections it corresponds to.
#[test]
fn the_seven_initiatives_map_to_their_sections_as_in_table_2() {
    let m = loaded();
    let got: Vec<Vec<&str>> = m
        .actions()
        .iter()
        .map(|a| a.sections.iter().map(model::Id::as_str).collect())
        .collect();
    let want: [&[&str]; 7] = [
        &["sme.s3.1"],
        &["sme.s4.1", "sme.s4.2"],
        &[
            "sme.s2.1", "sme.s3.2", "sme.s3.3", "sme.s4.3", "sme.s5.2", "sme.s5.3", "sme.s5.4",
            "sme.s5.6", "sme.s5.7", "sme.s5.8",
        ],
        &["sme.s4.5", "sme.s5.8"],
        &["sme.s4.1", "sme.s5.5"],
        &["sme.s4.4"],
        &["sme.s2.1", "sme.s5.1"],
    ];
    assert_eq!(got, want);
    // Every section of Part 2 chapters 2–5 is covered by at least one initiative.
    for s in &m.sme.sections {
        assert!(
            m.actions_for_section(s.id.as_str()).next().is_some(),
            "{}",
            s.id
        );
    }
}
