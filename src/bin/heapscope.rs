//! `heapscope run FILE [--max-steps N] [--free-threading]` behaves like `python3 FILE`
//! (`--free-threading`: as CPython 3.13's free-threaded build, timing only);
//! `heapscope trace FILE` prints the step trace as JSON.

use std::process::ExitCode;

use heapscope::session::{Session, SessionOptions};
use heapscope::vm::{Progress, Vm};

const USAGE: &str =
    "usage: heapscope run FILE [--max-steps N] [--free-threading]\n       heapscope trace FILE [--max-steps N]";

/// Python frames never use the Rust stack, but builtins calling back into Python (`__repr__`,
/// `__del__`, sort keys) nest; give them room.
const VM_STACK_BYTES: usize = 512 << 20;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, rest) = match args.split_first() {
        Some((c, rest)) => (c.as_str(), rest),
        None => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut file = None;
    let mut max_steps = None;
    let mut free_threading = false;
    let mut i = 0;
    while i < rest.len() {
        match rest[i].as_str() {
            "--max-steps" => {
                i += 1;
                match rest.get(i).and_then(|n| n.parse::<u64>().ok()) {
                    Some(n) => max_steps = Some(n),
                    None => {
                        eprintln!("heapscope: --max-steps needs a number\n{USAGE}");
                        return ExitCode::from(2);
                    }
                }
            }
            "--free-threading" => free_threading = true,
            f if file.is_none() => file = Some(f.to_string()),
            other => {
                eprintln!("heapscope: unexpected argument {other}\n{USAGE}");
                return ExitCode::from(2);
            }
        }
        i += 1;
    }
    let Some(file) = file else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(&file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!(
                "heapscope: can't open file '{file}': [Errno {}] {e}",
                e.raw_os_error().unwrap_or(2)
            );
            return ExitCode::from(2);
        }
    };
    // CPython names the main script by its path joined to the working directory.
    let file = if std::path::Path::new(&file).is_absolute() {
        file
    } else {
        match std::env::current_dir() {
            Ok(cwd) => format!("{}/{file}", cwd.display()),
            Err(_) => file,
        }
    };
    let command = command.to_string();
    let worker = std::thread::Builder::new()
        .stack_size(VM_STACK_BYTES)
        .spawn(move || match command.as_str() {
            "run" => run(&file, &bytes, max_steps, free_threading),
            "trace" => trace(&file, &bytes, max_steps),
            "dis" => dis(&file, &bytes),
            _ => {
                eprintln!("{USAGE}");
                2
            }
        });
    match worker.map(|w| w.join()) {
        Ok(Ok(status)) => ExitCode::from(status as u8),
        _ => {
            eprintln!("heapscope: internal error");
            ExitCode::from(1)
        }
    }
}

fn run(file: &str, bytes: &[u8], max_steps: Option<u64>, free_threading: bool) -> i32 {
    let source = match heapscope::syntax::decode_source(bytes) {
        Ok(s) => s,
        Err(e) => {
            eprint!("{}", e.render(file, &String::from_utf8_lossy(bytes)));
            return 1;
        }
    };
    let mut vm = Vm::new();
    vm.output.passthrough = true;
    vm.check_refs = std::env::var_os("HEAPSCOPE_CHECK_REFS").is_some();
    vm.threads.free_threading = free_threading;
    if let Some(n) = max_steps {
        vm.limits.max_instructions = n;
    }
    if let Err(e) = vm.start_main(&source, file) {
        eprint!("{}", e.render(file, &source));
        return 1;
    }
    loop {
        match vm.resume() {
            Progress::Paused => continue,
            Progress::Finished(status) => return status,
        }
    }
}

/// Prints the compiled code objects, as `python3 -m dis` would.
fn dis(file: &str, bytes: &[u8]) -> i32 {
    let source = String::from_utf8_lossy(bytes).into_owned();
    let compiled = heapscope::syntax::parse(&source)
        .and_then(|m| heapscope::compile::compile_module(&m, &source, file));
    match compiled {
        Ok(c) => {
            use std::io::Write;
            let _ = write!(std::io::stdout().lock(), "{}", c.code);
            0
        }
        Err(e) => {
            eprint!("{}", e.render(file, &source));
            1
        }
    }
}

fn trace(file: &str, bytes: &[u8], max_steps: Option<u64>) -> i32 {
    let source = String::from_utf8_lossy(bytes).into_owned();
    let mut options = SessionOptions {
        filename: file.to_string(),
        ..SessionOptions::default()
    };
    if let Some(n) = max_steps {
        options.max_instructions = n;
    }
    let mut session = Session::new(&source, options);
    let mut snapshots = Vec::new();
    if session.diagnostics().is_empty() {
        while !session.run(1_000_000).finished {}
        for step in 0..=session.step_count() {
            session.seek(step);
            snapshots.push(session.snapshot());
        }
    }
    let out = serde_json::json!({
        "diagnostics": session.diagnostics(),
        "steps": snapshots,
    });
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{out}");
    0
}
