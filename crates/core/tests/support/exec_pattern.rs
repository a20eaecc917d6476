//! The executive check answered as the e2e fixtures answer it (reports.spec.js): the A-2
//! answers per 指示 and each maturity pair (current, target). Shared by the native tests that
//! check figures and reports against it.

use shindan_core::assessment::*;
use shindan_core::model::{AnswerKind, Id};

use AnswerKind::{
    DontKnow as D, Implemented as I, NotApplicable as Na, NotImplemented as N, Partial as P,
};

/// 指示 number, its A-2 answers, its maturity (current, target).
type DirectionPattern = (u8, Vec<AnswerKind>, Option<(u8, u8)>);

/// The executive check fully answered (no date set).
pub fn exec_pattern() -> Assessment {
    let pattern: [DirectionPattern; 10] = [
        (1, vec![I, I, I], Some((3, 3))),
        (2, vec![P, P, P], Some((1, 3))),
        (3, vec![N; 5], Some((0, 3))),
        (4, vec![I, D, Na], Some((2, 3))),
        (5, vec![Na; 10], None),
        (6, vec![I, I, N, N], Some((1, 3))),
        (7, vec![I; 5], Some((4, 4))),
        (8, vec![P, I], None),
        (9, vec![N; 3], Some((2, 2))),
        (10, vec![I, P], Some((1, 2))),
    ];
    let mut a = Assessment::new();
    a.apply(Action::Meta(MetaField::Name, "株式会社テスト工業".into()));
    for p in 1..=3 {
        for n in 1..=3 {
            let id = format!("v3.a1.p{p}-{n}");
            a.apply(Action::Answer(Id::from(id.as_str()), Some(I)));
        }
    }
    for (d, answers, tiers) in pattern {
        for (i, k) in answers.into_iter().enumerate() {
            let id = format!("v3.a2.{d}-{}", i + 1);
            a.apply(Action::Answer(Id::from(id.as_str()), Some(k)));
        }
        if let Some((c, t)) = tiers {
            let dir = Id::from(format!("v3.d{d}").as_str());
            a.apply(Action::Tier(dir.clone(), TierEnd::Current, Some(c)));
            a.apply(Action::Tier(dir, TierEnd::Target, Some(t)));
        }
    }
    a
}
