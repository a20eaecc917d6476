//! The backup file (`shindan-backup`, version 3) and the rules of a non-destructive import.
//!
//! ```json
//! { "kind": "shindan-backup", "version": 2, "exported": 1767225600000, "app": "0.1.0",
//!   "assessments": [ { "format": 2, "id": "…", "created": …, "updated": …, "revision": …,
//!                      "assessment": { "name": "…", "answers": { "sc.01": "implemented" }, … } } ],
//!   "supply": { "format": 1, "requests": [ { "request": …, "private_key": "{\"crv\":\"P-256\",…}", … } ],
//!               "partners": [ … ] },
//!   "responder": { "format": 1, "id": "5a5a…" },
//!   "scs": { "format": 1, "workbook": null, "answers": { "1-2-1-1": { "mark": "met" } },
//!            "answered_with": { "edition": "scs-2026-03-27", "sha256": "9f2c…", "file_name": "scs.xlsx" } } }
//! ```
//!
//! **Versions.** 1: the assessments only. 2 adds `supply`, the supply-chain register exactly
//! as stored (`shindan.v1.supply`: the requests with their private keys, the partners'
//! results), and `responder`, this browser's responder profile (`shindan.v1.responder`); each
//! is left out when there is nothing in it, and a file of one assessment never has them (such
//! a file is handed on; the keys must not travel with it). A version-1 file still reads: it
//! simply has no register. A newer version, or a register or profile of a newer format inside,
//! is [`BackupError::Newer`]; a damaged register (unreadable, a request twice, a key that does
//! not belong to its request, …) is [`BackupError::Supply`], and nothing of the file is taken.
//!
//! 3 adds `scs`, the SCS ★3/★4 self-assessment as stored (`shindan.v1.scs`, `ScsFile` format
//! 1), only in the backup of everything and only when the whole app writes it
//! ([`Backup::to_json_with_scs`]; the first screen, which offers a backup when storage is full,
//! does not link the SCS types; its file is version 2). IPA's text (`workbook`) is in it only when the user asked; otherwise `workbook`
//! is `null` and `answered_with` names the copy the answers were made against
//! (`storage::scs`). A file without `scs` is written as version 2, so builds that predate it
//! still read it; an older build refuses a version-3 file as newer. The section is read by
//! `ScsFile`'s own reader and checked (`ScsFile::problems`): a newer format is
//! [`BackupError::ScsNewer`], anything damaged [`BackupError::Scs`]; nothing of the file is
//! taken then. Restoring it never overwrites (`ScsFile::fill`).
//!
//! Import never overwrites: an assessment whose id is new is added; one identical to what is
//! stored is skipped; one whose id exists with different content is, by the user's choice, kept
//! side by side (under a new id) or merged ([`merge`]). The register is joined with the stored
//! one (`Register::absorb`: nothing either holds is lost); the responder id is taken only when
//! this browser has none ([`Restore`]).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use super::record::{ReadError, Record, RecordId, RECORD_FORMAT};
use super::scs::ScsFile;
use super::supply::{Responder, RESPONDER_FORMAT};
use crate::assessment::{Assessment, TierPair};
use crate::carried::Carried;
use crate::supply::{Register, ResponderId, REGISTER_FORMAT};

/// The `kind` of every backup file.
pub const BACKUP_KIND: &str = "shindan-backup";
/// The newest backup format this build reads, and writes when the file carries the SCS
/// assessment.
pub const BACKUP_VERSION: u64 = 3;
/// The format of a backup without the SCS assessment (every older build reads it).
pub const BACKUP_VERSION_PLAIN: u64 = 2;
/// Largest file accepted (5 MB; a complete assessment is a few kB).
pub const MAX_BACKUP_BYTES: usize = 5 * 1024 * 1024;

/// A backup file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Backup {
    pub kind: String,
    pub version: u64,
    /// Export time, ms since the epoch.
    pub exported: u64,
    /// The app version that wrote it (informative).
    pub app: String,
    pub assessments: Vec<Record>,
    /// Version 2: the supply-chain register (requests with their private keys, partners'
    /// results); absent when empty, in a file of one assessment, and in version 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supply: Option<Register>,
    /// Version 2: this browser's responder profile; absent when it has no id yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responder: Option<Responder>,
    /// Version 3: the `scs` key is accepted here and its section read apart
    /// ([`Backup::parse_with_scs`], [`Backup::to_json_with_scs`]): the first screen, which
    /// writes backups too, then links none of the SCS types, and this type is as it was.
    #[serde(default, skip_serializing)]
    pub scs: ScsKey,
}

/// The `scs` key of a backup, its value skipped (read apart, [`Backup::parse_with_scs`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ScsKey;

impl<'de> Deserialize<'de> for ScsKey {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        serde::de::IgnoredAny::deserialize(d)?;
        Ok(ScsKey)
    }
}

/// A backup with its SCS section, as the whole app writes it ([`Backup::to_json`]).
#[derive(Serialize)]
struct WithScs<'a> {
    #[serde(flatten)]
    backup: &'a Backup,
    scs: &'a ScsFile,
}

/// Why a file cannot be imported. Nothing is changed when any of these is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupError {
    /// Larger than [`MAX_BACKUP_BYTES`].
    TooLarge(usize),
    /// Not JSON, or JSON but not a Shindan backup.
    NotOurs,
    /// A Shindan backup that is damaged or inconsistent.
    Malformed(String),
    /// Written by a newer version of Shindan (this backup version).
    Newer(u64),
    /// The supply-chain register or the responder profile in the file is damaged (what is
    /// wrong). Nothing of the file is imported: the assessments alone would restore a file
    /// whose request keys are lost without the user knowing.
    Supply(String),
    /// The SCS assessment in the file is damaged (what is wrong). Nothing of the file is
    /// imported.
    Scs(String),
    /// The SCS assessment in the file is of a newer format (this one).
    ScsNewer(u64),
}

impl fmt::Display for BackupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackupError::TooLarge(n) => write!(f, "file too large ({n} bytes)"),
            BackupError::NotOurs => write!(f, "not a Shindan backup file"),
            BackupError::Malformed(e) => write!(f, "damaged backup file: {e}"),
            BackupError::Newer(v) => write!(f, "backup version {v} is newer than this app"),
            BackupError::Supply(e) => write!(f, "damaged supply-chain register: {e}"),
            BackupError::Scs(e) => write!(f, "damaged SCS self-assessment: {e}"),
            BackupError::ScsNewer(v) => {
                write!(f, "SCS self-assessment format {v} is newer than this app")
            }
        }
    }
}

impl Backup {
    /// A backup of `records` (in the given order), made at `now`.
    pub fn new<'a>(records: impl IntoIterator<Item = &'a Record>, now: u64, app: &str) -> Backup {
        Backup {
            kind: BACKUP_KIND.into(),
            version: BACKUP_VERSION_PLAIN,
            exported: now,
            app: app.into(),
            assessments: records.into_iter().cloned().collect(),
            supply: None,
            responder: None,
            scs: ScsKey,
        }
    }

    /// The same backup with the supply-chain register and the responder profile (each left
    /// out when there is nothing in it): the backup of everything, never of one assessment.
    pub fn with_supply(mut self, register: &Register, responder: Option<ResponderId>) -> Backup {
        let empty = register.requests.is_empty() && register.partners.is_empty();
        self.supply = (!empty).then(|| register.clone());
        self.responder = responder.map(|id| Responder {
            id: Some(id),
            ..Responder::default()
        });
        self
    }

    /// The file's text (pretty-printed, so a person can read it), without an SCS section.
    pub fn to_json(&self) -> String {
        crate::storage::pretty::pretty(&serde_json::to_string(self).unwrap_or_default())
    }

    /// The text of the backup of everything with the SCS assessment's section
    /// (`ScsFile::for_backup`): version 3; without one (`None`), [`Backup::to_json`]. Called by
    /// the whole app only.
    pub fn to_json_with_scs(&self, scs: Option<&ScsFile>) -> String {
        let Some(scs) = scs else {
            return self.to_json();
        };
        let backup = Backup {
            version: BACKUP_VERSION,
            ..self.clone()
        };
        let with = WithScs {
            backup: &backup,
            scs,
        };
        crate::storage::pretty::pretty(&serde_json::to_string(&with).unwrap_or_default())
    }

    /// Reads a file ([`Backup::parse`]) with its SCS section, checked (`None`: it has none).
    pub fn parse_with_scs(text: &str) -> Result<(Backup, Option<ScsFile>), BackupError> {
        let backup = Backup::parse(text)?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| BackupError::Malformed(e.to_string()))?;
        Ok((backup, scs_section(&value)?))
    }

    /// Reads a file, rejecting anything that is not a complete backup this build understands.
    pub fn parse(text: &str) -> Result<Backup, BackupError> {
        if text.len() > MAX_BACKUP_BYTES {
            return Err(BackupError::TooLarge(text.len()));
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            // A truncated or hand-damaged file of ours still names its kind.
            if text.contains(BACKUP_KIND) {
                BackupError::Malformed(e.to_string())
            } else {
                BackupError::NotOurs
            }
        })?;
        if value.get("kind").and_then(|k| k.as_str()) != Some(BACKUP_KIND) {
            return Err(BackupError::NotOurs);
        }
        let version = value
            .get("version")
            .and_then(|v| v.as_u64())
            .ok_or_else(|| BackupError::Malformed("no version".into()))?;
        if version > BACKUP_VERSION {
            return Err(BackupError::Newer(version));
        }
        if version < 1 {
            return Err(BackupError::Malformed(format!("version {version}")));
        }
        // Records of a newer format inside an otherwise readable file: newer, not damaged.
        if let Some(list) = value.get("assessments").and_then(|a| a.as_array()) {
            for r in list {
                if let Some(f) = r.get("format").and_then(|f| f.as_u64()) {
                    if f > RECORD_FORMAT {
                        return Err(BackupError::Newer(version));
                    }
                }
            }
        }
        // A register or profile of a newer format: newer, not damaged.
        let format_of = |part: &str| value.get(part)?.get("format")?.as_u64();
        if format_of("supply").is_some_and(|f| f > u64::from(REGISTER_FORMAT))
            || format_of("responder").is_some_and(|f| f > u64::from(RESPONDER_FORMAT))
        {
            return Err(BackupError::Newer(version));
        }
        // The SCS section by its own reader's rules first: a section of a newer format, or
        // damaged, refuses the file with what is wrong in it.
        let scs = scs_section(&value)?;
        // From the text again, not from `value`: serde_json's `Value` deserializer would be a
        // second copy of every record type's `Deserialize` code in the app.
        let backup: Backup = serde_json::from_str(text).map_err(|e| {
            // Only when the rest reads without them is the damage in the supply parts.
            match serde_json::from_str::<Outline>(text) {
                Ok(_) => BackupError::Supply(e.to_string()),
                Err(_) => BackupError::Malformed(e.to_string()),
            }
        })?;
        let mut seen = BTreeSet::new();
        for r in &backup.assessments {
            if r.format != RECORD_FORMAT {
                return Err(BackupError::Malformed(format!(
                    "record format {} for {}",
                    r.format, r.id
                )));
            }
            if !seen.insert(&r.id) {
                return Err(BackupError::Malformed(format!("{} appears twice", r.id)));
            }
        }
        if backup.version < 2 && (backup.supply.is_some() || backup.responder.is_some()) {
            return Err(BackupError::Malformed(
                "a version 1 file has no supply-chain register".into(),
            ));
        }
        if let Some(reg) = &backup.supply {
            let problems = reg.problems();
            if !problems.is_empty() {
                return Err(BackupError::Supply(problems.join("; ")));
            }
        }
        if backup.version < 3 && scs.is_some() {
            return Err(BackupError::Malformed(
                "a version 1 or 2 file has no SCS assessment".into(),
            ));
        }
        if let Some(r) = &backup.responder {
            if r.format == 0 || r.id.is_none() {
                return Err(BackupError::Supply(
                    "responder profile without an id".into(),
                ));
            }
        }
        Ok(backup)
    }
}

/// The SCS section of a file, read by `ScsFile`'s own reader and checked (`ScsFile::problems`).
fn scs_section(value: &serde_json::Value) -> Result<Option<ScsFile>, BackupError> {
    let Some(section) = value.get("scs").filter(|s| !s.is_null()) else {
        return Ok(None);
    };
    let raw = serde_json::to_string(section).unwrap_or_default();
    match <ScsFile as super::Stored>::read(&raw) {
        Err(ReadError::Newer(v)) => Err(BackupError::ScsNewer(v)),
        Err(ReadError::Corrupt(e)) => Err(BackupError::Scs(e)),
        Ok(f) => {
            let problems = f.problems();
            if problems.is_empty() {
                Ok(Some(f))
            } else {
                Err(BackupError::Scs(problems.join("; ")))
            }
        }
    }
}

/// A backup file with its supply parts skipped: tells a damaged register (the file reads
/// without it) from a damaged file. Read only when the whole file did not.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Outline {
    kind: String,
    version: u64,
    exported: u64,
    app: String,
    assessments: Vec<Record>,
    #[serde(default)]
    supply: Option<serde::de::IgnoredAny>,
    #[serde(default)]
    responder: Option<serde::de::IgnoredAny>,
    #[serde(default)]
    scs: Option<serde::de::IgnoredAny>,
}

impl From<ReadError> for BackupError {
    fn from(e: ReadError) -> Self {
        match e {
            ReadError::Corrupt(e) => BackupError::Malformed(e),
            ReadError::Newer(v) => BackupError::Newer(v),
        }
    }
}

/// What importing one assessment of a file would do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportItem {
    /// Its id is not stored: it is added as it is.
    New(Box<Record>),
    /// The stored assessment with this id has the same content: nothing to do.
    Same(RecordId),
    /// The id is stored with different content: the user chooses (see [`ImportChoice`]).
    Conflict {
        existing: Box<Record>,
        incoming: Box<Record>,
    },
}

/// The user's choice for a [`ImportItem::Conflict`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ImportChoice {
    /// Keep the stored one and add the imported one beside it under a new id.
    #[default]
    KeepBoth,
    /// Merge the two into the stored one ([`merge`]).
    Merge,
}

/// The plan of an import, shown to the user before anything changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportPlan {
    pub items: Vec<ImportItem>,
    /// The file's supply-chain register (version 2), to be joined with the stored one.
    pub supply: Option<Register>,
    /// The responder id in the file (version 2).
    pub responder: Option<ResponderId>,
    /// The file's SCS assessment (version 3), to fill what is not answered here.
    pub scs: Option<Box<ScsFile>>,
}

/// What a restore changes, all at once (`store::StoreAction::Restore`): the assessments to
/// store ([`ImportPlan::resolve`]), the register to join with the stored one
/// (`Register::absorb`), and the responder id to take if this browser has none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Restore {
    pub records: Vec<Record>,
    pub supply: Option<Register>,
    pub responder: Option<ResponderId>,
    /// How the file's register joins the stored one: `Register::absorb`, set by
    /// [`ImportPlan::restore`] and carried (`crate::carried`), so the first screen, which
    /// never restores a backup, does not link it (≈ 2.7 KB brotli of its wasm).
    pub absorb: Carried<fn(&mut Register, Register) -> crate::supply::Absorbed>,
}

/// What the file's register holds and what joining it with the stored one would add, for the
/// plan shown before anything changes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SupplySummary {
    /// Requests in the file (each with its private key).
    pub requests: usize,
    /// Partners in the file.
    pub partners: usize,
    /// What is not stored yet.
    pub added: crate::supply::Absorbed,
}

impl ImportPlan {
    /// Compares a file with what is stored.
    pub fn new(existing: &BTreeMap<RecordId, Record>, backup: Backup) -> ImportPlan {
        let items = backup
            .assessments
            .into_iter()
            .map(|incoming| match existing.get(&incoming.id) {
                None => ImportItem::New(Box::new(incoming)),
                Some(e) if e.assessment == incoming.assessment => ImportItem::Same(incoming.id),
                Some(e) => ImportItem::Conflict {
                    existing: Box::new(e.clone()),
                    incoming: Box::new(incoming),
                },
            })
            .collect();
        ImportPlan {
            items,
            supply: backup.supply,
            responder: backup.responder.and_then(|r| r.id),
            scs: None,
        }
    }

    /// The same plan with the file's SCS assessment ([`Backup::parse_with_scs`]).
    pub fn with_scs(mut self, scs: Option<ScsFile>) -> ImportPlan {
        self.scs = scs.map(Box::new);
        self
    }

    /// The file's register against the stored one (`None`: the file has none).
    pub fn supply_summary(&self, stored: &Register) -> Option<SupplySummary> {
        let file = self.supply.as_ref()?;
        let added = stored.clone().absorb(file.clone());
        Some(SupplySummary {
            requests: file.requests.len(),
            partners: file.partners.len(),
            added,
        })
    }

    /// Everything the import changes, with the user's `choices` (see [`ImportPlan::resolve`]).
    pub fn restore(
        &self,
        choices: &BTreeMap<RecordId, ImportChoice>,
        now: u64,
        fresh: impl FnMut() -> RecordId,
    ) -> Restore {
        Restore {
            records: self.resolve(choices, now, fresh),
            supply: self.supply.clone(),
            responder: self.responder,
            absorb: Carried(Register::absorb),
        }
    }

    pub fn count_new(&self) -> usize {
        self.items
            .iter()
            .filter(|i| matches!(i, ImportItem::New(_)))
            .count()
    }
    pub fn count_same(&self) -> usize {
        self.items
            .iter()
            .filter(|i| matches!(i, ImportItem::Same(_)))
            .count()
    }
    pub fn conflicts(&self) -> impl Iterator<Item = (&Record, &Record)> {
        self.items.iter().filter_map(|i| match i {
            ImportItem::Conflict { existing, incoming } => Some((&**existing, &**incoming)),
            _ => None,
        })
    }

    /// The records to store: new ones as they are, merged ones under their id with a bumped
    /// revision, kept-both ones under a fresh id from `fresh`. Stored records not named here
    /// are untouched.
    pub fn resolve(
        &self,
        choices: &BTreeMap<RecordId, ImportChoice>,
        now: u64,
        mut fresh: impl FnMut() -> RecordId,
    ) -> Vec<Record> {
        let mut out = Vec::new();
        for item in &self.items {
            match item {
                ImportItem::New(r) => out.push((**r).clone()),
                ImportItem::Same(_) => {}
                ImportItem::Conflict { existing, incoming } => {
                    match choices.get(&existing.id).copied().unwrap_or_default() {
                        ImportChoice::KeepBoth => {
                            let mut r = (**incoming).clone();
                            r.id = fresh();
                            r.revision = r.revision.max(1);
                            out.push(r);
                        }
                        ImportChoice::Merge => {
                            let incoming_newer = incoming.updated > existing.updated;
                            let mut r = (**existing).clone();
                            r.assessment = std::rc::Rc::new(merge(
                                &existing.assessment,
                                &incoming.assessment,
                                incoming_newer,
                            ));
                            r.revision += 1;
                            r.updated = now.max(existing.updated);
                            r.created = existing.created.min(incoming.created);
                            r.unexported_since = Some(now);
                            out.push(r);
                        }
                    }
                }
            }
        }
        out
    }
}

/// Merges two versions of one assessment: every value only one of them has is kept; where
/// both have a different value, the more recently changed one wins (`b_newer`), except notes,
/// where both texts are kept (the newer first) so no evidence is lost.
pub fn merge(a: &Assessment, b: &Assessment, b_newer: bool) -> Assessment {
    let pick_str = |x: &String, y: &String| -> String {
        match (x.is_empty(), y.is_empty()) {
            (true, _) => y.clone(),
            (_, true) => x.clone(),
            _ if b_newer => y.clone(),
            _ => x.clone(),
        }
    };
    fn union<K: Ord + Clone, V: Clone + PartialEq>(
        x: &BTreeMap<K, V>,
        y: &BTreeMap<K, V>,
        both: impl Fn(&V, &V) -> V,
    ) -> BTreeMap<K, V> {
        let mut out = x.clone();
        for (k, vy) in y {
            let v = match x.get(k) {
                None => vy.clone(),
                Some(vx) if vx == vy => vx.clone(),
                Some(vx) => both(vx, vy),
            };
            out.insert(k.clone(), v);
        }
        out
    }
    fn newer<V: Clone>(b_newer: bool) -> impl Fn(&V, &V) -> V {
        move |x, y| if b_newer { y.clone() } else { x.clone() }
    }
    let mut m = a.clone();
    m.name = pick_str(&a.name, &b.name);
    m.date = pick_str(&a.date, &b.date);
    m.assessor = pick_str(&a.assessor, &b.assessor);
    m.model_rev = a.model_rev.max(b.model_rev);
    m.answers = union(&a.answers, &b.answers, newer(b_newer));
    m.articles = union(&a.articles, &b.articles, newer(b_newer));
    m.tiers = union(&a.tiers, &b.tiers, |x: &TierPair, y: &TierPair| {
        let one = |p: Option<u8>, q: Option<u8>| match (p, q) {
            (Some(p), Some(q)) => Some(if b_newer { q } else { p }),
            (p, q) => p.or(q),
        };
        TierPair {
            current: one(x.current, y.current),
            target: one(x.target, y.target),
        }
    });
    m.notes = union(&a.notes, &b.notes, |x: &String, y: &String| {
        if x.contains(y.as_str()) {
            x.clone()
        } else if y.contains(x.as_str()) {
            y.clone()
        } else if b_newer {
            format!("{y}\n\n{x}")
        } else {
            format!("{x}\n\n{y}")
        }
    });
    m.policy.representative = pick_str(&a.policy.representative, &b.policy.representative);
    m.policy.date = pick_str(&a.policy.date, &b.policy.date);
    m.policy.sections = union(&a.policy.sections, &b.policy.sections, newer(b_newer));
    // Plan entries by their stable key: every entry either side has is kept.
    for item in &b.plan {
        match m.plan.iter_mut().find(|p| p.id == item.id) {
            None => m.plan.push(item.clone()),
            Some(p) if *p != *item && b_newer => *p = item.clone(),
            Some(_) => {}
        }
    }
    if a.policy.established != b.policy.established {
        m.policy.established = if b_newer {
            b.policy.established
        } else {
            a.policy.established
        };
    }
    if a.policy.published != b.policy.published {
        m.policy.published = if b_newer {
            b.policy.published
        } else {
            a.policy.published
        };
    }
    m
}
