//! The build's server rendering (`shindan::ssr`): the first screens rendered natively by Yew's
//! server renderer, and the marks and cut the data blocks get.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use shindan::ssr::{block_id, blocks, mark, page_title, top_level};
use shindan_core::lang::Lang;
use shindan_core::route::Route;

#[test]
fn every_top_level_element_is_marked_and_controls_are_inert() {
    let html = r##"<header class="h"><a href="#main">skip</a><nav><a href="#/sme">SME</a><button type="button">EN</button></nav></header><main id="main"><h1>T</h1><details><summary>s</summary><button>x</button></details><label>l<input value="" type="radio" name="a"></label><input value="x&amp;y" type="radio" name="b"></main>"##;
    let out = mark(html, None).unwrap();
    assert_eq!(
        out,
        r##"<header class="h" data-prerender=""><a href="#main" inert="">skip</a><nav><a href="#/sme">SME</a><button type="button" inert="">EN</button></nav></header><main id="main" data-prerender=""><h1>T</h1><details inert=""><summary>s</summary><button>x</button></details><label inert="">l<input type="radio" name="a"></label><input type="radio" name="b" value="x&amp;y" inert=""></main>"##
    );
}

#[test]
fn the_cut_keeps_the_first_questions_and_closes_their_ancestors() {
    let q = |n: u8| {
        format!(r#"<fieldset data-item="q{n}"><legend>{n}</legend><input type="radio"></fieldset>"#)
    };
    let html = format!(
        r#"<header>h</header><main id="main"><h1>T</h1><section>{}{}<p>between</p>{}</section><p>after</p></main><footer>f</footer>"#,
        q(1),
        q(2),
        q(3)
    );
    let out = mark(&html, Some(2)).unwrap();
    assert!(out.ends_with(r#"<fieldset data-item="q2"><legend>2</legend><input type="radio" inert=""></fieldset></section></main>"#), "{out}");
    assert!(!out.contains("q3") && !out.contains("between") && !out.contains("<footer"));
    // More kept than the page has: an error, not a silent whole page.
    assert!(mark(&html, Some(4)).unwrap_err().contains("3 questions"));
}

#[test]
fn bad_markup_is_refused_by_name() {
    assert!(mark("<main><p></main>", None)
        .unwrap_err()
        .contains("</main> closes <p>"));
    assert!(mark("<main>", None).unwrap_err().contains("never closed"));
    assert!(mark("text<main></main>", None)
        .unwrap_err()
        .contains("outside"));
    // `>` inside a quoted attribute value does not end the tag.
    assert_eq!(
        top_level(r#"<header title="a>b">x</header><main>y</main>"#).unwrap(),
        vec![
            ("header".to_string(), r#"<header title="a>b">x</header>"#),
            ("main".to_string(), "<main>y</main>")
        ]
    );
}

#[test]
fn the_title_is_the_heading_and_the_app_name() {
    let html =
        "<header><h1>no</h1></header><main><h1>A &amp; <span>B</span> &#x27;c&#x27;</h1></main>";
    let title = page_title(html, Lang::En).unwrap();
    assert!(title.starts_with("A & B 'c' | "), "{title}");
}

#[test]
fn the_first_screens_render_natively_as_the_picker_expects() {
    let blocks = blocks().unwrap();
    // Each page of the first screen in each language, and the header alone in each: no two
    // blocks share an id (the picker finds a block by its id).
    let mut ids: Vec<&str> = blocks.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(
        ids.len(),
        (Route::FIRST_SCREEN.len() + 1) * Lang::ALL.len(),
        "{ids:?}"
    );
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), blocks.len(), "{ids:?}: an id twice");
    for lang in Lang::ALL {
        assert!(ids.contains(&block_id("shell", lang).as_str()), "{ids:?}");
    }
    // Every page of the first screen, in every language: its block, with its address, for
    // hydration (what the picker looks up by `data-path` and `data-lang`).
    for p in Route::FIRST_SCREEN {
        for lang in Lang::ALL {
            let id = block_id(p.block, lang);
            let b = blocks.iter().find(|b| b.id == id);
            let b = b.unwrap_or_else(|| panic!("no block {id} for {}", p.route.to_hash()));
            assert_eq!(b.lang, lang, "{id}");
            assert!(b.hydrate, "{id}: rendered for hydration");
            assert_eq!(
                b.path.as_deref(),
                Some(p.route.to_hash().trim_start_matches("#/")),
                "{id}"
            );
            assert_eq!(
                b.html.matches(" data-item=\"").count(),
                p.keep.unwrap_or(0),
                "{id}: its first screenful"
            );
        }
    }
    for b in &blocks {
        let tops = top_level(&b.html).unwrap();
        assert!(
            tops.iter().all(|(_, m)| m.contains("data-prerender=\"\"")),
            "{}: a top-level element without data-prerender",
            b.id
        );
        assert_eq!(tops[0].0, "header", "{}", b.id);
        // The first screen's pages are rendered for hydration: their blocks hold Yew's marks,
        // the first screen's root first; no block may end the script or hide its end.
        assert_eq!(b.hydrate, b.title.is_some(), "{}", b.id);
        assert_eq!(b.html.starts_with("<!--<["), b.hydrate, "{}", b.id);
        assert_eq!(
            b.element().contains(" data-hydrate>"),
            b.hydrate,
            "{}",
            b.id
        );
        assert!(
            (b.hydrate || !b.html.contains("<!--"))
                && !b.html.contains("</script")
                && !b.html.contains("<script"),
            "{}",
            b.id
        );
        let el = b.element();
        assert!(el.starts_with(&format!(
            "<script type=\"text/html\" id=\"prerender-{}\" data-lang=\"{}\"",
            b.id,
            b.lang.code()
        )));
        match b.id.as_str() {
            "shell" | "shell-en" => {
                assert_eq!(tops.len(), 1, "{}: the header alone", b.id);
                assert!(
                    !b.html.contains("aria-current"),
                    "{}: no page marked current",
                    b.id
                );
                assert!(b.title.is_none());
            }
            _ => {
                assert!(
                    b.html.contains("<main id=\"main\" data-prerender=\"\""),
                    "{}",
                    b.id
                );
                assert!(
                    b.title.as_deref().is_some_and(|t| t.contains(" | ")),
                    "{}",
                    b.id
                );
            }
        }
    }
    let by = |id: &str| blocks.iter().find(|b| b.id == id).unwrap();
    assert_ne!(
        by("shell-en").html,
        by("shell").html,
        "the English header is English"
    );
    // The English pages are English: their text and title hold no kana, the Japanese ones'
    // titles do.
    let kana = |s: &str| s.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c));
    for p in Route::FIRST_SCREEN {
        let (ja, en) = (by(p.block), by(&block_id(p.block, Lang::En)));
        let text = |h: &str| {
            let mut out = String::new();
            let mut in_tag = false;
            for c in h.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag => out.push(c),
                    _ => {}
                }
            }
            out
        };
        assert!(kana(ja.title.as_deref().unwrap()), "{}", ja.id);
        let en_text = text(&en.html);
        assert!(!kana(&en_text), "{}: {en_text}", en.id);
        assert!(!kana(en.title.as_deref().unwrap()), "{}", en.id);
        assert_eq!(ja.path, en.path);
    }
    assert!(by("home").html.contains("<footer"));
    assert!(by("home-en").html.contains("<footer"));
    for (id, keep) in [
        ("sme", 5),
        ("executive", 7),
        ("sme-en", 5),
        ("executive-en", 7),
    ] {
        let b = &by(id).html;
        assert_eq!(
            b.matches(" data-item=\"").count(),
            keep,
            "{id}: the first screenful"
        );
        assert!(!b.contains("<footer"), "{id}: cut before the footer");
        assert!(b.len() < 30_000, "{id}: {} bytes", b.len());
    }
}
