//! How the model's texts look on screen: the one place that renders [`Official`], [`Own`] and
//! [`Said`]. Shindan's own words always carry the same visible marker ("Shindan"), whose
//! accessible name says what it means; an official name says when its Japanese is unconfirmed
//! or its English is a translation (IPA's provisional one, or Shindan's).
//!
//! Views never print an [`Own`] text without going through here: the type has no plain `get`.

use yew::prelude::*;

use crate::i18n::{t, Msg};
use crate::lang::Lang;
use crate::model::{English, Official, Own, Said, Wording};

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

/// A list entry that may be either: the official text plain, Shindan's with its marker.
pub fn said(lang: Lang, text: &Said) -> Html {
    match text {
        Said::Official(o) => html! { { o.get(lang) } },
        Said::Own(o) => own(lang, o),
    }
}

/// The badges an official name needs: the Japanese not confirmed verbatim (in Japanese), the
/// English being IPA's provisional translation or Shindan's translation (in English). Empty for
/// a restated meaning, which makes no claim to wording.
pub fn official_badges(lang: Lang, text: &Official) -> Html {
    if text.wording == Wording::Meaning {
        return Html::default();
    }
    let badge = |class: &'static str, msg: Msg| {
        html! { <>{ " " }<span class={classes!("badge", class)}>{ t(lang, msg) }</span></> }
    };
    match lang {
        Lang::Ja if !text.ja_confirmed() => badge("badge-unconfirmed", Msg::GlJaUnconfirmed),
        Lang::Ja => Html::default(),
        Lang::En => match text.english {
            English::Official => Html::default(),
            English::IpaProvisional => badge("badge-neutral", Msg::TrIpaProvisional),
            English::Shindan => badge("badge-unofficial", Msg::GlUnofficialTranslation),
        },
    }
}

/// An official name (a title, a heading) with the badges it needs.
pub fn official_name(lang: Lang, text: &Official) -> Html {
    html! { <>{ text.get(lang) }{ official_badges(lang, text) }</> }
}
