//! Every message the first screen can show is in its set (`shindan_core::i18n::first`): a
//! message missing there would read empty on the first screen, whose build never installs the
//! whole table. Reads every source file the first-screen build compiles code from (views,
//! the hooks and the door it uses, and the parts of the core they call, as `boot` describes it).

use shindan_core::i18n::{first, Msg};
use std::path::Path;

fn first_screen_sources() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |p: &Path| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p:?}: {e}"));
    let mut v: Vec<String> = [
        "src/app.rs",
        "src/boot.rs",
        "src/pages/home.rs",
        "src/pages/sme.rs",
        "src/pages/executive.rs",
        "src/pages/not_found.rs",
        "src/pages/guidelines/common.rs",
        "src/components/header.rs",
        "src/components/footer.rs",
        "src/components/storage_banners.rs",
        "src/components/export_notice.rs",
        "src/components/ask_return.rs",
        "src/components/question_card.rs",
        "src/components/meta_form.rs",
        "src/components/said.rs",
        "src/components/sme_summary.rs",
        "src/components/bar_chart.rs",
        "src/hooks/store.rs",
        "src/door/files.rs",
        "crates/core/src/format.rs",
        "crates/core/src/lang.rs",
        "crates/core/src/route.rs",
        "crates/core/src/incident.rs",
        "crates/core/src/supply/error.rs",
    ]
    .iter()
    .map(|f| read(&root.join(f)))
    .collect();
    for dir in [
        "crates/core/src/assessment",
        "crates/core/src/storage",
        "crates/core/src/store",
    ] {
        let mut entries: Vec<_> = std::fs::read_dir(root.join(dir))
            .expect("source dir")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "rs"))
            .collect();
        entries.sort();
        v.extend(entries.iter().map(|p| read(p)));
    }
    v
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
            if first::get(*m).is_none() && !missing.contains(&name) {
                missing.push(name);
            }
        }
    }
    assert!(
        missing.is_empty(),
        "add to crates/core/src/i18n/first.rs: {missing:?}"
    );
}
