//! The build's server rendering (`shindan::ssr`): prints the first screens' data blocks for
//! `index.html`, one per line, rendered natively by Yew's server renderer. Run by the Trunk
//! post-build hook (`src/web/post_build.mjs`); not part of the browser builds.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match shindan::ssr::blocks() {
        Ok(blocks) => {
            for b in blocks {
                println!("{}", b.element());
            }
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("ssr: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
