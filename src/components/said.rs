//! How the model's texts look on screen: the one place that renders [`Official`], [`Own`] and
//! [`Said`]. Shindan's own words always carry the same visible marker ("Shindan"), whose
//! accessible name says what it means; an official name says when its Japanese is unconfirmed
//! or its English is a translation (IPA's provisional one, or Shindan's).
//!
//! Views never print an [`Own`] text without going through here: the type has no plain `get`.

use yew::prelude::*;

use shindan_core::i18n::{t, Msg};
use shindan_core::lang::Lang;
use shindan_core::model::{English, Official, Own, Said, Wording};

/// The marker put before Shindan's own text: a visible "Shindan" tag whose accessible name is
/// the full meaning ("Shindan's own text, not the guideline's wording").
pub fn own_mark(lang: Lang) -> Html {
    html! {
        <span class="own-mark" title={t(lang, Msg::OwnMarkMeaning)} data-testid="own-mark">
            <span aria-hidden="true">{ t(lang, Msg::OwnMark) }</span>
            <span class="visually-hidden">{ t(lang, Msg::OwnMarkMeaning) }{ ": " }</span>
        </span>
    }
}

/// Shindan's own text, inline, with its marker.
pub fn own(lang: Lang, text: &Own) -> Html {
    html! {
        <span class="own">{ own_mark(lang) }{ " " }{ text.unmarked(lang) }</span>
    }
}

/// Shindan's own paragraph, with its marker.
pub fn own_p(lang: Lang, text: &Own) -> Html {
    html! { <p class="own">{ own_mark(lang) }{ " " }{ text.unmarked(lang) }</p> }
}

/// A block of Shindan's own words (a list of hints, a list or table of Shindan's short item
/// names), marked once before it: inside, each text is printed with [`Own::unmarked`], so a
/// list of ten says "Shindan" once, not ten times.
pub fn own_block(lang: Lang, children: Html) -> Html {
    html! {
        <div class="own own-block" data-testid="own-block">{ own_mark(lang) }{ children }</div>
    }
}

/// A list entry that may be either: the official text plain, Shindan's with its marker.
pub fn said(lang: Lang, text: &Said) -> Html {
    match text {
        Said::Official(o) => html! { { o.get(lang) } },
        Said::Own(o) => own(lang, o),
    }
}

/// The badge an official name needs where it stands: in English, that the English is
/// Shindan's translation (no official English exists or was found). Nothing in Japanese: an
/// unconfirmed Japanese wording is said once per page ([`wording_note`]) and listed on the
/// Sources page, never as a badge on every item; IPA's provisional English is named once per
/// page the same way. Empty for a restated meaning, which makes no claim to wording.
pub fn official_badges(lang: Lang, text: &Official) -> Html {
    if text.wording == Wording::Meaning || lang == Lang::Ja || text.english != English::Shindan {
        return Html::default();
    }
    html! {
        <>{ " " }<span class={classes!("badge", "badge-unofficial")}>{ t(lang, Msg::GlUnofficialTranslation) }</span></>
    }
}

/// Once per page, above the content: in Japanese, that some names on the page are Shindan's
/// Japanese for names known only in English (listed on the Sources page); in English, that the
/// SME guideline's English is IPA's provisional translation. Nothing when neither applies.
pub fn wording_note<'a>(lang: Lang, texts: impl IntoIterator<Item = &'a Official>) -> Html {
    wording_note_p(lang, shindan_core::vm::guide::wording_note(lang, texts))
}

/// The wording note a view-model chose ([`shindan_core::vm::guide::wording_note`]), with its
/// link to the Sources page; nothing for `None`.
pub fn wording_note_p(lang: Lang, msg: Option<Msg>) -> Html {
    match msg {
        Some(m) => html! {
            <p class="note" data-testid="wording-note">
                { t(lang, m) }{ " " }
                <a href={shindan_core::route::Route::GuidelinesSources.to_hash()}>{ t(lang, Msg::GlSeeSources) }</a>
            </p>
        },
        None => Html::default(),
    }
}

/// An official name (a title, a heading) with the badges it needs.
pub fn official_name(lang: Lang, text: &Official) -> Html {
    html! { <>{ text.get(lang) }{ official_badges(lang, text) }</> }
}
