//! Client for krait's CPython 3.14 oracle: pyodide 314.0.7 (CPython 3.14.2 on WebAssembly)
//! running `tools/oracle/oracle.mjs` under Node.js.
//!
//! [`Oracle`] sends typed [`Request`]s and returns typed [`Response`]s, in request order.
//! It promises:
//! - answers come from the on-disk [`Cache`] when possible, and a run whose answers are all
//!   cached never starts Node at all (the process is started lazily, on the first miss);
//! - many requests are pipelined to one long-lived Node process ([`Oracle::ask_many`]);
//! - a request that kills or hangs the interpreter yields an `oracle_error` answer for that
//!   request only; the process is restarted for the rest (a bounded number of times);
//! - failures are values ([`OracleError`]) with messages that say what to do, e.g. to run
//!   `npm ci --prefix tools/oracle` when the pinned package is not installed.
//!
//! [`stdlib_corpus`] reads every `.py` file of the pinned `python_stdlib.zip`.

pub mod cache;
pub mod protocol;

pub use cache::Cache;
pub use protocol::{PyException, PyToken, PyWarning, Request, Response, b64_decode, b64_encode};

use std::collections::VecDeque;
use std::fmt;
use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

/// The pinned oracle; part of every cache key.
pub const ORACLE_VERSION: &str = "pyodide-314.0.7";
/// The wire protocol of `tools/oracle/oracle.py` (`PROTOCOL` there); part of every cache key.
pub const PROTOCOL_VERSION: u32 = 1;
/// How many `.py` files the pinned `python_stdlib.zip` holds.
pub const STDLIB_PY_FILES: usize = 559;

const MAX_IN_FLIGHT: usize = 32;
const MAX_RESTARTS: usize = 5;

/// Why the oracle could not answer.
#[derive(Debug)]
pub enum OracleError {
    /// `tools/oracle/node_modules` is missing or incomplete.
    NotInstalled(String),
    /// Node could not be started.
    Spawn(String),
    /// Talking to the process failed, or it died too often.
    Process(String),
    /// The oracle answered something that is not a response.
    Protocol(String),
    /// Reading the stdlib zip failed.
    Corpus(String),
}

impl fmt::Display for OracleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OracleError::NotInstalled(m) => write!(f, "oracle not installed: {m}"),
            OracleError::Spawn(m) => write!(f, "cannot start the oracle: {m}"),
            OracleError::Process(m) => write!(f, "oracle process failure: {m}"),
            OracleError::Protocol(m) => write!(f, "oracle protocol error: {m}"),
            OracleError::Corpus(m) => write!(f, "stdlib corpus: {m}"),
        }
    }
}

impl std::error::Error for OracleError {}

/// The repository root (two levels above this crate's manifest).
pub fn repo_root() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = here.join("..").join("..");
    root.canonicalize().unwrap_or(root)
}

/// `tools/oracle/` of the repository.
pub fn oracle_dir() -> PathBuf {
    repo_root().join("tools").join("oracle")
}

/// The default cache directory: `$KRAIT_ORACLE_CACHE`, else `<repo>/target/oracle-cache`.
pub fn default_cache_dir() -> PathBuf {
    match std::env::var_os("KRAIT_ORACLE_CACHE") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => repo_root().join("target").join("oracle-cache"),
    }
}

fn check_installed() -> Result<PathBuf, OracleError> {
    let dir = oracle_dir();
    let script = dir.join("oracle.mjs");
    if !script.is_file() {
        return Err(OracleError::NotInstalled(format!("{} is missing", script.display())));
    }
    let pyodide = dir.join("node_modules").join("pyodide");
    for file in ["pyodide.mjs", "pyodide.asm.wasm", "python_stdlib.zip"] {
        if !pyodide.join(file).is_file() {
            return Err(OracleError::NotInstalled(format!(
                "{} is missing; run `npm ci --prefix tools/oracle` from the repository root",
                pyodide.join(file).display()
            )));
        }
    }
    Ok(script)
}

/// Counters for reporting (and for tests that check the cache works).
#[derive(Clone, Debug, Default)]
pub struct Stats {
    pub cache_hits: usize,
    pub cache_misses: usize,
    pub node_starts: usize,
    /// Time spent starting Node (up to its first answer), summed over starts.
    pub startup: Duration,
}

struct Process {
    child: Child,
    stdin: ChildStdin,
    lines: Receiver<std::io::Result<String>>,
}

impl Process {
    fn start(script: &Path) -> Result<Process, OracleError> {
        let mut child = Command::new("node")
            .arg(script)
            .current_dir(oracle_dir())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| {
                OracleError::Spawn(format!("`node {}`: {e} (is Node.js >= 18 on PATH?)", script.display()))
            })?;
        let (stdin, stdout) = match (child.stdin.take(), child.stdout.take()) {
            (Some(i), Some(o)) => (i, o),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(OracleError::Spawn("no pipes to the node process".into()));
            }
        };
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::with_capacity(1 << 20, stdout);
            loop {
                let mut buf = Vec::new();
                match reader.read_until(b'\n', &mut buf) {
                    Ok(0) => break,
                    Ok(_) => {
                        while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                            buf.pop();
                        }
                        let line = String::from_utf8(buf).map_err(|e| {
                            std::io::Error::new(std::io::ErrorKind::InvalidData, e.to_string())
                        });
                        if tx.send(line).is_err() {
                            break;
                        }
                    }
                    Err(e) => {
                        let _ = tx.send(Err(e));
                        break;
                    }
                }
            }
            // Drain anything left so node never blocks on a full pipe while exiting.
            let _ = reader.read_to_end(&mut Vec::new());
        });
        Ok(Process { child, stdin, lines: rx })
    }

    fn send(&mut self, line: &str) -> std::io::Result<()> {
        self.stdin.write_all(line.as_bytes())?;
        self.stdin.write_all(b"\n")?;
        self.stdin.flush()
    }

    fn stop(mut self) {
        drop(self.stdin);
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A handle on the oracle: cache first, then one lazily started Node process.
pub struct Oracle {
    script: PathBuf,
    cache: Option<Cache>,
    process: Option<Process>,
    timeout: Duration,
    stats: Stats,
}

impl fmt::Debug for Oracle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Oracle")
            .field("script", &self.script)
            .field("cache", &self.cache)
            .field("running", &self.process.is_some())
            .field("stats", &self.stats)
            .finish()
    }
}

impl Oracle {
    /// An oracle with the default cache ([`default_cache_dir`]). Node is not started yet.
    /// Fails if the pinned package is not installed.
    pub fn start() -> Result<Oracle, OracleError> {
        Oracle::with_cache(Some(Cache::new(default_cache_dir())))
    }

    /// An oracle with the given cache, or none (every request goes to Node).
    pub fn with_cache(cache: Option<Cache>) -> Result<Oracle, OracleError> {
        let script = check_installed()?;
        Ok(Oracle { script, cache, process: None, timeout: Duration::from_secs(300), stats: Stats::default() })
    }

    /// How long to wait for any single answer before declaring the interpreter hung
    /// (default 300 s). A hung request gets an `oracle_error` answer; Node is restarted.
    pub fn set_timeout(&mut self, timeout: Duration) {
        self.timeout = timeout;
    }

    pub fn stats(&self) -> &Stats {
        &self.stats
    }

    /// Whether a Node process is running (false when everything came from the cache).
    pub fn node_running(&self) -> bool {
        self.process.is_some()
    }

    /// One request.
    pub fn ask(&mut self, request: &Request) -> Result<Response, OracleError> {
        let mut answers = self.ask_many(std::slice::from_ref(request))?;
        answers.pop().ok_or_else(|| OracleError::Protocol("no answer".into()))
    }

    /// Many requests, answered in order: cached ones from disk, the rest pipelined to Node.
    pub fn ask_many(&mut self, requests: &[Request]) -> Result<Vec<Response>, OracleError> {
        let mut answers: Vec<Option<Response>> = vec![None; requests.len()];
        let mut misses: Vec<(usize, String, String)> = Vec::new(); // (index, json, key)
        for (i, request) in requests.iter().enumerate() {
            let json = request
                .to_json()
                .map_err(|e| OracleError::Protocol(format!("cannot serialise request: {e}")))?;
            let key = cache::key(ORACLE_VERSION, PROTOCOL_VERSION, &json);
            let cached = self.cache.as_ref().and_then(|c| c.get(&key)).and_then(|line| {
                serde_json::from_str::<Response>(&line).ok().filter(|r| !r.oracle_error)
            });
            match cached {
                Some(r) => {
                    self.stats.cache_hits += 1;
                    answers[i] = Some(r);
                }
                None => {
                    self.stats.cache_misses += 1;
                    misses.push((i, json, key));
                }
            }
        }
        if !misses.is_empty() {
            self.run_misses(&misses, &mut answers)?;
        }
        answers
            .into_iter()
            .enumerate()
            .map(|(i, a)| a.ok_or_else(|| OracleError::Protocol(format!("request {i} got no answer"))))
            .collect()
    }

    fn ensure_process(&mut self) -> Result<&mut Process, OracleError> {
        if self.process.is_none() {
            self.process = Some(Process::start(&self.script)?);
            self.stats.node_starts += 1;
        }
        self.process.as_mut().ok_or_else(|| OracleError::Process("no process".into()))
    }

    fn restart(&mut self) {
        if let Some(p) = self.process.take() {
            p.stop();
        }
    }

    fn run_misses(
        &mut self,
        misses: &[(usize, String, String)],
        answers: &mut [Option<Response>],
    ) -> Result<(), OracleError> {
        let mut next = 0; // next miss to send
        let mut restarts = 0;
        let mut in_flight: VecDeque<usize> = VecDeque::new(); // positions in `misses`
        let mut first_answer_pending = self.process.is_none();
        let mut started_at = Instant::now();
        while next < misses.len() || !in_flight.is_empty() {
            if self.process.is_none() {
                started_at = Instant::now();
                first_answer_pending = true;
            }
            let timeout = self.timeout;
            let process = self.ensure_process()?;
            let mut send_failed = false;
            while next < misses.len() && in_flight.len() < MAX_IN_FLIGHT {
                if process.send(&misses[next].1).is_err() {
                    send_failed = true;
                    break;
                }
                in_flight.push_back(next);
                next += 1;
            }
            let Some(&pos) = in_flight.front() else {
                if send_failed {
                    // Could not even send: the process is gone before any request went out.
                    restarts += 1;
                    self.restart();
                    if restarts > MAX_RESTARTS {
                        return Err(OracleError::Process("cannot send requests to node".into()));
                    }
                }
                continue;
            };
            // Allow Node's startup on top of the per-request timeout for the first answer.
            let wait = if first_answer_pending { timeout + Duration::from_secs(60) } else { timeout };
            let got = process.lines.recv_timeout(wait);
            let (index, _, key) = &misses[pos];
            match got {
                Ok(Ok(line)) => {
                    in_flight.pop_front();
                    if first_answer_pending {
                        self.stats.startup += started_at.elapsed();
                        first_answer_pending = false;
                    }
                    let response: Response = serde_json::from_str(&line).map_err(|e| {
                        let head: String = line.chars().take(200).collect();
                        OracleError::Protocol(format!("unreadable answer ({e}): {head}"))
                    })?;
                    if !response.oracle_error
                        && let Some(cache) = &self.cache
                        && let Err(e) = cache.put(key, &line)
                    {
                        eprintln!("krait_oracle: cannot write cache {}: {e}", cache.dir().display());
                    }
                    answers[*index] = Some(response);
                }
                Ok(Err(e)) => return Err(OracleError::Process(format!("reading node's answer: {e}"))),
                Err(failure) => {
                    // The front request killed or hung the interpreter: it gets an
                    // oracle_error answer, the others in flight are sent again.
                    let what = match failure {
                        RecvTimeoutError::Timeout => format!("no answer within {} s", wait.as_secs()),
                        RecvTimeoutError::Disconnected => "the node process exited".to_string(),
                    };
                    answers[*index] = Some(Response::oracle_failure("OracleCrashed", what.clone()));
                    in_flight.pop_front();
                    if let Some(&earliest) = in_flight.front() {
                        next = next.min(earliest);
                    }
                    in_flight.clear();
                    self.restart();
                    restarts += 1;
                    if restarts > MAX_RESTARTS {
                        return Err(OracleError::Process(format!(
                            "node failed {restarts} times in one batch (last: {what})"
                        )));
                    }
                }
            }
        }
        Ok(())
    }
}

impl Drop for Oracle {
    fn drop(&mut self) {
        self.restart();
    }
}

/// Every `.py` file in the pinned `python_stdlib.zip` as (path inside the zip, bytes),
/// sorted by path. There are [`STDLIB_PY_FILES`] of them.
pub fn stdlib_corpus() -> Result<Vec<(String, Vec<u8>)>, OracleError> {
    let path = oracle_dir().join("node_modules").join("pyodide").join("python_stdlib.zip");
    let file = std::fs::File::open(&path).map_err(|e| {
        OracleError::NotInstalled(format!(
            "{}: {e}; run `npm ci --prefix tools/oracle` from the repository root",
            path.display()
        ))
    })?;
    let mut archive =
        zip::ZipArchive::new(file).map_err(|e| OracleError::Corpus(format!("{}: {e}", path.display())))?;
    let mut files = Vec::new();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(|e| OracleError::Corpus(format!("entry {i}: {e}")))?;
        let name = entry.name().map_err(|e| OracleError::Corpus(format!("entry {i}: {e}")))?.to_string();
        if !entry.is_file() || !name.ends_with(".py") {
            continue;
        }
        let mut bytes = Vec::with_capacity(usize::try_from(entry.size()).unwrap_or(0));
        entry.read_to_end(&mut bytes).map_err(|e| OracleError::Corpus(format!("{name}: {e}")))?;
        files.push((name, bytes));
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(files)
}
