//! Every user-interface string, in Japanese and English, in one place. Pure.
//!
//! Guideline content (titles, check items, hints) lives in the model's data files; this module
//! holds only the app's own chrome. Each message is declared once with both languages side by
//! side, so a missing translation is a compile error, and `tests` reject empty ones.

use crate::lang::Lang;

macro_rules! messages {
    ($( $(#[$doc:meta])* $key:ident => $ja:expr, $en:expr; )*) => {
        /// A user-interface message.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Msg { $( $(#[$doc])* $key, )* }

        impl Msg {
            /// Every message, for the completeness test.
            pub const ALL: &'static [Msg] = &[ $( Msg::$key, )* ];

            /// The message in `lang`.
            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $( (Msg::$key, Lang::Ja) => $ja, (Msg::$key, Lang::En) => $en, )*
                }
            }
        }
    };
}

/// Shorthand used by the views: `t(lang, Msg::AppName)`.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    msg.text(lang)
}

messages! {
    // --- shell ---
    AppName => "診断 Shindan", "Shindan 診断";
    AppTagline => "日本のサイバーセキュリティ経営ガイドラインの自己診断", "Self-assessment for Japan's cybersecurity management guidelines";
    SkipToContent => "本文へ移動", "Skip to main content";
    NavLabel => "主なセクション", "Main sections";
    NavGuidelines => "ガイドライン", "Guidelines";
    NavSme => "中小企業ステップアップ", "SME step-up";
    NavExecutive => "経営者向け診断", "Executive assessment";
    NavResults => "結果", "Results";
    NavAssessments => "保存した診断", "My assessments";
    NavPrivacy => "プライバシー", "Privacy";
    LangSwitchLabel => "表示言語", "Display language";
    /// The label of the button that switches to the *other* language, written in that language.
    LangSwitchTo => "English", "日本語";
    FooterPrivacy => "回答はこのブラウザの中だけで処理・保存され、外部に送信されることはありません。", "Your answers are processed and stored only in this browser. Nothing is sent anywhere.";
    FooterSelfAssessment => "本ツールは自己診断です。認証や監査ではありません。", "This is a self-assessment tool, not a certification or an audit.";
    FooterSource => "ソースコードと出典はリポジトリの README を参照してください。", "See the repository README for the source code and sources.";
    StorageUnavailable => "このブラウザではデータを保存できません（プライベートモード等）。回答は画面を閉じると失われます。", "This browser does not allow saving data (private mode or similar). Your answers will be lost when you close the page.";
    // --- home ---
    HomeTitle => "ブラウザだけで完結するセキュリティ経営の自己診断", "A private security-management self-assessment that stays in your browser";
    HomeIntro => "経済産業省・IPA の「サイバーセキュリティ経営ガイドライン」と IPA の「中小企業の情報セキュリティ対策ガイドライン」に沿って、自社の状況を数分で確認できます。", "Check where your organisation stands against METI/IPA's Cybersecurity Management Guidelines and IPA's SME guidelines in a few minutes.";
    HomeStartSme => "中小企業向け：5か条と自社診断から始める", "For SMEs: start with the 5 articles and the self-diagnosis";
    HomeStartExecutive => "経営者向け：指示1〜10をチェックする", "For executives: check directions 1–10";
    HomeReadGuidelines => "ガイドラインの内容を読む", "Read the guidelines";
    HomePrivacyTitle => "データの扱い", "Your data";
    HomePrivacyBody => "回答はサーバーに送られません。保存先はこのブラウザの localStorage だけです。共有リンクの内容は URL の # 以降にあり、サーバーには届きません。", "No answer is sent to a server. They are kept only in this browser's localStorage. A shared link carries its data after the #, which never reaches a server.";
    // --- placeholders for sections that later issues fill ---
    ComingSoon => "このセクションは準備中です。", "This section is being built.";
    // --- not found ---
    NotFoundTitle => "ページが見つかりません", "Page not found";
    NotFoundBody => "指定されたページはありません。リンクが途中で切れていないか確認してください。", "There is no page at this address. Check that the link was not cut off.";
    NotFoundRequested => "要求されたパス：", "Requested path: ";
    BackHome => "トップページへ戻る", "Back to the start page";
    // --- privacy ---
    PrivacyTitle => "プライバシー", "Privacy";
    PrivacyStored => "保存されるもの：表示言語と診断の回答。保存先はこのブラウザの localStorage のみです。", "What is stored: your display language and your answers, only in this browser's localStorage.";
    PrivacyNetwork => "通信：アプリ自身の静的ファイル（HTML・CSS・WASM・JS）の読み込みだけです。解析ツール、外部フォント、CDN は使っていません。", "Network: only the app's own static files (HTML, CSS, WASM, JS) are loaded. No analytics, external fonts or CDNs.";
    PrivacyLinks => "共有リンク：結果は URL の # 以降（フラグメント）にだけ入り、ブラウザはこれをサーバーに送りません。", "Shared links: the result is only in the part of the URL after # (the fragment), which browsers never send to a server.";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_both_languages() {
        for m in Msg::ALL {
            for l in Lang::ALL {
                assert!(!m.text(l).trim().is_empty(), "{m:?} is empty in {l:?}");
            }
        }
    }

    #[test]
    fn japanese_messages_are_japanese() {
        // A copy-paste of the English into the ja slot is the typical translation slip.
        let is_ja = |c: char| {
            ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c)
        };
        for m in Msg::ALL {
            if matches!(m, Msg::LangSwitchTo) {
                continue; // deliberately written in the other language
            }
            assert!(
                m.text(Lang::Ja).chars().any(is_ja),
                "{m:?} has no Japanese in ja"
            );
        }
    }

    #[test]
    fn the_switch_names_the_other_language() {
        assert_eq!(t(Lang::Ja, Msg::LangSwitchTo), "English");
        assert_eq!(t(Lang::En, Msg::LangSwitchTo), "日本語");
    }
}
