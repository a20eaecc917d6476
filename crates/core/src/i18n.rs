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

            /// Japanese and English text of every message, in declaration order: a table
            /// indexed by the variant (smaller in the wasm than a match of one arm per text).
            const TEXT: &'static [[&'static str; 2]] = &[ $( [$ja, $en], )* ];

            /// The message in `lang`.
            pub fn text(self, lang: Lang) -> &'static str {
                let [ja, en] = entry(self).unwrap_or(["", ""]);
                match lang {
                    Lang::Ja => ja,
                    Lang::En => en,
                }
            }
        }
    };
}

// The first screen's texts: the only ones the first-screen build links.
pub mod first;

/// Every message's text, once the whole app has installed it ([`install_all`]). The first
/// screen never does, so only the texts it shows (`first.rs`) are linked into it.
#[cfg(target_arch = "wasm32")]
static ALL: std::sync::OnceLock<&'static [[&'static str; 2]]> = std::sync::OnceLock::new();

/// Makes every message available (the whole app's `main`, `boot::full`).
pub fn install_all() {
    #[cfg(target_arch = "wasm32")]
    let _ = ALL.set(Msg::TEXT);
}

/// The Japanese and English of `m`: from the whole table natively and once installed, else
/// from the first screen's.
fn entry(m: Msg) -> Option<[&'static str; 2]> {
    #[cfg(not(target_arch = "wasm32"))]
    return Msg::TEXT.get(m as usize).copied();
    #[cfg(target_arch = "wasm32")]
    match ALL.get() {
        Some(all) => all.get(m as usize).copied(),
        None => first::get(m),
    }
}

/// Shorthand used by the views: `t(lang, Msg::AppName)`.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    msg.text(lang)
}

/// A message with `{n}` replaced, e.g. `tn(lang, Msg::GlPrincipleN, 2)` → "原則2".
pub fn tn(lang: Lang, msg: Msg, n: impl std::fmt::Display) -> String {
    t(lang, msg).replace("{n}", &n.to_string())
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
    HomeIntro => "経済産業省・IPA の「サイバーセキュリティ経営ガイドライン」と IPA の「中小企業の情報セキュリティ対策ガイドライン」に沿って、自社の状況を確かめます。目的に合う入口を選んでください。", "Check where your organisation stands against METI/IPA's Cybersecurity Management Guidelines and IPA's SME guidelines. Pick the way in that fits you.";
    HomeStartSme => "中小企業の経営者・担当者：★★を目指すならこちら — 5か条と25項目の自社診断、基本方針（目安 15〜20分）", "SME owners and staff aiming for ★★: the 5 To-dos, the 25-item self-diagnosis and a basic policy (about 15–20 minutes)";
    HomeStartExecutive => "経営者・CISO：指示1〜10 と付録A のチェック 49項目（目安 30〜45分）、取締役会向けの要約つき", "Executives and CISOs: directions 1–10 and the 49 Appendix A checks (about 30–45 minutes), with a board summary";
    HomeConsultants => "コンサルタント・取引先の確認：複数の診断を保存し、比較・印刷・CSV で渡す", "Consultants and partner reviews: keep several assessments, compare them, print or hand over as CSV";
    HomeSaTitle => "SECURITY ACTION とは", "What SECURITY ACTION is";
    HomeSaBody => "中小企業が情報セキュリティ対策に取り組むことを自ら宣言する IPA の制度です（認証ではありません）。★一つ星は5か条に取り組むこと、★★二つ星は自社診断で現状を把握し、基本方針を定めて公開したことの宣言です。Shindan は宣言の準備ができているかを示します。", "IPA's scheme in which SMEs declare for themselves that they work on information security (a self-declaration, not a certification). ★ One-Star declares work on the 5 To-dos; ★★ Two-Star declares a self-diagnosis done and a basic policy set and published. Shindan shows whether you are ready to declare.";
    ModelEditionsText => "サイバーセキュリティ経営ガイドライン Ver3.0（2023年3月24日）・中小企業の情報セキュリティ対策ガイドライン 第3.1版（2023年4月26日）", "Cybersecurity Management Guidelines Ver3.0 (24 March 2023) · SME Information Security Guidelines version 3.1 (26 April 2023)";
    HomeReadGuidelines => "ガイドラインの内容を読む", "Read the guidelines";
    HomePrivacyTitle => "データの扱い", "Your data";
    HomePrivacyBody => "回答はサーバーに送られません。保存先はこのブラウザの localStorage だけです。共有リンクの内容は URL の # 以降にあり、サーバーには届きません。", "No answer is sent to a server. They are kept only in this browser's localStorage. A shared link carries its data after the #, which never reaches a server.";
    // --- the whole app loaded from the first screen (`boot`) ---
    FullLoading => "ページを読み込んでいます…", "Loading the page…";
    FullLoadFailed => "このページを読み込めませんでした。接続を確かめて、もう一度お試しください。入力済みの回答は失われていません。", "This page could not be loaded. Check the connection and try again. Your answers are not lost.";
    FullRetry => "もう一度読み込む", "Try again";
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
    WhyAndExamples => "なぜ必要か・対策の例（Shindan の解説）", "Why it matters and example measures (Shindan's notes)";
    SummaryTitle => "まとめ", "Summary";
    SeeResults => "結果を見る", "See the results";
    ShindanOwn => "Shindan 独自", "Shindan's own";
    /// The visible marker before Shindan's own text (`components::said`).
    OwnMark => "Shindan", "Shindan";
    /// What the marker means: its accessible name and tooltip.
    OwnMarkMeaning => "Shindan による説明（ガイドラインの文言ではありません）", "Shindan's own text, not the guideline's wording";
    /// An English name in IPA's provisional translation of the SME guideline.
    /// Before the 7-initiatives percentage: IPA defines no score for them.
    ActionsScoreIsShindans => "IPA は重要7項目の点数を定めていないため、この割合は Shindan の計算です（実施している 4点・一部 2点・それ以外 0点、該当しないは除外）：", "IPA defines no score for the seven initiatives; this percentage is Shindan's (implemented 4 points, partly 2, otherwise 0; not applicable left out):";
    TrIpaProvisional => "IPA 仮訳", "IPA provisional translation";
    // SME path
    SmeTitle => "中小企業のステップアップ診断", "SME step-up assessment";
    SmeIntro => "IPA「中小企業の情報セキュリティ対策ガイドライン」第3.1版の4つの段階に沿って進みます。第1段階は5か条（★）、第2段階は基本方針・25項目の自社診断・対策の決定と周知（★★）です。", "Follow the four stages of IPA's SME guidelines, version 3.1: stage 1 is the 5 To-dos (★); stage 2 is the basic policy, the 25-item self-diagnosis and deciding and communicating the measures (★★).";
    ArticlesHelp => "5か条は、まだ実施していなくても「取り組むことを約束する」ことで SECURITY ACTION ★（一つ星）を宣言できます。", "You can declare SECURITY ACTION ★ (one star) by committing to the 5 To-dos, even before they are all in place.";
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
    PolicySectionIntro => "方針の案を作り、経営者が決定して、社内外に示します。見出しは IPA の基本方針のひな形によります。", "Draft the policy, have management adopt it, and make it known inside and outside the company. The headings follow IPA's sample basic policy.";
    StarTwoIsStageTwo => "SECURITY ACTION ★★ は、この第2段階を実施したことの宣言です。宣言の条件は、自社診断で現状を把握したことと、基本方針を定めて公開したことです（第3.1版 第2部 第3章のコラム）。", "SECURITY ACTION ★★ declares that this stage 2 is done. Its conditions are assessing the current status with the self-diagnosis and setting and publishing a basic policy (version 3.1, Part 2 chapter 3 column).";
    MeasuresSectionBody => "自社診断の結果をもとに実施する対策を決め、情報セキュリティハンドブックなどにまとめて従業員全員に周知します。Shindan はこの節を別の質問にせず、自社診断 No.25（対策をルール化し従業員に明示している）の回答で読み取ります。", "Decide the measures to take from the self-diagnosis results, collect them in an information security handbook or similar, and make them known to every employee. Shindan asks no separate question for this section: it reads the answer to self-diagnosis No.25 (rules for the measures set and made clear to employees).";
    MeasuresSectionDone => "No.25 が「実施している」: この節はできています。", "No.25 is \"Implemented\": this section is done.";
    MeasuresSectionNotYet => "No.25 が「実施している」になるまで、この節はまだです。", "Until No.25 is \"Implemented\", this section is not done yet.";
    StageNotAssessed => "Shindan はこの段階を節ごとには診断しません。各節に対応する重要7項目（第2部 表2）の回答は、下の「重要7項目」で確かめられます。", "Shindan does not assess this stage section by section. The answers to the key initiatives that correspond to each section (Part 2, Table 2) are in the key initiatives below.";
    InitiativeN => "取組{n}", "Initiative {n}";
    SmeActionsTitle => "経営者の重要7項目の取組", "The executives' 7 key actions";
    SmeActionsIntro => "中小企業の経営者が実施すべき7つの取組について、実施状況を確認します。", "Check how far the 7 actions the SME guidelines ask of executives are in place.";
    // SME results
    SmeResultsTitle => "中小企業向け診断の結果", "SME assessment results";
    SelfCheckTotal => "自社診断の合計点", "Self-diagnosis total";
    Provisional => "暫定・回答済み", "provisional, answered";
    NextStep => "次の対策：", "Next measures: ";
    BandAfterAll => "25項目すべてに回答すると、点数に応じた評価と次の一歩が表示されます。", "Answer all 25 items to see what your score means and the next step.";
    PartSubtotals => "パートごとの小計", "Subtotals per part";
    Part => "パート", "Part";
    Points => "点数", "Points";
    Answered => "回答済み", "Answered";
    StarOne => "一つ星：情報セキュリティ5か条に取り組む", "One star: working on the 5 To-dos";
    StarOneReady => "5か条すべてが実施済みまたは取組を約束済みです。★（一つ星）を宣言できます。", "All 5 To-dos are done or committed to: you can declare ★ (one star).";
    StillCommitments => "次の項目はまだ「約束」の段階です。宣言後に実施してください：", "These are still only commitments; carry them out after declaring:";
    StarOneNotYet => "★を宣言するには、次の項目を実施済みにするか、取り組むと約束してください：", "To declare ★, mark these as done or commit to them:";
    StarTwo => "二つ星：自社診断と基本方針の策定・公開", "Two stars: self-diagnosis, and a basic policy established and published";
    StarTwoReady => "自社診断を終え、基本方針を策定・公開しています。★★（二つ星）を宣言できます。", "The self-diagnosis is done and a basic policy is established and published: you can declare ★★ (two stars).";
    HowToDeclare => "宣言は IPA の SECURITY ACTION のサイトで自社が行う自己宣言です（認証ではありません）。宣言するとロゴマークを使えます。", "You declare on IPA's SECURITY ACTION website yourself: it is a self-declaration, not a certification. Declared companies may use the logo.";
    DontKnowTodo => "「わからない」と答えた項目（確認のための To-Do）", "Items answered \"Don't know\" (to find out)";
    WeakestItems => "優先して取り組みたい項目と対策の例", "Items to work on first, with example measures";
    // results
    ResultsTitle => "診断結果", "Results";
    ExecResultsTitle => "経営者向け診断（指示1〜10）", "Executive assessment (directions 1–10)";
    PrincipleScores => "3原則（付録A-1）の達成度", "The 3 principles (Appendix A-1)";
    Principle => "原則", "Principle";
    Direction => "指示", "Direction";
    DirectionScores => "指示ごとの達成度（付録A-2）", "Score per direction (Appendix A-2)";
    NotApplicableShort => "該当なし", "n/a";
    ProvisionalShort => "暫定", "provisional";
    RadarTitle => "指示1〜10のレーダーチャート：達成度と現在・目標の成熟度（0〜100）", "Radar of directions 1–10: score and current and target maturity (0–100)";
    RadarTable => "レーダーチャートの数値", "Radar chart values";
    LegendScore => "達成度（%）", "Score (%)";
    LegendCurrent => "現在の成熟度（4 が外周）", "Current maturity (4 at the rim)";
    LegendTarget => "目標の成熟度（4 が外周）", "Target maturity (4 at the rim)";
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
    // The SME path as screens, the basic policy's print, the menu and separators
    /// Between a label and what follows it: full width in Japanese, ": " in English.
    Colon => "：", ": ";
    /// Between the items of a short inline list.
    ListSep => "、", ", ";
    NavPartners => "取引先", "Partners";
    /// The button that opens the menu on a phone.
    NavMenu => "メニュー", "Menu";
    SmeStepsLabel => "診断の段階", "Steps of the assessment";
    SmeResultScreen => "結果", "Results";
    SmeItemJump => "自社診断の項目番号（1〜25）へ移動", "Go to self-diagnosis item No. (1–25)";
    SmeItemJumpGo => "移動", "Go";
    PolicyTitleDecided => "情報セキュリティ基本方針", "Information security basic policy";
    /// A blank to write on, in the printed policy.
    PolicyBlankLine => "＿＿＿＿＿＿＿＿", "____________";
    PolicyBlankDate => "＿＿＿＿年＿＿月＿＿日", "____ / __ / __";
    ActionsNoneAnswered => "まだ回答がありません", "nothing answered yet";
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
    CsvSectionArticles => "5か条", "5 To-dos";
    CsvSectionActions => "重要7項目の取組", "7 key actions";
    CsvSectionTier => "成熟度", "Maturity";
    CsvSectionNote => "メモ", "Note";
    CsvSectionOther => "その他（このモデルにない項目）", "Other (not in this model)";
    Untitled => "（名前なし）", "(untitled)";
    DownloadUnreadable => "元のデータをダウンロード", "Download the original data";
    StoredDataStuck => "読み込めないデータがありましたが、退避できなかったため元の場所にそのまま残しています（上書きしません）：", "Some stored data could not be read or set aside; it is left where it was and will not be overwritten: ";
    NewerData => "新しいバージョンの Shindan で保存されたデータがあります。このバージョンでは読み取り専用として扱い、変更・上書きしません：", "Some data was saved by a newer version of Shindan. This version treats it as read-only and never changes or overwrites it:";
    MigrationPending => "以前の形式のデータを新しい形式で保存できませんでした。元のデータは消さずに残してあり、次に保存できたときに移行します。", "Your data in the older format could not be saved in the new format yet. The original is kept and will be migrated at the next successful save.";
    ExportBackupNow => "今すぐバックアップファイルを書き出す", "Export a backup file now";
    ConflictKeptBoth => "別のタブで同じ診断が同時に変更されました。どちらの内容も失わないよう、両方を別々の診断として保存しました：", "Another tab changed the same assessment at the same time. Both versions are kept as separate assessments:";
    BackupReminder => "バックアップファイルに書き出していない変更が7日以上前からあります。ブラウザのデータが消えた場合に備えて書き出しておきましょう。", "Some changes have not been exported to a backup file for over 7 days. Export one in case the browser's data is cleared.";
    ExportFailed => "ファイルを書き出せませんでした。", "The file could not be exported.";
    Save => "保存", "Save";
    OpenNow => "表示中", "open";
    ConflictCopy => "同時変更のコピー", "conflict copy";
    NotSavedYet => "未入力（まだ保存されていません）", "empty (not stored yet)";
    Open => "開く", "Open";
    Rename => "名前を変更", "Rename";
    Duplicate => "複製（次回の診断を始める）", "Duplicate (start the next one)";
    ExportOne => "書き出す", "Export";
    Delete => "削除", "Delete";
    AssessmentsIntro => "このブラウザに保存された診断の一覧です。変更はすべて自動で保存されます。中小企業向け・経営者向けの診断と結果のページは、ここで開いている診断を表示します。", "The assessments saved in this browser. Every change is saved automatically. The SME, executive and results pages show the assessment opened here.";
    AssessmentsList => "診断の一覧", "Assessments";
    AssessmentsTable => "保存した診断の表", "Table of saved assessments";
    NewAssessment => "新しい診断を始める", "Start a new assessment";
    FilterByOrganisation => "組織・部署名で絞り込み", "Filter by organisation";
    Deleted => "削除しました：", "Deleted: ";
    Undo => "元に戻す", "Undo";
    LastChanged => "最終更新", "Last changed";
    Actions => "操作", "Actions";
    OpenHint => "「複製」は回答をそのまま引き継ぎ、診断日だけを空にした新しい診断を作ります（翌年の診断に便利です）。", "\"Duplicate\" creates a new assessment with the same answers and an empty date, handy for next year's assessment.";
    StorageStatusTitle => "保存の状態", "Storage";
    StorageSummary => "このブラウザの localStorage に保存している診断の数とサイズ：", "Assessments kept in this browser's localStorage, and their size: ";
    PersistGranted => "ブラウザはこのサイトのデータを永続的に保存することを許可しています（容量不足時にも自動では消されません）。", "The browser keeps this site's data persistently (it is not cleared automatically when space runs low).";
    PersistDenied => "ブラウザは永続保存を許可していません。容量不足時などにデータが消える可能性があるため、バックアップファイルを書き出してください。", "The browser has not granted persistent storage; data may be cleared when space runs low, so export a backup file.";
    PersistUnknown => "永続保存の可否を確認しています。", "Checking whether storage is persistent.";
    CompareTitle => "比較（経年変化・部署間）", "Compare (over time, between units)";
    CompareA => "A（基準・前回）", "A (reference, earlier)";
    CompareB => "B（比較対象・今回）", "B (compared, later)";
    ChooseAssessment => "診断を選択", "Choose an assessment";
    CompareHint => "回答のある診断を2つ選ぶと、差分とレーダーチャートの重ね合わせを表示します。", "Choose two assessments with answers to see the differences and both radars overlaid.";
    CompareNotSameKind => "この2つは同じ種類の診断ではありません（経営者向けと中小企業向け）。同じ種類の回答がある診断を選んでください。", "These two are not the same kind of assessment (executive vs SME). Choose two with answers in the same section.";
    CompareOverall => "全体の比較", "Overall";
    CompareDirections => "指示ごとの達成度（付録A-2）の比較", "Score per direction (Appendix A-2), compared";
    CompareRadarTitle => "指示1〜10の達成度：A と B の重ね合わせ（0〜100）", "Directions 1–10 score: A and B overlaid (0–100)";
    CompareItems => "回答が異なる項目", "Items answered differently";
    CompareNoItemChanges => "回答が異なる項目はありません。", "No item is answered differently.";
    BackupTitle => "バックアップ（ファイルへの書き出し・読み込み）", "Backup (export to and import from a file)";
    BackupIntro => "診断はこのブラウザの中にだけ保存されています。ブラウザのデータ削除に備えて、ときどきファイルに書き出してください。読み込みでは既存の診断を上書きしません。", "Your assessments live only in this browser. Export them to a file from time to time in case the browser's data is cleared. Importing never overwrites an existing assessment.";
    BackupKeysWarning => "書き出すファイルには、取引先への依頼ごとの秘密鍵と、受け取った回答も含まれます。このファイルがあれば誰でも回答を開けるため、鍵と同じように安全な場所に保管してください。", "The file also holds the private key of each request you sent to partners, and the responses you received. Anyone who has the file can open the responses, so keep it as safe as a key.";
    ExportAll => "すべてを書き出す（診断と取引先の記録・JSON）", "Export everything (assessments and partner records, JSON)";
    ExportCsv => "回答を書き出す（CSV・Excel 用）", "Export answers (CSV for Excel)";
    ImportFile => "バックアップファイルを読み込む", "Import a backup file";
    ImportTooLarge => "ファイルが大きすぎます（5 MB まで）。", "The file is too large (5 MB at most).";
    ImportNotOurs => "Shindan のバックアップファイルではありません。", "This is not a Shindan backup file.";
    ImportMalformed => "バックアップファイルが壊れているため読み込めません。", "The backup file is damaged and cannot be read.";
    ImportNewer => "新しいバージョンの Shindan で作られたファイルのため読み込めません。アプリを更新してください。", "The file was made by a newer version of Shindan; update the app to import it.";
    ImportNothingChanged => "保存されているデータは変更していません。", "Nothing stored was changed.";
    ImportReview => "読み込みの確認", "Review the import";
    ImportNew => "新しく追加する診断：", "New assessments to add: ";
    ImportSame => "保存済みと同じ内容（何もしません）：", "Identical to what is stored (skipped): ";
    ImportConflicts => "同じ診断で内容が異なるもの：", "Same assessment, different content: ";
    ImportKeepBoth => "両方を残す（読み込んだ方を別の診断として追加）", "Keep both (add the imported one alongside)";
    ImportMerge => "統合する（片方にしかない回答はすべて残し、違う回答は更新が新しい方を採用。メモは両方残す）", "Merge (keep every answer only one has; where they differ the more recent wins; both notes are kept)";
    ImportApply => "読み込む", "Import";
    ImportDone => "読み込みました。追加・統合した診断の数：", "Imported. Assessments added or merged: ";
    ImportSupplyDamaged => "ファイル内の取引先の記録（依頼ごとの秘密鍵・受け取った回答）が壊れているため、このファイルは読み込めません。", "The partner records in the file (each request's private key, the responses received) are damaged, so the file cannot be imported.";
    /// `{n}` requests in the file, `{m}` of them not stored here.
    ImportRequests => "取引先への依頼（秘密鍵を含む）：{n} 件（うち新規 {m} 件）", "Requests to partners (with their private keys): {n} ({m} new)";
    /// `{n}` partners in the file, `{m}` of them new here, `{r}` new results for known ones.
    ImportPartners => "取引先：{n} 社（うち新規 {m} 社、既存の取引先への新しい回答 {r} 件）", "Partners: {n} ({m} new; {r} new responses for partners already here)";
    ImportSupplyNote => "依頼と取引先の記録は、この端末の記録と統合します。どちらにしかないものも削除しません。", "Requests and partner records are combined with the ones here; nothing either side holds is removed.";
    ImportSupplyReadOnly => "この端末の取引先の記録は新しいバージョンの Shindan で保存されているため、ファイル内の依頼と取引先の記録は読み込みません（診断だけを読み込みます）。ファイルは削除せず保管してください。", "The partner records here were saved by a newer version of Shindan, so the file's requests and partner records are not imported (only its assessments are). Keep the file.";
    /// After a restore: `{n}` requests, `{m}` partners, `{r}` results added.
    ImportDoneSupply => "追加した依頼：{n} 件、取引先：{m} 社、回答：{r} 件。", "Requests added: {n}; partners added: {m}; responses added: {r}.";
    // --- share ---
    ShareOpen => "リンクで共有", "Share by link";
    ShareTitle => "結果をリンクで共有", "Share this result by link";
    ShareIntro => "結果はリンクの # 以降に入っていて、サーバーには送られません。入るのは回答（成熟度と基本方針の決定・公表を含む）だけで、組織名と診断日、メモは選んだときだけ入ります。担当者名と基本方針の文面は入りません。", "The result is inside the link, after the #, and is never sent to a server. It carries your answers (maturity and the policy's decided/published status included); the organisation name and date, and the notes, only if you choose. The assessor's name and the policy text are never included.";
    ShareHistoryWarning => "リンクを知っている人は誰でも結果を見られます。パスフレーズのないリンクは、ブラウザの履歴や同期、チャットやメールの記録に残ります。気になる場合はパスフレーズで保護してください。", "Anyone who has the link can see the result. A link without a passphrase stays in browser history and sync, and in chat and mail logs. If that matters, protect it with a passphrase.";
    ShareOptions => "リンクに含める内容", "What the link includes";
    ShareIncludeName => "組織名と診断日を含める", "Include the organisation name and date";
    ShareIncludeNotes => "指示ごとのメモを含める（リンクがかなり長くなります）", "Include the notes per direction (makes the link much longer)";
    SharePassphraseToggle => "パスフレーズで保護する（AES-256-GCM で暗号化）", "Protect with a passphrase (AES-256-GCM encryption)";
    SharePassphraseLabel => "パスフレーズ", "Passphrase";
    SharePassphraseHint => "8文字以上。リンクとは別の方法（電話など）で相手に伝えてください。忘れると誰も開けません。", "8 characters or more. Tell it to the recipient another way (by phone, say). If it is forgotten, nobody can open the link.";
    ShareEncrypt => "暗号化したリンクを作る", "Make the encrypted link";
    ShareEncrypting => "暗号化しています…", "Encrypting…";
    ShareEncryptFailed => "このブラウザでは暗号化できませんでした。", "This browser could not encrypt the link.";
    SharePassphraseShort => "パスフレーズは8文字以上にしてください。", "The passphrase needs at least 8 characters.";
    ShareLinkLabel => "共有リンク", "Link to share";
    ShareLinkPending => "パスフレーズを入力して「暗号化したリンクを作る」を押すと、リンクが表示されます。", "Enter a passphrase and press “Make the encrypted link” to get the link.";
    ShareLength => "{n}文字", "{n} characters";
    ShareCopy => "リンクをコピー", "Copy link";
    ShareCopied => "コピーしました。", "Copied.";
    ShareCopyFailed => "コピーできませんでした。リンク欄を選択してコピーしてください。", "Could not copy. Select the link field and copy it yourself.";
    ShareNative => "共有…", "Share…";
    ShareTooLong => "リンクが長すぎます（{n}文字）。メモを含めない設定にするか、「保存した診断」からバックアップファイルを書き出して渡してください。", "The link would be too long ({n} characters). Leave out the notes, or export a backup file from “My assessments” and send that instead.";
    ShareOmitted => "{n}件の値はリンクの形式で表せないため含まれていません。", "{n} values cannot be expressed in a link and were left out.";
    ShareQrTitle => "共有リンクの QR コード", "QR code of the link";
    ShareQrTooLong => "リンクが長いため QR コードは作れません。", "The link is too long for a QR code.";
    ShareClose => "閉じる", "Close";
    SharedTitle => "共有された診断結果", "Shared result";
    SharedSelfAssessment => "これは送り手自身による自己診断の結果です。Shindan や第三者が確認したものではありません。リンクのチェックサムは破損を検出するだけで、作成者や内容の正しさを保証しません。", "This is the sender's own self-assessment. Neither Shindan nor anyone else has checked it. The link's checksum only detects damage; it does not prove who made it or that it is true.";
    SharedReadOnly => "読み取り専用です。保存しない限り、このブラウザには何も記録されません。", "Read-only. Nothing is stored in this browser unless you save it.";
    SharedAddressCleared => "プライバシーのため、結果のデータはアドレスバーから消しました。再読み込みすると表示されなくなります。もう一度見るには、受け取ったリンクを開き直してください。", "For privacy, the result's data has been removed from the address bar, so a reload no longer shows it. To see it again, open the link you received again.";
    SharedEdition => "作成時のモデル：", "Made with model: ";
    SharedOtherRev => "このリンクは別のモデル改訂（rev {x}）で作られました。その改訂の項目配置で正確に読み込んでいます。現在のモデル（rev {y}）にない項目は採点に含まれません。", "This link was made with another model revision (rev {x}). It was read exactly with that revision's item layout; items the current model (rev {y}) no longer has are not scored.";
    SharedSave => "保存した診断に追加", "Save to my assessments";
    SharedSaved => "新しい診断として保存しました（既存の診断は変更していません）。", "Saved as a new assessment (nothing you had was changed).";
    SharedOpenAssessments => "保存した診断を開く", "Open My assessments";
    SharedNoData => "このアドレスには共有された結果がありません。共有リンクを開くと、データはアドレスバーから消されます。もう一度リンクを開いてください。", "There is no shared result at this address. When a shared link is opened, its data is removed from the address bar; open the link again.";
    SharedLocked => "この結果はパスフレーズで保護されています。送り手から聞いたパスフレーズを入力してください。", "This result is protected with a passphrase. Enter the passphrase the sender gave you.";
    SharedPassphraseLabel => "パスフレーズ", "Passphrase";
    SharedUnlock => "開く", "Open";
    SharedUnlocking => "復号しています…", "Decrypting…";
    SharedWrongPassphrase => "パスフレーズが違います。", "Wrong passphrase.";
    SharedCryptoUnavailable => "このブラウザでは復号できません。", "This browser cannot decrypt the link.";
    SharedErrorTitle => "このリンクは開けません", "This link cannot be opened";
    SharedErrorKeepsWorking => "アプリはそのまま使えます。何も保存・変更していません。", "The app keeps working. Nothing was saved or changed.";
    ShareErrTooLong => "リンクが長すぎます。Shindan が作るリンクではありません。", "The link is far too long to be one Shindan makes.";
    ShareErrNotBase64 => "リンクに、結果のリンクでは使わない文字が含まれています。コピーの途中で変わった可能性があります。", "The link contains characters a result link never has. It may have been altered while being copied.";
    ShareErrDamaged => "リンクが壊れているか、途中で切れています。送り手にもう一度送ってもらってください。", "The link is damaged or cut off. Ask the sender to send it again.";
    ShareErrUnknownVersion => "このリンクは、このバージョンの Shindan が読めない形式です（より新しい Shindan で作られた可能性があります）。", "This link uses a format this version of Shindan cannot read (it may have been made by a newer Shindan).";
    ShareErrUnknownRev => "このリンクは、このバージョンの Shindan が知らないモデル改訂で作られています。", "This link was made with a model revision this version of Shindan does not know.";
    ShareErrMalformed => "リンクの内容が形式に合っていません。", "The link's content does not follow the format.";
    // --- reports ---
    ReportSummaryTitle => "経営層向けサマリー", "Executive summary";
    ReportSummarySub => "サイバーセキュリティ経営の自己診断結果（1ページ）", "Cybersecurity management self-assessment at a glance (one page)";
    ReportDetailTitle => "詳細レポート", "Detailed report";
    ReportNavLabel => "レポートと記録", "Reports and records";
    ReportPrint => "印刷 / PDF として保存", "Print / Save as PDF";
    ReportPrintHint => "印刷ダイアログで「PDF に保存」を選ぶと PDF になります。用紙は A4 縦です。ページ番号はブラウザの「ヘッダーとフッター」設定で付けられます（ブラウザによっては付きません）。", "Choose \"Save as PDF\" in the print dialog to get a PDF. The paper is A4 portrait. Page numbers come from the browser's \"Headers and footers\" option (some browsers cannot add them).";
    ReportEdition => "モデルの版", "Model edition";
    ReportGenerated => "作成日", "Generated";
    ReportKeyFigures => "主な数値", "Key figures";
    ReportStarOne => "SECURITY ACTION ★一つ星", "SECURITY ACTION ★ (one star)";
    ReportStarTwo => "SECURITY ACTION ★★二つ星", "SECURITY ACTION ★★ (two stars)";
    ReportStarReady => "宣言の条件を満たしています", "Ready to declare";
    ReportStarNotYet => "まだ条件を満たしていません", "Not ready yet";
    ReportTopGaps => "優先して取り組む上位5つの指示と対策", "Top 5 gaps and suggested actions";
    ReportQrTitle => "この結果を開く共有リンクの QR コード", "QR code of the share link to these results";
    ReportQrCaption => "読み取ると Shindan でこの結果（回答・組織名・診断日。メモは含まない）が開きます。", "Scan to open these results in Shindan (answers, organisation and date; notes are not included).";
    ReportQrNone => "この結果は共有リンク・QR コードにできませんでした。", "These results could not be turned into a share link and QR code.";
    ReportQrToggle => "共有リンクの QR コードを載せる", "Include the QR code of the share link";
    ReportNothingYet => "まだ回答がありません。先に診断に回答してください：", "Nothing answered yet. Answer an assessment first: ";
    ReportFootNote => "Shindan（診断）で作成。回答はこのブラウザの中だけで処理されています。", "Made with Shindan. The answers were processed only in this browser.";
    ReportDetailExec => "指示1〜10：チェック項目・成熟度・メモ・対策", "Directions 1–10: check items, maturity, notes and actions";
    ReportNote => "メモ", "Note";
    ReportColNo => "番号", "No.";
    ReportUnanswered => "未回答", "Not answered";
    ReportArticles => "5か条", "The 5 To-dos";
    ReportExportFailed => "ファイルを書き出せませんでした：", "Could not export the file:";
    PlanTitle => "対策計画", "Action plan";
    PlanIntro => "自社診断でできていない項目と、経営者向け診断のギャップ一覧（優先順）・ガイドラインの対策例から計画を作り、担当者・期限・状況を記入します。内容は編集できます。", "Build the plan from the self-diagnosis items not yet in place and from the executive gap list with the guidelines' example measures, then set an owner, a due date and a status for each action. Every entry can be edited.";
    PlanListTitle => "対策の一覧", "Actions";
    PlanSeed => "ギャップ一覧から対策を追加", "Add actions from the gap list";
    PlanAddOwn => "独自の対策を追加", "Add your own action";
    PlanExportCsv => "CSV で書き出す", "Export as CSV";
    PlanRemove => "この対策を削除", "Remove this action";
    PlanFromModel => "ガイドラインの対策例", "the guidelines' example";
    PlanNoItem => "（特定の項目なし）", "(no specific item)";
    PlanNothingToSeed => "取り込める対策はまだありません。中小企業の自社診断か経営者向け診断に回答すると、できていない項目から対策を追加できます：", "Nothing to add yet. Answer the SME self-diagnosis or the executive check, and the items not yet in place become actions: ";
    PlanPutInPlace => "実施する：{q}", "Put in place: {q}";
    PlanSavedWithAssessment => "計画は開いている診断と一緒にこのブラウザに保存されます。", "The plan is saved in this browser together with the open assessment.";
    PlanEmpty => "対策計画はまだありません。", "No action plan yet. ";
    IncidentsTitle => "インシデント記録", "Incident records";
    IncidentsIntro => "インシデントが起きたときに社内で整理しておく事項（サイバーセキュリティ経営ガイドライン Ver2.0 付録C）を記録します。複数の記録を残せます。", "Record what your organisation should pull together when an incident occurs (Appendix C of the Cybersecurity Management Guidelines Ver2.0). You can keep several records.";
    IncidentsLocal => "記録は診断とは別に、このブラウザの中だけに自動保存されます。", "Records are saved automatically, apart from the assessments, only in this browser.";
    IncidentsReadOnly => "保存されている記録は新しい版の Shindan で作られたため、この版では編集できません（上書きしません）。", "The stored records were written by a newer version of Shindan; this version shows them read-only and will not overwrite them.";
    IncidentGuideTitle => "初動対応の流れ", "First-response flow";
    IncidentStepScope => "1. 範囲を把握する", "1. Establish the scope";
    IncidentStepScopeText => "何が起きたか、どのシステム・情報・取引先に影響があるかを確かめ、責任者に報告する。", "Find out what happened and which systems, information and partners are affected; tell the person responsible.";
    IncidentStepFirst => "2. 初動対応", "2. First response";
    IncidentStepFirstText => "被害の拡大を止める（ネットワークから切り離す等）。証拠となる記録は消さずに残す。", "Stop the damage spreading (for example, disconnect from the network). Keep logs and evidence; do not wipe them.";
    IncidentStepCause => "3. 原因を調べる", "3. Investigate the cause";
    IncidentStepCauseText => "ログや専門家の助けで原因と経路を特定し、復旧の手順を決める。", "With the logs and, if needed, outside experts, find the cause and the route of entry and decide how to recover.";
    IncidentStepPublish => "4. 報告・公表", "4. Report and publish";
    IncidentStepPublishText => "法令や契約で求められる届出（個人情報保護委員会、所管官庁、警察、IPA 等）と、顧客・取引先への説明、公表の要否を判断する。", "Decide on the notifications that law or contracts require (data-protection authority, supervising ministry, police, IPA …), on what to tell customers and partners, and whether to publish.";
    IncidentStepPrevent => "5. 再発を防ぐ", "5. Prevent a recurrence";
    IncidentStepPreventText => "原因に対する対策を決めて実施し、手順や体制を見直す。", "Decide and carry out measures against the cause; review procedures and the response team.";
    IncidentGuideNote => "この流れは Shindan による要約です。項目の出典と詳細：", "This flow is Shindan's summary. Sources and details of the fields: ";
    IncidentGuideLink => "ガイドライン：インシデント記録の項目", "Guidelines: incident-record fields";
    IncidentNew => "新しい記録を作る", "New record";
    IncidentExportJson => "JSON で書き出す", "Export as JSON";
    IncidentExportCsv => "CSV で書き出す", "Export as CSV";
    IncidentNone => "記録はまだありません。", "No records yet.";
    IncidentUntitled => "名前のない記録", "Untitled record";
    IncidentNotSet => "（未選択）", "(not set)";
    IncidentDelete => "この記録を削除", "Delete this record";
    IncidentDeleteConfirm => "この記録を削除します。元に戻せません。", "This deletes the record. It cannot be undone.";
    IncidentCancel => "やめる", "Cancel";
    PlanStatusNotStarted => "未着手", "Not started";
    PlanStatusInProgress => "進行中", "In progress";
    PlanStatusDone => "完了", "Done";
    PlanColDirectionTitle => "指示の名称", "Direction title";
    PlanColItem => "チェック項目", "Check item";
    PlanColItemText => "チェック項目の内容", "Check item text";
    PlanColAction => "対策", "Action";
    PlanColOwner => "担当者", "Owner";
    PlanColDue => "期限", "Due date";
    PlanColStatus => "状況", "Status";
    PlanColStatusCode => "状況コード", "Status code";
    PlanColKey => "項目キー", "Entry key";
    IncidentShindanAddition => "Shindan 独自の追加項目", "Shindan's addition";
    IncidentColId => "記録ID", "Record ID";
    IncidentTitleField => "記録の名前", "Record name";
    IncidentCreated => "作成日", "Created";
    IncidentUpdated => "更新日", "Updated";
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
    GlNavIncident => "インシデント記録（Ver2.0 付録C）", "Incident record (Ver2.0 Appendix C)";
    GlNavSources => "出典と未確認事項", "Sources and gaps";
    GlSource => "出典", "Source";
    GlConfidence => "確度", "Confidence";
    GlConfHigh => "高", "high";
    GlConfMedium => "中", "medium";
    GlConfLow => "低", "low";
    GlUnconfirmed => "未確認", "unconfirmed";
    GlOfficial => "公式", "official";
    GlUnofficial => "非公式・Shindan 独自", "unofficial · Shindan's own";
    GlUnofficialTranslation => "Shindan 訳", "Shindan's translation";
    GlJaUnconfirmed => "日本語の表記は未確認", "Japanese wording unconfirmed";
    /// Once per page where a name's Japanese is Shindan's rendering of an English-only name.
    GlJaUnconfirmedNote => "このページの名称の一部は、公式の日本語の表記を確認できていないため、公式の英語版から Shindan が訳したものです。", "Some names on this page are Shindan's Japanese for names whose official Japanese wording could not be confirmed.";
    /// Once per page where texts are in IPA's provisional English.
    GlIpaEnglishNote => "このページの IPA 中小企業ガイドラインの英語は、IPA の仮訳（Version 3.1）です。", "English texts of IPA's SME guideline on this page are IPA's provisional translation (Version 3.1).";
    GlSeeSources => "どれが該当するかは出典のページにあります。", "Which ones: see the Sources page.";
    GlShortLabel => "意見募集案の略称", "draft short label";
    GlLineageIsShindans => "版の間の対応は METI が表として公表したものではなく、改訂時の説明資料と各版の目次から Shindan が読み取ったものです。読み方が分かれる箇所は備考に書いています。", "The correspondence between editions is not a table METI published: Shindan read it from the revision slides and each edition's contents. Where readings differ, the note says so.";
    GlConfidenceLegend => "確度：H＝公式文書または独立した2つの情報源で確認、M＝妥当な二次資料1つ、L＝弱い・非公式の情報源のみ、U＝未確認。", "Confidence: H = official document or two independent sources; M = one reasonable secondary source; L = weak or single informal source only; U = unconfirmed.";
    GlFrameworks => "収録しているガイドライン・フレームワーク", "Frameworks covered";
    GlBackground => "背景", "Background";
    GlCardMeti => "3原則、重要10項目（指示1〜10）、付録A のチェック項目、付録D の規格対応。", "The 3 principles, the 10 directions, the Appendix A check items and the Appendix D standards mapping.";
    GlCardHistory => "Ver1.1 → Ver2.0 → Ver3.0 で項目がどう変わったか。", "How the items changed from Ver1.1 to Ver2.0 and Ver3.0.";
    GlCardCsf => "CSF 1.1・2.0 の機能とカテゴリ、公式の対応と Shindan の対応付け、成熟度と回答尺度。", "CSF 1.1 and 2.0 functions and categories, the official and Shindan's mappings, the maturity and answer scales.";
    GlCardSme => "第3.1版：3原則・重要7項目、4つの段階と実践編の節、5か条、25項目の自社診断、SECURITY ACTION。", "Version 3.1: 3 principles, Seven Key Initiatives, the four stages and the Practical Guide sections, the 5 To-dos, the 25-item self-check, SECURITY ACTION.";
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
    GlSmeActions => "経営者がやらなければならない重要7項目の取組", "Seven Key Initiatives";
    GlSmeSteps => "段階的な取組（第3.1版の4段階）", "The step-up path (the four stages of version 3.1)";
    SmeEditionNote => "中小企業向けの内容は IPA「中小企業の情報セキュリティ対策ガイドライン」第3.1版（2023年4月）に基づきます。第4.0版（2026年3月、日本語）が公開されていますが、Shindan はまだ反映していません。英語は IPA の仮訳（Version 3.1）があるものはそれを使い、ないものは Shindan の訳です。段階・章・節の日本語の名称は、IPA の英語版から Shindan が訳したもので、日本語版の表記は確認できていません（出典のページに一覧があります）。", "The SME content follows IPA's Information Security Measures Guidelines for SMEs, version 3.1 (April 2023). A version 4.0 (March 2026, Japanese only) exists and is not modelled in Shindan yet. English texts are IPA's provisional translation (Version 3.1) where one exists, otherwise Shindan's translation. The Japanese names of the stages, chapters and sections are Shindan's renderings of IPA's English, not confirmed against the Japanese edition (listed on the Sources page).";
    GlInterpretations => "Shindan の解釈と追加", "Shindan's interpretations and additions";
    GlInterpretationsIntro => "ガイドラインに書かれていないことを Shindan が読み取り、計算し、または加えている箇所です。画面では「Shindan」の印が付きます。", "Where Shindan reads, computes or adds something the guidelines do not state. On screen these carry the \"Shindan\" marker.";
    MetiEditionNote => "Shindan の内容は Ver3.0（2023年3月24日）に基づきます。これより新しい版は確認されていません（2026年11月時点）。", "Shindan follows Ver3.0 (24 March 2023). No later edition has been found (as of November 2026).";
    IncidentsKeptBoth => "別のタブでも同じ記録が同時に変更されたため、両方を残しました（こちらの版は「-copy」の付いた記録です）。", "Another tab changed the same record at the same time: both versions are kept (this tab's is the record whose id ends in \"-copy\").";
    // The answer first (results)
    ExecScaleShort => "回答の選択肢と点数は Shindan が定めたものです（実施している 4点・一部 2点・実施していない／わからない 0点、該当しないは除外）。", "The answer options and points are Shindan's (implemented 4, partly 2, not implemented or don't know 0; not applicable left out).";
    WhyOnSources => "理由は出典のページに", "Why: see the Sources page";
    ReportOmitted => "回答がないため省略：", "Left out, nothing answered: ";
    MaturityCurrentTarget => "成熟度（現在 → 目標）", "Maturity (current → target)";
    StepNavLabel => "前後の段階", "Previous and next step";
    StepBack => "戻る", "Back";
    StepNext => "次へ", "Next";
    ArticlesShort => "5か条", "5 To-dos";
    KeySmeTitle => "中小企業の自社診断", "SME self-diagnosis";
    KeyExecTitle => "経営者向けチェック（付録A-2）", "Executive check (Appendix A-2)";
    KeyExecOverall => "全体の達成度（付録A-2 の40項目）", "overall (the 40 items of Appendix A-2)";
    KeyWeakest => "弱い指示（下位3つ）", "Weakest directions (bottom 3)";
    KeyBoardSummary => "取締役会向けの1ページ要約", "One-page board summary";
    KeyFirstActions => "まず取り組むこと", "What to do first";
    KeySmeNotStarted => "中小企業の自社診断：未着手", "SME self-diagnosis: not started";
    KeyExecNotStarted => "経営者向けチェック：未着手", "Executive check: not started";
    StartHere => "ここから始める", "start here";
    HowPointsCount => "配点：{options}（{items}項目の合計、満点100点）", "Points: {options} (sum of {items} items, 100 at most)";
    PointsN => "{n}点", "{n}";
    KeyStarOneReady => "一つ星を宣言できます", "You can declare One-Star";
    KeyStarOneNotYet => "一つ星まであと少し：", "Before One-Star:";
    KeyStarTwoReady => "二つ星を宣言できます", "You can declare Two-Star";
    KeyStarTwoNotYet => "二つ星までにすること：", "Before Two-Star:";
    TaskArticles => "5か条のうち{n}件を「実施済み」か「取り組む」にする", "Mark {n} of the 5 To-dos as done or committed";
    TaskAnswerItems => "自社診断の残り{n}項目に答える", "Answer the remaining {n} self-diagnosis items";
    TaskPolicyEstablish => "情報セキュリティ基本方針を定める（経営者が決定する）", "Set the basic information security policy (adopted by management)";
    TaskPolicyPublish => "基本方針を公開する（ウェブサイトや掲示）", "Publish the basic policy (website or notice)";
    GlStageIntro => "第3.1版は、第2部 実践編の第2章〜第5章を4つの段階として示しています。どの段階からでも始められます。", "Version 3.1 presents chapters 2 to 5 of Part 2 (Practical Guide) as four stages; a company starts at the stage that fits it.";
    GlStageN => "第{n}段階", "Stage {n}";
    GlChapterN => "第2部 第{n}章", "Part 2, chapter {n}";
    GlStageStar => "この段階を終えたことを宣言するのが", "Completing this stage is what is declared with";
    GlActionSections => "実践編の対応する節（第2部 表2）", "Corresponding Practical Guide sections (Part 2, Table 2)";
    GlSectionInitiatives => "対応する重要7項目", "Corresponding key initiatives";
    GlOwnExamples => "Shindan が加えた例", "Examples Shindan added";
    GlSmeArticles => "情報セキュリティ5か条", "Information Security 5 To-dos";
    GlArticleN => "第{n}条", "To-do {n}";
    GlPartN => "パート{n}", "Part {n}";
    GlExamples => "対策例", "Example measures";
    GlRespondent => "回答する人", "Who answers";
    GlWhy => "なぜ必要か", "Why it matters";
    GlScaleHeading => "回答と配点", "Answers and points";
    GlBandsHeading => "点数の目安", "Score bands";
    GlColRange => "点数", "Score";
    GlColStatus => "状態", "Meaning";
    GlColNextStep => "次の対策", "Next measures";
    GlNaHeading => "「該当しない」の扱い", "Items that do not apply";
    GlPolicyHeadings => "情報セキュリティ基本方針の見出し（IPA のひな形）", "Headings of the basic security policy (IPA's template)";
    GlSaNotCert => "SECURITY ACTION は自己宣言であり、認証ではありません。", "SECURITY ACTION is a self-declaration, not a certification.";
    GlSaCriteria => "宣言の条件", "Criteria";
    GlSaFacts => "制度について", "About the scheme";
    GlIncidentTitle => "インシデント記録の項目（Ver2.0 付録C）", "Incident record fields (Ver2.0 Appendix C)";
    GlIncidentTables => "Ver2.0 付録C の表", "Tables of Ver2.0 Appendix C";
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
    GlGaps => "まだ確認できていないこと", "What is not confirmed yet";
    GlGapsIntro => "Shindan が公式の文書で確かめられていない点です。ここに挙げた名称や項目は、アプリの各画面では印を付けずに表示しています。", "Points Shindan could not check against the official documents. The names and items listed here are shown without a mark on the app's other pages.";
    GlColSrcLanguages => "言語", "Languages";
    GlGapOpen => "未確認", "unconfirmed";
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
    // Comparison and exports
    CmpImproved => "改善", "improved";
    CmpWorse => "悪化", "worse";
    CmpUnchanged => "変化なし", "unchanged";
    CmpNotComparable => "比較不可（未回答・該当しない）", "not comparable (unanswered or not applicable)";
    CmpColDelta => "差（右−左）", "Change (right − left)";
    CmpColMark => "変化", "Direction of change";
    CmpColImproved => "改善した項目数", "Items improved";
    CmpColWorse => "悪化した項目数", "Items worse";
    CmpSummary => "合計・小計", "Totals";
    CmpPartN => "パート{n}", "Part {n}";
    CmpNetTitle => "パート・指示ごとの変化（正味）", "Net change per part and direction";
    CmpNetNote => "差は右の列から左の列を引いた値です（指示・付録A-2 はパーセントポイント）。* は未回答の項目がある暫定の合計です。", "The change is the right column minus the left one (percentage points for the directions and A-2). * marks a provisional total with unanswered items.";
    CmpPrint => "比較を印刷する", "Print the comparison";
    CmpExportCsv => "比較を書き出す（CSV・Excel 用）", "Export the comparison (CSV for Excel)";
    ExportedBackup => "バックアップを書き出しました", "Backup exported";
    ExportedAnswersCsv => "回答の CSV を書き出しました", "Answers CSV exported";
    ExportedComparisonCsv => "比較の CSV を書き出しました", "Comparison CSV exported";
    ExportedPlanCsv => "対策計画の CSV を書き出しました", "Action plan CSV exported";
    ExportedIncidentsJson => "インシデント記録（JSON）を書き出しました", "Incident records exported (JSON)";
    ExportedIncidentsCsv => "インシデント記録の CSV を書き出しました", "Incident records CSV exported";
    ExportedUnreadable => "読めなかったデータを書き出しました", "Unreadable data saved";
    NoticeClose => "通知を閉じる", "Dismiss the message";
    ExportedPartnersCsv => "取引先一覧の CSV を書き出しました", "Partners CSV exported";
    // --- shared figures: orderings, the board summary, comparison names and progress ---
    FigWeakestOrder => "付録A-2 の達成度が低い順（同じなら指示の番号順）。", "Lowest Appendix A-2 score first (ties by direction number).";
    FigPriorityOrder => "目標と現在の成熟度の差が大きい順、次に達成度の低い順（成熟度の差がない弱い指示は「弱い指示」に示します）。", "Largest gap between target and current maturity first, then lowest score (a weak direction with no gap is under the weakest directions).";
    FigPrincipleN => "原則{n}", "Principle {n}";
    CmpMadeOn => "{date} 作成", "made {date}";
    CmpChartPart => "パート{n}：{title}", "Part {n}: {title}";
    CmpChartLegend => "凡例", "Key";
    CmpChartKeyA => "A（基準・前回）：{name}", "A (reference, earlier): {name}";
    CmpChartKeyB => "B（比較対象・今回）：{name}", "B (compared, later): {name}";
    ProgressSme => "中小企業", "SME";
    ProgressExec => "経営者", "Executive";
    // --- supply chain: the requester (#/partners) ---
    PartnersTitle => "取引先・グループの診断", "Partners and group companies";
    PartnersIntro => "取引先・グループ会社・委託先に、リンクで自己診断を依頼し、その結果を暗号化されたまま受け取って、この端末の中だけで一覧・比較します。サーバーはありません。", "Ask partners, group companies and contractors for a self-assessment by link, receive their results end-to-end encrypted, and compare them on this device only. There is no server.";
    PartnersLink => "取引先・グループの診断を集める", "Collect partners' assessments";
    PartnersKeyWarning => "依頼ごとの秘密鍵はこのブラウザに保存され、バックアップファイル（「保存した診断」から書き出し）にも含まれます。この鍵がないと回答は開けません。ブラウザのデータとバックアップファイルの両方を失うと、届いた回答は誰にも開けなくなります。また、バックアップファイルがあれば誰でも回答を開けるため、鍵と同じように安全に保管してください。", "Each request's private key is kept in this browser and is included in the backup file (export it from My assessments). Without the key the responses cannot be opened: lose both this browser's data and the backup file, and no one can open them. Anyone who has the backup file can open the responses, so keep it as safe as a key.";
    PartnersNewRequest => "診断を依頼する", "Ask for an assessment";
    PartnersOrg => "依頼元（組織名）", "Requesting organisation";
    PartnersContact => "連絡先（任意）", "Contact (optional)";
    PartnersReason => "依頼する理由（必須：最初に相手に表示されます）", "Why you ask (required: shown to the partner first)";
    PartnersReasonWhy => "取引先に対策を求めるときは、その理由を説明し、費用負担などを協議することが求められます（優越的地位の濫用の防止）。", "When asking a partner for security measures, explain why and discuss who bears the cost (to avoid abusing a superior bargaining position).";
    PartnersScope => "回答してほしい内容", "What to fill in";
    PartnersScopeSme => "中小企業向け：5か条と25項目の自社診断", "SME: the 5 To-dos and the 25-item self-diagnosis";
    PartnersScopeExec => "経営者向け：付録A-1/A-2のチェック", "Executive: the Appendix A-1/A-2 check";
    PartnersScopeBoth => "両方", "Both";
    PartnersDue => "回答期限（任意）", "Due date (optional)";
    PartnersMessage => "メッセージ（任意）", "Message (optional)";
    PartnersSentTo => "依頼先のメモ（任意・リンクには含まれません）", "Who you send it to (optional, not in the link)";
    PartnersMake => "依頼リンクを作る", "Make the request link";
    PartnersMaking => "鍵を作成しています…", "Creating the key…";
    PartnersMade => "依頼リンクができました。メールやチャットで相手に送ってください。", "The request link is ready. Send it by your own mail or chat.";
    PartnersCopy => "リンクをコピー", "Copy the link";
    PartnersCopied => "コピーしました", "Copied";
    PartnersCopyFailed => "コピーできませんでした。リンクを選択してコピーしてください。", "Could not copy. Select the link and copy it.";
    PartnersKeyFailed => "このブラウザでは鍵を作成できませんでした（WebCrypto が使えません）。", "This browser could not create the key (WebCrypto is unavailable).";
    PartnersRequests => "依頼の一覧", "Requests";
    PartnersNoRequests => "まだ依頼はありません。", "No requests yet.";
    PartnersHide => "一覧から外す", "Hide";
    PartnersHidden => "（非表示：届いた回答は引き続き開けます）", "(hidden: late responses still open)";
    PartnersImport => "回答を取り込む", "Import responses";
    PartnersImportHelp => "届いた回答リンク（#/reply/…）や結果リンク（#/r/…）を1行に1つずつ貼り付けてください。何百件でもまとめて取り込めます。", "Paste the response links (#/reply/…) or result links (#/r/…) you received, one per line. Hundreds at once is fine.";
    PartnersImportButton => "取り込む", "Import";
    PartnersImporting => "取り込んでいます…", "Importing…";
    PartnersImportFile => "回答ファイルを選ぶ", "Choose response files";
    PartnersReport => "取り込みの結果", "Import report";
    PartnersLine => "{n}行目", "Line {n}";
    PartnersNewPartner => "新しい取引先として追加", "added as a new partner";
    PartnersUpdated => "最新の結果として更新（前回は履歴へ）", "now the current result (the previous one is kept in history)";
    PartnersHistory => "以前の結果として履歴に追加", "older than the current result: added to history";
    PartnersAlready => "取り込み済み（変更なし）", "already imported (nothing changed)";
    PartnersNotE2e => "暗号化されていない結果リンク", "a plain result link, not end-to-end encrypted";
    PartnersToDeleted => "非表示にした依頼への回答", "answers a hidden request";
    PartnersOverview => "取引先の一覧", "Partners";
    PartnersNone => "まだ回答はありません。", "No responses yet.";
    PartnersSearch => "名前で検索", "Search by name";
    PartnersSort => "並べ替え", "Sort by";
    PartnersSortAdded => "追加順", "Order added";
    PartnersSortName => "名前", "Name";
    PartnersSortTotal => "自社診断の点数", "Self-diagnosis total";
    PartnersSortStatus => "状況", "Status";
    PartnersSortWhen => "回答日", "Response date";
    PartnersColName => "取引先", "Partner";
    PartnersColKind => "種別", "Type";
    PartnersColStatus => "状況", "Status";
    PartnersColTotal => "自社診断", "Self-diagnosis";
    PartnersColBand => "評価", "Band";
    PartnersColStars => "SECURITY ACTION の準備", "SECURITY ACTION readiness";
    PartnersColWhen => "回答日", "Responded";
    PartnersColWeak => "弱い項目", "Weakest items";
    PartnersStatusRequested => "依頼中", "Requested";
    PartnersStatusOverdue => "期限切れ", "Overdue";
    PartnersStatusReceived => "回答あり", "Received";
    PartnersStatusStale => "12か月以上前の回答", "Older than 12 months";
    PartnersKindSubsidiary => "グループ会社", "Group company";
    PartnersKindContractor => "委託先", "Contractor";
    PartnersKindSupplier => "取引先", "Supplier";
    PartnersKindUnset => "未設定", "Not set";
    PartnersStarReady => "準備済み", "ready";
    PartnersStarNotReady => "未達", "not yet";
    PartnersCsv => "CSVで書き出す", "Export CSV";
    PartnersPages => "取引先の一覧のページ", "Pages of the partner list";
    PartnersPrev => "前の100件", "Previous 100";
    PartnersNext => "次の100件", "Next 100";
    PartnersRange => "{from}〜{to}件目（全{n}件）", "{from}–{to} of {n}";
    PartnersRemove => "削除", "Remove";
    PartnersTier => "階層（1次＝直接の取引先）", "Tier (1 = direct partner)";
    PartnersTierN => "・{n}次", ", tier {n}";
    PartnersTierOption => "{n}次", "Tier {n}";
    PartnersReportCounts => "{lines}行を読みました：新しい取引先 {new}、更新 {updated}、履歴・取り込み済み {kept}、読めなかった行 {errors}", "{lines} lines read: {new} new partners, {updated} updated, {kept} kept in history or already imported, {errors} could not be read";
    PartnersImportFileHelp => "取引先が保存した回答ファイル（.txt）を複数まとめて選べます。中のリンクを上と同じように取り込みます。", "You can choose several response files (.txt) saved by partners at once; the links in them are imported as above.";
    PartnersFileUnread => "ファイルを読めませんでした。テキストファイルか確認してください。", "The file could not be read. Check that it is a text file.";
    PartnersFileTooBig => "回答ファイルにしては大きすぎるため、読みませんでした（8 MB まで）。", "Too large to be a response file; not read (at most 8 MB).";
    PartnersLegend => "記号：", "Symbols:";
    PartnersLegendOk => "実施している", "implemented";
    PartnersLegendPartial => "一部実施している", "partly implemented";
    PartnersLegendNo => "実施していない", "not implemented";
    PartnersLegendUnknown => "わからない", "don't know";
    PartnersLegendNa => "該当しない", "not applicable";
    PartnersHeatTitle => "サプライチェーン全体で弱い対策", "Measures weak across the supply chain";
    PartnersHeatIntro => "一覧で表示中の取引先 {n}社の自社診断25項目の回答です。弱い取引先の割合が高い項目から並べています。", "The 25-item self-diagnosis answers of the {n} partners shown in the list, weakest measures first.";
    PartnersHeatItems => "項目ごとの弱い取引先の割合", "Share of partners weak on each item";
    PartnersColItem => "項目", "Item";
    PartnersColWeakShare => "弱い取引先の割合", "Weak share";
    PartnersColAnswered => "回答した取引先", "Partners answering";
    PartnersWeakShareNote => "弱い取引先の割合：その項目に回答した取引先のうち「実施していない」または「わからない」と答えた割合（Shindan による集計方法です）。", "Weak share: of the partners that answered the item, those answering “not implemented” or “don't know” (Shindan's own measure).";
    PartnersGridTitle => "取引先ごとの回答（取引先 × 25項目）", "Answers per partner (partners × 25 items)";
    PartnersGridShow => "取引先ごとの回答を表示する", "Show the answers per partner";
    PartnersGridHide => "取引先ごとの回答を隠す", "Hide the answers per partner";
    PartnersGridFirst => "表示中の {total}社のうち最初の {n}社を表示しています。絞り込むと対象を変えられます。", "Showing the first {n} of the {total} partners shown; use the filters to narrow them.";
    PartnersDistTitle => "点数の分布", "Spread of totals";
    PartnersDistBands => "評価ごとの取引先数", "Partners per band";
    PartnersDistBins => "点数帯ごとの取引先数（10点刻み）", "Partners per 10 points";
    PartnersDistIncomplete => "25項目すべてに回答していない取引先 {n}社は含みません。", "{n} partners that have not answered all 25 items are not included.";
    PartnersOpenDetail => "の詳細を開く", "— open details";
    PartnersPlainTag => "暗号化なし", "not encrypted";
    PartnersColDirection => "指示（最も低い）", "Lowest direction";
    PartnersAll => "すべて", "All";
    PartnersSortKind => "種別・階層", "Type and tier";
    PartnersDescending => "逆順", "Reverse order";
    PartnersPlainOnly => "暗号化されていない結果だけ", "Only results not end-to-end encrypted";
    PartnersProvisionalNote => "* は25項目すべてには回答していない暫定の点数です。「指示（最も低い）」は経営者向けチェック（付録A-2）を依頼した場合だけ表示します。", "* marks a provisional total (not all 25 items answered). The lowest direction is shown only where the executive check (Appendix A-2) was asked for.";
    PartnersUnreadable => "読めません", "unreadable";
    PartnersCurrent => "最新", "current";
    PartnersE2e => "暗号化された回答", "end-to-end encrypted";
    PartnersDirections => "指示ごとの点数（付録A-2）", "Score per direction (Appendix A-2)";
    PartnersColScore => "点数", "Score";
    PartnersResultsN => "受け取った結果（{n}件）", "Results received ({n})";
    PartnersColOrgGiven => "回答者が名乗った組織名", "Organisation as given";
    PartnersColNotes => "備考", "Notes";
    PartnersCloseDetail => "詳細を閉じる", "Close the details";
    PartnersRemoveConfirm => "本当に削除する", "Yes, remove";
    PartnersKeep => "削除しない", "Keep it";
    PartnersRemoveWarn => "この取引先と受け取ったすべての結果をこの端末から削除します。元に戻せません（バックアップがあれば復元できます）。", "This removes the partner and every result received from this device. It cannot be undone (except from a backup).";
    PartnersSummary => "サプライチェーンのまとめ", "Supply-chain summary";
    PartnersSummaryEmpty => "まだ依頼も回答もありません。下の「診断を依頼する」から始めてください。", "No requests or responses yet. Start with “Ask for an assessment” below.";
    PartnersSummaryDate => "作成日", "Date";
    PartnersFigAnswered => "回答のあった取引先", "Partners that answered";
    PartnersFigStarOne => "SECURITY ACTION ★ の準備済み", "Ready for SECURITY ACTION ★";
    PartnersFigStarTwo => "SECURITY ACTION ★★ の準備済み", "Ready for SECURITY ACTION ★★";
    PartnersWeakTitle => "弱い対策（上位5項目）", "Weakest measures (top 5)";
    PartnersWeakShare => "弱い取引先 {n}%", "{n}% of partners weak";
    PartnersAttention => "対応が必要な取引先", "Partners needing attention";
    PartnersAttentionPlain => "暗号化されていない結果（依頼リンクで送り直してもらう）", "Results not end-to-end encrypted (ask again with a request link)";
    PartnersAttentionLowest => "点数が低い取引先", "Lowest totals";
    PartnersAttentionNone => "期限切れ・古い回答・暗号化されていない結果はありません。", "Nothing overdue, out of date or unencrypted.";
    PartnersSummaryNote => "取引先が自ら回答した自己診断を、この端末で Shindan が集計したものです。第三者による確認ではなく、SCS 評価でもありません。", "Shindan's tally, on this device, of the self-assessments partners made themselves. It is not a third-party check and not an SCS evaluation.";
    PartnersPrint => "1ページのまとめを印刷する", "Print the one-page summary";
    PartnersBackupNow => "この依頼の鍵は、いまはこのブラウザの中にしかありません。回答を待つ間にブラウザのデータが消えても開けるよう、バックアップを書き出しておいてください。", "This request's key exists only in this browser for now. Export a backup so the responses can still be opened if this browser's data is lost while you wait.";
    PartnersBackupButton => "鍵を含むバックアップを書き出す", "Export a backup with the keys";
    PartnersBackupFailed => "書き出せませんでした。「保存した診断」からもう一度お試しください。", "The backup could not be exported; try again from My assessments.";
    PartnersErrEmpty => "リンクが空です。", "The link is empty.";
    PartnersErrNotALink => "Shindan のリンクではありません。", "Not a Shindan link.";
    PartnersErrWrongKind => "依頼リンクです。回答リンクを貼り付けてください。", "This is a request link; paste a response link.";
    PartnersErrDamaged => "リンクが途中で切れているか、書き換えられています。", "The link is cut short or has been altered.";
    PartnersErrNewer => "新しいバージョンの Shindan で作られたリンクです。アプリを更新してください。", "The link was made by a newer Shindan; update the app.";
    PartnersErrUnknownRequest => "この端末の依頼への回答ではありません（別の依頼元の鍵に宛てたものです）。", "Not a response to a request made on this device (it is sealed to another requester's key).";
    PartnersErrCannotOpen => "鍵で開けませんでした（改ざんされたか、別の鍵に宛てたものです）。", "The key does not open it (altered, or sealed to another key).";
    PartnersErrPassphrase => "合言葉付きのリンクです。先に開いてから取り込んでください。", "A passphrase-protected link: open it first, then import.";
    PartnersErrOther => "読み取れませんでした", "Could not be read";
    PartnersReadOnly => "この一覧は新しいバージョンの Shindan で保存されたため、ここでは表示のみです。", "This register was saved by a newer Shindan: read-only here.";
    PartnersValidation => "入力を確認してください", "Please check the form";
    // Requests a requester can manage; the partners CSV and printed summary in the user's words
    PartnersDueLabel => "回答期限", "Due date";
    PartnersMadeOn => "依頼日", "Requested on";
    PartnersSentToLabel => "依頼先", "Sent to";
    PartnersFingerprint => "鍵の指紋", "Key fingerprint";
    PartnersFingerprintHint => "相手の依頼ページにも同じ指紋が表示されます。相手から確認を求められたら、以前から知っている連絡手段でこの指紋を伝えてください。", "The partner's request page shows the same fingerprint. If the partner asks, confirm it through a channel you both already know.";
    PartnersReqAnswered => "回答あり（{n}件）", "Answered ({n})";
    PartnersReqWaiting => "まだ回答なし", "Not answered yet";
    PartnersReqOverdue => "回答期限切れ（まだ回答なし）", "Overdue (not answered yet)";
    PartnersReqResponses => "受け取った回答", "Responses received";
    PartnersReqLink => "依頼リンク", "Request link";
    PartnersReqLinkFailed => "この依頼のリンクを作り直せませんでした。", "The link of this request could not be rebuilt.";
    PartnersReqNoDue => "指定なし", "none";
    PartnersReqCopyLabel => "の依頼リンクをコピー", "— copy the request link";
    PartnersReqShowAll => "すべての依頼を表示（{n}件、新しい順）", "Show all {n} requests (newest first)";
    PartnersCsvTier => "階層", "Tier";
    PartnersCsvEncryption => "暗号化", "Encryption";
    PartnersCsvComplete => "25項目すべてに回答", "All 25 items answered";
    PartnersCsvYes => "はい", "yes";
    PartnersCsvNo => "いいえ", "no";
    PartnersCsvWeakHead => "弱い項目（自社診断の項目番号と、Shindan による短い項目名）", "Weakest items (self-diagnosis item number and Shindan's short label)";
    PartnersSummaryRequester => "依頼元", "Requested by";
    PartnersSummaryList => "取引先ごとの状況", "Each partner";
    PartnersSummaryMore => "ほか {n}社（一覧と CSV にすべて載っています）", "{n} more (all of them are in the list and the CSV)";
    // --- supply chain: SCS level helper ---
    ScsTitle => "SCS評価制度：どの段階を求めるか", "SCS scheme: which level to ask for";
    ScsIntro => "サプライチェーン強化に向けたセキュリティ対策評価制度（経済産業省、★3・★4）で取引先に求める段階を、制度の3つの問いから判断します。いずれかに「はい」なら★4、すべて「いいえ」なら「ひとまず★3」です（ほかの事情で★4が望ましい場合もあります）。", "For METI's supply-chain security evaluation scheme (★3 and ★4), the scheme's three questions decide which level to ask a partner for: ★4 if any answer is yes; if all are no, \"★3 for now\" (other factors may still call for ★4).";
    ScsQ1 => "取引先のITで自社の重要な機密情報を扱う", "The partner's IT handles our important confidential information";
    ScsQ2 => "取引先が止まると自社の事業に許容できない遅れが出る", "The partner stopping would delay our business unacceptably";
    ScsQ3 => "取引先の環境から自社の社内システムに接続できる", "The partner's environment can reach our internal systems";
    ScsAsk3 => "求める段階：ひとまず★3（ほかの事情で★4が望ましい場合もあります）", "Level to ask for: ★3 for now (other factors may still call for ★4)";
    ScsAsk4 => "求める段階：★4", "Level to ask for: ★4";
    ScsMeans3 => "★3 は、自社での評価を専門家が確認し、経営者が宣言する段階です（Shindan による要約）。", "★3: the company's own assessment, checked by a security expert and declared by management (Shindan's summary).";
    ScsMeans4 => "★4 は、指定された評価機関による第三者評価と技術的な検証を受ける段階です。★3 は ★4 の前提ではありません（Shindan による要約）。", "★4: a third-party evaluation by a designated body with technical verification; ★3 is not a prerequisite (Shindan's summary).";
    ScsSource => "出典：経済産業省「サプライチェーン強化に向けたセキュリティ対策評価制度」中間取りまとめ（2025年4月14日、3つの問い）、同 制度構築方針（2026年3月27日、★3・★4の位置づけ）。要求事項は IPA の公式資料を参照してください。", "Sources: METI, supply-chain security evaluation scheme, interim report (14 April 2025: the three questions) and scheme design policy (27 March 2026: what ★3 and ★4 are). See IPA's official documents for the requirements.";
    ScsNotEval => "Shindan の結果は SCS 評価ではありません。制度の要求事項は IPA の公式資料で確認してください。制度は2026年度末ごろ開始予定です。", "A Shindan result is not an SCS evaluation. Check the requirements in IPA's official documents. The scheme is expected to start around the end of FY2026.";
    ExportedResponseLink => "回答リンクをファイルに書き出しました", "Response link saved as a file";
    // --- a partner's view of a supply-chain request (#/ask/…) ---
    AskTitle => "取引先からの自己診断の依頼", "A request for your self-assessment";
    AskWhoTitle => "依頼元と依頼の理由", "Who asks and why";
    AskOrganisation => "依頼元", "Requested by";
    AskContact => "連絡先", "Contact";
    AskReason => "依頼の理由", "Why they ask";
    AskNoContact => "（記載なし）", "(none given)";
    AskKeyFingerprint => "依頼元の鍵の指紋", "Requester's key fingerprint";
    AskReasonRequired => "依頼には理由の記載が必須です。取引先に対策を求める側は、なぜ求めるのかを説明する必要があります（公正な取引のため）。何を送り返すかは、あなたが決めます。「回答を送り返す」を押して、できたリンクをあなた自身が送るまで、何も送られません。", "A request must say why it asks: whoever asks a business partner for its security measures has to explain why (fair dealing). You decide what to send back. Nothing is sent until you press “Send back” and pass the resulting link on yourself.";
    AskUntrusted => "Shindan はこのリンクを誰が作ったかを確かめられません。依頼元の名前や文面は、リンクに書かれたままを表示しています。心当たりがなければ、以前から知っている連絡手段で依頼元に確認してください。", "Shindan cannot check who made this link: the requester's name and text are shown exactly as the link carries them. If in doubt, check with the requester through a channel you already know.";
    AskWhatTitle => "依頼の内容", "What is asked";
    AskScope => "回答を求められている診断", "Asked for";
    AskScopeSme => "中小企業の自社診断：5か条と25項目の自社診断（基本方針の決定・公表、重要7項目を含む）", "The SME self-diagnosis: the 5 To-dos and the 25-item self-diagnosis (with the basic policy's adopted/published status and the 7 key initiatives)";
    AskScopeExecutive => "経営者向けチェック：付録A-1・A-2（指示ごとの成熟度を含む）", "The executive check: Appendix A-1 and A-2 (with the maturity per direction)";
    AskDue => "回答期限", "Due by";
    AskNoDue => "期限の指定なし", "No due date";
    AskMessage => "依頼元からのメッセージ", "Message from the requester";
    AskAddressCleared => "プライバシーのため、依頼のデータはアドレスバーから消しました。依頼はこのブラウザが覚えているので、回答の画面から「依頼のページに戻る」で、再読み込みした後もこのページに戻れます。", "For privacy, the request's data has been removed from the address bar. This browser remembers the request: “Back to the request” on the questionnaire brings you back to this page, also after a reload.";
    AskAnswerTitle => "あなたの回答", "Your answers";
    AskAnswerIntro => "回答はこのブラウザの中で、あなた自身の診断として保存されます。依頼元には、送り返したリンクの内容しか届きません。同じ診断を次の取引先からの依頼にも使えます。", "You answer in this browser, and your answers are kept as your own assessment. The requester only ever gets what the link you send back carries. You can reuse the same assessment for the next customer's request.";
    AskChoose => "送り返す診断", "Assessment to send";
    AskNew => "この依頼のために新しい診断を始める", "Start a new assessment for this request";
    AskAnswerSme => "中小企業の自社診断に回答する", "Answer the SME self-diagnosis";
    AskAnswerExecutive => "経営者向けチェックに回答する", "Answer the executive check";
    AskComeBack => "回答したら、画面上部の「依頼のページに戻る」からこのページに戻ってください。", "When you have answered, use “Back to the request” at the top of the questionnaire to come back to this page.";
    AskSendTitle => "送り返す内容（送る前の確認）", "What will be sent back (preview)";
    AskResponder => "あなたの組織名（依頼元に表示されます）", "Your organisation's name (shown to the requester)";
    AskIncludeNotes => "指示ごとのメモを含める", "Include the notes per direction";
    AskNotesExecOnly => "メモは経営者向けチェックの一部なので、この依頼では送られません。", "Notes belong to the executive check, which this request does not ask for: they are not sent.";
    AskPreviewOrg => "組織名", "Organisation";
    AskPreviewParts => "部分ごとの回答数", "Answers per part";
    AskPreviewNotes => "メモ", "Notes";
    AskNotesNotIncluded => "含めない", "not included";
    AskNotesIncluded => "{n}件を含める", "{n} included";
    AskNeverSent => "送らないもの：回答者名、基本方針の文面、対策計画、依頼されていない部分の回答、このブラウザに保存されている他の診断。", "Never sent: the assessor's name, the basic policy's text, the action plan, answers to parts not asked for, and any other assessment stored in this browser.";
    AskPartTiers => "指示ごとの成熟度", "Maturity per direction";
    AskPartActions => "重要7項目", "The 7 key initiatives";
    AskPartA1 => "付録A-1", "Appendix A-1";
    AskPartA2 => "付録A-2", "Appendix A-2";
    AskPartSelfCheck => "25項目の自社診断", "25-item self-diagnosis";
    AskStarOne => "SECURITY ACTION ★一つ星", "SECURITY ACTION ★ One-Star";
    AskStarTwo => "SECURITY ACTION ★★二つ星", "SECURITY ACTION ★★ Two-Star";
    AskStarReady => "宣言の準備ができている", "ready to declare";
    AskStarNotReady => "まだ", "not yet";
    AskBandPending => "評価は25項目すべてに回答すると決まります", "the band needs all 25 items answered";
    AskSend => "回答を送り返すリンクを作る", "Make the link to send back";
    AskSending => "暗号化しています…", "Encrypting…";
    AskSealInfo => "回答は依頼に含まれる依頼元の公開鍵で暗号化されます（回答ごとに新しい鍵、ECDH P-256・HKDF-SHA-256・AES-256-GCM）。開けるのは、その鍵の秘密鍵を持つ依頼元のブラウザだけです。Shindan はリンクをどこにも送りません。メールやチャットなど、あなたの手段で依頼元に送ってください。", "Your answers are encrypted to the requester's public key carried in the request (a fresh key per response; ECDH P-256, HKDF-SHA-256, AES-256-GCM). Only the requester's browser, which holds the matching private key, can open it. Shindan sends the link nowhere: send it to the requester yourself, by your own mail or chat.";
    AskLinkLabel => "回答リンク（依頼元だけが開けます）", "Response link (only the requester can open it)";
    AskDownload => "リンクをファイルに保存（.txt）", "Save the link as a file (.txt)";
    AskStale => "内容が変わりました。もう一度リンクを作ってください。", "What would be sent has changed: make the link again.";
    AskErrResponderMissing => "あなたの組織名を入力してください。", "Enter your organisation's name.";
    AskErrResponderTooLong => "組織名は100文字までです。", "The organisation's name can have at most 100 characters.";
    AskErrNothingToSend => "依頼された部分にまだ回答がありません。", "Nothing has been answered yet in the parts asked for.";
    AskErrSealFailed => "このブラウザでは暗号化できませんでした。", "This browser could not encrypt the response.";
    AskErrResponseTooLong => "回答リンクが長くなりすぎました（{n}文字）。メモを含めない設定にしてください。", "The response link would be too long ({n} characters). Leave out the notes.";
    AskNoData => "このアドレスには依頼がありません。依頼のリンクを開くと、データはアドレスバーから消されます。受け取ったリンクをもう一度開いてください。", "There is no request at this address. When a request link is opened, its data is removed from the address bar; open the link you received again.";
    AskErrorTitle => "この依頼は開けません", "This request cannot be opened";
    AskErrorKeepsWorking => "アプリはそのまま使えます。このブラウザには何も保存・変更していません。", "The app keeps working. Nothing was saved or changed in this browser.";
    AskErrNoReason => "この依頼には理由が書かれていません。Shindan は理由のない依頼には回答できないようにしています。依頼元に、なぜ回答を求めるのかを書いた依頼を送り直してもらってください。", "This request does not say why it asks. Shindan does not answer a request without a reason: ask the requester for a new request that says why they ask.";
    AskErrMissingOrg => "この依頼には依頼元の組織名がありません。", "This request does not name the requesting organisation.";
    AskErrInvalidKey => "依頼に含まれる依頼元の鍵が正しくありません。この依頼には安全に回答できません。依頼元にリンクを作り直してもらってください。", "The requester's key in this request is not valid, so it cannot be answered safely. Ask the requester to make the link again.";
    AskErrDamaged => "リンクが壊れているか、途中で切れています。依頼元にもう一度送ってもらってください。", "The link is damaged or cut off. Ask the requester to send it again.";
    AskErrNotBase64 => "リンクに、依頼のリンクでは使わない文字が含まれています。コピーの途中で変わった可能性があります。", "The link contains characters a request link never has. It may have been altered while being copied.";
    AskErrNewer => "この依頼は、このバージョンの Shindan が読めない新しい形式です。Shindan を更新してから開き直してください。", "This request uses a newer format than this version of Shindan can read. Update Shindan, then open the link again.";
    AskErrTooLong => "リンクが長すぎます。Shindan が作る依頼のリンクではありません。", "The link is far too long to be a request Shindan makes.";
    AskErrMalformed => "リンクの内容が依頼の形式に合っていません。", "The link's content does not follow the request format.";
    // The way back to the request while answering it; one true word on notes
    AskReturnLabel => "回答中の依頼", "The request you are answering";
    AskReturnAnswering => "取引先からの依頼に回答中です。依頼元：", "You are answering a request from";
    AskReturnLink => "依頼のページに戻る", "Back to the request";
    AskReturnForget => "回答が済んだので閉じる", "Done: close this";
    AskNotesOnlyIfChosen => "メモは「指示ごとのメモを含める」を選んだときだけ送ります。", "Notes are sent only if you tick “Include the notes per direction”.";
    // --- SCS ★3/★4 self-assessment from the user's own workbook (#/scs…) ---
    ScsSelfTitle => "SCS ★3・★4 自己評価", "SCS ★3/★4 self-assessment";
    ScsSelfIntro => "サプライチェーン強化に向けたセキュリティ対策評価制度の★3・★4に向けて、IPA が公開している要求事項・評価基準のワークブック（.xlsx）のあなた自身のコピーを開き、このブラウザの中で評価基準ごとに自己評価します。評価基準の文言は Shindan に含まれていません。あなたのファイルから読み取り、このブラウザにだけ保存します。", "For ★3 and ★4 of METI's supply-chain security evaluation scheme: open your own copy of IPA's requirements and criteria workbook (.xlsx) and assess each criterion in this browser. Shindan contains none of the criteria's wording: it is read from your file and kept in this browser only.";
    ScsSelfLink => "公式ワークブックで★3・★4の自己評価をする", "Assess ★3/★4 with the official workbook";
    ScsSelfOpenTitle => "公式ワークブックを開く", "Open the official workbook";
    ScsSelfOpenHint => "IPA のサイトからダウンロードした要求事項・評価基準の .xlsx を選ぶか、この枠にドロップしてください。ファイルはこのブラウザの中だけで読み取り、どこにも送りません。", "Choose the requirements and criteria .xlsx you downloaded from IPA's site, or drop it on this box. The file is read in this browser only and sent nowhere.";
    ScsSelfChoose => "ワークブック（.xlsx）を選ぶ", "Choose the workbook (.xlsx)";
    ScsSelfReading => "読み取っています…", "Reading…";
    ScsSelfRefused => "このファイルは開けません。保存済みの内容は何も変えていません。", "This file cannot be opened. Nothing stored was changed.";
    ScsSelfChanged => "このファイルの公式の記載は、保存済みのワークブックと異なります。回答を守るため、このファイルは使いませんでした（保存済みの内容は変わっていません）。", "This file's official text differs from the workbook kept here. To protect your answers it was not used (nothing stored was changed).";
    ScsSelfChangedMore => "ほか {n} か所", "{n} more";
    ScsSelfOpenedFirst => "ワークブックを読み込みました。", "The workbook was opened.";
    ScsSelfOpenedAgain => "公式の記載が同じワークブックです。このブラウザの回答はそのままです。", "Same official text as the workbook kept here: your answers here are unchanged.";
    ScsSelfOffer => "このファイルには、このブラウザの回答と異なる回答が {n} 件あります。", "This file holds {n} answers that differ from the ones in this browser.";
    ScsSelfTakeOffer => "ファイルの回答で置き換える", "Replace with the file's answers";
    ScsSelfDismiss => "閉じる", "Close";
    ScsSelfWorkbook => "読み込んだワークブック", "The workbook kept";
    ScsSelfEdition => "版（公表日）", "Edition (published)";
    ScsSelfFileName => "ファイル名", "File name";
    ScsSelfReadAt => "読み込んだ日", "Read on";
    ScsSelfSynthetic => "これは Shindan の合成テスト用ワークブックです。記載は IPA の文言ではありません。", "This is Shindan's synthetic test workbook: its text is not IPA's.";
    ScsSelfForget => "ワークブックと回答をこのブラウザから削除する…", "Delete the workbook and the answers from this browser…";
    ScsSelfForgetConfirm => "削除する（元に戻せません）", "Delete (cannot be undone)";
    ScsSelfReadOnly => "この自己評価は新しいバージョンの Shindan が保存したものです。変更せず、そのまま残しています。", "This self-assessment was saved by a newer version of Shindan: it is kept as it is, read-only.";
    ScsSelfQuarantined => "保存されていた自己評価が読めなかったため、そのままの内容を {n} に退避しました。", "The stored self-assessment could not be read: it was set aside, byte for byte, under {n}.";
    ScsSelfSaveFailed => "自己評価を保存できませんでした（このタブには残っています）：", "The self-assessment could not be saved (it is still in this tab):";
    ScsSelfLevel3 => "★3 の評価基準", "★3 criteria";
    ScsSelfLevel4 => "★4 で追加される評価基準", "Criteria ★4 adds";
    ScsSelfAnswered => "回答済み", "Answered";
    ScsSelfMetCount => "満たしている（○）", "Met (○)";
    ScsSelfResultTitle => "結果：カテゴリーごとに満たしている評価基準", "Result: criteria met per category";
    ScsSelfResultNote => "△・✖ と未回答の評価基準はギャップです。未回答も分母から外しません。", "△, ✖ and unanswered criteria are gaps; an unanswered criterion stays in the denominator.";
    ScsSelfCategory => "カテゴリー", "Category";
    ScsSelfMetOfTotal => "満たす / 全体", "Met / all";
    ScsSelfGaps => "ギャップ", "Gaps";
    ScsSelfNoGaps => "ギャップなし", "No gaps";
    ScsSelfAllMet => "すべての評価基準を満たしています（自己評価）。", "Every criterion is met (self-assessed).";
    ScsSelfFilter => "表示する評価基準", "Criteria shown";
    ScsSelfFilterAll => "すべて", "All";
    ScsSelfFilterUnanswered => "未回答", "Not yet answered";
    ScsSelfFilterPartly => "△（一部）", "△ (partly)";
    ScsSelfFilterNotMet => "✖（満たしていない）", "✖ (not met)";
    ScsSelfNoneShown => "この表示に当てはまる評価基準はありません。", "No criterion matches this filter.";
    ScsSelfMarkMet => "○ 満たしている", "○ Met";
    ScsSelfMarkPartly => "△ 一部満たしている", "△ Partly met";
    ScsSelfMarkNotMet => "✖ 満たしていない", "✖ Not met";
    ScsSelfMarkNone => "未回答", "Not answered";
    ScsSelfMark => "自己評価（O列）", "Self-assessment (column O)";
    ScsSelfOfficial => "IPA の評価基準（あなたのファイルのセル {n} のまま）", "IPA's criterion (as in cell {n} of your file)";
    ScsSelfRequirement => "要求事項", "Requirement";
    ScsSelfNote => "理由（P列）", "Reason (column P)";
    ScsSelfEvidence => "根拠および実施する事（Q列）", "Evidence and what will be done (column Q)";
    ScsSelfSupplement => "補足情報（R列）", "Supplementary information (column R)";
    ScsSelfNoWorkbook => "まだワークブックを開いていません。SCS 自己評価のページで、あなたのコピーを開いてください。", "No workbook is open yet: open your copy on the SCS self-assessment page.";
    ScsSelfToStar3 => "★3 の評価基準に回答する", "Answer the ★3 criteria";
    ScsSelfToStar4 => "★4 で追加される評価基準に回答する", "Answer the criteria ★4 adds";
    ScsSelfBack => "SCS 自己評価に戻る", "Back to the SCS self-assessment";
    ScsSelfHandOver => "引き渡す", "Hand it over";
    ScsSelfExportHint => "Shindan はあなたのファイルを保存していません。書き出すときは、同じワークブックのコピーをもう一度選んでください。回答欄（O〜R列）だけを書き込み、公式の列はそのまま残します。", "Shindan does not keep your file: to export, choose your copy of the same workbook again. Only the answer columns (O–R) are written; the official columns are left as they are.";
    ScsSelfExportChoose => "回答を書き込むワークブックを選ぶ", "Choose the workbook to write the answers into";
    ScsSelfExporting => "回答を書き込んでいます…", "Writing the answers…";
    ScsSelfExported => "回答を書き込んだワークブックを保存しました：", "The answered workbook was saved:";
    ScsSelfExportFailed => "書き出せませんでした。", "The workbook could not be written.";
    ScsSelfWorkerFailed => "このブラウザではワークブックを読み書きする処理を始められませんでした。", "This browser could not start reading or writing the workbook.";
    ScsSelfCsv => "CSV で書き出す", "Export as CSV";
    ScsSelfCsvSaved => "SCS 自己評価を CSV に書き出しました", "SCS self-assessment saved as CSV";
    ScsSelfCsvText => "評価基準（IPA の記載、あなたのファイルから）", "Criterion (IPA's text, from your file)";
    ScsSelfCsvLevel => "レベル", "Level";
    ScsSelfCsvCell => "セル", "Cell";
    ScsSelfSummaryLink => "★3 準備状況の要約（1ページ・印刷用）", "★3 readiness summary (one page, for print)";
    ScsSelfSummaryTitle => "SCS ★3 準備状況の要約", "SCS ★3 readiness summary";
    ScsSelfSummaryIntro => "セキュリティ専門家による確認と、経営者による適合の自己宣言の準備のための、★3 の自己評価の集計です。★3 は、自社の評価を専門家が確認して助言し、経営者が自己宣言する段階です（有効期間1年）。", "A tally of the ★3 self-assessment, to prepare the security expert's check and the executives' self-declaration of conformity. ★3 is a company's own assessment, checked and advised on by a security expert and declared by its executives (valid for one year).";
    ScsSelfSummaryOverall => "★3 の評価基準のうち満たしているもの", "★3 criteria met";
    ScsSelfSummaryReady => "自己評価では、すべての★3 評価基準を満たしています。専門家の確認に進めます。", "By the self-assessment every ★3 criterion is met: ready for the expert's check.";
    ScsSelfSummaryNotReady => "ギャップが残っています。ギャップの評価基準を対策してから、専門家の確認に進んでください。", "Gaps remain: address the criteria listed as gaps before the expert's check.";
    ScsSelfSummaryDate => "作成日", "Date";
    ScsSelfSummarySign => "確認した専門家 / 宣言する経営者（署名）", "Expert who checked / executive who declares (signature)";
    ScsSelfPrint => "印刷する", "Print";
    // --- SCS readiness asked in a request and sealed in the response; the backup's SCS part; links to #/scs ---
    RequestAskScs => "SCS ★3 の準備状況も尋ねる（取引先の SCS 自己評価の基準ごとの集計）", "Also ask for SCS ★3 readiness (the partner's SCS self-assessment, counted per category)";
    RequestAskScsStar4 => "★4 で追加される評価基準の集計も尋ねる", "The criteria ★4 adds too";
    AskScsHead => "SCS の準備状況（依頼で求められています）", "SCS readiness (the request asks for it)";
    AskScsAskedStar3 => "依頼された内容：★3 の準備状況", "Asked: ★3 readiness";
    AskScsAskedStar4 => "依頼された内容：★3 と、★4 で追加される評価基準の準備状況", "Asked: ★3 readiness and the criteria ★4 adds";
    AskScsNone => "このブラウザーには SCS の自己評価がありません。このまま送ると「未評価」と伝わります。", "This browser holds no SCS self-assessment: sent now, the response says \"not assessed\".";
    AskScsMake => "SCS の自己評価を始める", "Start the SCS self-assessment";
    AskScsWillSend => "あなたの SCS 自己評価から、次の集計を暗号化して送ります。評価基準の本文は送りません。", "From your SCS self-assessment, these counts are sealed and sent. The criteria text is never sent.";
    AskScsStar3 => "★3：満たしている評価基準", "★3: criteria met";
    AskScsStar4 => "★4 で追加される評価基準：満たしているもの", "Criteria ★4 adds: met";
    AskScsEdition => "ワークブックの版", "Workbook edition";
    AskScsAsOf => "時点", "As of";
    AskScsCategory => "大分類 {n}", "Category {n}";
    AskScsNotesTick => "各評価基準のメモ（理由）と根拠も送る（評価基準の本文は送りません）", "Send my notes (reasons) and evidence references per criterion too (never the criteria text)";
    AskScsNotesCount => "メモ・根拠を送る評価基準：{n}件", "Criteria with notes or evidence sent: {n}";
    ScsNotAssessed => "未評価", "not assessed";
    ScsSynthetic => "Shindan の試験用ワークブック", "Shindan's synthetic test workbook";
    PartnersScsHead => "SCS ★3 の準備状況", "SCS ★3 readiness";
    PartnersScsMet => "★3 {n} 満たす", "★3 {n} met";
    PartnersCsvScsAsked => "SCS の依頼", "SCS asked";
    PartnersCsvScsStar3 => "SCS ★3 満たす / 全体", "SCS ★3 met / all";
    PartnersCsvScsStar4 => "SCS ★4 追加分 満たす / 全体", "SCS ★4 additions met / all";
    PartnersCsvScsEdition => "SCS ワークブックの版", "SCS workbook edition";
    ScsHelperWording => "「ひとまず★3」という言い方は、経済産業省の中間取りまとめ（2025年4月14日）を紹介した東京都の中小企業向けサイト（2025年12月5日）によるものです。Shindan は中間取りまとめの原文で確かめていないため、公式の記載としてではなく Shindan の言葉として示しています。", "The wording \"★3 for now\" (「ひとまず★3」) is as the Tokyo Metropolitan Government's SME security site (5 December 2025) reports METI's interim report (14 April 2025). Shindan has not checked it against the interim report itself, so it is shown as Shindan's words, not as official text.";
    HomeStartScs => "SCS ★3/★4 の自己評価", "SCS ★3/★4 self-assessment";
    ScsLinkFromPages => "SCS ★3/★4 の自己評価（IPA のワークブックを使って）", "SCS ★3/★4 self-assessment (with IPA's workbook)";
    // The SCS self-assessment in the backup of everything (IPA's workbook text only if ticked)
    BackupScsWorkbook => "SCS 自己評価のワークブックの本文（IPA の評価基準。お手元のファイルから読み取ったもの）も含める", "Include the SCS workbook's text (IPA's criteria, read from your copy)";
    BackupScsWorkbookWhy => "IPA の文章の利用条件が確認できていないため、既定では含めません。含めなくても、SCS の回答と、どのワークブックに対する回答かは書き出します。", "Off by default: the terms of use of IPA's text are not confirmed. Without it, the file still holds your SCS answers and which copy of the workbook they were made against.";
    /// `{n}` SCS answers in the file, `{m}` of them for criteria not answered here.
    ImportScs => "SCS 自己評価の回答：{n} 件（うちこの端末で未回答の {m} 件を取り込み）", "SCS self-assessment answers: {n} ({m} for criteria not answered here will be taken)";
    ImportScsText => "ワークブックの本文（IPA の評価基準）を含みます。", "The file includes the workbook's text (IPA's criteria).";
    /// `{file}`, `{edition}`, `{sha}`: the copy the file's answers were made against.
    ImportScsCopy => "ワークブックの本文は含みません。回答は {file}（{edition}、SHA-256 {sha}…）に対するものです。", "The file does not include the workbook's text; the answers were made against {file} ({edition}, SHA-256 {sha}…).";
    ImportScsNoCopy => "ワークブックの本文は含みません。", "The file does not include the workbook's text.";
    ImportScsNote => "SCS の回答は、この端末でまだ回答していない評価基準にだけ取り込みます。この端末の回答は変更しません。", "SCS answers are taken only for criteria not answered here; the answers here are not changed.";
    ImportScsReadOnly => "この端末の SCS 自己評価は新しいバージョンの Shindan で保存されているため、ファイルの SCS の回答は取り込みません。", "The SCS self-assessment here was saved by a newer version of Shindan, so the file's SCS answers are not taken.";
    ImportScsDamaged => "ファイル内の SCS 自己評価が壊れているため、このファイルは読み込めません。", "The SCS self-assessment in the file is damaged, so the file cannot be imported.";
    ImportScsNewer => "ファイル内の SCS 自己評価は新しいバージョンの Shindan で書き出されたため読み込めません。アプリを更新してください。", "The SCS self-assessment in the file was written by a newer version of Shindan; update the app to import it.";
    /// `{n}` SCS answers taken, `{m}` answered here kept, `{d}` of those differing from the file.
    ImportDoneScs => "SCS の回答：{n} 件を取り込み、この端末で回答済みの {m} 件はそのままにしました（うちファイルと異なるもの {d} 件）。", "SCS answers: {n} taken; {m} already answered here kept ({d} of them differ from the file).";
    ImportDoneScsWorkbook => "ワークブックの本文も取り込みました。", "The workbook's text was taken too.";
    /// `{n}` answers left out: their criteria are not in the workbook kept here.
    ImportDoneScsOther => "ファイルの回答は、この端末とは別のワークブック（版またはファイルが異なる）に対するものです。この端末のワークブックにない評価基準の回答 {n} 件は取り込んでいません。", "The file's answers were made against another copy of the workbook (another edition or file); {n} for criteria not in the workbook here were left out.";
    /// `{file}`, `{edition}`: the copy to open on the SCS pages.
    ImportDoneScsOpen => "回答を表示するには、SCS のページで {file}（{edition}）を開いてください。", "To see them, open {file} ({edition}) on the SCS pages.";
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The SCS helper says what its source says when every answer is "no": ★3 for now, since
    /// other factors may still call for ★4 (METI's interim report, as the Tokyo site quotes it).
    #[test]
    fn scs_all_no_is_star3_for_now() {
        assert!(Msg::ScsAsk3.text(Lang::Ja).contains("ひとまず★3"));
        assert!(Msg::ScsAsk3.text(Lang::En).contains("★3 for now"));
        assert!(Msg::ScsIntro.text(Lang::Ja).contains("「ひとまず★3」"));
    }

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
            if matches!(m, Msg::LangSwitchTo | Msg::OwnMark) {
                continue; // the other language's name; the project's name in both
            }
            if matches!(m, Msg::Colon | Msg::ListSep | Msg::PolicyBlankLine) {
                // Japanese punctuation and a blank line: full width, unlike the English.
                assert!(m.text(Lang::Ja).chars().all(|c| c > '\u{3000}'), "{m:?}");
                continue;
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
