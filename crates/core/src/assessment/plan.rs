//! PURE: the action plan — what the organisation will do about its gaps, who owns each action,
//! by when, and how far it has got.
//!
//! The plan is stored inside the assessment ([`Assessment::plan`]), so it is saved, backed up
//! and versioned with it. It is seeded from two places: the ranked gap list ([`ranked_gaps`])
//! with the model's 対策例 (`Direction::examples`) of each listed 指示 (key `v3.d<n>.ex<k>`),
//! and the self-diagnosis items not yet in place — 実施していない, 一部実施している, わからない,
//! weakest first — one entry each, whose action is to put that item in place (key
//! `sc.NN.plan`, grouped under its part `sc.part<n>`), so an SME user who answered only the 25
//! items gets a plan too. Seeding adds only entries that are not in the plan yet, so it can be
//! run again after answers change without duplicating anything and without touching what the
//! user edited. The user may also add their own entries (`own.<n>`), reword any entry, and
//! remove entries.
//!
//! A seeded entry keeps its wording empty until the user edits it: the view shows the model's
//! text in the display language ([`PlanItem::text`]), so switching language translates the plan.
//!
//! Imports no yew / web_sys / gloo / wasm_bindgen.

use crate::csv;
use crate::i18n::{t, tn, Msg};
use crate::lang::Lang;
use crate::model::{AnswerKind, Id, Model};

use super::gaps::ranked_gaps;
use super::sme::self_check;
use super::state::Assessment;

pub use super::plan_item::*;

/// The A-2 item of `direction` most in need of the action: the first answered 実施していない,
/// else 一部実施, else わからない, else none.
pub fn weakest_item(model: &Model, a: &Assessment, direction: &Id) -> Option<Id> {
    [
        AnswerKind::NotImplemented,
        AnswerKind::Partial,
        AnswerKind::DontKnow,
    ]
    .into_iter()
    .find_map(|kind| {
        model
            .a2_items(direction.as_str())
            .find(|i| a.answer(&i.id) == Some(kind))
            .map(|i| i.id.clone())
    })
}

/// The seeded key of example `k` of `direction`.
pub fn example_key(direction: &Id, k: usize) -> String {
    format!("{direction}.ex{k}")
}

/// The seeded key of a self-diagnosis item's entry.
pub fn self_check_key(item: &Id) -> String {
    format!("{item}.plan")
}

/// The entries seeding would add now: one per model example of every 指示 in the ranked gap
/// list, most urgent 指示 first; then one per self-diagnosis item not yet in place, weakest
/// first (実施していない, then 一部, then わからない, each in item order); minus those already in
/// the plan (by key). A removed seeded entry comes back only when seeding is run again — the
/// user asked for it.
pub fn seed(model: &Model, a: &Assessment) -> Vec<PlanItem> {
    let mut out = seed_directions(model, a);
    for w in self_check(model, a).weakest {
        let id = self_check_key(&w.item);
        if a.plan.iter().any(|p| p.id == id) {
            continue;
        }
        let Some(it) = model.self_check_item(w.item.as_str()) else {
            continue;
        };
        out.push(PlanItem {
            id,
            direction: it.part.clone(),
            item: Some(w.item.clone()),
            example: None,
            action: String::new(),
            owner: String::new(),
            due: String::new(),
            status: PlanStatus::NotStarted,
        });
    }
    out
}

fn seed_directions(model: &Model, a: &Assessment) -> Vec<PlanItem> {
    let mut out = Vec::new();
    for g in ranked_gaps(model, a) {
        let Some(d) = model.direction(g.direction.as_str()) else {
            continue;
        };
        let item = weakest_item(model, a, &g.direction);
        for k in 0..d.examples.len() {
            let id = example_key(&g.direction, k);
            if a.plan.iter().any(|p| p.id == id) {
                continue;
            }
            out.push(PlanItem {
                id,
                direction: g.direction.clone(),
                item: item.clone(),
                example: Some(k),
                action: String::new(),
                owner: String::new(),
                due: String::new(),
                status: PlanStatus::NotStarted,
            });
        }
    }
    out
}

/// A new empty entry of the user's own for `direction`, keyed `own.<n>` with `n` one more than
/// any `own.` key in the plan.
pub fn own_item(plan: &[PlanItem], direction: Id) -> PlanItem {
    let n = plan
        .iter()
        .filter_map(|p| p.id.strip_prefix("own.")?.parse::<u32>().ok())
        .max()
        .map_or(1, |m| m.saturating_add(1));
    PlanItem {
        id: format!("own.{n}"),
        direction,
        item: None,
        example: None,
        action: String::new(),
        owner: String::new(),
        due: String::new(),
        status: PlanStatus::NotStarted,
    }
}

impl PlanItem {
    /// Whether the entry was seeded from the model (an example of a 指示, or a self-diagnosis
    /// item) rather than added by the user.
    pub fn seeded(&self) -> bool {
        self.example.is_some() || self.id.ends_with(".plan")
    }

    /// The action as shown: the user's wording, else the model example in `lang`, else (for a
    /// self-diagnosis entry) the item itself, as the thing to put in place.
    pub fn text(&self, model: &Model, lang: Lang) -> String {
        if !self.action.is_empty() {
            return self.action.clone();
        }
        if self.example.is_none() {
            if let Some(it) = self
                .item
                .as_ref()
                .and_then(|i| model.self_check_item(i.as_str()))
            {
                return t(lang, Msg::PlanPutInPlace).replace("{q}", it.question.get(lang));
            }
        }
        self.example
            .and_then(|k| {
                model
                    .direction(self.direction.as_str())?
                    .examples
                    .get(k)
                    .map(|e| e.get(lang).to_string())
            })
            .unwrap_or_default()
    }
}

/// `指示3` / `D3`, or `自社診断 パート2` / `Self-diagnosis Part 2`, from the model.
pub fn direction_label(model: &Model, id: &Id, lang: Lang) -> String {
    if let Some(p) = model.sme.self_check.parts.iter().find(|p| &p.id == id) {
        return format!(
            "{} {}",
            t(lang, Msg::SelfCheckShort),
            tn(lang, Msg::GlPartN, p.number)
        );
    }
    model
        .direction(id.as_str())
        .map(|d| d.label.get(lang).to_string())
        .unwrap_or_else(|| id.to_string())
}

/// The title of what an entry belongs to: the 指示's title or the part's name.
pub fn direction_title(model: &Model, id: &Id, lang: Lang) -> String {
    if let Some(p) = model.sme.self_check.parts.iter().find(|p| &p.id == id) {
        return p.title.get(lang).to_string();
    }
    model
        .direction(id.as_str())
        .map(|d| d.title.get(lang).to_string())
        .unwrap_or_default()
}

/// The text of an entry's check item: the A-2 item's or the self-diagnosis question.
pub fn item_text(model: &Model, id: &Id, lang: Lang) -> String {
    if let Some(it) = model.self_check_item(id.as_str()) {
        return it.question.get(lang).to_string();
    }
    model
        .meti_v3
        .a2
        .iter()
        .find(|i| &i.id == id)
        .map(|i| i.text.get(lang).to_string())
        .unwrap_or_default()
}

/// `3-2` for an A-2 item, `No.7` for a self-diagnosis item, from the model.
pub fn item_label(model: &Model, id: &Id) -> String {
    if let Some(it) = model.self_check_item(id.as_str()) {
        return format!("No.{}", it.number);
    }
    model
        .meti_v3
        .a2
        .iter()
        .find(|i| &i.id == id)
        .and_then(|i| {
            let d = model.direction(i.direction.as_str())?;
            Some(format!("{}-{}", d.number, i.number))
        })
        .unwrap_or_else(|| id.to_string())
}

/// Counts per status, in [`PlanStatus::ALL`] order.
pub fn status_counts(plan: &[PlanItem]) -> [usize; 3] {
    let mut c = [0; 3];
    for p in plan {
        let i = PlanStatus::ALL
            .iter()
            .position(|s| *s == p.status)
            .unwrap_or(0);
        c[i] += 1;
    }
    c
}

/// The plan as CSV: UTF-8 with BOM, CRLF, RFC 4180 (the writer of `crate::csv`).
/// Columns: 指示, 指示 title, item, item text, action, owner, due, status (label), status code,
/// entry key.
pub fn to_csv(model: &Model, a: &Assessment, lang: Lang) -> String {
    let mut out = String::new();
    out.push(csv::BOM);
    out.push_str(&csv::line(&[
        t(lang, Msg::Direction),
        t(lang, Msg::PlanColDirectionTitle),
        t(lang, Msg::PlanColItem),
        t(lang, Msg::PlanColItemText),
        t(lang, Msg::PlanColAction),
        t(lang, Msg::PlanColOwner),
        t(lang, Msg::PlanColDue),
        t(lang, Msg::PlanColStatus),
        t(lang, Msg::PlanColStatusCode),
        t(lang, Msg::PlanColKey),
    ]));
    for p in &a.plan {
        let title = direction_title(model, &p.direction, lang);
        let (item, item_text) = match &p.item {
            Some(id) => (item_label(model, id), item_text(model, id, lang)),
            None => (String::new(), String::new()),
        };
        out.push_str(&csv::line(&[
            direction_label(model, &p.direction, lang),
            title,
            item,
            item_text,
            p.text(model, lang),
            p.owner.clone(),
            p.due.clone(),
            p.status.label(lang).to_string(),
            p.status.code().to_string(),
            p.id.clone(),
        ]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Action, TierEnd};
    use crate::model::model;

    #[test]
    fn an_sme_only_user_gets_a_plan_from_the_25_items() {
        let m = model();
        let mut a = Assessment::new();
        for n in 1..=25 {
            let kind = match n {
                7 => AnswerKind::Partial,
                16 | 3 => AnswerKind::NotImplemented,
                21 => AnswerKind::DontKnow,
                _ => AnswerKind::Implemented,
            };
            a.apply(Action::Answer(
                Id::from(format!("sc.{n:02}").as_str()),
                Some(kind),
            ));
        }
        let offer = seed(m, &a);
        let keys: Vec<&str> = offer.iter().map(|p| p.id.as_str()).collect();
        // Not implemented first, then partial, then don't know; nothing from the empty exec side.
        assert_eq!(
            keys,
            ["sc.03.plan", "sc.16.plan", "sc.07.plan", "sc.21.plan"]
        );
        assert_eq!(offer[1].direction, Id::from("sc.part2"));
        assert!(offer.iter().all(PlanItem::seeded));
        assert!(offer[0].text(m, Lang::Ja).contains("パスワード"));
        assert_eq!(
            direction_label(m, &offer[1].direction, Lang::Ja),
            "自社診断 パート2"
        );
        assert_eq!(item_label(m, &Id::from("sc.16")), "No.16");
        apply(&mut a.plan, PlanAction::Add(offer));
        assert!(seed(m, &a).is_empty(), "seeding again adds nothing");
        let csv = to_csv(m, &a, Lang::Ja);
        assert!(csv.contains("No.16") && csv.contains("sc.16.plan"), "{csv}");
    }

    fn gappy() -> Assessment {
        let mut a = Assessment::new();
        // 指示3: nothing implemented, maturity 0 → 3; 指示2: partial, 1 → 3.
        for n in 1..=5 {
            a.apply(Action::Answer(
                Id::from(format!("v3.a2.3-{n}").as_str()),
                Some(AnswerKind::NotImplemented),
            ));
        }
        for n in 1..=3 {
            a.apply(Action::Answer(
                Id::from(format!("v3.a2.2-{n}").as_str()),
                Some(AnswerKind::Partial),
            ));
        }
        a.apply(Action::Tier(Id::from("v3.d3"), TierEnd::Current, Some(0)));
        a.apply(Action::Tier(Id::from("v3.d3"), TierEnd::Target, Some(3)));
        a.apply(Action::Tier(Id::from("v3.d2"), TierEnd::Current, Some(1)));
        a.apply(Action::Tier(Id::from("v3.d2"), TierEnd::Target, Some(3)));
        a
    }

    #[test]
    fn seeding_follows_the_gap_order_and_never_duplicates() {
        let m = model();
        let mut a = gappy();
        let first = seed(m, &a);
        let n3 = m.direction("v3.d3").map_or(0, |d| d.examples.len());
        let n2 = m.direction("v3.d2").map_or(0, |d| d.examples.len());
        assert_eq!(first.len(), n3 + n2);
        assert_eq!(first[0].id, "v3.d3.ex0");
        assert_eq!(first[0].item, Some(Id::from("v3.a2.3-1")));
        assert_eq!(first[n3].direction, Id::from("v3.d2"));
        assert_eq!(first[n3].item, Some(Id::from("v3.a2.2-1")));
        a.apply(Action::Plan(PlanAction::Add(first.clone())));
        assert_eq!(a.plan, first);
        // Seeding again adds nothing; adding the same entries again changes nothing.
        assert!(seed(m, &a).is_empty());
        a.apply(Action::Plan(PlanAction::Add(first.clone())));
        assert_eq!(a.plan.len(), first.len());
        // Edits survive a re-seed; a removed entry is offered again.
        a.apply(Action::Plan(PlanAction::Set(
            "v3.d3.ex0".into(),
            PlanField::Owner,
            "情報システム部".into(),
        )));
        a.apply(Action::Plan(PlanAction::Remove("v3.d2.ex0".into())));
        let again = seed(m, &a);
        assert_eq!(
            again.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
            ["v3.d2.ex0"]
        );
        a.apply(Action::Plan(PlanAction::Add(again)));
        assert_eq!(a.plan[0].owner, "情報システム部");
    }

    #[test]
    fn text_follows_the_language_until_edited() {
        let m = model();
        let mut a = gappy();
        a.apply(Action::Plan(PlanAction::Add(seed(m, &a))));
        let p = &a.plan[0];
        let ex = &m.direction("v3.d3").expect("d3").examples[0];
        assert_eq!(p.text(m, Lang::Ja), ex.ja);
        assert_eq!(p.text(m, Lang::En), ex.en);
        a.apply(Action::Plan(PlanAction::Set(
            p.id.clone(),
            PlanField::Action,
            "予算を申請する".into(),
        )));
        assert_eq!(a.plan[0].text(m, Lang::En), "予算を申請する");
    }

    #[test]
    fn own_entries_status_and_unknown_ids() {
        let mut plan = Vec::new();
        let one = own_item(&plan, Id::from("v3.d1"));
        assert_eq!(one.id, "own.1");
        apply(&mut plan, PlanAction::Add(vec![one]));
        let two = own_item(&plan, Id::from("v3.d1"));
        assert_eq!(two.id, "own.2");
        apply(&mut plan, PlanAction::Add(vec![two]));
        apply(
            &mut plan,
            PlanAction::Status("own.2".into(), PlanStatus::Done),
        );
        apply(
            &mut plan,
            PlanAction::Status("nope".into(), PlanStatus::Done),
        );
        apply(&mut plan, PlanAction::Remove("nope".into()));
        assert_eq!(status_counts(&plan), [1, 0, 1]);
        apply(
            &mut plan,
            PlanAction::Set("own.1".into(), PlanField::Item, "v3.a2.1-1".into()),
        );
        assert_eq!(plan[0].item, Some(Id::from("v3.a2.1-1")));
        apply(
            &mut plan,
            PlanAction::Set("own.1".into(), PlanField::Item, String::new()),
        );
        assert_eq!(plan[0].item, None);
        apply(
            &mut plan,
            PlanAction::Set("own.1".into(), PlanField::Owner, "あ".repeat(MAX_FIELD + 9)),
        );
        assert_eq!(plan[0].owner.chars().count(), MAX_FIELD);
        for s in PlanStatus::ALL {
            assert_eq!(PlanStatus::from_code(s.code()), Some(s));
        }
    }

    #[test]
    fn the_plan_is_additive_in_the_stored_json() {
        // No plan: the JSON is exactly what older builds wrote and read.
        let a = Assessment::new();
        let json = serde_json::to_string(&a).expect("serialises");
        assert!(!json.contains("plan"), "{json}");
        // A plan round-trips.
        let mut b = gappy();
        b.apply(Action::Plan(PlanAction::Add(seed(model(), &b))));
        b.apply(Action::Plan(PlanAction::Status(
            "v3.d3.ex0".into(),
            PlanStatus::InProgress,
        )));
        let json = serde_json::to_string(&b).expect("serialises");
        assert!(json.contains(r#""status":"in_progress""#), "{json}");
        let back: Assessment = serde_json::from_str(&json).expect("parses");
        assert_eq!(back, b);
    }

    #[test]
    fn csv_has_bom_header_and_escapes_text() {
        let m = model();
        let mut a = gappy();
        a.apply(Action::Plan(PlanAction::Add(seed(m, &a))));
        a.apply(Action::Plan(PlanAction::Set(
            "v3.d3.ex0".into(),
            PlanField::Action,
            "予算を確保する, \"今期\"\n第2行".into(),
        )));
        a.apply(Action::Plan(PlanAction::Set(
            "v3.d3.ex0".into(),
            PlanField::Owner,
            "総務部".into(),
        )));
        let text = to_csv(m, &a, Lang::Ja);
        assert!(text.starts_with('\u{feff}'));
        let mut lines = text.trim_start_matches('\u{feff}').split("\r\n");
        let header = lines.next().expect("header");
        assert!(header.starts_with("指示,"), "{header}");
        assert!(header.contains("担当者"), "{header}");
        assert!(
            text.contains(
                "\"予算を確保する, \"\"今期\"\"\n第2行\",総務部,,未着手,not_started,v3.d3.ex0\r\n"
            ),
            "{text}"
        );
        assert_eq!(text.matches("\r\n").count(), 1 + a.plan.len());
    }
}
