//! The compact, insertion-ordered dict of CPython 3.11 (Objects/dictobject.c): an index table
//! of 2^n slots probed with `perturb`, and a dense entry array that keeps insertion order.
//! Key comparison can run Python code (`__eq__`), so lookups are split: the table yields the
//! candidate entries whose hash matches, in probe order, and the VM compares them.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use super::ObjId;

const DKIX_EMPTY: i32 = -1;
const DKIX_DUMMY: i32 = -2;
const PERTURB_SHIFT: u32 = 5;
/// `PyDict_LOG_MINSIZE`.
pub const LOG_MINSIZE: u8 = 3;

/// The outcome of [`DictObj::probe`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Probe {
    Found(usize),
    Absent,
    /// A candidate needs Python-level `__eq__`.
    NeedsEq,
}

#[derive(Clone, Copy, Debug)]
pub struct DictEntry {
    pub hash: i64,
    pub key: ObjId,
    pub value: ObjId,
}

/// `SHARED_KEYS_MAX_SIZE`: a class's shared keys hold at most 30 attribute names.
pub const SHARED_KEYS_MAX_SIZE: usize = 30;
/// `NEXT_LOG2_SHARED_KEYS_MAX_SIZE`: the shared keys table has 64 slots.
const LOG2_SHARED_KEYS_SIZE: u8 = 6;

/// A class's `ht_cached_keys` (`DICT_KEYS_SPLIT`): the attribute names its instances share,
/// in the order they were first stored. Split instance dicts hold the same keys.
#[derive(Debug)]
pub struct SharedKeys {
    pub names: Vec<Rc<str>>,
    /// `dk_usable`: names that can still be added.
    pub usable: usize,
}

pub type SharedKeysRef = Rc<RefCell<SharedKeys>>;

impl SharedKeys {
    /// `_PyDict_NewKeysForClass`.
    pub fn new_for_class() -> SharedKeysRef {
        Rc::new(RefCell::new(SharedKeys {
            names: Vec::new(),
            usable: SHARED_KEYS_MAX_SIZE,
        }))
    }

    /// `shared_keys_usable_size`: the length of a values array made now.
    pub fn usable_size(&self) -> usize {
        self.names.len() + self.usable
    }

    /// `insert_into_dictkeys`: whether `name` is (now) one of the shared keys.
    pub fn insert(&mut self, name: &str) -> bool {
        if self.names.iter().any(|n| &**n == name) {
            return true;
        }
        if self.usable == 0 {
            return false;
        }
        self.names.push(Rc::from(name));
        self.usable -= 1;
        true
    }

    /// `USABLE_FRACTION(DK_SIZE(keys))` of the shared keys object.
    pub fn table_capacity() -> usize {
        usable_fraction(1 << LOG2_SHARED_KEYS_SIZE)
    }

    /// `_PyDict_KeysSize` of the shared keys object.
    pub fn keys_size() -> u64 {
        let size = 1u64 << LOG2_SHARED_KEYS_SIZE;
        32 + size + usable_fraction(size as usize) as u64 * 16
    }
}

#[derive(Clone, Debug, Default)]
pub struct DictObj {
    /// A split table (an instance dict sharing its class's keys): the keys object. The
    /// index table and entries below still hold this dict's own items, in insertion order.
    pub split: Option<SharedKeysRef>,
    /// Index table; empty while the dict uses the shared empty keys object.
    indices: Vec<i32>,
    /// Dense entries in insertion order; `None` marks a deleted entry.
    entries: Vec<Option<DictEntry>>,
    /// Entries still insertable before a resize (`dk_usable`).
    usable: usize,
    /// Live entries (`ma_used`).
    used: usize,
    /// All keys so far are exact `str` (a "unicode" keys table: 16-byte entries).
    pub unicode_keys: bool,
    /// Bumped on every insertion or deletion (to detect mutation during iteration).
    pub version: u64,
    /// A type attribute lookup read this dict (a class namespace): any change to it must
    /// invalidate the VM's type attribute cache (CPython's type version tags, dict watchers).
    watched: Cell<bool>,
    /// `ma_version_tag`: taken from a process-wide counter at every change of keys or values,
    /// so equal revisions of one dict object mean equal contents (the `LOAD_GLOBAL` cache).
    revision: u64,
}

/// Changes to dicts so far, process-wide (`pydict_global_version`).
static REVISIONS: AtomicU64 = AtomicU64::new(0);

/// Changes to watched dicts so far, process-wide: type attribute cache entries remember the
/// value current when they were filled and are valid only while it stays the same.
static WATCHED_EPOCH: AtomicU64 = AtomicU64::new(0);

/// The current epoch of watched dicts (see [`DictObj::watch`]).
pub fn watched_epoch() -> u64 {
    WATCHED_EPOCH.load(Ordering::Relaxed)
}

/// `USABLE_FRACTION`.
fn usable_fraction(size: usize) -> usize {
    (size << 1) / 3
}

/// `calculate_log2_keysize` as 3.11 computes it on 64-bit Linux:
/// `bit_length(((minsize | 8) - 1) | 7)` (so 1..7 give 16 slots, and 16 gives 32).
pub fn calculate_log2_keysize(minsize: usize) -> u8 {
    let m = ((minsize | (1 << LOG_MINSIZE)) - 1) | ((1 << LOG_MINSIZE) - 1);
    (usize::BITS - m.leading_zeros()) as u8
}

/// `estimate_log2_keysize`: room for `n` items without a resize.
pub fn estimate_log2_keysize(n: usize) -> u8 {
    calculate_log2_keysize((n * 3).div_ceil(2))
}

impl DictObj {
    pub fn new() -> DictObj {
        DictObj {
            unicode_keys: true,
            ..DictObj::default()
        }
    }

    /// `dict_new_presized`: a dict that can hold `n` items without resizing, its table of
    /// the kind the keys need (`_PyDict_FromItems` checks them all first).
    pub fn with_capacity(n: usize, unicode_keys: bool) -> DictObj {
        let mut d = DictObj::new();
        if n > usable_fraction(1 << LOG_MINSIZE) {
            d.resize_to(estimate_log2_keysize(n));
            d.unicode_keys = unicode_keys;
        }
        d
    }

    /// Marks the dict as read by a cached type attribute lookup.
    pub fn watch(&self) {
        self.watched.set(true);
    }

    /// The revision of the contents (0 for a dict never changed).
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Called before every change of keys or values.
    fn changing(&mut self) {
        self.revision = REVISIONS.fetch_add(1, Ordering::Relaxed) + 1;
        if self.watched.get() {
            WATCHED_EPOCH.fetch_add(1, Ordering::Relaxed);
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    /// An empty dict whose keys table has 2^log2 slots (`dictresize` of an empty dict).
    pub fn with_log2_size(log2: u8, unicode_keys: bool) -> DictObj {
        let mut d = DictObj::new();
        d.resize_to(log2);
        d.unicode_keys = unicode_keys;
        d
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// log2 of the index table size, or None for the shared empty keys.
    pub fn log2_size(&self) -> Option<u8> {
        if self.indices.is_empty() {
            None
        } else {
            Some(self.indices.len().trailing_zeros() as u8)
        }
    }

    /// Entry capacity of the keys object (`USABLE_FRACTION(size)`).
    pub fn entry_capacity(&self) -> usize {
        usable_fraction(self.indices.len())
    }

    /// Entries in insertion order (skipping deleted ones), with their entry indexes.
    pub fn iter(&self) -> impl Iterator<Item = (usize, &DictEntry)> {
        self.entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.as_ref().map(|e| (i, e)))
    }

    pub fn entry(&self, index: usize) -> Option<&DictEntry> {
        self.entries.get(index).and_then(|e| e.as_ref())
    }

    /// Number of entry slots (live and deleted), for positional iteration.
    pub fn entries_len(&self) -> usize {
        self.entries.len()
    }

    /// Entries whose hash equals `hash`, in probe order: the VM compares keys against them.
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        if self.indices.is_empty() {
            return out;
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == DKIX_EMPTY {
                return out;
            }
            if ix >= 0 {
                if let Some(e) = &self.entries[ix as usize] {
                    if e.hash == hash {
                        out.push(ix as usize);
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// Walks the probe sequence of `hash`, calling `matches(key)` for each entry with that
    /// hash: `Some(true)` ends with [`Probe::Found`], `Some(false)` skips the entry, `None`
    /// gives up with [`Probe::NeedsEq`] (the caller must compare with Python-level equality).
    /// Allocates nothing.
    pub fn probe(&self, hash: i64, mut matches: impl FnMut(ObjId) -> Option<bool>) -> Probe {
        if self.indices.is_empty() {
            return Probe::Absent;
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == DKIX_EMPTY {
                return Probe::Absent;
            }
            if ix >= 0 {
                if let Some(e) = &self.entries[ix as usize] {
                    if e.hash == hash {
                        match matches(e.key) {
                            Some(true) => return Probe::Found(ix as usize),
                            Some(false) => {}
                            None => return Probe::NeedsEq,
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// Appends a key known to be absent (`insertdict` after a failed lookup).
    pub fn insert_new(&mut self, hash: i64, key: ObjId, value: ObjId, key_is_str: bool) {
        self.changing();
        if !key_is_str && self.unicode_keys && !self.indices.is_empty() {
            // insertdict: a unicode-keys table is rebuilt as a general one first.
            self.resize_to(calculate_log2_keysize(self.used * 3));
        }
        if self.usable == 0 {
            // insertion_resize: GROWTH_RATE(d) = used * 3
            self.resize_to(calculate_log2_keysize(self.used * 3));
        }
        if !key_is_str {
            self.unicode_keys = false;
        }
        let slot = self.find_empty_slot(hash);
        self.indices[slot] = self.entries.len() as i32;
        self.entries.push(Some(DictEntry { hash, key, value }));
        self.usable -= 1;
        self.used += 1;
        self.version += 1;
    }

    /// Replaces the value of an existing entry, returning the old value.
    pub fn replace_value(&mut self, index: usize, value: ObjId) -> ObjId {
        self.changing();
        let e = self.entries[index].as_mut().expect("live dict entry");
        std::mem::replace(&mut e.value, value)
    }

    /// Deletes an entry (`delitem_common`), returning it.
    pub fn remove(&mut self, index: usize) -> DictEntry {
        self.changing();
        let entry = self.entries[index].take().expect("live dict entry");
        let mask = self.indices.len() - 1;
        let mut perturb = entry.hash as u64;
        let mut i = (entry.hash as u64 as usize) & mask;
        while self.indices[i] != index as i32 {
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        self.indices[i] = DKIX_DUMMY;
        self.used -= 1;
        self.version += 1;
        entry
    }

    /// `dictresize` of a split table into a combined one (`insertion_resize`), before a key
    /// the shared keys cannot take is inserted.
    pub fn unshare(&mut self) {
        if self.split.take().is_some() {
            self.resize_to(calculate_log2_keysize(self.used * 3));
        }
    }

    /// Removes everything, returning the entries (`dict.clear()` goes back to empty keys).
    pub fn take_all(&mut self) -> Vec<DictEntry> {
        self.changing();
        self.split = None;
        let out = self.entries.drain(..).flatten().collect();
        self.indices.clear();
        self.usable = 0;
        self.used = 0;
        self.unicode_keys = true;
        self.version += 1;
        out
    }

    /// Removes and returns the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<DictEntry> {
        let index = self.entries.iter().rposition(|e| e.is_some())?;
        let entry = self.remove(index);
        // popitem also shrinks nentries; `dk_usable` stays (the index slot is a dummy now).
        self.entries.truncate(index);
        Some(entry)
    }

    fn find_empty_slot(&self, hash: i64) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] >= 0 {
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        i
    }

    /// `dictresize`: a fresh index table of 2^log2 slots, entries compacted.
    pub fn resize_to(&mut self, log2: u8) {
        let size = 1usize << log2;
        let old: Vec<DictEntry> = self.entries.drain(..).flatten().collect();
        self.indices = vec![DKIX_EMPTY; size];
        self.usable = usable_fraction(size) - old.len();
        for e in old {
            let slot = self.find_empty_slot(e.hash);
            self.indices[slot] = self.entries.len() as i32;
            self.entries.push(Some(e));
        }
    }

    /// All keys and values, for traversal.
    pub fn for_each_ref(&self, mut f: impl FnMut(ObjId)) {
        for e in self.entries.iter().flatten() {
            f(e.key);
            f(e.value);
        }
    }
}
