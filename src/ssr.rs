//! The first screens as data blocks for `index.html`, rendered at build time by Yew's own server
//! renderer from the app's components (`src/bin/ssr.rs`, run by `src/web/post_build.mjs`): no
//! browser in the build.
//!
//! What is rendered ([`captures`]): each page of the first screen (`Route::FIRST_SCREEN`: the
//! home page, `#/sme` and `#/executive`) in Japanese and in English, each from the store of a
//! first visit in that language (`hooks::store::fresh_store`: the store the app reads when
//! storage holds nothing of it but the language), as the first screen's root renders it for
//! hydration, and the header alone in each language. Effects do not run in server rendering,
//! so the markup is the app's first render; the shell starts from the given store instead of
//! reading storage, and nothing on this path calls a browser API.
//!
//! Each page becomes a data block, `<script type="text/html">` (never run, only scanned by the
//! HTML parser for its end: a page not shown costs no parsing), which `src/web/prerender-pick.js`
//! parses and shows for its address and the stored language. In it ([`mark`]) every top-level element carries
//! `data-prerender` (the e2e helpers wait for the live app by it) and what only the app can
//! handle is `inert` (buttons, form controls and their labels, `<details>`, the skip link), so no
//! click or typing is taken and then lost; headings, text and links stay live. **The two
//! questionnaires are their first screenfuls** ([`Capture::keep`] questions, `Route::FIRST_SCREEN`'s
//! `keep`: about two desktop screens at 1280 × 800): the app's own first render of them
//! (`hooks::ShellState::first_slice`), which hydrates these nodes and adds the later questions,
//! the rest of the page and the footer below them in following tasks.
//!
//! Yew writes well-formed markup (every element closed, attribute values quoted and escaped),
//! which is what [`mark`] reads: a tag stream, not a general HTML parser.

use std::fmt::Write as _;
use std::rc::Rc;

use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::route::Route;

use crate::app::{Shell, ShellProps};
use crate::boot::{First, FirstProps};
use crate::hooks::store::{fresh_store, Same};

/// What part of a render a block holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Every top-level element (header, banners, main, footer…), cut if the capture says so.
    Page,
    /// The `<header>` alone: the shell shown for every other address.
    Header,
}

/// One server render and the blocks taken from it.
#[derive(Clone, Debug)]
pub struct Capture {
    pub route: Route,
    pub lang: Lang,
    /// (block id, part): `prerender-<id>` in `index.html`, the picker's names.
    pub blocks: Vec<(String, Part)>,
    /// A questionnaire's first screenful has this many questions (`main fieldset[data-item]`).
    /// The page block is rendered for hydration (the first screen's root, with Yew's marks), so
    /// the first screen's build keeps its nodes instead of replacing them: a questionnaire is
    /// then its first screenful as the app renders it, which `keep` only checks (a cut would
    /// drop the components' closing marks).
    pub keep: Option<usize>,
}

/// A block's id in `lang`: the Japanese one as named (`Route::FIRST_SCREEN`'s `block`,
/// `shell`), another language's with its code after it (`sme-en`, `shell-en`).
pub fn block_id(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Ja => name.to_string(),
        other => format!("{name}-{}", other.code()),
    }
}

/// What the build pre-renders, in each language (`Lang::ALL`): each page of the first screen
/// (`Route::FIRST_SCREEN`, its block and its cut), rendered for hydration from the store of a
/// first visit in that language (nothing stored but the language: the picker shows it then);
/// and the home page's header (no page marked current) as `shell` (`shell-en` in English), for
/// every other address and a returning user.
pub fn captures() -> Vec<Capture> {
    Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            Route::FIRST_SCREEN.iter().map(move |p| Capture {
                route: p.route.clone(),
                lang,
                blocks: std::iter::once((block_id(p.block, lang), Part::Page))
                    .chain(
                        (p.route == Route::Home).then(|| (block_id("shell", lang), Part::Header)),
                    )
                    .collect(),
                keep: p.keep,
            })
        })
        .collect()
}

/// What went wrong rendering a block (the build stops and says which).
#[derive(Debug, PartialEq, Eq)]
pub struct SsrError(pub String);

impl std::fmt::Display for SsrError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The shell with every page, from the store of a first visit, as Yew's server renderer writes
/// it (no hydration marks).
pub fn render(route: &Route, lang: Lang) -> Result<String, SsrError> {
    let props = ShellProps {
        view: crate::pages::view as fn(&Route) -> yew::Html,
        initial: Some(Same(Rc::new(fresh_store(route.clone(), lang)))),
        sliced: false,
    };
    run(yew::LocalServerRenderer::<Shell>::with_props(props).hydratable(false))
}

/// The first screen's root (`boot::First`) from the store of a first visit, with Yew's
/// hydration marks (comments around each component): what the first screen's build hydrates.
pub fn render_hydratable(route: &Route, lang: Lang) -> Result<String, SsrError> {
    let props = FirstProps {
        initial: Some(Same(Rc::new(fresh_store(route.clone(), lang)))),
        sliced: true,
    };
    run(yew::LocalServerRenderer::<First>::with_props(props).hydratable(true))
}

fn run<C: yew::BaseComponent>(r: yew::LocalServerRenderer<C>) -> Result<String, SsrError> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| SsrError(format!("no runtime for the server renderer: {e}")))?;
    Ok(tokio::task::LocalSet::new().block_on(&rt, r.render()))
}

/// One data block, ready for `index.html`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub id: String,
    pub lang: Lang,
    /// The document title the app sets for the page (`<h1> | app name`); none for a header.
    pub title: Option<String>,
    /// The marked markup.
    pub html: String,
    /// Rendered for hydration (a page's block; see [`Capture::keep`]).
    pub hydrate: bool,
    /// A page's address without its `#/` (the home page's: empty): the picker shows the block
    /// whose `data-path` is the address's. None for a header.
    pub path: Option<String>,
}

impl Block {
    /// The `<script type="text/html">` element the picker reads.
    pub fn element(&self) -> String {
        let title = self
            .title
            .as_deref()
            .map(|t| format!(" data-title=\"{}\"", attr(t)))
            .unwrap_or_default();
        let path = self
            .path
            .as_deref()
            .map(|p| format!(" data-path=\"{}\"", attr(p)))
            .unwrap_or_default();
        format!(
            "<script type=\"text/html\" id=\"prerender-{}\" data-lang=\"{}\"{title}{path}{}>{}</script>",
            self.id,
            self.lang.code(),
            if self.hydrate { " data-hydrate" } else { "" },
            self.html
        )
    }
}

/// Renders every capture and returns its blocks, in [`captures`] order.
pub fn blocks() -> Result<Vec<Block>, SsrError> {
    let mut out = Vec::new();
    for cap in captures() {
        let where_ = format!("{} ({})", cap.route.to_hash(), cap.lang.code());
        let html = render(&cap.route, cap.lang)?;
        let hydratable = render_hydratable(&cap.route, cap.lang)?;
        let title = page_title(&html, cap.lang)
            .ok_or_else(|| SsrError(format!("{where_}: no <h1> in <main>")))?;
        for (id, part) in cap.blocks {
            let hydrate = part == Part::Page;
            let marked = match part {
                // Rendered for hydration, the page is already its first screenful
                // (`hooks::ShellState::first_slice`): the cut is only checked.
                Part::Page => mark(&hydratable, None).and_then(|m| match cap.keep {
                    Some(k) if m.matches(" data-item=\"").count() != k => Err(format!(
                        "its first screenful has {} questions, not {k}",
                        m.matches(" data-item=\"").count()
                    )),
                    _ => Ok(m),
                }),
                Part::Header => top_level(&html).and_then(|els| {
                    let header = els.into_iter().find(|(n, _)| n == "header");
                    let (_, header) = header.ok_or("no <header> to take as the shell")?;
                    mark(header, None)
                }),
            }
            .map_err(|e| SsrError(format!("{where_}: {e}")))?;
            // A data block's text ends at the first `</script`; after a `<!--` (Yew's hydration
            // marks), a `<script` would make the parser skip that end: neither may be in the
            // markup, and `<!--` only in a block rendered for hydration.
            let lower = marked.to_ascii_lowercase();
            if lower.contains("</script")
                || lower.contains("<script")
                || (!hydrate && lower.contains("<!--"))
            {
                return Err(SsrError(format!(
                    "{where_}: the markup holds \"</script\", \"<script\" or an unexpected \"<!--\", which a data block cannot carry"
                )));
            }
            out.push(Block {
                id,
                lang: cap.lang,
                title: (part == Part::Page).then(|| title.clone()),
                html: marked,
                hydrate,
                path: (part == Part::Page)
                    .then(|| cap.route.to_hash().trim_start_matches("#/").to_string()),
            });
        }
    }
    Ok(out)
}

// ------------------------------------------------------------------ the markup

/// Elements that have no end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// One piece of the markup: text, or a tag.
#[derive(Debug, PartialEq, Eq)]
enum Token<'a> {
    Text(&'a str),
    Comment(&'a str),
    /// A start tag: its name (lower case) and its whole text (`<name …>`).
    Start(String, &'a str),
    End(String, &'a str),
}

/// Splits Yew's markup into tokens; `>` inside a quoted attribute value does not end a tag.
fn tokens(html: &str) -> Result<Vec<Token<'_>>, String> {
    let mut out = Vec::new();
    let b = html.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'<' {
            let end = html[i..].find('<').map_or(b.len(), |n| i + n);
            out.push(Token::Text(&html[i..end]));
            i = end;
            continue;
        }
        if html[i..].starts_with("<!--") {
            let end = html[i..]
                .find("-->")
                .map(|n| i + n + 3)
                .ok_or("an unclosed comment")?;
            out.push(Token::Comment(&html[i..end]));
            i = end;
            continue;
        }
        let mut j = i + 1;
        let mut quote = None;
        while j < b.len() {
            match (quote, b[j]) {
                (None, b'>') => break,
                (None, q @ (b'"' | b'\'')) => quote = Some(q),
                (Some(q), c) if c == q => quote = None,
                _ => {}
            }
            j += 1;
        }
        if j >= b.len() {
            return Err(format!("an unclosed tag at {i}"));
        }
        let text = &html[i..=j];
        let end = text.starts_with("</");
        let name: String = text[if end { 2 } else { 1 }..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            return Err(format!("a tag without a name at {i}"));
        }
        out.push(if end {
            Token::End(name, text)
        } else {
            Token::Start(name, text)
        });
        i = j + 1;
    }
    Ok(out)
}

/// Whether a start tag has the attribute `name` (with `value`, if given).
fn has_attr(tag: &str, name: &str, value: Option<&str>) -> bool {
    let mut rest = tag;
    while let Some(n) = rest.find(name) {
        let before = rest[..n].chars().last();
        let after = &rest[n + name.len()..];
        let boundary = matches!(before, Some(c) if c.is_whitespace());
        rest = after;
        if !boundary {
            continue;
        }
        match (value, after.chars().next()) {
            (None, Some('=' | ' ' | '>' | '/')) => return true,
            (Some(v), Some('=')) if after[1..].starts_with(&format!("\"{v}\"")) => return true,
            _ => {}
        }
    }
    false
}

/// Yew's server renderer writes an input's value first, the browser's app renders it last (a
/// radio's) or as the property (a text field's): the pre-render must be the same markup (the
/// e2e suite compares the two), so a value moves to the end, and an empty one goes.
fn input_value_last(tag: &str) -> String {
    let Some(rest) = tag.strip_prefix("<input value=\"") else {
        return tag.to_string();
    };
    let Some(q) = rest.find('"') else {
        return tag.to_string();
    };
    let (value, after) = (&rest[..q], rest[q + 1..].trim_end_matches('>'));
    if value.is_empty() {
        format!("<input{after}>")
    } else {
        format!("<input{after} value=\"{value}\">")
    }
}

/// Adds ` name=""` at the end of a start tag.
fn add_attr(tag: &str, name: &str) -> String {
    let body = tag.trim_end_matches('>').trim_end_matches('/').trim_end();
    format!("{body} {name}=\"\">")
}

/// The top-level elements of a render: (name, markup), in order.
pub fn top_level(html: &str) -> Result<Vec<(String, &str)>, String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    let mut at = 0;
    let mut current = String::new();
    for tok in tokens(html)? {
        let len = match &tok {
            Token::Text(s) | Token::Comment(s) | Token::Start(_, s) | Token::End(_, s) => s.len(),
        };
        match tok {
            Token::Start(name, _) => {
                if depth == 0 {
                    start = at;
                    current = name.clone();
                }
                if VOID.contains(&name.as_str()) {
                    if depth == 0 {
                        out.push((name, &html[start..at + len]));
                    }
                } else {
                    depth += 1;
                }
            }
            Token::End(_, _) => {
                depth = depth.checked_sub(1).ok_or("an end tag closes nothing")?;
                if depth == 0 {
                    out.push((std::mem::take(&mut current), &html[start..at + len]));
                }
            }
            Token::Text(s) if depth == 0 && !s.trim().is_empty() => {
                return Err(format!("text outside any element: {s:?}"));
            }
            _ => {}
        }
        at += len;
    }
    Ok(out)
}

/// A block's markup: every top-level element gets `data-prerender`; buttons, form controls,
/// labels, `<details>` and the skip link get `inert` (unless inside an inert element); with
/// `keep`, everything after the `keep`-th question (`fieldset[data-item]` in `<main>`) in
/// document order is left out (its ancestors are closed).
pub fn mark(html: &str, keep: Option<usize>) -> Result<String, String> {
    let mut out = String::with_capacity(html.len());
    // Open elements: (name, inert here or above).
    let mut open: Vec<(String, bool)> = Vec::new();
    let mut questions = 0;
    let mut in_main = false;
    // The depth of the last kept question while it is open: the cut follows its end.
    let mut cut_at: Option<usize> = None;
    for tok in tokens(html)? {
        let depth = open.len();
        match tok {
            Token::Text(s) if depth == 0 && !s.trim().is_empty() => {
                return Err(format!("text outside any element: {s:?}"));
            }
            // Yew's hydration marks (`<!--<[Type]>-->`, `<!--</[Type]>-->`) name the component
            // only in a debug build, and hydration reads only their ends: names left out.
            Token::Comment(s) if s.starts_with("<!--<[") && s.ends_with("]>-->") => {
                out.push_str("<!--<[]>-->")
            }
            Token::Comment(s) if s.starts_with("<!--</[") && s.ends_with("]>-->") => {
                out.push_str("<!--</[]>-->")
            }
            Token::Text(s) | Token::Comment(s) => out.push_str(s),
            Token::Start(name, text) => {
                let parent_inert = open.last().is_some_and(|(_, i)| *i);
                let own_inert = has_attr(text, "inert", None);
                let control = matches!(
                    name.as_str(),
                    "button" | "input" | "select" | "textarea" | "label" | "details"
                ) || (name == "a" && has_attr(text, "href", Some("#main")));
                let mut tag = text.to_string();
                if name == "input" {
                    tag = input_value_last(&tag);
                }
                if depth == 0 {
                    tag = add_attr(&tag, "data-prerender");
                }
                if control && !parent_inert && !own_inert {
                    tag = add_attr(&tag, "inert");
                }
                if name == "main" {
                    in_main = true;
                }
                if in_main && name == "fieldset" && has_attr(text, "data-item", None) {
                    questions += 1;
                    if keep == Some(questions) {
                        cut_at = Some(depth);
                    }
                }
                out.push_str(&tag);
                if !VOID.contains(&name.as_str()) {
                    open.push((name, parent_inert || own_inert || control));
                }
            }
            Token::End(name, text) => {
                match open.pop() {
                    Some((n, _)) if n == name => {}
                    other => {
                        return Err(format!(
                            "</{name}> closes {}",
                            other.map_or("nothing".to_string(), |(n, _)| format!("<{n}>"))
                        ))
                    }
                }
                if name == "main" {
                    in_main = false;
                }
                out.push_str(text);
                if cut_at == Some(open.len()) {
                    // The last kept question is closed: close its ancestors and stop.
                    while let Some((n, _)) = open.pop() {
                        let _ = write!(out, "</{n}>");
                    }
                    return Ok(out);
                }
            }
        }
    }
    if let Some((n, _)) = open.last() {
        return Err(format!("<{n}> is never closed"));
    }
    if let Some(k) = keep {
        return Err(format!(
            "the page has {questions} questions; the cut keeps {k}"
        ));
    }
    Ok(out)
}

/// The page's document title as the app sets it: the text of `<main>`'s first `<h1>`, then the
/// app's name.
pub fn page_title(html: &str, lang: Lang) -> Option<String> {
    let main = html.find("<main")?;
    let h1 = main + html[main..].find("<h1")?;
    let start = h1 + html[h1..].find('>')? + 1;
    let end = start + html[start..].find("</h1>")?;
    let mut text = String::new();
    let mut in_tag = false;
    for c in html[start..end].chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    Some(format!("{} | {}", unescape(&text), t(lang, Msg::AppName)))
}

/// Text as written by Yew's escaping, read back.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(semi) = rest.find(';') else { break };
        let entity = &rest[1..semi];
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            e => e
                .strip_prefix("#x")
                .or_else(|| e.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| e.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A double-quoted attribute value.
fn attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;")
}
