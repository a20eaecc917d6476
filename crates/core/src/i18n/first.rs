//! The UI messages the first screen can show (the web app's `boot`): only these texts are
//! linked into the first-screen build, which never installs the whole table
//! ([`super::install_all`]); the ~600 messages of the other pages stay in the whole app.
//!
//! A message missing here would read empty on the first screen: the web app's
//! `tests/first_screen_messages.rs` reads every source file the first screen is built from and
//! fails on any `Msg::` it names that is not listed (the e2e suite also compares the first screen's pages with the whole app's).

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
    Progress,
    Print, ExampleMeasures, WhyAndExamples, SeeResults, OwnMark,
    OwnMarkMeaning, ActionsScoreIsShindans, TrIpaProvisional, SmeTitle, SmeIntro, ArticlesHelp,
    ArticleDone, ArticleCommitted, ArticleNotYet, PolicyRepresentative, PolicyDate,
    PolicyDraftTitle, PolicyBlank, PolicyDraft1, PolicyDraft2, PolicyDraft3, PolicyDraft4,
    PolicyDraft5, PolicySignature, PolicyEstablished, PolicyPublished, PolicySectionIntro,
    StarTwoIsStageTwo, MeasuresSectionBody, MeasuresSectionDone, MeasuresSectionNotYet,
    StageNotAssessed, InitiativeN, SmeActionsTitle, SmeActionsIntro, SmeResultsTitle,
    SelfCheckTotal, Provisional, NextStep, BandAfterAll, PartSubtotals, Part, Points, Answered,
    StarOne, StarOneReady, StillCommitments, StarOneNotYet, StarTwo, StarTwoReady, HowToDeclare,
    DontKnowTodo, WeakestItems, Direction, A2Short, SelfCheckShort,
    ExecTitle, ExecIntro, A1Title, A1Intro, A2Title, A2Intro, MaturityScaleTitle, TierCurrent,
    TierTarget, TierUnset, NoteLabel, ReadDirection,
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
    SmeEditionNote, ExecScaleShort, WhyOnSources,
    StepNavLabel, StepBack, StepNext, ArticlesShort, KeyStarTwoNotYet, TaskArticles,
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
    HomeStartScs,
}

/// The text of `m` if the first screen has it.
pub fn get(m: Msg) -> Option<[&'static str; 2]> {
    FIRST
        .binary_search_by_key(&(m as usize), |(k, _)| *k as usize)
        .ok()
        .map(|i| FIRST[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
