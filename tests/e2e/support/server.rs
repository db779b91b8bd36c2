//! A static file server for `dist/` on 127.0.0.1 (a free port), in a thread of the test
//! process: it stops when dropped, so a failing test leaves nothing running.
//! `mount` serves the files under a sub-path (e.g. `/scaling/`) to test sub-path hosting.

use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

pub struct StaticServer {
    server: Arc<tiny_http::Server>,
    thread: Option<JoinHandle<()>>,
    pub port: u16,
    /// Request paths that got a 404.
    pub not_found: Arc<Mutex<Vec<String>>>,
}

impl StaticServer {
    pub fn start(root: &Path, mount: &str) -> StaticServer {
        let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").expect("bind 127.0.0.1:0"));
        let port = server.server_addr().to_ip().expect("ip listener").port();
        let not_found = Arc::new(Mutex::new(Vec::new()));
        let (srv, root, mount, nf) = (server.clone(), root.to_path_buf(), mount.to_string(), not_found.clone());
        let thread = std::thread::spawn(move || {
            for request in srv.incoming_requests() {
                let url = request.url().to_string();
                let path = url.split(['?', '#']).next().unwrap_or("/").to_string();
                match resolve(&root, &mount, &path) {
                    Some(file) => {
                        let body = std::fs::read(&file).unwrap_or_default();
                        let header =
                            tiny_http::Header::from_bytes("Content-Type", content_type(&file)).expect("header");
                        let _ = request.respond(tiny_http::Response::from_data(body).with_header(header));
                    }
                    None => {
                        nf.lock().expect("lock").push(path);
                        let _ = request.respond(tiny_http::Response::from_string("not found").with_status_code(404));
                    }
                }
            }
        });
        StaticServer { server, thread: Some(thread), port, not_found }
    }

    pub fn url(&self, path_and_query: &str) -> String {
        format!("http://127.0.0.1:{}{}", self.port, path_and_query)
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Maps a request path to a file under `root`, refusing `..` and paths outside the mount.
fn resolve(root: &Path, mount: &str, path: &str) -> Option<PathBuf> {
    let rest = path.strip_prefix(mount)?;
    let mut file = root.to_path_buf();
    for part in Path::new(rest).components() {
        match part {
            Component::Normal(p) => file.push(p),
            Component::RootDir | Component::CurDir => {}
            _ => return None,
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "application/javascript",
        "wasm" => "application/wasm",
        "css" => "text/css",
        "svg" => "image/svg+xml",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        _ => "application/octet-stream",
    }
}
