//! The UI messages the first screen can show (`crate::boot`): only these texts are
//! linked into the first-screen build, which never installs the whole table
//! ([`super::install_all`]); the ~600 messages of the other pages stay in the whole app.
//!
//! A message missing here would read empty on the first screen: the test below reads every
//! source file the first screen is built from and fails on any `Msg::` it names that is not
//! listed (the e2e suite also compares the first screen's pages with the whole app's).

use super::Msg;

macro_rules! first {
    ($($m:ident,)*) => {
        /// Each message with its text, in declaration order (binary-searched by [`get`]).
        const FIRST: &[(Msg, [&str; 2])] = &[ $( (Msg::$m, Msg::TEXT[Msg::$m as usize]), )* ];
    };
}

first! {
    AppName, AppTagline, SkipToContent, NavLabel, NavGuidelines, NavSme, NavExecutive, NavResults,
    NavAssessments, NavPrivacy, LangSwitchLabel, LangSwitchTo, FooterPrivacy, FooterSelfAssessment,
    FooterSource, StorageUnavailable, HomeTitle, HomeIntro, HomeStartSme, HomeStartExecutive,
    HomeConsultants, HomeSaTitle, HomeSaBody, HomeReadGuidelines, HomePrivacyTitle, HomePrivacyBody,
    FullLoading, FullLoadFailed, FullRetry, StoredDataUnreadable, SaveFailed,
    SelfAssessmentNotCertification, MetaTitle, MetaName, MetaDate, MetaAssessor, MetaLocalOnly,
    Print, ExampleMeasures, WhyAndExamples, SeeResults, OwnMark,
    OwnMarkMeaning, ActionsScoreIsShindans, TrIpaProvisional, SmeTitle, SmeIntro, ArticlesHelp,
    ArticleDone, ArticleCommitted, ArticleNotYet, PolicyRepresentative, PolicyDate,
    PolicyDraftTitle, PolicyBlank, PolicyDraft1, PolicyDraft2, PolicyDraft3, PolicyDraft4,
    PolicyDraft5, PolicySignature, PolicyEstablished, PolicyPublished, PolicySectionIntro,
    StarTwoIsStageTwo, MeasuresSectionBody, MeasuresSectionDone, MeasuresSectionNotYet,
    StageNotAssessed, InitiativeN, SmeActionsTitle, SmeActionsIntro, SmeResultsTitle,
    SelfCheckTotal, Provisional, NextStep, BandAfterAll, PartSubtotals, Part, Points, Answered,
    StarOne, StarOneReady, StillCommitments, StarOneNotYet, StarTwo, StarTwoReady, HowToDeclare,
    DontKnowTodo, WeakestItems, Direction, A2Short, SelfCheckShort, TierCurrent, TierTarget,
    Colon, ListSep, NavPartners, NavMenu, SmeStepsLabel, SmeResultScreen, SmeItemJump, SmeItemJumpGo,
    PolicyTitleDecided, PolicyBlankLine, PolicyBlankDate, ActionsNoneAnswered,
    CsvColId, CsvColSection, CsvColItemId, CsvColItem, CsvColAnswer, CsvColCode, CsvSectionA1,
    CsvSectionA2, CsvSectionSelfCheck, CsvSectionArticles, CsvSectionActions, CsvSectionTier,
    CsvSectionNote, CsvSectionOther, Untitled, DownloadUnreadable, StoredDataStuck, NewerData,
    MigrationPending, ExportBackupNow, ConflictKeptBoth, BackupReminder, ExportFailed, ReportColNo,
    PlanPutInPlace, PlanStatusNotStarted, PlanStatusInProgress, PlanStatusDone,
    PlanColDirectionTitle, PlanColItem, PlanColItemText, PlanColAction, PlanColOwner, PlanColDue,
    PlanColStatus, PlanColStatusCode, PlanColKey, IncidentShindanAddition, IncidentColId,
    IncidentTitleField, IncidentCreated, IncidentUpdated, NotFoundTitle, NotFoundBody,
    NotFoundRequested, BackHome, GlSource, GlConfidence, GlConfHigh, GlConfMedium, GlConfLow, GlUnconfirmed, GlOfficial, GlUnofficial,
    GlUnofficialTranslation, GlJaUnconfirmed, GlJaUnconfirmedNote, GlIpaEnglishNote, GlSeeSources, GlShortLabel, GlPrincipleN, GlNone, GlKindAdded,
    GlKindMerged, GlKindSplit, GlKindRenamed, GlKindMoved, GlKindUnchanged, GlKindRemoved,
    SmeEditionNote, StepNavLabel, StepBack, StepNext, ArticlesShort, KeyStarTwoNotYet, TaskArticles,
    TaskAnswerItems, TaskPolicyEstablish, TaskPolicyPublish, GlStageN, GlChapterN, GlStageStar,
    GlActionSections, GlSectionInitiatives, GlPartN, CmpImproved, CmpWorse, CmpUnchanged,
    CmpNotComparable, CmpColDelta, CmpColMark, CmpColImproved, CmpColWorse, CmpSummary, CmpPartN,
    ExportedBackup, ExportedAnswersCsv, ExportedComparisonCsv, ExportedPlanCsv,
    ExportedIncidentsJson, ExportedIncidentsCsv, ExportedUnreadable, NoticeClose,
    ExportedPartnersCsv, CmpMadeOn, PartnersErrEmpty, PartnersErrNotALink, PartnersErrWrongKind,
    PartnersErrDamaged, PartnersErrNewer, PartnersErrUnknownRequest, PartnersErrCannotOpen,
    PartnersErrPassphrase, PartnersErrOther, ExportedResponseLink, AskNoData, AskErrNoReason,
    AskErrMissingOrg, AskErrInvalidKey, AskErrDamaged, AskErrNotBase64, AskErrNewer, AskErrTooLong,
    AskErrMalformed, AskReturnLabel, AskReturnAnswering, AskReturnLink, AskReturnForget,
}

/// The text of `m` if the first screen has it.
pub(super) fn get(m: Msg) -> Option<[&'static str; 2]> {
    FIRST
        .binary_search_by_key(&(m as usize), |(k, _)| *k as usize)
        .ok()
        .map(|i| FIRST[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The source of every file the first-screen build compiles code from (views, the store and
    /// storage, the pure modules they call), as `boot` describes it.
    fn first_screen_sources() -> Vec<String> {
        let mut v: Vec<String> = [
            include_str!("../app.rs"),
            include_str!("../boot.rs"),
            include_str!("../pages/home.rs"),
            include_str!("../pages/sme.rs"),
            include_str!("../pages/not_found.rs"),
            include_str!("../pages/guidelines/common.rs"),
            include_str!("../components/header.rs"),
            include_str!("../components/footer.rs"),
            include_str!("../components/storage_banners.rs"),
            include_str!("../components/export_notice.rs"),
            include_str!("../components/ask_return.rs"),
            include_str!("../components/question_card.rs"),
            include_str!("../components/meta_form.rs"),
            include_str!("../components/said.rs"),
            include_str!("../components/sme_summary.rs"),
            include_str!("../components/bar_chart.rs"),
            include_str!("../hooks/store.rs"),
            include_str!("../files.rs"),
            include_str!("../format.rs"),
            include_str!("../lang.rs"),
            include_str!("../route.rs"),
            include_str!("../incident.rs"),
            include_str!("../supply/error.rs"),
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        for dir in ["assessment", "storage", "store"] {
            let mut entries: Vec<_> = std::fs::read_dir(root.join(dir))
                .expect("source dir")
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "rs"))
                .collect();
            entries.sort();
            v.extend(
                entries
                    .iter()
                    .map(|p| std::fs::read_to_string(p).expect("source")),
            );
        }
        v
    }

    #[test]
    fn in_declaration_order_once_each() {
        assert!(FIRST
            .windows(2)
            .all(|w| (w[0].0 as usize) < (w[1].0 as usize)));
        for (m, text) in FIRST {
            assert_eq!(Some(*text), get(*m));
        }
        assert_eq!(get(Msg::AppName), Some(Msg::TEXT[Msg::AppName as usize]));
    }

    #[test]
    fn every_message_the_first_screen_names_is_here() {
        let mut missing = Vec::new();
        for src in first_screen_sources() {
            for part in src.split("Msg::").skip(1) {
                let name: String = part
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .collect();
                let Some(m) = Msg::ALL.iter().find(|m| format!("{m:?}") == name) else {
                    continue; // `Msg::ALL`, `Msg::TEXT` and the like
                };
                if get(*m).is_none() && !missing.contains(&name) {
                    missing.push(name);
                }
            }
        }
        assert!(missing.is_empty(), "add to src/i18n/first.rs: {missing:?}");
    }
}
