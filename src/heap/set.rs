//! CPython's open-addressing set table (Objects/setobject.c): linear probes of 9 then
//! `perturb`, a built-in 8-slot small table, growth by `used * 4`. Iteration walks the table,
//! so the printed order of a set is CPython's. As with dicts, key comparison is the VM's job:
//! the table yields candidates whose hash matches.

use super::ObjId;

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// `PySet_MINSIZE`.
pub const MINSIZE: usize = 8;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Slot {
    Unused,
    Dummy,
    Active { hash: i64, key: ObjId },
}

#[derive(Clone, Debug)]
pub struct SetObj {
    table: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    used: usize,
    /// Where `set.pop()` starts looking (`so->finger`); masked with the table size.
    pub finger: usize,
}

impl Default for SetObj {
    fn default() -> Self {
        SetObj::new()
    }
}

impl SetObj {
    pub fn new() -> SetObj {
        SetObj {
            table: vec![Slot::Unused; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Number of slots in the table (`mask + 1`).
    pub fn table_size(&self) -> usize {
        self.table.len()
    }

    /// Active keys in table order.
    pub fn iter(&self) -> impl Iterator<Item = (usize, i64, ObjId)> + '_ {
        self.table.iter().enumerate().filter_map(|(i, s)| match s {
            Slot::Active { hash, key } => Some((i, *hash, *key)),
            _ => None,
        })
    }

    /// The active key at table position `index`, if any.
    pub fn at(&self, index: usize) -> Option<(i64, ObjId)> {
        match self.table.get(index) {
            Some(Slot::Active { hash, key }) => Some((*hash, *key)),
            _ => None,
        }
    }

    fn probe_order(&self, hash: i64) -> ProbeIter {
        ProbeIter {
            mask: self.table.len() - 1,
            i: (hash as u64 as usize) & (self.table.len() - 1),
            perturb: hash as u64,
            linear_left: None,
            offset: 0,
        }
    }

    /// Slots holding a key with this hash, in probe order (`set_lookkey`).
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        for i in self.probe_order(hash) {
            match self.table[i] {
                Slot::Unused => break,
                Slot::Active { hash: h, .. } if h == hash => out.push(i),
                _ => {}
            }
        }
        out
    }

    /// Adds a key known to be absent (the tail of `set_add_entry`).
    pub fn insert_new(&mut self, hash: i64, key: ObjId) {
        // 3.11 remembers the last dummy on the probe path and reuses it (`freeslot`).
        let mut slot = None;
        let mut freeslot = None;
        for i in self.probe_order(hash) {
            match self.table[i] {
                Slot::Unused => {
                    slot = Some(i);
                    break;
                }
                Slot::Dummy => freeslot = Some(i),
                Slot::Active { .. } => {}
            }
        }
        if let Some(f) = freeslot {
            self.table[f] = Slot::Active { hash, key };
            self.used += 1;
            return;
        }
        let i = slot.expect("a set table always has a free slot");
        self.table[i] = Slot::Active { hash, key };
        self.fill += 1;
        self.used += 1;
        let mask = self.table.len() - 1;
        if self.fill * 5 >= mask * 3 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }

    /// Removes the key in slot `index` (`set_discard_entry`), returning it.
    pub fn remove_at(&mut self, index: usize) -> ObjId {
        match std::mem::replace(&mut self.table[index], Slot::Dummy) {
            Slot::Active { key, .. } => {
                self.used -= 1;
                key
            }
            _ => unreachable!("remove_at on an inactive slot"),
        }
    }

    /// Removes everything (`set_clear_internal`), returning the keys in table order.
    pub fn take_all(&mut self) -> Vec<ObjId> {
        let keys = self.iter().map(|(_, _, k)| k).collect();
        let finger = self.finger;
        *self = SetObj::new();
        self.finger = finger;
        keys
    }

    /// Active plus dummy slots (`fill`).
    pub fn fill(&self) -> usize {
        self.fill
    }

    /// `set_table_resize`.
    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Unused; newsize]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Active { hash, key } = slot {
                self.insert_clean(hash, key);
            }
        }
    }

    /// `set_insert_clean`: insertion into a table with no dummies and no equal key.
    fn insert_clean(&mut self, hash: i64, key: ObjId) {
        let mask = self.table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if self.table[i] == Slot::Unused {
                self.table[i] = Slot::Active { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if self.table[i + j] == Slot::Unused {
                        self.table[i + j] = Slot::Active { hash, key };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    pub fn for_each_ref(&self, mut f: impl FnMut(ObjId)) {
        for (_, _, k) in self.iter() {
            f(k);
        }
    }
}

/// The slot sequence `set_lookkey` visits: from a base slot, up to 9 linear probes when they fit
/// in the table, then a perturbed jump from the base.
struct ProbeIter {
    mask: usize,
    i: usize,
    perturb: u64,
    /// Linear probes left after the current one; None before the first slot of a base.
    linear_left: Option<usize>,
    offset: usize,
}

impl Iterator for ProbeIter {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        match self.linear_left {
            Some(n) if n > 0 => {
                self.linear_left = Some(n - 1);
                self.offset += 1;
                return Some(self.i + self.offset);
            }
            Some(_) => {
                self.perturb >>= PERTURB_SHIFT;
                self.i = (self
                    .i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(self.perturb as usize))
                    & self.mask;
            }
            None => {}
        }
        self.offset = 0;
        self.linear_left = Some(if self.i + LINEAR_PROBES <= self.mask {
            LINEAR_PROBES
        } else {
            0
        });
        Some(self.i)
    }
}
