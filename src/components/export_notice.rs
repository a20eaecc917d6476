//! The confirmation after every export or download: one polite live region in the shell, always
//! in the page (so assistive technology announces each new text), shown as a small bar at the
//! bottom of the screen until dismissed or replaced. Its text comes from
//! `files::Downloader::save`.

use yew::prelude::*;

use crate::hooks::download::{Notice, NoticeDispatch};
use crate::hooks::use_lang;
use shindan_core::i18n::{t, Msg};

#[derive(Properties, PartialEq)]
pub struct ExportNoticeProps {
    pub notice: Notice,
    pub dispatch: NoticeDispatch,
}

#[component]
pub fn ExportNotice(props: &ExportNoticeProps) -> Html {
    let lang = use_lang();
    let shown = !props.notice.text.is_empty();
    let on_close = {
        let d = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.dispatch("".into()))
    };
    html! {
        <div class={classes!("export-notice", "no-print", shown.then_some("is-shown"))}>
            <p role="status" aria-live="polite" id="export-notice">
                if shown {
                    // Keyed by the count: the same text again is a new node, announced again.
                    <span key={props.notice.seq.to_string()}>{ props.notice.text.to_string() }</span>
                }
            </p>
            if shown {
                <button type="button" class="secondary export-notice-close" onclick={on_close}
                    aria-label={t(lang, Msg::NoticeClose)}>{ "×" }</button>
            }
        </div>
    }
}
