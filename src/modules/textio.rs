//! What the heap sees of `sys.stdout` and `sys.stderr` (Modules/_io/textio.c and
//! bufferedio.c). A TextIOWrapper keeps each write in `pending_bytes` — the str itself when it
//! is ASCII, its UTF-8 bytes otherwise, and a list once a second write waits — until 8192
//! bytes wait or the stream is flushed (stderr is line-buffered; stdout is a pipe or a file
//! in the recorder, so block-buffered). The BufferedWriter below copies the bytes into its
//! 4096-byte buffer and hands a full one to the raw file through a memoryview. The text
//! itself reaches `Vm::output` at once: only the objects and the collector's counts follow
//! CPython's buffering.

use crate::heap::{ObjId, Payload};
use crate::vm::Vm;

/// `_io.TextIOWrapper._CHUNK_SIZE`.
const CHUNK_SIZE: usize = 8192;
/// The BufferedWriter's size: `io.open` uses the file's `st_blksize`, 4096 for a pipe.
const BUFFER_SIZE: usize = 4096;

/// `sys.stdout` or `sys.stderr`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stdio {
    Stdout = 0,
    Stderr = 1,
}

/// One standard stream's buffers.
#[derive(Clone, Debug, Default)]
pub struct TextIoState {
    /// `pending_bytes`: a str, a bytes or a list of them (a strong reference).
    pub pending: Option<ObjId>,
    /// `pending_bytes_count`.
    pending_count: usize,
    /// Bytes waiting in the BufferedWriter's buffer.
    buffered: usize,
}

impl Vm {
    /// Modules/_io/textio.c: _io_TextIOWrapper_write_impl for a str object (borrowed)
    /// written to a standard stream.
    pub fn textiowrapper_write(&mut self, stream: Stdio, text: ObjId) {
        let (ascii, chars, newline) = match self.heap.payload(text) {
            Payload::Str(s) => (
                s.text.is_ascii(),
                s.text.chars().count(),
                s.text.contains(['\n', '\r']),
            ),
            _ => return,
        };
        // Only stderr is line-buffered (`create_stdio`).
        let needflush = stream == Stdio::Stderr && newline;
        let (b, len) = if ascii && chars <= CHUNK_SIZE {
            (self.incref(text), chars)
        } else {
            let encoded = self.str_of(text).as_bytes().to_vec();
            let len = encoded.len();
            (self.new_bytes(&encoded), len)
        };
        let i = stream as usize;
        match self.stdio[i].pending {
            None => {
                self.stdio[i].pending_count = 0;
                self.stdio[i].pending = Some(b);
            }
            // Never concatenate more than a chunk.
            Some(_) if self.stdio[i].pending_count + len > CHUNK_SIZE => {
                self.textiowrapper_writeflush(stream);
                self.stdio[i].pending = Some(b);
            }
            Some(list) if matches!(self.heap.payload(list), Payload::List(_)) => {
                self.list_append_owned(list, b);
            }
            Some(single) => {
                let list = self.new_list(vec![single, b]);
                self.stdio[i].pending = Some(list);
            }
        }
        self.stdio[i].pending_count += len;
        if self.stdio[i].pending_count >= CHUNK_SIZE || needflush {
            self.textiowrapper_writeflush(stream);
        }
        if needflush {
            self.buffered_flush(stream);
        }
    }

    /// `TextIOWrapper.flush()`: the pending bytes, then the BufferedWriter.
    pub fn textiowrapper_flush(&mut self, stream: Stdio) {
        self.textiowrapper_writeflush(stream);
        self.buffered_flush(stream);
    }

    /// Modules/_io/textio.c: _textiowrapper_writeflush — the pending bytes, joined into one
    /// bytes object, go to the BufferedWriter.
    fn textiowrapper_writeflush(&mut self, stream: Stdio) {
        let i = stream as usize;
        let Some(pending) = self.stdio[i].pending.take() else {
            return;
        };
        let count = std::mem::take(&mut self.stdio[i].pending_count);
        self.decref(pending);
        self.bufferedwriter_write(stream, count);
    }

    /// Modules/_io/bufferedio.c: _io__Buffered_write_impl — what fits stays in the buffer;
    /// otherwise the buffer is written out, then what does not fit in a fresh buffer.
    fn bufferedwriter_write(&mut self, stream: Stdio, len: usize) {
        let i = stream as usize;
        if len <= BUFFER_SIZE - self.stdio[i].buffered {
            self.stdio[i].buffered += len;
            return;
        }
        if self.stdio[i].buffered > 0 {
            self.bufferedwriter_raw_write();
        }
        let remaining = if len > BUFFER_SIZE {
            self.bufferedwriter_raw_write();
            0
        } else {
            len
        };
        self.stdio[i].buffered = remaining;
    }

    /// Modules/_io/bufferedio.c: buffered_flush — the buffer goes to the raw file.
    fn buffered_flush(&mut self, stream: Stdio) {
        let i = stream as usize;
        if self.stdio[i].buffered > 0 {
            self.bufferedwriter_raw_write();
            self.stdio[i].buffered = 0;
        }
    }

    /// Modules/_io/bufferedio.c: _bufferedwriter_raw_write — `PyMemoryView_FromBuffer`
    /// allocates a managed buffer and a memoryview (two GC allocations, either of which may
    /// start a collection), freed when the raw write returns.
    fn bufferedwriter_raw_write(&mut self) {
        for _ in 0..2 {
            if self.gc.on_gc_alloc(None) {
                self.collect_automatic();
            }
        }
        for _ in 0..2 {
            self.gc.on_gc_dealloc(None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pending_len(vm: &Vm) -> Option<usize> {
        let p = vm.stdio[0].pending?;
        Some(match vm.heap.payload(p) {
            Payload::List(l) => l.items.len(),
            _ => 1,
        })
    }

    #[test]
    fn second_write_makes_a_list_and_a_chunk_flushes_it() {
        let mut vm = Vm::new();
        let count = vm.gc.counts[0];
        let lists = vm.gc.free_lists.lists;
        let a = vm.new_str("ab");
        vm.textiowrapper_write(Stdio::Stdout, a);
        assert_eq!((pending_len(&vm), vm.heap.refcount(a)), (Some(1), 2));
        vm.textiowrapper_write(Stdio::Stdout, a);
        assert_eq!(pending_len(&vm), Some(2));
        // The list came from the free list when one was waiting there.
        assert_eq!(vm.gc.counts[0], count + u64::from(lists == 0));
        // A chunk flushes what waits, then itself.
        let big = vm.new_str(&"x".repeat(CHUNK_SIZE));
        vm.textiowrapper_write(Stdio::Stdout, big);
        assert_eq!((pending_len(&vm), vm.heap.refcount(a)), (None, 1));
        vm.textiowrapper_write(Stdio::Stdout, a);
        vm.textiowrapper_flush(Stdio::Stdout);
        assert_eq!((pending_len(&vm), vm.heap.refcount(a)), (None, 1));
        vm.decref(a);
        vm.decref(big);
    }

    #[test]
    fn stderr_flushes_at_each_line() {
        let mut vm = Vm::new();
        let a = vm.new_str("oops\n");
        vm.textiowrapper_write(Stdio::Stderr, a);
        assert_eq!(vm.stdio[1].pending, None);
        assert_eq!(vm.heap.refcount(a), 1);
        vm.decref(a);
    }
}
