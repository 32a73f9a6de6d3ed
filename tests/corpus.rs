//! The CPython differential corpus.
//!
//! Every program `tests/corpus/<topic>/<name>.py` has its expected stdout, stderr and exit status
//! recorded next to it by `python3 tests/record_corpus.py` (CPython 3.11). This test runs
//! `heapscope run tests/corpus/<topic>/<name>.py` with the crate root as the working directory
//! (so traceback paths match), normalises its output as the recorder does -- the crate root
//! followed by `/` is removed (CPython prints the absolute script path), then addresses
//! `0x[0-9a-f]{4,}` become `0xADDR` -- and compares stdout, stderr and exit status. (The recorder
//! also rewrites CPython's stdlib directory to `/usr/lib/python3.11`, the path heapscope shows.)
//!
//! `tests/corpus/known_failures.txt` lists programs (paths relative to `tests/corpus/`, one per
//! line, `#` comments allowed) that are expected to fail. The test fails when an unlisted program
//! fails, or when a listed program now passes.
//!
//! Environment:
//! - `HEAPSCOPE_CORPUS_FILTER=substr`  only programs whose relative path contains `substr`
//!   (several substrings may be given separated by commas).
//! - `HEAPSCOPE_UPDATE_KNOWN_FAILURES=1`  rewrite known_failures.txt from the current results
//!   (within the filter, if any) instead of failing; see `tests/update_known_failures.sh`.
//! - `HEAPSCOPE_CORPUS_JOBS=N`  worker threads (default: available parallelism).
//! - `HEAPSCOPE_CORPUS_TIMEOUT=secs`  per-program timeout (default 20).
//! - `HEAPSCOPE_CORPUS_VERBOSE=1`  print every program's result.
//!
//! Programs run in heapscope's checked mode (`HEAPSCOPE_CHECK_REFS=1`): a reference count that
//! disagrees with a scan of the heap ends the program with a report, so every passing program
//! also proves the counts it never printed.

use std::collections::BTreeSet;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// (program path relative to tests/corpus/, None if it passed or a description of the mismatch)
type Results = Arc<Mutex<Vec<(String, Option<String>)>>>;

const OUTPUT_CAP: usize = 16 << 20;
const DIFF_LINES: usize = 12;

/// `re.sub(rb"0x[0-9a-f]{4,}", b"0xADDR", data)`.
fn normalise(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i] == b'0' && i + 1 < data.len() && data[i + 1] == b'x' {
            let mut j = i + 2;
            while j < data.len() && matches!(data[j], b'0'..=b'9' | b'a'..=b'f') {
                j += 1;
            }
            if j - (i + 2) >= 4 {
                out.extend_from_slice(b"0xADDR");
                i = j;
                continue;
            }
        }
        out.push(data[i]);
        i += 1;
    }
    out
}

struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    status: String,
}

fn read_capped<R: Read + Send + 'static>(r: Option<R>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut r) = r {
            let mut chunk = [0u8; 65536];
            loop {
                match r.read(&mut chunk) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        if buf.len() < OUTPUT_CAP {
                            buf.extend_from_slice(&chunk[..n]);
                        }
                    }
                }
            }
        }
        buf
    })
}

fn strip_root(data: Vec<u8>, root: &Path) -> Vec<u8> {
    let mut roots = vec![root.to_path_buf()];
    if let Ok(c) = root.canonicalize() {
        if c != root {
            roots.push(c);
        }
    }
    roots.sort_by_key(|r| std::cmp::Reverse(r.as_os_str().len()));
    let mut data = data;
    for r in roots {
        let pat = format!("{}/", r.display()).into_bytes();
        if pat.len() < 2 {
            continue;
        }
        let mut out = Vec::with_capacity(data.len());
        let mut i = 0;
        while i < data.len() {
            if data[i..].starts_with(&pat) {
                i += pat.len();
            } else {
                out.push(data[i]);
                i += 1;
            }
        }
        data = out;
    }
    data
}

fn run_heapscope(root: &Path, rel: &str, timeout: Duration) -> Outcome {
    let bin = env!("CARGO_BIN_EXE_heapscope");
    let child = Command::new(bin)
        .arg("run")
        .arg(format!("tests/corpus/{rel}"))
        .current_dir(root)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        // The checked mode: every refcount is compared with a full reference scan as the
        // program runs; a mismatch ends it with a report (and so fails the comparison).
        .env("HEAPSCOPE_CHECK_REFS", "1")
        .env_remove("PYTHONUNBUFFERED")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => {
            return Outcome {
                stdout: Vec::new(),
                stderr: format!("could not start {bin}: {e}").into_bytes(),
                status: "spawn failed".into(),
            }
        }
    };
    let out = read_capped(child.stdout.take());
    let err = read_capped(child.stderr.take());
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => {
                break match st.code() {
                    Some(c) => c.to_string(),
                    None => {
                        #[cfg(unix)]
                        {
                            use std::os::unix::process::ExitStatusExt;
                            format!("killed by signal {}", st.signal().unwrap_or(0))
                        }
                        #[cfg(not(unix))]
                        {
                            "killed".to_string()
                        }
                    }
                }
            }
            Ok(None) => {
                if start.elapsed() > timeout {
                    let _ = child.kill();
                    let _ = child.wait();
                    break format!("timeout after {}s", timeout.as_secs());
                }
                thread::sleep(Duration::from_millis(5));
            }
            Err(e) => break format!("wait failed: {e}"),
        }
    };
    Outcome {
        stdout: normalise(&strip_root(out.join().unwrap_or_default(), root)),
        stderr: normalise(&strip_root(err.join().unwrap_or_default(), root)),
        status,
    }
}

fn lines(b: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(b)
        .split_inclusive('\n')
        .map(|s| s.to_string())
        .collect()
}

fn show(line: &str) -> String {
    let mut s: String = line
        .strip_suffix('\n')
        .map(|s| s.to_string())
        .unwrap_or_else(|| format!("{line}\\ No newline"));
    if s.chars().count() > 200 {
        s = s.chars().take(200).collect::<String>() + "...";
    }
    s
}

/// A small unified-style diff of the first differing region.
fn diff(name: &str, expected: &[u8], actual: &[u8]) -> String {
    let e = lines(expected);
    let a = lines(actual);
    let mut pre = 0;
    while pre < e.len() && pre < a.len() && e[pre] == a[pre] {
        pre += 1;
    }
    let mut suf = 0;
    while suf < e.len() - pre && suf < a.len() - pre && e[e.len() - 1 - suf] == a[a.len() - 1 - suf]
    {
        suf += 1;
    }
    let mut out = format!(
        "  --- expected {name}\n  +++ heapscope {name}\n  @@ line {} @@\n",
        pre + 1
    );
    for l in &e[pre.saturating_sub(2)..pre] {
        out += &format!("   {}\n", show(l));
    }
    let em = &e[pre..e.len() - suf];
    let am = &a[pre..a.len() - suf];
    for l in em.iter().take(DIFF_LINES) {
        out += &format!("  -{}\n", show(l));
    }
    if em.len() > DIFF_LINES {
        out += &format!("  -... ({} more lines)\n", em.len() - DIFF_LINES);
    }
    for l in am.iter().take(DIFF_LINES) {
        out += &format!("  +{}\n", show(l));
    }
    if am.len() > DIFF_LINES {
        out += &format!("  +... ({} more lines)\n", am.len() - DIFF_LINES);
    }
    out
}

/// None if the outcome matches, else a description of the first mismatch.
fn compare(dir: &Path, rel: &str, got: &Outcome) -> Option<String> {
    let base = dir.join(&rel[..rel.len() - 3]);
    let read = |ext: &str| fs::read(base.with_extension(ext));
    let (Ok(out), Ok(err), Ok(st)) = (read("stdout"), read("stderr"), read("status")) else {
        return Some("  expected files missing: run python3 tests/record_corpus.py\n".into());
    };
    let st = String::from_utf8_lossy(&st).trim().to_string();
    if got.stdout != out {
        let mut d = diff("stdout", &out, &got.stdout);
        if got.status != st {
            d += &format!("  (exit status too: expected {st}, got {})\n", got.status);
        }
        if got.stderr != err {
            let last = lines(&got.stderr)
                .last()
                .map(|l| show(l))
                .unwrap_or_default();
            d += &format!("  (stderr differs too; heapscope's last stderr line: {last})\n");
        }
        return Some(d);
    }
    if got.stderr != err {
        let mut d = diff("stderr", &err, &got.stderr);
        if got.status != st {
            d += &format!("  (exit status too: expected {st}, got {})\n", got.status);
        }
        return Some(d);
    }
    if got.status != st {
        return Some(format!(
            "  exit status: expected {st}, got {}\n",
            got.status
        ));
    }
    None
}

fn programs(dir: &Path) -> Vec<String> {
    let mut v = Vec::new();
    let Ok(topics) = fs::read_dir(dir) else {
        return v;
    };
    for t in topics.flatten() {
        if !t.path().is_dir() {
            continue;
        }
        let topic = t.file_name().to_string_lossy().to_string();
        for f in fs::read_dir(t.path()).into_iter().flatten().flatten() {
            let name = f.file_name().to_string_lossy().to_string();
            if name.ends_with(".py") {
                v.push(format!("{topic}/{name}"));
            }
        }
    }
    v.sort();
    v
}

fn known_failures(path: &Path) -> BTreeSet<String> {
    fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

const KNOWN_HEADER: &str = "\
# Corpus programs (paths relative to tests/corpus/) that heapscope is known to get wrong.
# tests/corpus.rs fails if a program not listed here fails, or if a listed one now passes.
# Regenerate from the current results with tests/update_known_failures.sh
# (HEAPSCOPE_UPDATE_KNOWN_FAILURES=1 cargo test --test corpus); never hand-edit expected outputs.
";

#[test]
fn corpus() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("tests").join("corpus");
    let known_path = dir.join("known_failures.txt");
    let known = known_failures(&known_path);
    let filters: Vec<String> = std::env::var("HEAPSCOPE_CORPUS_FILTER")
        .unwrap_or_default()
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    let update = std::env::var("HEAPSCOPE_UPDATE_KNOWN_FAILURES")
        .map(|v| !v.is_empty() && v != "0")
        .unwrap_or(false);
    let verbose = std::env::var("HEAPSCOPE_CORPUS_VERBOSE")
        .map(|v| !v.is_empty() && v != "0")
        .unwrap_or(false);
    let timeout = Duration::from_secs(
        std::env::var("HEAPSCOPE_CORPUS_TIMEOUT")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(20),
    );
    let jobs = std::env::var("HEAPSCOPE_CORPUS_JOBS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| {
            thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2)
        })
        .max(1);

    let all = programs(&dir);
    let selected: Vec<String> = all
        .iter()
        .filter(|p| filters.is_empty() || filters.iter().any(|f| p.contains(f.as_str())))
        .cloned()
        .collect();
    assert!(!all.is_empty(), "no programs found under {}", dir.display());

    let next = Arc::new(AtomicUsize::new(0));
    let results: Results = Arc::new(Mutex::new(Vec::new()));
    let selected = Arc::new(selected);
    let mut workers = Vec::new();
    for _ in 0..jobs {
        let (next, results, selected, root, dir) = (
            next.clone(),
            results.clone(),
            selected.clone(),
            root.clone(),
            dir.clone(),
        );
        workers.push(thread::spawn(move || loop {
            let i = next.fetch_add(1, Ordering::SeqCst);
            let Some(rel) = selected.get(i) else { break };
            let got = run_heapscope(&root, rel, timeout);
            let verdict = compare(&dir, rel, &got);
            results.lock().unwrap().push((rel.clone(), verdict));
        }));
    }
    for w in workers {
        w.join().expect("corpus worker panicked");
    }
    let mut results = Arc::try_unwrap(results).ok().unwrap().into_inner().unwrap();
    results.sort_by(|a, b| a.0.cmp(&b.0));

    let mut passed = 0;
    let mut failed = 0;
    let mut known_failed = 0;
    let mut report = String::new();
    let mut unexpected_fail = Vec::new();
    let mut unexpected_pass = Vec::new();
    for (rel, verdict) in &results {
        let listed = known.contains(rel);
        match (verdict, listed) {
            (None, false) => {
                passed += 1;
                if verbose {
                    report += &format!("ok          {rel}\n");
                }
            }
            (None, true) => {
                passed += 1;
                unexpected_pass.push(rel.clone());
                report +=
                    &format!("NOW PASSES  {rel}: now passes, remove from known_failures.txt\n");
            }
            (Some(_), true) => {
                known_failed += 1;
                if verbose {
                    report += &format!("known fail  {rel}\n");
                }
            }
            (Some(d), false) => {
                failed += 1;
                unexpected_fail.push(rel.clone());
                report += &format!("FAIL        {rel}\n{d}");
            }
        }
    }
    for k in &known {
        if !all.contains(k) {
            report += &format!("note: known_failures.txt lists {k}, which does not exist\n");
        }
    }
    // Per-topic pass counts, then the summary line (always last).
    let mut topics: Vec<(String, usize, usize)> = Vec::new();
    for (rel, verdict) in &results {
        let topic = rel.split('/').next().unwrap_or("").to_string();
        match topics.last_mut() {
            Some(t) if t.0 == topic => {
                t.1 += verdict.is_none() as usize;
                t.2 += 1;
            }
            _ => topics.push((topic, verdict.is_none() as usize, 1)),
        }
    }
    report += "passing by topic:";
    for (topic, ok, total) in &topics {
        report += &format!(" {topic} {ok}/{total}");
    }
    report += "\n";
    let summary =
        format!("corpus: {passed} passed, {failed} failed, {known_failed} known failures\n");

    if update {
        // Keep listed entries outside the filter; replace those inside it with the current failures.
        let ran: BTreeSet<&String> = results.iter().map(|r| &r.0).collect();
        let mut new: BTreeSet<String> = known
            .iter()
            .filter(|k| !ran.contains(k) && all.contains(k))
            .cloned()
            .collect();
        for (rel, verdict) in &results {
            if verdict.is_some() {
                new.insert(rel.clone());
            }
        }
        let mut text = KNOWN_HEADER.to_string();
        for n in &new {
            text += n;
            text += "\n";
        }
        fs::write(&known_path, text).expect("write known_failures.txt");
        let _ = std::io::stderr().write_all(
            format!(
                "{report}{summary}known_failures.txt rewritten: {} entries ({} removed, {} added)\n",
                new.len(),
                known.difference(&new).count(),
                new.difference(&known).count()
            )
            .as_bytes(),
        );
        return;
    }

    // Written straight to the process's stderr so it shows even when the test passes.
    let _ = std::io::stderr().write_all(format!("{report}{summary}").as_bytes());
    if !unexpected_fail.is_empty() || !unexpected_pass.is_empty() {
        panic!(
            "{summary}{} unexpected failures, {} known failures now pass (see above; \
             tests/update_known_failures.sh rewrites the list)",
            unexpected_fail.len(),
            unexpected_pass.len()
        );
    }
}

#[test]
fn normalisation_matches_the_recorder() {
    assert_eq!(
        normalise(b"<a at 0x7f3a1c2b4e80>"),
        b"<a at 0xADDR>".to_vec()
    );
    assert_eq!(
        normalise(b"0x1234 0x123 0xabcdef0x12"),
        b"0xADDR 0x123 0xADDRx12".to_vec()
    );
    assert_eq!(normalise(b"0xFFFF 0x"), b"0xFFFF 0x".to_vec());
    assert_eq!(normalise(b"a0x00001b"), b"a0xADDR".to_vec());
    let root = Path::new("/some/checkout");
    assert_eq!(
        strip_root(
            b"File \"/some/checkout/tests/corpus/a.py\", line 1".to_vec(),
            root
        ),
        b"File \"tests/corpus/a.py\", line 1".to_vec()
    );
    assert_eq!(
        strip_root(b"/some/checkoutX/a".to_vec(), root),
        b"/some/checkoutX/a".to_vec()
    );
}
