//! The reader (and the writer behind it) on 10,000 deterministic mutations of the synthetic
//! workbook — bit flips, truncations, inserted bytes, swapped entries, and changes inside the
//! inflated XML re-zipped with valid checksums so that they reach the XML and the table — with
//! no panic: each mutation either reads or is refused with an error.
#![allow(clippy::unwrap_used)]

mod support;

use shindan_scs::{export, read, Answer, Answers, Mark};
use support::{contents, fixture, synthetic, zip_with};

/// xorshift64*: deterministic, no crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const INTERESTING: [&[u8]; 12] = [
    b"<",
    b">",
    b"\"",
    b"&",
    b"&#0;",
    b"</c>",
    b"<c r=\"O6\"><f>1</f></c>",
    b"<row r=\"0\">",
    b"_x0000_",
    b"\xff\xfe",
    b"<mergeCell ref=\"A1:XFD1048576\"/>",
    b"<v>4294967296</v>",
];

fn mutate(rng: &mut Rng, base: &[u8], parts: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = base.to_vec();
    match rng.below(7) {
        0 => {
            for _ in 0..1 + rng.below(8) {
                let at = rng.below(out.len());
                out[at] ^= 1 << rng.below(8);
            }
        }
        1 => out.truncate(rng.below(out.len())),
        2 => {
            let at = rng.below(out.len() + 1);
            let n = 1 + rng.below(16);
            let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
            out.splice(at..at, bytes);
        }
        3 => {
            // Swap two entries' contents (names stay), re-zipped.
            let mut files = parts.to_vec();
            let (a, b) = (rng.below(files.len()), rng.below(files.len()));
            let content = files[a].1.clone();
            files[a].1 = std::mem::replace(&mut files[b].1, content);
            out = zip_with(&files, rng.below(8) == 0);
        }
        4 | 5 => {
            // Inside one part's XML: flip, cut, insert or splice something XML-ish; re-zipped with
            // valid checksums, so the change reaches the parsers.
            let mut files = parts.to_vec();
            let pick = rng.below(files.len());
            let content = &mut files[pick].1;
            if !content.is_empty() {
                let at = rng.below(content.len());
                match rng.below(4) {
                    0 => content[at] ^= 1 << rng.below(8),
                    1 => content.truncate(at),
                    2 => {
                        let what = INTERESTING[rng.below(INTERESTING.len())];
                        content.splice(at..at, what.iter().copied());
                    }
                    _ => {
                        let len = rng.below(64).min(content.len() - at);
                        content.drain(at..at + len);
                    }
                }
            }
            // Mostly stored (cheap to build; the parsers see the same XML), sometimes deflated.
            out = zip_with(&files, rng.below(8) == 0);
        }
        _ => {
            // Several byte changes in the zip's directory and headers region.
            let tail = out.len().saturating_sub(2000);
            for _ in 0..1 + rng.below(4) {
                let at = tail + rng.below(out.len() - tail);
                out[at] = rng.next() as u8;
            }
        }
    }
    out
}

#[test]
fn ten_thousand_mutations_never_panic() {
    let bases = [synthetic(), fixture("synthetic-answered.xlsx")];
    let parts: Vec<_> = bases.iter().map(|b| contents(b)).collect();
    let mut answers = Answers::new();
    answers.insert(
        "1-2-1-1".parse().unwrap(),
        Answer {
            mark: Mark::Partly,
            reason: "=HYPERLINK(\"x\")".into(),
            ..Answer::default()
        },
    );
    let mut rng = Rng(0x5C5_2026_0327);
    let (mut read_ok, mut refused) = (0, 0);
    let started = std::time::Instant::now();
    for i in 0..10_000 {
        let which = i % 2;
        let bytes = mutate(&mut rng, &bases[which], &parts[which]);
        let outcome = std::panic::catch_unwind(|| {
            let r = read(&bytes);
            if i % 20 == 0 {
                let _ = export(&bytes, &answers);
            }
            r.map(|_| ())
        });
        match outcome {
            Ok(Ok(())) => read_ok += 1,
            Ok(Err(e)) => {
                assert!(!e.ja().is_empty() && !e.en().is_empty());
                refused += 1;
            }
            Err(_) => panic!("mutation {i} panicked"),
        }
    }
    eprintln!(
        "10,000 mutations: {read_ok} read, {refused} refused, {:?}",
        started.elapsed()
    );
    assert_eq!(read_ok + refused, 10_000);
    // The mutations reach both outcomes: neither all refused at the door nor all harmless.
    assert!(
        read_ok > 500 && refused > 2000,
        "{read_ok} read, {refused} refused"
    );
}
