//! Prints, as one JSON line, the share-link length of a complete executive + SME result without
//! notes or name, and the information-theoretic minimum for the same answers. Used by the
//! benchmark (`.ci/bench.sh`, README "Performance"); not part of the test gate.
//!
//!     cargo run --quiet --example bench_share

use shindan_core::assessment::{ArticleStatus, Assessment, TierPair};
use shindan_core::model::model;
use shindan_core::share::{self, ShareOptions, EXEC_KINDS, SME_KINDS};

fn main() {
    let m = model();
    let layout = m.answerable(m.model_rev()).expect("current layout");
    let mut a = Assessment::new();
    // Every answerable value set, cycling through each scale so no section is trivially empty.
    let exec = layout.a1.iter().chain(&layout.a2).chain(&layout.actions);
    for (i, id) in exec.enumerate() {
        a.answers
            .insert(id.clone(), EXEC_KINDS[i % EXEC_KINDS.len()]);
    }
    for (i, id) in layout.self_check.iter().enumerate() {
        a.answers.insert(id.clone(), SME_KINDS[i % SME_KINDS.len()]);
    }
    let statuses = [
        ArticleStatus::Done,
        ArticleStatus::Committed,
        ArticleStatus::NotYet,
    ];
    for (i, id) in layout.articles.iter().enumerate() {
        a.articles.insert(id.clone(), statuses[i % statuses.len()]);
    }
    for (i, id) in layout.directions.iter().enumerate() {
        let level = (i % 5) as u8;
        a.tiers.insert(
            id.clone(),
            TierPair {
                current: Some(level),
                target: Some(4 - level),
            },
        );
    }
    a.policy.established = true;
    a.policy.published = true;

    let enc = share::encode(m, &a, &ShareOptions::default()).expect("encodes");
    assert_eq!(enc.omitted, 0, "nothing left out");
    let fragment = share::fragment(&enc.payload);

    // Minimum: each answered value is one of its scale's options (a complete result has no
    // "unanswered"), so the information is the sum of log2(options); policy flags 1 bit each.
    let exec_items = layout.a1.len() + layout.a2.len() + layout.actions.len();
    let bits = exec_items as f64 * (EXEC_KINDS.len() as f64).log2()
        + layout.self_check.len() as f64 * (SME_KINDS.len() as f64).log2()
        + layout.articles.len() as f64 * (statuses.len() as f64).log2()
        + layout.directions.len() as f64 * 2.0 * 5f64.log2()
        + 2.0;
    // In the link's own alphabet (base64url, 6 bits per character).
    let min_chars = (bits / 6.0).ceil() as usize;
    println!(
        "{{\"payload_chars\":{},\"fragment_chars\":{},\"payload_bytes\":{},\"min_bits\":{:.1},\"min_bytes\":{},\"min_chars\":{},\"ratio\":{:.2},\"items\":{}}}",
        enc.payload.len(),
        fragment.len(),
        enc.bytes.len(),
        bits,
        (bits / 8.0).ceil() as usize,
        min_chars,
        enc.payload.len() as f64 / min_chars as f64,
        layout.all().count(),
    );
}
