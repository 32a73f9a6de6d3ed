//! `_tracemalloc` (Modules/_tracemalloc.c): while tracing, every object the VM allocates is
//! attributed to the Python frames executing at that moment (innermost first, at most the
//! traceback limit). A trace's size is the object's memory blocks as requested from the
//! allocator (GC header included); containers whose items live in a separate block (list
//! items, dict keys, set tables) count two blocks, and a list's item block is traced again
//! where it is reallocated. Sizes are re-measured when the traces are read.
//! The Python half (`tracemalloc.py`) builds Snapshot, Statistic and friends on top.

use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use crate::builtins::{add_function, arg_index, arg_str, check_args};
use crate::heap::{ObjId, Payload};
use crate::vm::{Args, PyResult, Vm};

/// `MAX_NFRAME`.
const MAX_NFRAME: i64 = 65535;

/// A traceback: (filename, line) pairs, most recent frame first.
type Frames = Rc<[(Rc<str>, u32)]>;

#[derive(Clone)]
struct Trace {
    frames: Frames,
    /// Frames on the stack at allocation time (before truncation to the limit).
    total_nframe: usize,
    /// The object's header came from a free list, allocated before: only its separate block
    /// (list items) is traced.
    recycled: bool,
    /// The traced blocks' sizes (0: no such block).
    blocks: [u64; 2],
    size: u64,
    /// Where the separate block (list items, dict keys...) was last reallocated, when that
    /// was after the object's allocation: `tracemalloc_realloc` traces it anew there.
    block_frames: Option<Frames>,
}

impl Trace {
    /// Sets the blocks from `Vm::malloc_blocks`.
    fn measure(&mut self, blocks: [u64; 2]) {
        let header = if self.recycled { 0 } else { blocks[0] };
        self.blocks = [header, blocks[1]];
        self.size = header + blocks[1];
    }
}

/// CPython's free lists of object headers (`PyList_MAXFREELIST`, `PyDict_MAXFREELIST`,
/// `PyFloat_MAXFREELIST`, the
/// tuple free lists for lengths 1..20): an allocation reuses a freed header without calling
/// the allocator, so tracemalloc does not see it.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum FreeList {
    List,
    Dict,
    Float,
    Tuple(usize),
}

impl FreeList {
    fn capacity(self) -> usize {
        match self {
            FreeList::List | FreeList::Dict => 80,
            FreeList::Float => 100,
            FreeList::Tuple(_) => 2000,
        }
    }
}

/// The tracer's state, made by the first `tracemalloc.start()`.
#[derive(Clone, Default)]
pub struct Tracer {
    tracing: bool,
    /// `max_nframe` (kept after `stop()`).
    limit: usize,
    traces: BTreeMap<ObjId, Trace>,
    /// `tracemalloc_tracebacks`: equal tracebacks are shared.
    tracebacks: HashMap<Frames, ()>,
    /// The traceback of the last allocation.
    last: Option<Frames>,
    /// Headers in each free list; a list not yet seen is full (the interpreter's start-up
    /// freed plenty of them).
    free_lists: HashMap<FreeList, usize>,
    current: u64,
    peak: u64,
}

impl Tracer {
    /// Takes a header from `free`'s free list if it has one.
    fn pop_free(&mut self, free: FreeList) -> bool {
        let n = self.free_lists.entry(free).or_insert(free.capacity());
        if *n == 0 {
            return false;
        }
        *n -= 1;
        true
    }

    /// `tracemalloc_add_trace`.
    /// A traceback shared with the equal ones already recorded.
    fn intern(&mut self, frames: Vec<(Rc<str>, u32)>) -> Frames {
        let key: Frames = Rc::from(frames);
        match self.tracebacks.get_key_value(&key) {
            Some((k, _)) => k.clone(),
            None => {
                self.tracebacks.insert(key.clone(), ());
                key
            }
        }
    }

    fn add(&mut self, id: ObjId, trace: Trace) {
        let size = trace.size;
        if let Some(old) = self.traces.insert(id, trace) {
            self.current = self.current.saturating_sub(old.size);
        }
        self.current += size;
        self.peak = self.peak.max(self.current);
    }

    /// `tracemalloc_clear_traces`.
    fn clear(&mut self) {
        self.traces.clear();
        self.tracebacks.clear();
        self.last = None;
        self.current = 0;
        self.peak = 0;
    }
}

impl Vm {
    /// Which free list an object's header would come from or go back to.
    fn free_list_of(&self, id: ObjId) -> Option<FreeList> {
        let ty = self.heap.type_of(id);
        match self.heap.payload(id) {
            Payload::List(_) if ty == self.types.list => Some(FreeList::List),
            Payload::Dict(_) if ty == self.types.dict => Some(FreeList::Dict),
            Payload::Float(_) if ty == self.types.float => Some(FreeList::Float),
            Payload::Tuple(t) if ty == self.types.tuple && (1..20).contains(&t.len()) => {
                Some(FreeList::Tuple(t.len()))
            }
            _ => None,
        }
    }

    /// The allocation hook (`tracemalloc_alloc`): records who allocated `id`.
    pub fn tracemalloc_on_alloc(&mut self, id: ObjId) {
        let Some((frames, total)) = self.tracemalloc_traceback() else {
            return;
        };
        let free = self.free_list_of(id);
        let blocks = self.malloc_blocks(id);
        let Some(t) = self.tracemalloc.as_deref_mut() else {
            return;
        };
        let mut trace = Trace {
            frames,
            total_nframe: total,
            recycled: free.is_some_and(|f| t.pop_free(f)),
            blocks: [0, 0],
            size: 0,
            block_frames: None,
        };
        trace.measure(blocks);
        t.add(id, trace);
    }

    /// The reallocation hook (`tracemalloc_realloc`) for a container's separate block: the
    /// block is traced again where it grew or shrank. An object allocated before tracing
    /// started gets a trace for that block alone.
    pub fn tracemalloc_on_realloc(&mut self, id: ObjId) {
        let Some((frames, total)) = self.tracemalloc_traceback() else {
            return;
        };
        let blocks = self.malloc_blocks(id);
        let Some(t) = self.tracemalloc.as_deref_mut() else {
            return;
        };
        let mut trace = match t.traces.get(&id) {
            Some(old) => Trace {
                block_frames: Some(frames),
                ..old.clone()
            },
            None => Trace {
                frames,
                total_nframe: total,
                recycled: true,
                blocks: [0, 0],
                size: 0,
                block_frames: None,
            },
        };
        trace.measure(blocks);
        t.add(id, trace);
    }

    /// The current traceback (shared with an equal previous one) and the number of frames
    /// on the stack, while tracing.
    fn tracemalloc_traceback(&mut self) -> Option<(Frames, usize)> {
        let limit = self
            .tracemalloc
            .as_ref()
            .filter(|t| t.tracing)
            .map(|t| t.limit)?;
        let depth = self.frames.len().min(limit);
        let total = self.frames.len().max(1);
        let t = self.tracemalloc.as_deref_mut()?;
        // Consecutive allocations usually come from the same place: reuse the last traceback.
        let same = t.last.as_ref().is_some_and(|last| {
            depth > 0
                && last.len() == depth
                && self
                    .frames
                    .iter()
                    .rev()
                    .zip(last.iter())
                    .all(|(f, (name, line))| {
                        f.line() == *line && Rc::ptr_eq(&f.code.filename, name)
                    })
        });
        let frames = match (&t.last, same) {
            (Some(last), true) => last.clone(),
            _ => {
                let mut frames: Vec<(Rc<str>, u32)> = self
                    .frames
                    .iter()
                    .rev()
                    .take(limit)
                    .map(|f| (f.code.filename.clone(), f.line()))
                    .collect();
                if frames.is_empty() {
                    frames.push((Rc::from("<unknown>"), 0));
                }
                t.intern(frames)
            }
        };
        t.last = Some(frames.clone());
        Some((frames, total))
    }

    /// The deallocation hook (`tracemalloc_free`): the object's trace goes, and its header
    /// may go back to a free list.
    pub fn tracemalloc_on_free(&mut self, id: ObjId) {
        let free = self.free_list_of(id);
        let Some(t) = self.tracemalloc.as_mut() else {
            return;
        };
        if let Some(trace) = t.traces.remove(&id) {
            t.current = t.current.saturating_sub(trace.size);
        }
        if let Some(f) = free {
            let n = t.free_lists.entry(f).or_insert(f.capacity());
            *n = (*n + 1).min(f.capacity());
        }
    }

    /// Re-measures every traced object (containers grow and shrink after allocation) and
    /// updates the current and peak totals.
    fn tracemalloc_refresh(&mut self) {
        let Some(mut t) = self.tracemalloc.take() else {
            return;
        };
        if t.tracing {
            let mut current = 0;
            for (&id, trace) in t.traces.iter_mut() {
                trace.measure(self.malloc_blocks(id));
                current += trace.size;
            }
            t.current = current;
            t.peak = t.peak.max(current);
        }
        self.tracemalloc = Some(t);
    }
}

pub fn init(vm: &mut Vm, d: ObjId) -> PyResult<()> {
    add_function(vm, d, "start", start);
    add_function(vm, d, "stop", stop);
    add_function(vm, d, "is_tracing", is_tracing);
    add_function(vm, d, "clear_traces", clear_traces);
    add_function(vm, d, "get_traceback_limit", get_traceback_limit);
    add_function(vm, d, "get_traced_memory", get_traced_memory);
    add_function(vm, d, "reset_peak", reset_peak);
    add_function(vm, d, "get_tracemalloc_memory", get_tracemalloc_memory);
    add_function(vm, d, "_get_traces", get_traces);
    add_function(vm, d, "_get_object_traceback", get_object_traceback);
    add_function(vm, d, "_getline", getline);
    add_function(vm, d, "_group", group);
    add_function(vm, d, "_fnmatch", fnmatch);
    Ok(())
}

/// The tracer while tracing.
fn tracing(vm: &mut Vm) -> Option<&mut Tracer> {
    vm.tracemalloc.as_deref_mut().filter(|t| t.tracing)
}

/// `start(nframe=1)`: does nothing if already tracing.
fn start(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "start", args, 0, 1)?;
    let n = match args.args.first() {
        Some(&v) => arg_index(vm, v)?,
        None => 1,
    };
    if !(1..=MAX_NFRAME).contains(&n) {
        return Err(vm.value_error(&format!(
            "the number of frames must be in range [1; {MAX_NFRAME}]"
        )));
    }
    let t = vm.tracemalloc.get_or_insert_with(Box::default);
    if !t.tracing {
        t.tracing = true;
        t.limit = n as usize;
    }
    Ok(vm.new_none())
}

/// `stop()`: stops tracing and drops the traces.
fn stop(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "stop", args, 0, 0)?;
    if let Some(t) = tracing(vm) {
        t.clear();
        t.tracing = false;
    }
    Ok(vm.new_none())
}

fn is_tracing(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "is_tracing", args, 0, 0)?;
    let b = tracing(vm).is_some();
    Ok(vm.new_bool(b))
}

fn clear_traces(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "clear_traces", args, 0, 0)?;
    if let Some(t) = tracing(vm) {
        t.clear();
    }
    Ok(vm.new_none())
}

fn get_traceback_limit(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "get_traceback_limit", args, 0, 0)?;
    let n = vm.tracemalloc.as_ref().map_or(1, |t| t.limit);
    Ok(vm.new_int(n as i64))
}

/// `get_traced_memory()`: (current, peak) in bytes; (0, 0) when not tracing.
fn get_traced_memory(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "get_traced_memory", args, 0, 0)?;
    vm.tracemalloc_refresh();
    let (cur, peak) = tracing(vm).map(|t| (t.current, t.peak)).unwrap_or((0, 0));
    let c = vm.new_int(cur as i64);
    let p = vm.new_int(peak as i64);
    Ok(vm.new_tuple(vec![c, p]))
}

/// `reset_peak()`: the peak becomes the current size.
fn reset_peak(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "reset_peak", args, 0, 0)?;
    vm.tracemalloc_refresh();
    if let Some(t) = tracing(vm) {
        t.peak = t.current;
    }
    Ok(vm.new_none())
}

/// `get_tracemalloc_memory()`: what the tracer's own tables take: 624 bytes for the empty
/// hash tables, then about 48 bytes per trace plus each distinct traceback's frames.
fn get_tracemalloc_memory(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "get_tracemalloc_memory", args, 0, 0)?;
    let n = 624
        + tracing(vm).map_or(0, |t| {
            let frames: usize = t.tracebacks.keys().map(|f| 16 + 16 * f.len()).sum();
            48 * t.traces.len() + frames
        });
    Ok(vm.new_int(n as i64))
}

/// A traceback as a tuple of (filename, lineno) tuples, most recent first.
fn frames_tuple(vm: &mut Vm, frames: &[(Rc<str>, u32)]) -> ObjId {
    let items = frames
        .iter()
        .map(|(f, l)| {
            let f = vm.new_str(f);
            let l = vm.new_int(*l as i64);
            vm.new_tuple(vec![f, l])
        })
        .collect();
    vm.new_tuple(items)
}

/// `_get_traces()`: a list of (domain, size, traceback, total_nframe) tuples, one per memory
/// block; equal tracebacks share one tuple.
fn get_traces(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "_get_traces", args, 0, 0)?;
    vm.tracemalloc_refresh();
    let traces: Vec<Trace> = match tracing(vm) {
        Some(t) => t.traces.values().cloned().collect(),
        None => Vec::new(),
    };
    let blocks = traces
        .iter()
        .flat_map(|t| t.blocks)
        .filter(|&b| b > 0)
        .count();
    vm.check_memory((blocks as u64).saturating_mul(64))?;
    // `set_reentrant(1)`: the snapshot's own objects are not traced.
    let was_tracing = tracing(vm).map(|t| t.tracing = false).is_some();
    let mut shared: HashMap<*const (Rc<str>, u32), ObjId> = HashMap::new();
    let mut items = Vec::with_capacity(blocks);
    for t in &traces {
        for (block, size) in t.blocks.into_iter().enumerate().filter(|&(_, b)| b > 0) {
            let frames = match (block, &t.block_frames) {
                (1, Some(f)) => f,
                _ => &t.frames,
            };
            let tb = match shared.get(&frames.as_ptr()) {
                Some(&tb) => tb,
                None => {
                    let tb = frames_tuple(vm, frames);
                    shared.insert(frames.as_ptr(), tb);
                    tb
                }
            };
            let domain = vm.new_int(0);
            let size = vm.new_int(size as i64);
            let total = vm.new_int(t.total_nframe as i64);
            vm.incref(tb);
            items.push(vm.new_tuple(vec![domain, size, tb, total]));
        }
    }
    for (_, tb) in shared {
        vm.decref(tb);
    }
    let list = vm.new_list(items);
    if let Some(t) = vm.tracemalloc.as_mut() {
        t.tracing = was_tracing;
    }
    Ok(list)
}

/// `_get_object_traceback(obj)`: the frames that allocated `obj`, or None. Instances with a
/// managed `__dict__` start 16 bytes after their memory block in 3.11 (the pre-header), so
/// tracemalloc cannot find them.
fn get_object_traceback(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "_get_object_traceback", args, 1, 1)?;
    let obj = args.args[0];
    let ty = vm.heap.type_of(obj);
    let managed_dict = matches!(vm.heap.payload(ty), Payload::Type(t) if t.heap_type && t.has_dict);
    let frames = match tracing(vm) {
        Some(t) if !managed_dict => t
            .traces
            .get(&obj)
            .filter(|t| !t.recycled)
            .map(|t| t.frames.clone()),
        _ => None,
    };
    Ok(match frames {
        Some(f) => frames_tuple(vm, &f),
        None => vm.new_none(),
    })
}

/// A (filename, lineno) frame tuple's contents.
fn frame_of(vm: &Vm, frame: ObjId) -> Option<(Rc<str>, i64)> {
    match vm.heap.payload(frame) {
        Payload::Tuple(t) if t.len() == 2 => match (vm.heap.payload(t[0]), vm.heap.payload(t[1])) {
            (Payload::Str(f), Payload::Int(l)) => Some((f.text.clone(), *l)),
            _ => None,
        },
        _ => None,
    }
}

/// `_group(traces, key_type, cumulative)`: the grouping loop of `Snapshot._group_by`, done
/// natively for speed. Returns [(frames, size, count)] in first-seen order, `frames` most
/// recent first; traces that are not (domain, size, frames, total_nframe) tuples are skipped.
fn group(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "_group", args, 3, 3)?;
    let traces = match vm.heap.payload(args.args[0]) {
        Payload::List(l) => l.items.clone(),
        Payload::Tuple(t) => t.clone(),
        _ => return Err(vm.type_error("traces must be a list")),
    };
    let key_type = arg_str(vm, args.args[1], "key_type")?;
    let cumulative = vm.is_true(args.args[2])?;
    type Key = Vec<(Rc<str>, i64)>;
    let mut order: Vec<Key> = Vec::new();
    let mut stats: HashMap<Key, (i64, i64)> = HashMap::new();
    let mut cache: HashMap<ObjId, Key> = HashMap::new();
    for trace in traces {
        let (size, tb) = match vm.heap.payload(trace) {
            Payload::Tuple(t) if t.len() == 4 => match vm.heap.payload(t[1]) {
                Payload::Int(n) => (*n, t[2]),
                _ => continue,
            },
            _ => continue,
        };
        let frames = match cache.get(&tb) {
            Some(f) => f.clone(),
            None => {
                let f: Key = match vm.heap.payload(tb) {
                    Payload::Tuple(t) => t.iter().filter_map(|&f| frame_of(vm, f)).collect(),
                    _ => continue,
                };
                cache.insert(tb, f.clone());
                f
            }
        };
        let keys: Vec<Key> = match (&*key_type, cumulative) {
            ("lineno", true) => frames.iter().map(|f| vec![f.clone()]).collect(),
            ("filename", true) => frames.iter().map(|f| vec![(f.0.clone(), 0)]).collect(),
            ("traceback", _) => vec![frames],
            ("lineno", false) => vec![frames.into_iter().take(1).collect()],
            _ => vec![frames
                .first()
                .map(|f| (f.0.clone(), 0))
                .into_iter()
                .collect()],
        };
        for key in keys {
            let e = stats.entry(key.clone()).or_insert_with(|| {
                order.push(key);
                (0, 0)
            });
            e.0 += size;
            e.1 += 1;
        }
    }
    let mut items = Vec::with_capacity(order.len());
    for key in order {
        let (size, count) = stats.get(&key).copied().unwrap_or((0, 0));
        let key: Vec<(Rc<str>, u32)> = key.into_iter().map(|(f, l)| (f, l as u32)).collect();
        let frames = frames_tuple(vm, &key);
        let size = vm.new_int(size);
        let count = vm.new_int(count);
        items.push(vm.new_tuple(vec![frames, size, count]));
    }
    Ok(vm.new_list(items))
}

/// `linecache.getline(filename, lineno)` for `Traceback.format`: the program's sources, or
/// the file on disk; "" when unknown.
fn getline(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "_getline", args, 2, 2)?;
    let filename = arg_str(vm, args.args[0], "filename")?;
    let lineno = arg_index(vm, args.args[1])?;
    let source: Option<Rc<str>> = match vm.sources.get(&filename) {
        Some(s) => Some(s.clone()),
        None if cfg!(target_arch = "wasm32") => None,
        None => std::fs::read_to_string(&*filename).ok().map(Rc::from),
    };
    let line = match (source, usize::try_from(lineno)) {
        (Some(s), Ok(n)) if n >= 1 => s
            .split_inclusive('\n')
            .nth(n - 1)
            .map(str::to_string)
            .unwrap_or_default(),
        _ => String::new(),
    };
    Ok(vm.new_str_owned(line))
}

/// `fnmatch.fnmatchcase(name, pattern)`: shell-style `*`, `?` and `[...]` (`[!...]` negated).
fn fnmatch(vm: &mut Vm, args: &Args) -> PyResult<ObjId> {
    check_args(vm, "_fnmatch", args, 2, 2)?;
    let name: Vec<char> = arg_str(vm, args.args[0], "name")?.chars().collect();
    let pat: Vec<char> = arg_str(vm, args.args[1], "pattern")?.chars().collect();
    let b = glob_match(&name, &pat);
    Ok(vm.new_bool(b))
}

/// Matches one `[...]` class at the start of `pat` against `c`: (matched, chars consumed), or
/// None when the bracket is unclosed (then `[` is literal, as in `fnmatch.translate`).
fn match_class(pat: &[char], c: char) -> Option<(bool, usize)> {
    let mut i = 1;
    let negate = matches!(pat.get(i), Some('!'));
    if negate {
        i += 1;
    }
    let start = i;
    let mut matched = false;
    while i < pat.len() {
        let p = pat[i];
        if p == ']' && i > start {
            return Some((matched != negate, i + 1));
        }
        if pat.get(i + 1) == Some(&'-') && pat.get(i + 2).is_some_and(|&e| e != ']') {
            let end = pat[i + 2];
            matched |= p <= c && c <= end;
            i += 3;
        } else {
            matched |= p == c;
            i += 1;
        }
    }
    None
}

fn glob_match(name: &[char], pat: &[char]) -> bool {
    let Some(&p) = pat.first() else {
        return name.is_empty();
    };
    match p {
        '*' => (0..=name.len()).any(|k| glob_match(&name[k..], &pat[1..])),
        '?' => !name.is_empty() && glob_match(&name[1..], &pat[1..]),
        '[' => match (
            name.first(),
            match_class(pat, name.first().copied().unwrap_or('\0')),
        ) {
            (Some(_), Some((true, used))) => glob_match(&name[1..], &pat[used..]),
            (_, Some(_)) => false,
            (Some(&c), None) => c == '[' && glob_match(&name[1..], &pat[1..]),
            (None, None) => false,
        },
        c => name.first() == Some(&c) && glob_match(&name[1..], &pat[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::glob_match;

    fn m(n: &str, p: &str) -> bool {
        glob_match(
            &n.chars().collect::<Vec<_>>(),
            &p.chars().collect::<Vec<_>>(),
        )
    }

    #[test]
    fn fnmatch_patterns() {
        assert!(m("a/b.py", "*.py"));
        assert!(m("a/b.py", "a/?.py"));
        assert!(!m("a/b.pyc", "*.py"));
        assert!(m("x1", "x[0-9]"));
        assert!(!m("x1", "x[!0-9]"));
        assert!(m("[", "["));
        assert!(m("", "*"));
    }
}
