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
    // --- assessment ---
    StoredDataUnreadable => "保存されていたデータを読み込めませんでした。元のデータは消さずに次のキーに退避しました：", "The stored data could not be read. The original was kept, unchanged, under this key: ";
    SaveFailed => "保存できませんでした（容量不足の可能性があります）。画面上の回答は残っています。", "Could not save (the browser's storage may be full). Your answers on screen are kept.";
    SelfAssessmentNotCertification => "これは自己診断です。認証や監査ではありません。", "This is a self-assessment, not a certification or an audit.";
    MetaTitle => "診断の対象", "What is assessed";
    MetaName => "組織・部署名", "Organisation or unit";
    MetaDate => "診断日", "Date of assessment";
    MetaAssessor => "回答者", "Assessed by";
    MetaLocalOnly => "入力内容はこのブラウザの中だけに保存されます。", "What you enter is stored only in this browser.";
    OnThisPage => "このページの内容", "On this page";
    Progress => "回答済み", "Answered";
    Print => "印刷する", "Print";
    ExampleMeasures => "対策の例", "Example measures";
    WhyAndExamples => "なぜ必要か・対策の例", "Why it matters and example measures";
    SummaryTitle => "まとめ", "Summary";
    SeeResults => "結果を見る", "See the results";
    ShindanOwn => "Shindan 独自", "Shindan's own";
    // SME path
    SmeTitle => "中小企業のステップアップ診断", "SME step-up assessment";
    SmeIntro => "IPA「中小企業の情報セキュリティ対策ガイドライン」の段階に沿って、5か条、25項目の自社診断、基本方針づくりへと進みます。", "Follow the steps of IPA's SME guidelines: the 5 articles, the 25-item self-diagnosis, then a basic policy.";
    ArticlesHelp => "5か条は、まだ実施していなくても「取り組むことを約束する」ことで SECURITY ACTION ★（一つ星）を宣言できます。", "You can declare SECURITY ACTION ★ (one star) by committing to the 5 articles, even before they are all in place.";
    ArticleDone => "実施済み", "Already done";
    ArticleCommitted => "未実施だが取り組むと約束する", "Not yet, but we commit to it";
    ArticleNotYet => "まだ決めていない", "Not decided yet";
    PolicyRepresentative => "代表者名", "Representative";
    PolicyDate => "制定日", "Effective date";
    PolicyDraftTitle => "情報セキュリティ基本方針（案）", "Information security basic policy (draft)";
    PolicyBlank => "（未記入）", "(not filled in)";
    PolicyDraft1 => "{org}は、情報セキュリティを経営の課題と位置付け、経営者が責任を持って率先して取り組みます。", "{org} treats information security as a management issue; its management takes responsibility and leads the work.";
    PolicyDraft2 => "{org}は、情報セキュリティを推進する担当者と体制を定め、必要な人と予算を確保します。", "{org} appoints the people and sets up the structure that drive information security, and provides the staff and budget they need.";
    PolicyDraft3 => "{org}の従業員は、社内のルールを守り、情報セキュリティに必要な知識を身に付けます。", "Everyone working at {org} follows the company's rules and learns what they need to know about information security.";
    PolicyDraft4 => "{org}は、情報セキュリティに関係する法令、規範、お客様や取引先との契約を守ります。", "{org} complies with the laws, regulations and customer and partner contracts that concern information security.";
    PolicyDraft5 => "{org}は、ルール違反や情報セキュリティ事故が起きたときは速やかに対応し、原因を調べて再発を防ぎます。", "When a rule is broken or a security incident happens, {org} responds promptly, finds the cause and prevents it from happening again.";
    PolicySignature => "{date}　{org}　代表者 {rep}", "{date}, {org}, {rep} (representative)";
    PolicyEstablished => "この基本方針を経営者が決定した（策定済み）", "Management has adopted this basic policy (established)";
    PolicyPublished => "この基本方針を公開した（ウェブサイトや掲示など）", "This basic policy has been published (website, notice board, etc.)";
    Step4Body => "方針と対策は一度作って終わりではありません。定期的に自社診断をやり直して計画・実行・点検・改善（PDCA）を回し、取引先の要求や事業の規模に応じて ISMS（ISO/IEC 27001）認証の取得も検討します。", "A policy and its measures are never finished: redo the self-diagnosis regularly to run the plan-do-check-act cycle, and consider ISMS (ISO/IEC 27001) certification when customers or the size of the business call for it.";
    SmeActionsTitle => "経営者の重要7項目の取組", "The executives' 7 key actions";
    SmeActionsIntro => "中小企業の経営者が実施すべき7つの取組について、実施状況を確認します。", "Check how far the 7 actions the SME guidelines ask of executives are in place.";
    // SME results
    SmeResultsTitle => "中小企業向け診断の結果", "SME assessment results";
    SelfCheckTotal => "自社診断の合計点", "Self-diagnosis total";
    Provisional => "暫定・回答済み", "provisional, answered";
    NextStep => "次の一歩：", "Next step: ";
    BandAfterAll => "25項目すべてに回答すると、点数に応じた評価と次の一歩が表示されます。", "Answer all 25 items to see what your score means and the next step.";
    PartSubtotals => "パートごとの小計", "Subtotals per part";
    Part => "パート", "Part";
    Points => "点数", "Points";
    Answered => "回答済み", "Answered";
    StarOne => "一つ星：情報セキュリティ5か条に取り組む", "One star: working on the 5 articles";
    StarOneReady => "5か条すべてが実施済みまたは取組を約束済みです。★（一つ星）を宣言できます。", "All five articles are done or committed to: you can declare ★ (one star).";
    StillCommitments => "次の項目はまだ「約束」の段階です。宣言後に実施してください：", "These are still only commitments; carry them out after declaring:";
    StarOneNotYet => "★を宣言するには、次の項目を実施済みにするか、取り組むと約束してください：", "To declare ★, mark these as done or commit to them:";
    StarTwo => "二つ星：自社診断と基本方針の策定・公開", "Two stars: self-diagnosis, and a basic policy established and published";
    StarTwoReady => "自社診断を終え、基本方針を策定・公開しています。★★（二つ星）を宣言できます。", "The self-diagnosis is done and a basic policy is established and published: you can declare ★★ (two stars).";
    StarTwoMissing => "★★を宣言するには、まだ次のものが足りません：", "To declare ★★, this is still missing:";
    ItemsUnanswered => "項目が未回答", "items unanswered";
    HowToDeclare => "宣言は IPA の SECURITY ACTION のサイトで自社が行う自己宣言です（認証ではありません）。宣言するとロゴマークを使えます。", "You declare on IPA's SECURITY ACTION website yourself: it is a self-declaration, not a certification. Declared companies may use the logo.";
    DontKnowTodo => "「わからない」と答えた項目（確認のための To-Do）", "Items answered \"Don't know\" (to find out)";
    WeakestItems => "優先して取り組みたい項目と対策の例", "Items to work on first, with example measures";
    // results
    ResultsTitle => "診断結果", "Results";
    ModelEdition => "使用したモデル：", "Model edition: ";
    ExecResultsTitle => "経営者向け診断（指示1〜10）", "Executive assessment (directions 1–10)";
    ExecNothingYet => "まだ回答がありません。次から始めてください：", "Nothing answered yet. Start here: ";
    PrincipleScores => "3原則（付録A-1）の達成度", "The 3 principles (Appendix A-1)";
    Principle => "原則", "Principle";
    Direction => "指示", "Direction";
    DirectionScores => "指示ごとの達成度（付録A-2）", "Score per direction (Appendix A-2)";
    NotApplicableShort => "該当なし", "n/a";
    ProvisionalShort => "暫定", "provisional";
    RadarTitle => "指示1〜10のレーダーチャート：達成度と現在・目標の成熟度（0〜100）", "Radar of directions 1–10: score and current and target maturity (0–100)";
    RadarTable => "レーダーチャートの数値", "Radar chart values";
    LegendScore => "達成度（%）", "Score (%)";
    LegendCurrent => "現在の成熟度（÷4×100）", "Current maturity (÷4 × 100)";
    LegendTarget => "目標の成熟度（÷4×100）", "Target maturity (÷4 × 100)";
    GapsTitle => "優先して取り組むべきギャップ", "Gaps to close first";
    GapsIntro => "目標と現在の成熟度の差が大きい順、次に達成度が低い順に並べています。各指示の「対策を怠った場合のシナリオ」と対策の例を示します（要旨は Shindan による言い換え）。", "Ordered by the gap between target and current maturity, then by lowest score. Each shows the scenario if neglected and example measures (paraphrased by Shindan).";
    NoGaps => "ギャップはありません。", "No gaps.";
    Maturity => "成熟度", "Maturity";
    Gap => "差", "gap";
    ScenarioIfNeglected => "対策を怠った場合のシナリオ", "Scenario if neglected";
    SuggestedActions => "推奨される対策（対策の例）", "Suggested actions (example measures)";
    CsfProfile => "NIST CSF プロファイル", "NIST CSF profile";
    Csf11ViewTitle => "NIST CSF 1.1 カテゴリ別（付録A-2 の対応IDによる）", "NIST CSF 1.1 by category (through the IDs printed in Appendix A-2)";
    Csf11ViewLabel => "METI 付録A-2 に記載された CSF 1.1 の ID で集計しています。", "Aggregated through the CSF 1.1 IDs printed in METI's Appendix A-2.";
    Csf20ViewTitle => "NIST CSF 2.0 カテゴリ別（Shindan の対応付け）", "NIST CSF 2.0 by category (Shindan's mapping)";
    Csf20ViewLabel => "CSF 2.0 との対応は METI が公表していないため、Shindan 独自の対応付けで集計しています。自社診断の項目も含みます。", "METI has not published a CSF 2.0 mapping; this view uses Shindan's own crosswalk and includes the self-diagnosis items.";
    OfficialMapping => "公式の対応", "Official mapping";
    ShindanMapping => "Shindan の対応付け（非公式）", "Shindan's mapping (unofficial)";
    CsfCategory => "カテゴリ", "Category";
    ItemsCounted => "回答済み／対応項目", "Answered / mapped items";
    NoData => "データなし", "no data";
    UnknownsTitle => "「わからない」と答えた項目", "Items answered \"Don't know\"";
    NoUnknowns => "「わからない」と答えた項目はありません。", "No item was answered \"Don't know\".";
    A1Short => "付録A-1", "A-1";
    A2Short => "付録A-2", "A-2";
    SelfCheckShort => "自社診断", "Self-diagnosis";
    // executive assessment
    ExecTitle => "経営者向け診断（サイバーセキュリティ経営ガイドライン Ver3.0）", "Executive assessment (Cybersecurity Management Guidelines Ver3.0)";
    ExecIntro => "付録Aのチェックシートに沿って、まず経営者自身が3原則を確認し、次に指示1〜10の実施状況と成熟度を確認します。", "Following the Appendix A check sheets, the executive first checks the 3 principles, then how far directions 1–10 are carried out and how mature they are.";
    A1Title => "付録A-1：経営者が認識すべき3原則", "Appendix A-1: the 3 principles management needs to recognise";
    A1Intro => "経営者自身が確認する9項目です。", "Nine points for the executive to check personally.";
    A2Title => "付録A-2：重要10項目（指示1〜10）", "Appendix A-2: the ten important items (directions 1–10)";
    A2Intro => "実務担当者が回答し、経営者が結果を確認する40項目です。指示ごとに現在と目標の成熟度、メモも記録できます。", "Forty points answered by practitioners and confirmed by management. For each direction you can also record current and target maturity and a note.";
    MaturityScaleTitle => "成熟度（0〜4）の定義", "The maturity scale (0–4)";
    TierCurrent => "現在の成熟度", "Current maturity";
    TierTarget => "目標の成熟度", "Target maturity";
    TierUnset => "未選択", "Not set";
    NoteLabel => "メモ（根拠・担当者など。このブラウザにだけ保存）", "Note (evidence, owner; stored only in this browser)";
    ReadDirection => "この指示の解説を読む", "Read about this direction";
    // --- storage ---
    CsvColId => "診断ID", "Assessment ID";
    CsvColSection => "区分", "Section";
    CsvColItemId => "項目ID", "Item ID";
    CsvColItem => "項目", "Item";
    CsvColAnswer => "回答", "Answer";
    CsvColCode => "回答コード", "Answer code";
    CsvSectionA1 => "付録A-1", "Appendix A-1";
    CsvSectionA2 => "付録A-2", "Appendix A-2";
    CsvSectionSelfCheck => "自社診断", "Self-diagnosis";
    CsvSectionArticles => "5か条", "5 articles";
    CsvSectionActions => "重要7項目の取組", "7 key actions";
    CsvSectionTier => "成熟度", "Maturity";
    CsvSectionNote => "メモ", "Note";
    CsvSectionOther => "その他（このモデルにない項目）", "Other (not in this model)";
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
    // --- guidelines ---
    GlOverviewTitle => "ガイドラインを読む", "Read the guidelines";
    GlIntro => "Shindan が使うガイドラインの内容を、出典と確度とともに示します。公式の内容と Shindan 独自の内容は区別して表示します。要旨はすべて Shindan による言い換えで、原文そのままではありません。", "The guideline content Shindan uses, with its sources and confidence. Official content and Shindan's own content are marked apart. Summaries are Shindan's paraphrases, not the original text.";
    GlSubnavLabel => "ガイドラインのページ", "Guidelines pages";
    GlNavOverview => "概要", "Overview";
    GlNavMeti => "経営ガイドライン Ver3.0", "METI guidelines Ver3.0";
    GlNavHistory => "改訂の経緯", "Revision history";
    GlNavCsf => "NIST CSF との対応", "NIST CSF";
    GlNavSme => "中小企業ガイドライン", "SME guidelines";
    GlNavIncident => "インシデント記録（付録C）", "Incident record (Appendix C)";
    GlNavSources => "出典と未確認事項", "Sources and gaps";
    GlSource => "出典", "Source";
    GlConfidence => "確度", "Confidence";
    GlUnconfirmed => "未確認", "unconfirmed";
    GlOfficial => "公式", "official";
    GlUnofficial => "非公式・Shindan 独自", "unofficial · Shindan's own";
    GlUnofficialTranslation => "非公式訳", "unofficial translation";
    GlJaUnconfirmed => "日本語の表記は未確認", "Japanese wording unconfirmed";
    GlShortLabel => "略称", "short label";
    GlConfidenceLegend => "確度：H＝公式文書または独立した2つの情報源で確認、M＝妥当な二次資料1つ、L＝弱い・非公式の情報源のみ、U＝未確認。", "Confidence: H = official document or two independent sources; M = one reasonable secondary source; L = weak or single informal source only; U = unconfirmed.";
    GlFrameworks => "収録しているガイドライン・フレームワーク", "Frameworks covered";
    GlBackground => "背景", "Background";
    GlCardMeti => "3原則、重要10項目（指示1〜10）、付録A のチェック項目、付録D の規格対応。", "The 3 principles, the 10 directions, the Appendix A check items and the Appendix D standards mapping.";
    GlCardHistory => "Ver1.1 → Ver2.0 → Ver3.0 で項目がどう変わったか。", "How the items changed from Ver1.1 to Ver2.0 and Ver3.0.";
    GlCardCsf => "CSF 1.1・2.0 の機能とカテゴリ、公式の対応と Shindan の対応付け、成熟度と回答尺度。", "CSF 1.1 and 2.0 functions and categories, the official and Shindan's mappings, the maturity and answer scales.";
    GlCardSme => "3原則・重要7項目、ステップ1〜4、5か条、25項目の自社診断、SECURITY ACTION。", "3 principles, 7 actions, Steps 1–4, the 5 articles, the 25-item self-check, SECURITY ACTION.";
    GlCardIncident => "インシデント発生時に整理しておく項目。", "What to pin down when an incident occurs.";
    GlCardSources => "すべての出典と、確認できていない事項。", "Every source, and what could not be confirmed.";
    GlPrincipleN => "原則{n}", "Principle {n}";
    GlA1Heading => "付録A-1 チェック項目（経営者）", "Appendix A-1 check items (for management)";
    GlDirectionsHeading => "重要10項目（経営者が CISO 等に指示すべき事項）", "The 10 important items (directions from management to the CISO)";
    GlTitleJa => "日本語", "Japanese";
    GlTitleEn => "英語", "English";
    GlAppendices => "付録", "Appendices";
    GlAppendixN => "付録{n}", "Appendix {n}";
    GlDirSummary => "指示の内容（要旨）", "What is instructed (summary)";
    GlDirScenarios => "対策を怠った場合のシナリオ", "Scenarios if neglected";
    GlDirExamples => "対策例（抜粋）", "Example measures (selection)";
    GlDirFirstSteps => "最初の一歩（IPA プラクティス・ナビ）", "First steps (IPA Practice Navi)";
    GlNotRecorded => "この項目はモデルに収録されていません。", "Not recorded in the model.";
    GlA2Heading => "付録A-2 チェック項目（実務者）", "Appendix A-2 check items (for practitioners)";
    GlColNo => "番号", "No.";
    GlColItem => "チェック項目", "Check item";
    GlColCsf11Printed => "NIST CSF 1.1（印字どおり）", "NIST CSF 1.1 (as printed)";
    GlColCsf20Shindan => "CSF 2.0（Shindan の対応付け）", "CSF 2.0 (Shindan's mapping)";
    GlPrinted => "印字", "printed";
    GlReadAs => "Shindan の読み", "read by Shindan as";
    GlAppDHeading => "付録D 関連規格・フレームワークとの対応", "Appendix D: related standards and frameworks";
    GlCsf11Categories => "NIST CSF 1.1 カテゴリ", "NIST CSF 1.1 categories";
    GlCis => "CIS Controls v8 の項目", "CIS Controls v8";
    GlIso27001 => "ISO/IEC 27001:2022 の箇条", "ISO/IEC 27001:2022 clauses";
    GlIso27002 => "ISO/IEC 27002:2022 の管理策", "ISO/IEC 27002:2022 controls";
    GlWholeTheme => "テーマ全体", "whole theme";
    GlNone => "なし", "none";
    GlCrosswalkHeading => "NIST CSF 2.0 との対応", "NIST CSF 2.0 correspondence";
    GlShindanMapping => "Shindan の対応付け（METI は公表していません）", "Shindan's mapping (not published by METI)";
    GlPrev => "前の指示", "Previous direction";
    GlNext => "次の指示", "Next direction";
    GlDirNavLabel => "指示の移動", "Move between directions";
    GlGroup => "区分", "Group";
    GlBackToMeti => "指示の一覧へ戻る", "Back to all directions";
    GlHistoryTitle => "改訂の経緯：Ver1.1 → Ver2.0 → Ver3.0", "Revision history: Ver1.1 → Ver2.0 → Ver3.0";
    GlHistoryIntro => "重要10項目が版ごとにどう対応するかの表です。変更の種類は文字のラベルで示します。", "How the 10 important items correspond between versions. Each kind of change is shown as a text label.";
    GlLineageV11V2 => "Ver1.1（2016年）→ Ver2.0（2017年）", "Ver1.1 (2016) → Ver2.0 (2017)";
    GlLineageV2V3 => "Ver2.0（2017年）→ Ver3.0（2023年）", "Ver2.0 (2017) → Ver3.0 (2023)";
    GlColFrom => "改訂前", "Before";
    GlColTo => "改訂後", "After";
    GlColChange => "変更の種類", "Change";
    GlColNote => "説明", "Note";
    GlColSource => "出典", "Source";
    GlKindAdded => "追加", "added";
    GlKindMerged => "統合", "merged";
    GlKindSplit => "分割", "split";
    GlKindRenamed => "名称変更", "renamed";
    GlKindMoved => "移動", "moved";
    GlKindUnchanged => "変更なし", "unchanged";
    GlKindRemoved => "削除", "removed";
    GlVersionsHeading => "各版の3原則と10項目", "Principles and the 10 items of each version";
    GlTenItems => "重要10項目", "The 10 important items";
    GlPublished => "公開日", "Published";
    GlCsfTitle => "NIST サイバーセキュリティフレームワークとの対応", "NIST Cybersecurity Framework correspondence";
    GlCsfFunctions => "機能", "Functions";
    GlCsfCategoriesOf => "{n} の機能とカテゴリ", "Functions and categories of {n}";
    GlColId => "識別子", "ID";
    GlColName => "名称", "Name";
    GlColFunction => "機能", "Function";
    GlCsfJaNames => "日本語名は Shindan 訳です（IPA 訳との照合は未了）。", "The Japanese names are Shindan's translations (not checked against IPA's).";
    GlOfficialMapping => "指示ごとの公式の対応（付録D）", "Official mapping per direction (Appendix D)";
    GlColDirection => "指示", "Direction";
    GlMap11to20 => "CSF 1.1 カテゴリ → CSF 2.0 カテゴリ（Shindan の簡略化）", "CSF 1.1 category → CSF 2.0 categories (Shindan's simplification)";
    GlMaturityHeading => "成熟度 0〜4（Shindan による NIST CSF 実装ティアの応用）", "Maturity 0–4 (Shindan's adaptation of the NIST CSF Implementation Tiers)";
    GlMaturityNotMeti => "この尺度は METI・IPA が定めたものではありません。", "This scale is not METI's or IPA's.";
    GlColLevel => "レベル", "Level";
    GlColDefinition => "定義", "Definition";
    GlColTier => "NIST 実装ティア", "NIST tier";
    GlColAnswer => "回答", "Answer";
    GlColPoints => "点数", "Points";
    GlExcluded => "採点対象外", "excluded";
    GlSmeEditions => "版", "Editions";
    GlColEdition => "版", "Edition";
    GlColDate => "日付", "Date";
    GlSmePrinciples => "経営者が認識すべき3原則", "Three principles for executives";
    GlSmeActions => "経営者がやらなければならない重要7項目の取組", "The 7 key actions for executives";
    GlSmeSteps => "段階的な取組（ステップ1〜4）", "The step-up path (Step 1–4)";
    GlStepN => "ステップ{n}", "Step {n}";
    GlSmeArticles => "情報セキュリティ5か条", "The 5 articles of information security";
    GlArticleN => "第{n}条", "Article {n}";
    GlPartN => "パート{n}", "Part {n}";
    GlExamples => "対策例", "Example measures";
    GlRespondent => "回答する人", "Who answers";
    GlWhy => "なぜ必要か", "Why it matters";
    GlScaleHeading => "回答と配点", "Answers and points";
    GlBandsHeading => "点数の目安", "Score bands";
    GlColRange => "点数", "Score";
    GlColStatus => "状態", "Meaning";
    GlColNextStep => "次にすること", "Next step";
    GlNaHeading => "「該当しない」の扱い", "Items that do not apply";
    GlPolicyHeadings => "情報セキュリティ基本方針の見出し（IPA のひな形）", "Headings of the basic security policy (IPA's template)";
    GlSaNotCert => "SECURITY ACTION は自己宣言であり、認証ではありません。", "SECURITY ACTION is a self-declaration, not a certification.";
    GlSaCriteria => "宣言の条件", "Criteria";
    GlSaFacts => "制度について", "About the scheme";
    GlIncidentTitle => "インシデント記録の項目（付録C）", "Incident record fields (Appendix C)";
    GlIncidentTables => "付録C の表", "Tables of Appendix C";
    GlIncidentFields => "記録する項目", "Fields to record";
    GlIncidentLegend => "番号付きの項目は公式（表1）、「Shindan の追加項目」と表示したものは Shindan が加えた項目です。", "Numbered fields are official (table 1); fields marked \"Shindan's addition\" were added by Shindan.";
    GlColField => "項目", "Field";
    GlColHint => "書くこと", "What to write";
    GlColKind => "入力形式", "Input";
    GlColOrigin => "区分", "Origin";
    GlShindanAddition => "Shindan の追加項目", "Shindan's addition";
    GlOfficialField => "公式項目", "official field";
    GlFieldText => "短い文", "short text";
    GlFieldLongText => "長い文", "long text";
    GlFieldDate => "日付", "date";
    GlFieldDateTime => "日時", "date and time";
    GlFieldChoice => "1つ選択", "one choice";
    GlFieldMultiChoice => "複数選択", "several choices";
    GlV3AppC => "Ver3.0 の付録C", "Appendix C in Ver3.0";
    GlSourcesTitle => "出典と未確認事項", "Sources and open gaps";
    GlSourcesList => "出典一覧", "Source list";
    GlColTitle => "名称", "Title";
    GlColSrcKind => "種類", "Kind";
    GlColLocation => "所在", "Location";
    GlLocationNote => "所在は文字で示します（このアプリは外部に接続しません）。", "Locations are shown as text (this app makes no outside connections).";
    GlSkOfficial => "公式", "official";
    GlSkOfficialTranslation => "公式の仮訳", "official translation";
    GlSkGovernmentSecondary => "行政機関の二次資料", "government secondary";
    GlSkMirror => "写し", "mirror";
    GlSkSecondary => "二次資料", "secondary";
    GlSkWeak => "弱い手がかり", "weak hint";
    GlSkSeed => "元資料（経済産業省の説明資料）", "seed (METI slide deck)";
    GlSkProject => "Shindan 独自", "Shindan's own";
    GlGaps => "未確認事項", "Open gaps";
    GlGapOpen => "未解決", "open";
    GlGapPartial => "一部確認済み", "partly confirmed";
    GlRelated => "関連", "Related";
    GlDirectionMissing => "この指示はモデルにありません。", "This direction is not in the model.";
    // --- privacy & offline ---
    PrivacyWhereTitle => "保存されるもの・場所", "What is stored, and where";
    PrivacyKeys => "保存する項目の名前（キー）はすべて「shindan.」で始まります。例：表示言語は shindan.v1.lang。ほかのサイトやアプリのデータには触れません。", "Every item Shindan stores has a name (key) starting with \"shindan.\"; for example the display language is shindan.v1.lang. Nothing else in your browser is touched.";
    PrivacyOffline => "オフライン利用：初回の表示後、アプリ自身のファイル（HTML・CSS・JS・WASM・アイコン）だけをブラウザのキャッシュに保存し、ネットワークがなくても動くようにします。キャッシュに回答は入りません。", "Offline use: after the first visit, only the app's own files (HTML, CSS, JS, WASM, icons) are kept in the browser's cache so it works without a network. Your answers are never in that cache.";
    PrivacyNetworkTitle => "通信", "Network";
    PrivacyCsp => "コンテンツセキュリティポリシー（CSP）により、このページは自分のサイト以外からスクリプト・スタイル・画像を読み込めず、自分のサイト以外へは接続できません。", "A Content Security Policy (CSP) stops this page from loading scripts, styles or images from anywhere but its own site, and from connecting anywhere else.";
    PrivacyLinksTitle => "リンク", "Links";
    PrivacyDeleteTitle => "データの削除", "Deleting your data";
    PrivacyDeleteHow => "下のボタンで、このブラウザに保存された Shindan のデータ（「shindan.」で始まる項目）をすべて削除できます。ブラウザの設定で「サイトデータを削除」しても同じです。オフライン用のキャッシュ（アプリのファイルのみ）もそこで削除できます。", "The button below deletes all of Shindan's data in this browser (every item starting with \"shindan.\"). Clearing this site's data in your browser settings does the same, and also removes the offline cache (which holds only the app's files).";
    DeleteAll => "すべてのデータを削除", "Delete all my data";
    DeleteConfirmQuestion => "このブラウザに保存された Shindan のデータをすべて削除しますか？ 元に戻せません。", "Delete all of Shindan's data in this browser? This cannot be undone.";
    DeleteConfirm => "削除する", "Yes, delete it all";
    DeleteCancel => "キャンセル", "Cancel";
    DeleteDone => "削除しました。このブラウザに Shindan のデータは残っていません。削除した項目数：", "Done. No Shindan data is left in this browser. Items deleted: ";
    DeleteUnavailable => "このブラウザではストレージにアクセスできないため、削除できませんでした（保存もされていません）。", "This browser does not give access to its storage, so nothing could be deleted (and nothing was saved).";
    DeleteFailed => "ブラウザが削除を拒否しました。ブラウザの設定からこのサイトのデータを削除してください。", "The browser refused to delete. Please clear this site's data in your browser settings.";
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
