//! The supply-chain register at 1,000 partners (the scale targets, measured, never
//! asserted): importing 1,000 response links (opened natively with RustCrypto, the same key
//! schedule as the browser's WebCrypto; and 1,000 plain share links for the framing alone), an
//! overview update, and the size of the stored register against the 5 MB localStorage quota.
//! Prints one JSON line.
//!
//!     cargo run --release --example bench_supply [-- --seed target/bench/supply-seed.json]
//!
//! `--seed FILE` also writes what the browser measure (`tests/e2e/bench/supply.mjs`, run by
//! `.ci/bench.sh`) pastes: `{"register": <the stored register with the 1,000 requests and their
//! private keys, no partner yet>, "links": [<1,000 response links>]}`. Generated, not committed.

// RustCrypto is a native-only dev-dependency: on wasm32 (`clippy --all-targets --target
// wasm32-unknown-unknown`) the example compiles to nothing.
#[cfg(not(target_arch = "wasm32"))]
#[path = "../../../crates/core/tests/support/supply_native.rs"]
mod native;

#[cfg(not(target_arch = "wasm32"))]
mod bench {
    use super::native;

    use std::time::Instant;

    use shindan_core::assessment::Assessment;
    use shindan_core::model::model;
    use shindan_core::share::{self, ShareOptions, EXEC_KINDS, SME_KINDS};
    use shindan_core::supply::*;

    const N: usize = 1_000;
    const NOW: u64 = 1_770_000_000_000;
    /// localStorage quota per origin in Chromium and Firefox: 5 MiB of UTF-16 (counted here as
    /// characters, the conservative reading: Chromium counts key + value UTF-16 code units).
    const QUOTA_CHARS: usize = 5 * 1024 * 1024;

    fn scalar(i: usize, tag: u8) -> [u8; 32] {
        let mut d = [tag; 32];
        d[0] = 0x01;
        d[28..].copy_from_slice(&(i as u32).to_be_bytes());
        d
    }

    fn answers(i: usize) -> Assessment {
        let m = model();
        let l = m.answerable(m.model_rev()).expect("layout");
        let mut a = Assessment::new();
        for (k, id) in l.self_check.iter().enumerate() {
            a.answers
                .insert(id.clone(), SME_KINDS[(i * 7 + k * 3) % SME_KINDS.len()]);
        }
        for (k, id) in l.a2.iter().enumerate() {
            a.answers
                .insert(id.clone(), EXEC_KINDS[(i + k) % EXEC_KINDS.len()]);
        }
        a
    }

    /// The path after `--seed`, if given.
    fn seed_path() -> Option<String> {
        let args: Vec<String> = std::env::args().collect();
        let i = args.iter().position(|a| a == "--seed")?;
        args.get(i + 1).cloned()
    }

    pub fn main() {
        let m = model();
        // One request per partner (each with its own key pair and addressee), the heavier case
        // for storage; responses sealed natively.
        let t = Instant::now();
        let mut reg = Register::default();
        let mut links = String::new();
        let mut plain_links = String::new();
        for i in 0..N {
            let d = scalar(i, 0x11);
            let public = native::public_of(&d);
            let request = Request {
                id: RequestId((i as u128).to_be_bytes()),
                requester_key: public,
                scope: Scope::Both,
                due: Day::parse("2026-03-31"),
                organisation: "株式会社サンプル製作所".into(),
                contact: "調達部 山田 (yamada@example.jp)".into(),
                reason: "取引基本契約の見直しに伴い、委託先の情報セキュリティ対策を確認するため。"
                    .into(),
                message: "3月末までにご回答ください。".into(),
                scs: None,
            };
            reg.add_request(RequestEntry {
                request: request.clone(),
                private_key: private_jwk(&d, &public),
                created_ms: NOW - 86_400_000 * 60,
                deleted: false,
                sent_to: format!("取引先 {i}"),
                kind: Some(PartnerKind::Supplier),
                tier: Some(1),
            });
            let a = answers(i);
            let content = ResponseContent {
                responder: ResponderId((i as u128 + 1_000_000).to_be_bytes()),
                responded_at_ms: NOW - 86_400_000,
                organisation: format!("株式会社取引先{i:04}"),
                answers: share::encode(m, &a, &ShareOptions::default())
                    .expect("encodes")
                    .bytes,
                scs: None,
            };
            let sealed = native::seal(
                &request,
                &scalar(i, 0x22),
                [7; NONCE_LEN],
                &content_bytes(&content).expect("content"),
            );
            links.push_str(&response_fragment(&encode_response(&sealed)));
            links.push('\n');
            let mut named = a.clone();
            named.name = format!("Plain Partner {i:04}");
            let opts = ShareOptions {
                include_name: true,
                include_notes: false,
            };
            plain_links.push_str(&share::fragment(
                &share::encode(m, &named, &opts).expect("encodes").payload,
            ));
            plain_links.push('\n');
        }
        let setup_ms = t.elapsed().as_secs_f64() * 1e3;
        if let Some(path) = seed_path() {
            let seed = format!(
                "{{\"register\":{},\"links\":{}}}\n",
                reg.to_json().expect("json"),
                serde_json::to_string(&links.lines().collect::<Vec<_>>()).expect("json")
            );
            std::fs::write(&path, seed).expect("writes the seed");
        }
        let longest_link = links.lines().map(str::len).max().unwrap_or(0);
        let bare_json = reg.to_json().expect("json").len();

        // Import 1,000 sealed responses (RustCrypto ECDH + HKDF + AES-GCM per line).
        let t = Instant::now();
        let report = reg.import_text(m, &links, NOW, |e, s| {
            let d = scalar(
                usize::try_from(u128::from_be_bytes(e.request.id.0)).expect("small id"),
                0x11,
            );
            native::open(&d, &e.request, s)
        });
        let import_ms = t.elapsed().as_secs_f64() * 1e3;
        let ok = report.iter().filter(|r| r.result.is_ok()).count();
        assert_eq!(ok, N, "every response imported");

        // Import 1,000 plain share links into a fresh register (framing and decoding only).
        let mut plain_reg = Register::default();
        let t = Instant::now();
        let plain_report =
            plain_reg.import_text(m, &plain_links, NOW, |_, _| Err(SupplyError::CannotOpen));
        let plain_import_ms = t.elapsed().as_secs_f64() * 1e3;
        assert!(plain_report.iter().all(|r| r.result.is_ok()));

        // Overview update: rows + heat map + distribution + a sorted, filtered view.
        let clock = Clock {
            now_ms: NOW,
            offset_minutes: 540,
        };
        let runs = 10;
        let t = Instant::now();
        let mut rows = Vec::new();
        for _ in 0..runs {
            rows = overview(m, &reg, clock);
            let _ = heat_map(m, &rows);
            let _ = distribution(m, &rows);
            let _ = query(
                &rows,
                &Query {
                    search: "取引先0".into(),
                    sort: SortKey::Total,
                    ..Query::default()
                },
            );
        }
        let overview_ms = t.elapsed().as_secs_f64() * 1e3 / f64::from(runs);
        assert_eq!(rows.len(), N);
        let t = Instant::now();
        let csv = overview_csv(m, &reg, &rows, shindan_core::lang::Lang::Ja, 540);
        let csv_ms = t.elapsed().as_secs_f64() * 1e3;

        let json = reg.to_json().expect("json");
        let chars = json.encode_utf16().count();
        let t = Instant::now();
        let back = Register::from_json(&json).expect("reads back");
        let parse_ms = t.elapsed().as_secs_f64() * 1e3;
        assert_eq!(back.partners.len(), N);

        println!(
            "{{\"partners\":{N},\"setup_ms\":{setup_ms:.0},\"import_sealed_ms\":{import_ms:.1},\"import_plain_ms\":{plain_import_ms:.1},\"overview_ms\":{overview_ms:.2},\"csv_ms\":{csv_ms:.2},\"csv_bytes\":{},\"register_json_bytes\":{},\"register_utf16_units\":{chars},\"requests_only_json_bytes\":{bare_json},\"quota_utf16_units\":{QUOTA_CHARS},\"quota_share\":{:.3},\"parse_ms\":{parse_ms:.1},\"longest_response_link_chars\":{longest_link}}}",
            csv.len(),
            json.len(),
            chars as f64 / QUOTA_CHARS as f64,
        );
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    bench::main();
}
