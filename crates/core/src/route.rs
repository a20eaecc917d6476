//! The app's routes and the hash-fragment grammar. Pure: no browser APIs.
//!
//! Routing lives entirely in the URL fragment (`#/…`), so the built `dist/` works from any
//! static host and any sub-path without server rewrites, and nothing after `#` ever reaches a
//! server. [`Route::PAGES`] is the one list of pages; the e2e suite iterates it (through
//! `tests/e2e/routes.json`, which a native test keeps in sync).

use std::borrow::Cow;

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// Start page: what Shindan is and where to begin.
    Home,
    /// The guideline model, overview of every framework.
    Guidelines,
    /// METI Ver3.0: principles, groups, 指示1–10 with their check items.
    GuidelinesMeti,
    /// One 指示 (1–10) in detail.
    GuidelinesDirection(u8),
    /// Ver1.1 → Ver2.0 → Ver3.0 lineage table.
    GuidelinesHistory,
    /// NIST CSF correspondence (official and Shindan's own).
    GuidelinesCsf,
    /// IPA SME guidelines: step-up path, 5 articles, 25 items, SECURITY ACTION.
    GuidelinesSme,
    /// Appendix C incident-record fields.
    GuidelinesIncident,
    /// Sources and editions of every document in the model.
    GuidelinesSources,
    /// SME step-up path assessment.
    Sme,
    /// The SME path opened at one of its steps (`#/sme/stage2`, `#/sme/policy`, …): the screen
    /// that holds the step, scrolled to it. Only the names in [`Route::SME_STEPS`].
    SmeAt(&'static str),
    /// One of the 25 self-diagnosis items by its number (`#/sme/item/18`): its stage's screen,
    /// with the item focused.
    SmeItem(u8),
    /// Executive assessment (METI Ver3.0).
    Executive,
    /// Results of the current assessment.
    Results,
    /// One-page executive summary of the current assessment, for print / PDF.
    Report,
    /// Detailed report: every item with its answer, tier, note and suggested action.
    ReportDetail,
    /// The action plan (owner, due date, status) built from the gap list.
    Plan,
    /// Incident records (付録C), kept apart from assessments.
    Incidents,
    /// The user's saved assessments.
    Assessments,
    /// The supply-chain view: requests to partners, their responses, the overview.
    Partners,
    /// The SCS ★3/★4 self-assessment from the user's own copy of IPA's workbook: open the file,
    /// the progress and result of each level, hand-over (the answered workbook, CSV).
    Scs,
    /// The 81 ★3 criteria to assess, by category.
    ScsStar3,
    /// The criteria ★4 adds (72), by category.
    ScsStar4,
    /// The one-page ★3 readiness summary, for print.
    ScsSummary,
    /// What is stored where; delete all data.
    Privacy,
    /// A result shared by link: `#/r/<payload>` (the payload never reaches a server). An empty
    /// payload is the address left after the app removed the data (`#/r`). `Cow` so that
    /// [`Route::examples`] can hold a real example payload as a constant.
    Shared(Cow<'static, str>),
    /// A partner's view of a supply-chain request: `#/ask/<payload>` (the format is
    /// `crate::supply::request`). An empty payload is the address left after the page read the
    /// request and removed it from the address bar (`#/ask`).
    Ask(Cow<'static, str>),
    /// Anything else: a friendly not-found page that keeps the requested path.
    NotFound(String),
}

impl Route {
    /// Every page at a fixed address, once, in navigation order: the route, its path (after
    /// `#/`), the section the navigation marks for it, and whether the first-screen build shows
    /// it itself. [`Route::parse`], [`Route::to_hash`], [`Route::section`],
    /// [`Route::on_first_screen`] and [`Route::examples`] (hence the e2e suite's route list and
    /// the loader's list, generated or checked from it) all read this table; only the pages
    /// with a parameter (a 指示, an SME step or item, a link's payload) are written out in them.
    pub const PAGES: &'static [(Route, &'static str, Option<Section>, bool)] = &[
        (Route::Home, "", None, true),
        (
            Route::Guidelines,
            "guidelines",
            Some(Section::Guidelines),
            false,
        ),
        (
            Route::GuidelinesMeti,
            "guidelines/meti",
            Some(Section::Guidelines),
            false,
        ),
        (
            Route::GuidelinesHistory,
            "guidelines/history",
            Some(Section::Guidelines),
            false,
        ),
        (
            Route::GuidelinesCsf,
            "guidelines/csf",
            Some(Section::Guidelines),
            false,
        ),
        (
            Route::GuidelinesSme,
            "guidelines/sme",
            Some(Section::Guidelines),
            false,
        ),
        (
            Route::GuidelinesIncident,
            "guidelines/incident",
            Some(Section::Guidelines),
            false,
        ),
        (
            Route::GuidelinesSources,
            "guidelines/sources",
            Some(Section::Guidelines),
            false,
        ),
        (Route::Sme, "sme", Some(Section::Sme), true),
        (
            Route::Executive,
            "executive",
            Some(Section::Executive),
            true,
        ),
        (Route::Results, "results", Some(Section::Results), false),
        (Route::Report, "report", Some(Section::Results), false),
        (
            Route::ReportDetail,
            "report/detail",
            Some(Section::Results),
            false,
        ),
        (Route::Plan, "plan", Some(Section::Results), false),
        (Route::Incidents, "incidents", Some(Section::Results), false),
        (
            Route::Assessments,
            "assessments",
            Some(Section::Assessments),
            false,
        ),
        (Route::Partners, "partners", Some(Section::Partners), false),
        (Route::Scs, "scs", Some(Section::Partners), false),
        (Route::ScsStar3, "scs/star3", Some(Section::Partners), false),
        (Route::ScsStar4, "scs/star4", Some(Section::Partners), false),
        (
            Route::ScsSummary,
            "scs/summary",
            Some(Section::Partners),
            false,
        ),
        (Route::Privacy, "privacy", None, false),
    ];

    /// The first screen, declared once: the pages the first-screen build shows itself (beside
    /// not-found) and, for each, what the build makes for it. From this table come
    /// [`Route::on_first_screen`] (hence the loader's `FIRST` list, `tests/boot_loader.rs`),
    /// the pages the build renders on the server and the first screen hydrates (the web app's
    /// `ssr::captures`), the cut of their first screenful, and the model texts the first
    /// screen's model blob keeps (`crates/modelgen` reads this file). `PAGES`' last column
    /// must say the same (a native test names any difference).
    pub const FIRST_SCREEN: &'static [FirstPage] = &[
        FirstPage {
            route: Route::Home,
            block: "home",
            keep: None,
            model_texts: &["sources"],
        },
        FirstPage {
            route: Route::Sme,
            block: "sme",
            keep: Some(5),
            model_texts: &["sme", "security_action", "scales"],
        },
        FirstPage {
            route: Route::Executive,
            block: "executive",
            keep: Some(7),
            model_texts: &[
                "scales",
                "meti_v3.guideline.principles.title",
                "meti_v3.guideline.directions.label",
                "meti_v3.guideline.directions.title",
                "meti_v3.a1.text",
                "meti_v3.a2.text",
            ],
        },
    ];

    /// This page's row of [`Route::FIRST_SCREEN`], if it is one of the first screen's pages.
    pub fn first_page(&self) -> Option<&'static FirstPage> {
        Route::FIRST_SCREEN.iter().find(|p| &p.route == self)
    }

    /// One concrete instance of every page, in navigation order: each of [`Route::PAGES`],
    /// with one example of each page that takes a parameter after its parent. The e2e suite
    /// visits each (`tests/e2e/routes.json`, which a native test keeps equal to this).
    pub fn examples() -> Vec<Route> {
        let mut v = Vec::new();
        for (r, _, _, _) in Route::PAGES {
            v.push(r.clone());
            match r {
                Route::GuidelinesMeti => v.push(Route::GuidelinesDirection(1)),
                Route::Sme => v.extend([Route::SmeAt("stage2"), Route::SmeItem(18)]),
                _ => {}
            }
        }
        v.push(Route::Shared(Cow::Borrowed(Route::SHARED_EXAMPLE)));
        v.push(Route::Ask(Cow::Borrowed(Route::ASK_EXAMPLE)));
        v
    }

    /// A valid share payload (model rev 1: 25 self-check items, 5 articles, 40 A-2 items and
    /// 10 tier pairs), so the e2e route list renders a real shared result. A native test keeps
    /// it decodable.
    pub const SHARED_EXAMPLE: &'static str = "AQEuaRsBzj2FsflgOVDkmGCiA3NXT2vKEwwAfm-eiTdx0Os";

    /// A valid request link's payload: the golden request of `tests/supply.rs` (株式会社サンプル
    /// 製作所, both scopes, due 2026-03-31), so the e2e route list renders a real request. A
    /// native test keeps it decodable.
    pub const ASK_EXAMPLE: &'static str = "AaChoqOkpaanqKmqq6ytrq8EAhfmF_C2RDkoJ4-WmZ5pojpPLBUr321s32bluAKC1O0ZSn3ry5dxLS3aPKhaqHZaVvRfx1hZllLyiXxlMG5XlAPAoAEtaCpfD08aeT4wtTDzMNcw64j9T1xiQEjoqr_pgZTpg6gg5bGx55SwICh5YW1hZGFAZXhhbXBsZS5qcCnJAVPWXxVX-mcsWVF9BDBuiYt29DBXMGtPNDBEMAFZ1IoXUUgwbmDFWDEwuzCtMOUw6jDGMKNb_ntWMJJ4uoqNMFkwizBfMIEwAgAKjLt1KIygYsUwb1IlkBRTVItwMFcwfjBZMAI5ADNnCGcrMH4wZzBrMFRW3ntUME8wYDBVMEQwAs3OhmA";

    /// The steps of the SME path a link can open: the step, the element it scrolls to and the
    /// screen (one of [`Route::SME_SCREENS`]) that shows it.
    pub const SME_STEPS: &'static [(&'static str, &'static str, &'static str)] = &[
        ("stage1", "stage1", "stage1"),
        ("stage2", "stage2", "stage2"),
        ("policy", "sec-3-1", "stage2"),
        ("self-check", "sec-3-2", "stage2"),
        ("measures", "sec-3-3", "stage2"),
        ("stage3", "stage3", "stage3"),
        ("stage4", "stage4", "stage4"),
        ("initiatives", "sme-actions", "initiatives"),
        ("result", "sme-summary", "result"),
    ];

    /// The screens of the SME path, in order: one stage each, the initiatives, the result.
    /// 次へ / 戻る go from one to the next.
    pub const SME_SCREENS: [&'static str; 6] = [
        "stage1",
        "stage2",
        "stage3",
        "stage4",
        "initiatives",
        "result",
    ];

    /// The number of self-diagnosis items an item address may name (`#/sme/item/1`–`25`); a
    /// native test keeps it equal to the model's.
    pub const SME_ITEMS: u8 = 25;

    /// The element id a [`Route::SmeAt`] step scrolls to.
    pub fn sme_anchor(step: &str) -> Option<&'static str> {
        Route::SME_STEPS
            .iter()
            .find(|(s, _, _)| *s == step)
            .map(|(_, a, _)| *a)
    }

    /// The screen of the SME path this route shows (`None` off the path): `#/sme` opens at the
    /// first stage, an item at the self-diagnosis's stage.
    pub fn sme_screen(&self) -> Option<&'static str> {
        match self {
            Route::Sme => Some(Route::SME_SCREENS[0]),
            Route::SmeAt(step) => Route::SME_STEPS
                .iter()
                .find(|(s, _, _)| s == step)
                .map(|(_, _, screen)| *screen),
            Route::SmeItem(_) => Some("stage2"),
            _ => None,
        }
    }

    /// Parses a `location.hash` value (with or without the leading `#`).
    /// Unknown paths become [`Route::NotFound`]; this never fails.
    pub fn parse(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        // Browsers percent-encode the fragment; decode so unknown paths read as typed.
        let decoded = percent_decode(path);
        let path = decoded.as_str();
        let path = path.split('?').next().unwrap_or("");
        let trimmed = path.trim_matches('/');
        let segs: Vec<&str> = if trimmed.is_empty() {
            Vec::new()
        } else {
            trimmed.split('/').collect()
        };
        let joined = segs.join("/");
        if let Some((r, _, _, _)) = Route::PAGES.iter().find(|(_, p, _, _)| *p == joined) {
            return r.clone();
        }
        match segs.as_slice() {
            // Only the canonical spelling ("3", not "03" or "+3") names a 指示.
            ["guidelines", "meti", n] => match n.parse::<u8>() {
                Ok(v @ 1..=10) if v.to_string() == *n => Route::GuidelinesDirection(v),
                _ => Route::NotFound(path.to_string()),
            },
            ["sme", step] => match Route::SME_STEPS.iter().find(|(s, _, _)| s == step) {
                Some((s, _, _)) => Route::SmeAt(s),
                None => Route::NotFound(path.to_string()),
            },
            // As for a 指示: only the canonical spelling of 1–25.
            ["sme", "item", n] => match n.parse::<u8>() {
                Ok(v) if (1..=Route::SME_ITEMS).contains(&v) && v.to_string() == *n => {
                    Route::SmeItem(v)
                }
                _ => Route::NotFound(path.to_string()),
            },
            ["r"] => Route::Shared(Cow::Borrowed("")),
            // The payload as written: the codec decides whether it is a result.
            ["r", payload] => Route::Shared(Cow::Owned((*payload).to_string())),
            ["ask"] => Route::Ask(Cow::Borrowed("")),
            // As for results: the request codec decides whether the payload is a request.
            ["ask", payload] => Route::Ask(Cow::Owned((*payload).to_string())),
            _ => Route::NotFound(path.to_string()),
        }
    }

    /// The fragment for this route, including the leading `#`.
    pub fn to_hash(&self) -> String {
        if let Some((_, p, _, _)) = Route::PAGES.iter().find(|(r, _, _, _)| r == self) {
            return format!("#/{p}");
        }
        match self {
            Route::GuidelinesDirection(n) => format!("#/guidelines/meti/{n}"),
            Route::SmeAt(step) => format!("#/sme/{step}"),
            Route::SmeItem(n) => format!("#/sme/item/{n}"),
            Route::Shared(p) if p.is_empty() => "#/r".into(),
            Route::Shared(p) => format!("#/r/{p}"),
            Route::Ask(p) if p.is_empty() => "#/ask".into(),
            Route::Ask(p) => format!("#/ask/{p}"),
            Route::NotFound(p) => format!("#/{}", p.trim_start_matches('/')),
            // Every other route is a row of `PAGES`, returned above.
            _ => "#/".into(),
        }
    }

    /// The fragment to remember for reopening the app: a link's data (a shared result, a
    /// request) never goes into storage, only the page it opened.
    pub fn to_saved_hash(&self) -> String {
        match self {
            Route::Shared(_) => Route::Shared(Cow::Borrowed("")).to_hash(),
            Route::Ask(_) => Route::Ask(Cow::Borrowed("")).to_hash(),
            r => r.to_hash(),
        }
    }

    /// Whether the first-screen build shows this page itself (`crate::boot`): the
    /// home page, the SME path, the executive check and the not-found page. Every other page is in the whole app,
    /// which the first screen loads when one is asked for.
    pub fn on_first_screen(&self) -> bool {
        match self {
            Route::SmeAt(_) | Route::SmeItem(_) | Route::NotFound(_) => true,
            Route::GuidelinesDirection(_) | Route::Shared(_) | Route::Ask(_) => false,
            r => r.first_page().is_some(),
        }
    }

    /// The top-level section a route belongs to, for highlighting the navigation.
    pub fn section(&self) -> Option<Section> {
        match self {
            Route::GuidelinesDirection(_) => Some(Section::Guidelines),
            Route::SmeAt(_) | Route::SmeItem(_) => Some(Section::Sme),
            Route::NotFound(_) | Route::Shared(_) | Route::Ask(_) => None,
            r => Route::PAGES
                .iter()
                .find(|(p, _, _, _)| p == r)
                .and_then(|(_, _, section, _)| *section),
        }
    }
}

/// Decodes `%XX` escapes (invalid UTF-8 is replaced, malformed escapes are kept as written).
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// One page of the first screen ([`Route::FIRST_SCREEN`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FirstPage {
    pub route: Route,
    /// Its server-rendered page in `index.html`: the data block `prerender-<block>` (in
    /// English `prerender-<block>-en`), which the picker shows on a fresh visit in that
    /// language and the first screen hydrates.
    pub block: &'static str,
    /// A questionnaire's first screenful: its first render (server-rendered and hydrated) holds
    /// this many questions, the rest follows in later tasks. `None`: the page is rendered whole.
    pub keep: Option<usize>,
    /// The model's texts the page shows, as paths of field names from the model's root (one
    /// data file per field of `model::Model`; arrays are passed through, so
    /// `meti_v3.a1.text` is the text of every A-1 item): every text under one of these is kept
    /// in the first screen's model blob, every other is left empty there.
    pub model_texts: &'static [&'static str],
}

/// The main navigation sections.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Guidelines,
    Sme,
    Executive,
    Results,
    Assessments,
    Partners,
}

impl Section {
    /// In navigation order.
    pub const ALL: [Section; 6] = [
        Section::Guidelines,
        Section::Sme,
        Section::Executive,
        Section::Results,
        Section::Assessments,
        Section::Partners,
    ];

    /// The landing route of the section.
    pub fn route(self) -> Route {
        match self {
            Section::Guidelines => Route::Guidelines,
            Section::Sme => Route::Sme,
            Section::Executive => Route::Executive,
            Section::Results => Route::Results,
            Section::Assessments => Route::Assessments,
            Section::Partners => Route::Partners,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_round_trips() {
        for r in &Route::examples() {
            assert_eq!(&Route::parse(&r.to_hash()), r, "{}", r.to_hash());
        }
        for n in 1..=10 {
            let r = Route::GuidelinesDirection(n);
            assert_eq!(Route::parse(&r.to_hash()), r);
        }
        for (step, anchor, screen) in Route::SME_STEPS {
            let r = Route::SmeAt(step);
            assert_eq!(Route::parse(&r.to_hash()), r);
            assert_eq!(Route::sme_anchor(step), Some(*anchor));
            assert!(Route::SME_SCREENS.contains(screen), "{step}");
            assert_eq!(r.sme_screen(), Some(*screen));
        }
        assert!(matches!(Route::parse("#/sme/stage9"), Route::NotFound(_)));
    }

    #[test]
    fn each_screen_of_the_sme_path_is_a_step_and_items_go_to_their_stage() {
        for screen in Route::SME_SCREENS {
            assert_eq!(Route::SmeAt(screen).sme_screen(), Some(screen));
        }
        assert_eq!(Route::Sme.sme_screen(), Some("stage1"));
        assert_eq!(Route::Results.sme_screen(), None);
        assert_eq!(
            usize::from(Route::SME_ITEMS),
            crate::model::model().sme.self_check.items.len()
        );
        for n in 1..=Route::SME_ITEMS {
            let r = Route::SmeItem(n);
            assert_eq!(Route::parse(&r.to_hash()), r);
            assert_eq!(r.sme_screen(), Some("stage2"));
            assert!(r.on_first_screen());
            assert_eq!(r.section(), Some(Section::Sme));
        }
        for bad in [
            "#/sme/item/0",
            "#/sme/item/26",
            "#/sme/item/07",
            "#/sme/item/x",
            "#/sme/item",
        ] {
            assert!(matches!(Route::parse(bad), Route::NotFound(_)), "{bad}");
        }
    }

    #[test]
    fn the_first_screen_is_home_the_two_questionnaires_and_not_found() {
        let first: Vec<String> = Route::examples()
            .iter()
            .filter(|r| r.on_first_screen())
            .map(Route::to_hash)
            .collect();
        assert_eq!(
            first,
            [
                "#/",
                "#/sme",
                "#/sme/stage2",
                "#/sme/item/18",
                "#/executive"
            ]
        );
        assert!(Route::parse("#/nowhere").on_first_screen());
        assert!(!Route::parse("#/results").on_first_screen());
        assert!(!Route::parse("#/r/abc").on_first_screen());
    }

    #[test]
    fn the_pages_first_screen_column_is_the_first_screen_table() {
        for (r, path, _, first) in Route::PAGES {
            assert_eq!(
                *first,
                r.first_page().is_some(),
                "#/{path}: Route::PAGES says {first}, Route::FIRST_SCREEN says otherwise"
            );
        }
        for (i, p) in Route::FIRST_SCREEN.iter().enumerate() {
            assert!(
                Route::PAGES.iter().any(|(r, _, _, _)| r == &p.route),
                "{}: in Route::FIRST_SCREEN, not in Route::PAGES",
                p.route.to_hash()
            );
            for q in &Route::FIRST_SCREEN[i + 1..] {
                assert!(
                    p.route != q.route && p.block != q.block,
                    "{} twice",
                    p.block
                );
            }
        }
    }

    #[test]
    fn each_page_is_declared_once() {
        for (i, (r, path, _, _)) in Route::PAGES.iter().enumerate() {
            for (r2, path2, _, _) in &Route::PAGES[i + 1..] {
                assert!(r != r2 && path != path2, "{path} twice");
            }
            assert_eq!(&Route::parse(&format!("#/{path}")), r, "{path}");
        }
        // Every route a user can reach by the navigation is a row of the table.
        for s in Section::ALL {
            assert!(Route::PAGES.iter().any(|(r, ..)| *r == s.route()));
        }
    }

    #[test]
    fn parse_is_lenient_about_slashes_and_empty() {
        for h in ["", "#", "#/", "/", "#//"] {
            assert_eq!(Route::parse(h), Route::Home, "{h:?}");
        }
        assert_eq!(Route::parse("#/sme/"), Route::Sme);
        assert_eq!(Route::parse("sme"), Route::Sme);
        assert_eq!(Route::parse("#/results?x=1"), Route::Results);
    }

    #[test]
    fn unknown_paths_are_not_found_and_keep_the_path() {
        let table = [
            ("#/nope", "/nope"),
            ("#/guidelines/meti/0", "/guidelines/meti/0"),
            ("#/guidelines/meti/11", "/guidelines/meti/11"),
            ("#/guidelines/meti/03", "/guidelines/meti/03"),
            ("#/guidelines/meti/+3", "/guidelines/meti/+3"),
            ("#/guidelines/meti/x", "/guidelines/meti/x"),
            ("#/SME", "/SME"),
            ("#/<script>alert(1)</script>", "/<script>alert(1)</script>"),
            ("#/%3Cimg%20src=x%3E", "/<img src=x>"),
            ("#/%E8%A8%BA%E6%96%AD", "/診断"),
        ];
        for (hash, kept) in table {
            assert_eq!(Route::parse(hash), Route::NotFound(kept.into()), "{hash}");
        }
    }

    #[test]
    fn percent_decoding_is_total() {
        assert_eq!(percent_decode("a%20b"), "a b");
        assert_eq!(percent_decode("%"), "%");
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("%ff"), "\u{fffd}");
        assert_eq!(percent_decode("100%"), "100%");
    }

    #[test]
    fn shared_links_parse_and_the_example_is_a_valid_result() {
        let p = "AQEAcZD4HQ";
        assert_eq!(
            Route::parse(&format!("#/r/{p}")),
            Route::Shared(p.to_string().into())
        );
        assert_eq!(Route::parse("#/r"), Route::Shared("".into()));
        assert_eq!(Route::parse("#/r/"), Route::Shared("".into()));
        assert_eq!(Route::Shared("".into()).to_hash(), "#/r");
        // Extra segments are not a shared link.
        assert!(matches!(Route::parse("#/r/a/b"), Route::NotFound(_)));
        // Script-like payloads are kept as text for the codec to refuse.
        assert_eq!(
            Route::parse("#/r/<script>"),
            Route::Shared("<script>".to_string().into())
        );
        let m = crate::model::model();
        assert!(matches!(
            crate::share::open(m, Route::SHARED_EXAMPLE),
            Ok(crate::share::Opened::Plain(_))
        ));
    }

    #[test]
    fn request_links_round_trip_and_the_example_is_a_valid_request() {
        let p = Route::ASK_EXAMPLE;
        let r = Route::Ask(p.into());
        assert_eq!(r.to_hash(), format!("{}{p}", crate::supply::REQUEST_ROUTE));
        assert_eq!(Route::parse(&r.to_hash()), r);
        assert_eq!(Route::parse(&format!("/ask/{p}/")), r);
        assert_eq!(Route::parse("#/ask"), Route::Ask("".into()));
        assert_eq!(Route::parse("#/ask/"), Route::Ask("".into()));
        assert_eq!(Route::Ask("".into()).to_hash(), "#/ask");
        assert_eq!(
            Route::parse(&Route::Ask("".into()).to_hash()),
            Route::Ask("".into())
        );
        assert!(matches!(Route::parse("#/ask/a/b"), Route::NotFound(_)));
        assert_eq!(
            Route::parse("#/ask/<img src=x onerror=alert(1)>"),
            Route::Ask("<img src=x onerror=alert(1)>".to_string().into())
        );
        assert_eq!(Route::Ask("x".into()).section(), None);
        let req = crate::supply::decode_request(p).expect("the example decodes");
        assert_eq!(req.scope, crate::supply::Scope::Both);
        assert!(!req.reason.is_empty());
    }

    #[test]
    fn the_saved_route_never_holds_a_links_data() {
        assert_eq!(
            Route::Ask(Route::ASK_EXAMPLE.into()).to_saved_hash(),
            "#/ask"
        );
        assert_eq!(
            Route::Shared(Route::SHARED_EXAMPLE.into()).to_saved_hash(),
            "#/r"
        );
        for r in &Route::examples() {
            let saved = r.to_saved_hash();
            assert!(!saved.contains(Route::ASK_EXAMPLE), "{saved}");
            assert!(!saved.contains(Route::SHARED_EXAMPLE), "{saved}");
            assert_eq!(Route::parse(&saved).section(), r.section(), "{saved}");
        }
    }

    #[test]
    fn sections_map_to_their_routes() {
        for s in Section::ALL {
            assert_eq!(s.route().section(), Some(s));
        }
        assert_eq!(
            Route::GuidelinesDirection(4).section(),
            Some(Section::Guidelines)
        );
        assert_eq!(Route::Home.section(), None);
        for r in [
            Route::Report,
            Route::ReportDetail,
            Route::Plan,
            Route::Incidents,
        ] {
            assert_eq!(r.section(), Some(Section::Results), "{}", r.to_hash());
        }
        assert_eq!(Route::Partners.section(), Some(Section::Partners));
        assert_eq!(Route::Assessments.section(), Some(Section::Assessments));
        assert_eq!(Route::parse("#/report/detail"), Route::ReportDetail);
        assert!(matches!(Route::parse("#/report/x"), Route::NotFound(_)));
    }
}
