//! The Guidelines pages' view-models (`vm::guide*`): what the SME page, the NIST CSF page and
//! a 指示's page show, in Japanese and English — rows, lookups, cells as printed, where a
//! citation is shown once for a whole table, and which note about the wording a page needs.
#![allow(clippy::unwrap_used)]

use shindan_core::i18n::Msg;
use shindan_core::lang::Lang;
use shindan_core::model::{model, Confidence, English, Official, SourceId, SourceRef, Wording};
use shindan_core::vm::guide::{joined, points, shared_cite, wording_note};
use shindan_core::vm::guide_csf::{csf_guide, AppdCells};
use shindan_core::vm::guide_direction::direction_guide;
use shindan_core::vm::guide_sme::sme_guide;

fn official(wording: Wording, english: English) -> Official {
    Official {
        ja: "名".into(),
        en: "name".into(),
        wording,
        english,
        src: SourceId("T1".into()),
        at: "p.1".into(),
    }
}

fn cite(src: &str) -> Vec<SourceRef> {
    vec![SourceRef {
        src: SourceId(src.into()),
        at: None,
    }]
}

#[test]
fn a_citation_is_shared_only_when_every_row_cites_the_same() {
    let (a, b) = (cite("T1"), cite("T2"));
    assert_eq!(shared_cite(std::iter::empty()), None);
    let same = [(a.as_slice(), Confidence::H), (a.as_slice(), Confidence::H)];
    assert_eq!(
        shared_cite(same.into_iter()),
        Some((a.as_slice(), Confidence::H))
    );
    let other_source = [(a.as_slice(), Confidence::H), (b.as_slice(), Confidence::H)];
    assert_eq!(shared_cite(other_source.into_iter()), None);
    let other_confidence = [(a.as_slice(), Confidence::H), (a.as_slice(), Confidence::M)];
    assert_eq!(shared_cite(other_confidence.into_iter()), None);
}

#[test]
fn cells_join_or_say_none_and_points_print_a_minus_sign() {
    assert_eq!(joined::<String>(Lang::Ja, &[]), "なし");
    assert_eq!(joined::<String>(Lang::En, &[]), "none");
    assert_eq!(joined(Lang::En, &["ID.GV", "PR.AT"]), "ID.GV, PR.AT");
    assert_eq!(points(-25), "−25");
    assert_eq!(points(4), "4");
}

#[test]
fn the_wording_note_depends_on_the_language_and_the_names_shown() {
    let unconfirmed = official(Wording::JaUnconfirmed, English::Official);
    let provisional = official(Wording::Verbatim, English::IpaProvisional);
    let plain = official(Wording::Verbatim, English::Official);
    assert_eq!(
        wording_note(Lang::Ja, [&plain, &unconfirmed]),
        Some(Msg::GlJaUnconfirmedNote)
    );
    // IPA's provisional English is an English reader's note only.
    assert_eq!(wording_note(Lang::Ja, [&plain, &provisional]), None);
    assert_eq!(
        wording_note(Lang::En, [&plain, &provisional]),
        Some(Msg::GlIpaEnglishNote)
    );
    // A Japanese name Shindan could not confirm says nothing to an English reader.
    assert_eq!(wording_note(Lang::En, [&unconfirmed]), None);
    assert_eq!(wording_note(Lang::Ja, [&plain]), None);
}

#[test]
fn the_sme_page_notes_its_wording_in_each_language() {
    let m = model();
    assert_eq!(
        sme_guide(m, Lang::Ja).wording_note,
        Some(Msg::GlJaUnconfirmedNote)
    );
    assert_eq!(
        sme_guide(m, Lang::En).wording_note,
        Some(Msg::GlIpaEnglishNote)
    );
}

#[test]
fn the_sme_page_shows_every_initiative_stage_part_and_level() {
    let m = model();
    let g = sme_guide(m, Lang::Ja);
    assert_eq!(g.editions.len(), m.sme.editions.len());
    assert_eq!(g.principles.len(), 3);
    assert_eq!(g.actions.len(), 7);
    for row in &g.actions {
        // Every section an initiative names is found and shown, in its order.
        let ids: Vec<_> = row.sections.iter().map(|s| &s.id).collect();
        assert_eq!(
            ids,
            row.action.sections.iter().collect::<Vec<_>>(),
            "{}",
            row.action.id
        );
    }
    let stages: Vec<_> = g.stages.iter().map(|s| s.stage.id.as_str()).collect();
    assert_eq!(
        stages,
        ["sme.stage1", "sme.stage2", "sme.stage3", "sme.stage4"]
    );
    // Stages 1 and 2 are declared with ★ and ★★; 3 and 4 with none.
    let stars: Vec<_> = g.stages.iter().map(|s| s.star.map(|l| l.glyph())).collect();
    assert_eq!(stars, [Some("★"), Some("★★"), None, None]);
    // A section lists the initiatives it serves (表2), by number.
    let s21 = &g.stages[0].sections[0];
    assert_eq!(
        (s21.section.id.as_str(), s21.initiatives.as_str()),
        ("sme.s2.1", "3, 7")
    );
    let s58 = g.stages[3].sections.last().unwrap();
    assert_eq!(
        (s58.section.id.as_str(), s58.initiatives.as_str()),
        ("sme.s5.8", "3, 4")
    );

    let parts: Vec<_> = g
        .parts
        .iter()
        .map(|p| (p.anchor.as_str(), p.items.len()))
        .collect();
    assert_eq!(
        parts,
        [
            ("sme-sc-part1", 5),
            ("sme-sc-part2", 13),
            ("sme-sc-part3", 7)
        ]
    );
    let numbers: Vec<u8> = g
        .parts
        .iter()
        .flat_map(|p| p.items.iter().map(|i| i.number))
        .collect();
    assert_eq!(numbers, (1..=25).collect::<Vec<u8>>());

    let levels: Vec<_> = g
        .sa_levels
        .iter()
        .map(|l| (l.anchor.as_str(), l.criteria.len()))
        .collect();
    assert_eq!(levels, [("sme-sa-star1", 1), ("sme-sa-star2", 3)]);
    for l in &g.sa_levels {
        assert!(
            l.criteria.iter().all(|c| c.level == l.level.id),
            "{}",
            l.anchor
        );
    }
    assert_eq!(g.security_action.facts.len(), m.security_action.facts.len());
}

#[test]
fn the_self_check_prints_points_and_bands_as_the_sheet_does() {
    let m = model();
    let g = sme_guide(m, Lang::Ja);
    assert_eq!(g.scale_points, ["4", "2", "0", "−1"]);
    let bands: Vec<_> = g
        .bands
        .iter()
        .map(|b| (b.band.id.as_str(), b.range.as_str()))
        .collect();
    assert_eq!(
        bands,
        [
            ("sc.band.100", "100"),
            ("sc.band.70", "70–99"),
            ("sc.band.50", "50–69"),
            ("sc.band.low", "−25–49"),
        ]
    );
    // The items cite their own pages, so each shows its citation; the bands share one, shown
    // once under the table.
    assert_eq!(g.items_cite, None);
    let b = &m.sme.self_check.bands[0];
    assert_eq!(g.bands_cite, Some((b.sources.as_slice(), b.confidence)));
}

#[test]
fn the_csf_page_lists_both_versions_and_notes_japanese_names_in_japanese_only() {
    let m = model();
    let ja = csf_guide(m, Lang::Ja);
    let en = csf_guide(m, Lang::En);
    let v: Vec<_> = ja
        .versions
        .iter()
        .map(|v| {
            (
                v.tag,
                v.anchor.as_str(),
                v.caption.as_str(),
                v.categories.len(),
            )
        })
        .collect();
    assert_eq!(
        v,
        [
            ("1.1", "csf-1-1", "CSF 1.1 の機能とカテゴリ", 23),
            ("2.0", "csf-2-0", "CSF 2.0 の機能とカテゴリ", 22),
        ]
    );
    assert_eq!(
        en.versions[1].caption,
        "Functions and categories of CSF 2.0"
    );
    assert!(ja.versions.iter().all(|v| v.ja_names_note));
    assert!(en.versions.iter().all(|v| !v.ja_names_note));
    // Each category is shown with its function's name in the reader's language.
    let v2 = &en.versions[1];
    let gv_oc = v2
        .categories
        .iter()
        .find(|c| c.category.code.as_str() == "GV.OC")
        .unwrap();
    assert_eq!(gv_oc.function, v2.version.function("GV").unwrap().name.en);
}

#[test]
fn the_csf_page_maps_every_direction_and_cites_tables_once() {
    let m = model();
    let g = csf_guide(m, Lang::Ja);
    assert_eq!(g.appd.len(), 10);
    assert_eq!(
        g.appd[2].cells,
        Some(AppdCells {
            csf11: "ID.AM, PR.AT".into(),
            cis: "CIS 14".into(),
            iso27001: "7.1, 7.2".into(),
            iso27002: "なし".into(),
        })
    );
    // 付録D prints a bare theme number as it is on this page.
    assert!(g.appd[4]
        .cells
        .as_ref()
        .unwrap()
        .iso27002
        .ends_with("6, 7, 8"));
    let first = &m.meti_v3.appendix_d[0];
    assert_eq!(
        g.appd_cite,
        Some((first.sources.as_slice(), first.confidence))
    );
    let cw: Vec<_> = g.crosswalk.iter().map(|r| r.codes.as_str()).collect();
    assert_eq!(cw[0], "GV.OC, GV.PO, GV.RM");
    assert_eq!(cw[8], "GV.SC");
    assert!(g.crosswalk.iter().all(|r| r.entry.is_some()));
    assert!(g.crosswalk_cite.is_some());
    assert_eq!(g.map.len(), m.csf.map_11_to_20.len());
    // One shared citation: the map has no source column.
    assert!(g.map_cite.is_some());
    let tiers: Vec<_> = g.maturity.iter().map(|r| r.tier.as_str()).collect();
    assert_eq!(tiers, ["—", "Tier 1", "Tier 2", "Tier 3", "Tier 4"]);
    // The executive scale has no negative points; 該当しない (not applicable) is excluded.
    assert_eq!(g.scale_points, ["4", "2", "0", "0", "採点対象外"]);
    assert_eq!(csf_guide(m, Lang::En).scale_points[4], "excluded");
}

#[test]
fn a_direction_page_exists_for_1_to_10_only() {
    let m = model();
    assert!(direction_guide(m, Lang::Ja, 0).is_none());
    assert!(direction_guide(m, Lang::Ja, 11).is_none());
    for n in 1..=10 {
        let d = direction_guide(m, Lang::Ja, n).unwrap();
        assert_eq!(d.direction.number, n);
        assert_eq!(d.prev.map(|p| p.number), (n > 1).then(|| n - 1));
        assert_eq!(d.next.map(|x| x.number), (n < 10).then(|| n + 1));
    }
}

#[test]
fn a_direction_page_numbers_its_check_points_and_names_their_categories() {
    let m = model();
    let ja = direction_guide(m, Lang::Ja, 3).unwrap();
    let en = direction_guide(m, Lang::En, 3).unwrap();
    let numbers: Vec<_> = ja.a2.iter().map(|r| r.number.as_str()).collect();
    assert_eq!(numbers, ["3-1", "3-2", "3-3", "3-4", "3-5"]);
    assert_eq!(ja.a2_caption, "付録A-2 チェック項目（実務者） — 指示3");
    assert_eq!(
        en.a2_caption,
        "Appendix A-2 check items (for practitioners) — Direction 3"
    );
    // Only an English reader gets the official Japanese title under the heading.
    assert!(!ja.other_lang_title);
    assert!(en.other_lang_title);
    assert_eq!(ja.group.map(|g| g.id.as_str()), Some("v3.g1"));
    assert!(ja.a2.iter().all(|r| r.csf20.is_some()));
    let (_, names) = ja.crosswalk.as_ref().unwrap();
    let names: Vec<_> = names.iter().map(|c| (c.code, c.name.as_str())).collect();
    assert_eq!(
        names,
        [
            ("GV.RR", "役割、責任、権限"),
            ("PR.AT", "意識向上およびトレーニング")
        ]
    );
    let (_, en_names) = en.crosswalk.as_ref().unwrap();
    assert_eq!(en_names[1].name, "Awareness and Training");
    // The A-2 items share one citation.
    assert!(ja.a2_cite.is_some());
}

#[test]
fn a_direction_page_says_when_a_theme_is_meant_whole() {
    let m = model();
    let ja = direction_guide(m, Lang::Ja, 5).unwrap();
    let (_, cells) = ja.appd.as_ref().unwrap();
    assert!(
        cells
            .iso27002
            .ends_with("6 (テーマ全体), 7 (テーマ全体), 8 (テーマ全体)"),
        "{}",
        cells.iso27002
    );
    assert!(cells.iso27002.starts_with("5.13, "));
    let en = direction_guide(m, Lang::En, 3).unwrap();
    assert_eq!(en.appd.as_ref().unwrap().1.iso27002, "none");
}
