//! Small view helpers shared by the Guidelines pages: source lines, badges, scrollable table
//! wrappers. Plain functions (no hooks), so every page renders from the model the same way.

use yew::prelude::*;

use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::{model, ChangeKind, Confidence, Official, SourceRef};
use shindan_core::route::Route;

pub use shindan_core::i18n::tn;

/// The confidence letter as written in the data.
pub fn conf_letter(c: Confidence) -> &'static str {
    match c {
        Confidence::H => "H",
        Confidence::M => "M",
        Confidence::L => "L",
        Confidence::U => "U",
    }
}

/// The confidence in words ("高" / "high" …): letters are the Sources page's shorthand only.
pub fn conf_words(lang: Lang, c: Confidence) -> &'static str {
    t(
        lang,
        match c {
            Confidence::H => Msg::GlConfHigh,
            Confidence::M => Msg::GlConfMedium,
            Confidence::L => Msg::GlConfLow,
            Confidence::U => Msg::GlUnconfirmed,
        },
    )
}

/// A compact citation for a reader: "出典: <the source's title> (Appendix A-2) · 確度: 高", the
/// titles linked to the Sources page, which alone shows the sources' short codes (kept in
/// `data-src` for tests) and the confidence letters.
pub fn src(lang: Lang, sources: &[SourceRef], confidence: Confidence) -> Html {
    let sep = match lang {
        Lang::Ja => "、",
        Lang::En => "; ",
    };
    let m = model();
    let refs = sources
        .iter()
        .map(|s| {
            let title = m
                .source(s.src.as_str())
                .map_or(s.src.as_str(), |x| x.title.get(lang));
            match &s.at {
                Some(at) if !at.is_empty() => format!("{title} ({at})"),
                _ => title.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join(sep);
    let codes = sources
        .iter()
        .map(|s| s.src.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    html! {
        <span class="src" data-confidence={conf_letter(confidence)} data-src={codes}>
            { t(lang, Msg::GlSource) }{ ": " }
            <a href={Route::GuidelinesSources.to_hash()}>{ refs }</a>{ " · " }
            { t(lang, Msg::GlConfidence) }{ ": " }{ conf_words(lang, confidence) }
        </span>
    }
}

/// The citation as the Sources page writes it, with the sources' short codes and the
/// confidence letter: "出典: T1 (Appendix A-2) · 確度 H".
pub fn src_codes(lang: Lang, sources: &[SourceRef], confidence: Confidence) -> Html {
    let sep = match lang {
        Lang::Ja => "、",
        Lang::En => "; ",
    };
    let refs = sources
        .iter()
        .map(|s| match &s.at {
            Some(at) if !at.is_empty() => format!("{} ({at})", s.src),
            _ => s.src.to_string(),
        })
        .collect::<Vec<_>>()
        .join(sep);
    html! {
        <p class="meta">
            <span class="src" data-confidence={conf_letter(confidence)}>
                { t(lang, Msg::GlSource) }{ ": " }{ refs }{ " · " }
                { t(lang, Msg::GlConfidence) }{ " " }{ conf_letter(confidence) }
            </span>
        </p>
    }
}

/// [`src`] as its own paragraph.
pub fn src_p(lang: Lang, sources: &[SourceRef], confidence: Confidence) -> Html {
    html! { <p class="meta">{ src(lang, sources, confidence) }</p> }
}

fn badge(class: &'static str, text: &'static str) -> Html {
    html! { <span class={classes!("badge", class)}>{ text }</span> }
}

/// "非公式・Shindan 独自" / "unofficial · Shindan's own".
pub fn badge_unofficial(lang: Lang) -> Html {
    badge("badge-unofficial", t(lang, Msg::GlUnofficial))
}

/// "公式" / "official".
pub fn badge_official(lang: Lang) -> Html {
    badge("badge-official", t(lang, Msg::GlOfficial))
}

/// "非公式訳" / "unofficial translation".
pub fn badge_unofficial_translation(lang: Lang) -> Html {
    badge("badge-unofficial", t(lang, Msg::GlUnofficialTranslation))
}

/// "未確認" / "unconfirmed".
pub fn badge_unconfirmed(lang: Lang) -> Html {
    badge("badge-unconfirmed", t(lang, Msg::GlUnconfirmed))
}

/// "略称" / "short label".
pub fn badge_short_label(lang: Lang) -> Html {
    badge("badge-neutral", t(lang, Msg::GlShortLabel))
}

/// A text badge for a lineage change kind; the text carries the meaning, the class only styles.
pub fn badge_kind(lang: Lang, kind: ChangeKind) -> Html {
    let (class, msg) = match kind {
        ChangeKind::Added => ("kind-added", Msg::GlKindAdded),
        ChangeKind::Merged => ("kind-merged", Msg::GlKindMerged),
        ChangeKind::Split => ("kind-split", Msg::GlKindSplit),
        ChangeKind::Renamed => ("kind-renamed", Msg::GlKindRenamed),
        ChangeKind::Moved => ("kind-moved", Msg::GlKindMoved),
        ChangeKind::Unchanged => ("kind-unchanged", Msg::GlKindUnchanged),
        ChangeKind::Removed => ("kind-removed", Msg::GlKindRemoved),
    };
    badge(class, t(lang, msg))
}

/// The data-attribute spelling of a change kind (`added`, `moved` …), for tests and styling.
pub fn kind_key(kind: ChangeKind) -> &'static str {
    match kind {
        ChangeKind::Added => "added",
        ChangeKind::Merged => "merged",
        ChangeKind::Split => "split",
        ChangeKind::Renamed => "renamed",
        ChangeKind::Moved => "moved",
        ChangeKind::Unchanged => "unchanged",
        ChangeKind::Removed => "removed",
    }
}

/// A wide table inside a focusable, labelled region that scrolls on its own on a narrow
/// screen, so the page itself never scrolls sideways.
pub fn table_wrap(label: &str, table: Html) -> Html {
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={label.to_owned()}>
            { table }
        </div>
    }
}

/// A text in the other language, tagged with its `lang` for screen readers.
pub fn other_lang(lang: Lang, text: &Official) -> Html {
    let other = lang.other();
    html! { <span lang={other.code()}>{ text.get(other) }</span> }
}

/// The table-wide citation under a table, as a view-model chose it
/// (`shindan_core::vm::guide::shared_cite`); nothing when rows cite individually.
pub fn shared_src_p(lang: Lang, shared: Option<(&[SourceRef], Confidence)>) -> Html {
    match shared {
        Some((s, c)) => src_p(lang, s, c),
        None => html! {},
    }
}

/// A Part 2 section of the SME guideline as the guideline numbers it: "3(1) <title>".
pub fn section_ref(lang: Lang, s: &shindan_core::model::GuideSection) -> Html {
    html! {
        <>
            <span class="sec-no">{ format!("{}({})", s.chapter, s.number) }</span>{ " " }
            { crate::components::said::official_name(lang, &s.title) }
        </>
    }
}
