//! A static file server for `dist/` on 127.0.0.1 (a free port), in threads of the test
//! process: it stops when dropped, so a failing test leaves nothing running.
//! `mount` serves the files under a sub-path (e.g. `/scaling/`) to test sub-path hosting.
//!
//! Plain HTTP/1.1 on `std::net`, one thread per connection, one response per connection
//! (`Connection: close`, `Content-Length`). It replaced `tiny_http`, whose keep-alive
//! connections sometimes left one of Firefox's requests unanswered (a service worker's precache
//! or a page's file: the page then never mounted, with no error in its console); Python's and
//! Node's servers never did. Without keep-alive there is no connection state to get wrong.

use std::io::{BufRead, BufReader, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

pub struct StaticServer {
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    pub port: u16,
    /// Request paths that got a 404.
    pub not_found: Arc<Mutex<Vec<String>>>,
}

impl StaticServer {
    pub fn start(root: &Path, mount: &str) -> StaticServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let port = listener.local_addr().expect("local address").port();
        let not_found = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (root, mount, nf, halt) = (root.to_path_buf(), mount.to_string(), not_found.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if halt.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (root, mount, nf) = (root.clone(), mount.clone(), nf.clone());
                std::thread::spawn(move || serve(stream, &root, &mount, &nf));
            }
        });
        StaticServer { stop, thread: Some(thread), port, not_found }
    }

    pub fn url(&self, path_and_query: &str) -> String {
        format!("http://127.0.0.1:{}{}", self.port, path_and_query)
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accepting thread so it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Answers the one request of a connection, then closes it.
fn serve(stream: TcpStream, root: &Path, mount: &str, not_found: &Mutex<Vec<String>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let _ = stream.set_write_timeout(Some(Duration::from_secs(30)));
    let Ok(reader_stream) = stream.try_clone() else { return };
    let mut reader = BufReader::new(reader_stream);
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).unwrap_or(0) == 0 {
        return; // a connection opened and closed without a request (the drop's wake-up call)
    }
    // The headers: read to the blank line (GET and HEAD have no body).
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) if line == "\r\n" || line == "\n" => break,
            Ok(_) => {}
        }
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/").to_string();
    let (status, content_type, body) = match (method, resolve(root, mount, &path)) {
        ("GET" | "HEAD", Some(file)) => match std::fs::read(&file) {
            Ok(body) => ("200 OK", content_type(&file), body),
            Err(_) => ("500 Internal Server Error", "text/plain", b"unreadable".to_vec()),
        },
        ("GET" | "HEAD", None) => {
            not_found.lock().expect("lock").push(path);
            ("404 Not Found", "text/plain", b"not found".to_vec())
        }
        _ => ("405 Method Not Allowed", "text/plain", Vec::new()),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let mut out = stream;
    let _ = out.write_all(head.as_bytes());
    if method != "HEAD" {
        let _ = out.write_all(&body);
    }
    let _ = out.flush();
    let _ = out.shutdown(Shutdown::Write);
    // Let the client read to the end before the socket closes (no reset of unread data).
    let mut rest = [0u8; 512];
    let _ = std::io::Read::read(&mut reader, &mut rest);
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
        "csv" => "text/csv; charset=utf-8",
        _ => "application/octet-stream",
    }
}
