pub mod browser;
pub mod page;
pub mod server;

pub use browser::{Browser, Engine};
pub use page::{assert_no_console_errors, wait_ready, Site, Window};
pub use server::StaticServer;

use std::path::PathBuf;

/// The release build to test: `$E2E_DIST` (set by scripts/test after `trunk build --release`).
pub fn dist_dir() -> PathBuf {
    let dir = std::env::var("E2E_DIST").map(PathBuf::from).unwrap_or_else(|_| PathBuf::from("dist"));
    assert!(
        dir.join("index.html").is_file(),
        "no release build at {} — run `trunk build --release` (scripts/test does)",
        dir.display()
    );
    dir
}
