//! Placement of frames and objects, remembered across steps.

use std::collections::{HashMap, VecDeque};

use super::collection::{marks, summary, PhaseShown};
use super::{
    clip, is_simple, object_height, rows_top, Edge, FrameBox, ObjectBox, Row, View, COLUMN_GAP,
    FRAME_HEADER_H, FRAME_W, MAX_DEPTH, MAX_OBJECTS, MAX_PER_COLUMN, MAX_ROWS, OBJECT_HEADER_H,
    OBJECT_W, PAD, ROW_H, V_GAP,
};
use crate::trace::{ObjectSnap, Snapshot};

/// Where an object was placed: kept for the whole session so it never jumps.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Slot {
    column: u32,
    /// Place in the column's top-to-bottom order (global placement counter).
    order: u64,
    /// Last top edge used; an object only ever moves down, when something above it grows.
    y: i32,
}

/// A column of objects at one distance from the frames. Columns are only ever appended on the
/// right, so a new one never moves the others.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Column {
    depth: u32,
    /// Objects ever placed here; past [`MAX_PER_COLUMN`] the depth continues in a new column.
    placed: u32,
}

/// The layout memory of one session: build a [`View`] for each snapshot with [`Layout::view`].
#[derive(Debug, Default, Clone)]
pub struct Layout {
    slots: HashMap<u64, Slot>,
    columns: Vec<Column>,
    next_order: u64,
}

impl Layout {
    pub fn new() -> Layout {
        Layout::default()
    }

    /// Forgets every placement (a new program was loaded).
    pub fn clear(&mut self) {
        self.slots.clear();
        self.columns.clear();
        self.next_order = 0;
    }

    /// Lays out `snap`, placing objects seen for the first time and keeping the others where they were.
    pub fn view(&mut self, snap: &Snapshot) -> View {
        let index: HashMap<u64, usize> = snap
            .objects
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id, i))
            .collect();

        let drawn = drawn_order(snap, &index);
        for &(i, depth) in &drawn {
            let id = snap.objects[i].id;
            if !self.slots.contains_key(&id) {
                let column = self.column_for(depth.min(MAX_DEPTH));
                self.slots.insert(
                    id,
                    Slot {
                        column,
                        order: self.next_order,
                        y: PAD,
                    },
                );
                self.next_order += 1;
            }
        }

        // Drawn objects in snapshot order; `boxes` finds an object's box by id.
        let mut shown: Vec<usize> = drawn.iter().map(|&(i, _)| i).collect();
        shown.sort_unstable();
        let mut objects: Vec<ObjectBox> = shown
            .iter()
            .map(|&i| {
                let o = &snap.objects[i];
                object_box(o, &self.slots[&o.id], snap, &index)
            })
            .collect();
        let boxes: HashMap<u64, usize> = shown
            .iter()
            .enumerate()
            .map(|(b, &i)| (snap.objects[i].id, b))
            .collect();

        // Stack each column in its remembered order, never above the remembered top edge.
        let mut by_column: Vec<Vec<usize>> = vec![Vec::new(); self.columns.len()];
        for (i, b) in objects.iter().enumerate() {
            by_column[b.column as usize].push(i);
        }
        for column in &mut by_column {
            column.sort_by_key(|&b| self.slots[&snap.objects[shown[b]].id].order);
            let mut bottom = PAD - V_GAP;
            for &i in column.iter() {
                let slot = self
                    .slots
                    .get_mut(&snap.objects[shown[i]].id)
                    .expect("placed above");
                let y = slot.y.max(bottom + V_GAP);
                slot.y = y;
                objects[i].y = y;
                bottom = y + objects[i].h;
            }
        }

        // An original that is not drawn (freed, or collapsed away) is not pointed at.
        for o in objects.iter_mut() {
            let drawn = o.original.as_ref().and_then(|id| id.parse::<u64>().ok());
            if !drawn.is_some_and(|id| boxes.contains_key(&id)) {
                o.original = None;
            }
        }
        let frames = frame_boxes(snap, &index);
        let edges = edges(&frames, &objects, &boxes);
        let width = objects
            .iter()
            .map(|o| o.x + o.w)
            .chain(frames.iter().map(|f| f.x + f.w))
            .max()
            .unwrap_or(0)
            + PAD;
        let height = objects
            .iter()
            .map(|o| o.y + o.h)
            .chain(frames.iter().map(|f| f.y + f.h))
            .max()
            .unwrap_or(0)
            + PAD;

        View {
            step: snap.step,
            line: snap.line,
            event: snap.event.clone(),
            stdout: snap.stdout.clone(),
            stderr: snap.stderr.clone(),
            gc_count: snap.gc_count,
            width,
            height,
            hidden_objects: snap.objects.len() - objects.len(),
            frames,
            objects,
            edges,
            collections: snap.collections.iter().map(summary).collect(),
            phase: None,
            clock: None,
        }
    }

    /// The heap as collection `collection` of `snap`'s step found it, each object it examined
    /// marked with what phase `index` made of it; None when there is no such phase.
    pub fn phase_view(&mut self, snap: &Snapshot, collection: usize, index: usize) -> Option<View> {
        let c = snap.collections.get(collection)?;
        let phase = c.phases.get(index)?;
        let marks = marks(c, index);
        let mut view = self.view(&c.before);
        for o in view.objects.iter_mut() {
            o.gc =
                o.id.parse()
                    .ok()
                    .and_then(|id: u64| marks.get(&id))
                    .cloned();
        }
        view.step = snap.step;
        view.line = snap.line;
        view.stdout = snap.stdout.clone();
        view.stderr = snap.stderr.clone();
        view.collections = snap.collections.iter().map(summary).collect();
        view.phase = Some(PhaseShown {
            collection,
            index,
            name: phase.phase,
            generation: c.generation,
        });
        Some(view)
    }
}

impl Layout {
    /// The column for a new object at `depth`: the newest column of that depth with room, else a
    /// new one on the right.
    fn column_for(&mut self, depth: u32) -> u32 {
        let found = self.columns.iter().rposition(|c| c.depth == depth);
        let index = match found {
            Some(i) if self.columns[i].placed < MAX_PER_COLUMN => i,
            _ => {
                self.columns.push(Column { depth, placed: 0 });
                self.columns.len() - 1
            }
        };
        self.columns[index].placed += 1;
        index as u32
    }
}

/// The objects to draw, in placement order, with their depth (1 = named directly): a breadth-first
/// search from all the frames' names at once (module first) through the references shown as rows,
/// then one from each tracked object no name reaches at all (cycles awaiting the collector). Objects
/// reachable only through the "+K more" of a collapsed container are not drawn, and at most
/// [`MAX_OBJECTS`] are.
fn drawn_order(snap: &Snapshot, index: &HashMap<u64, usize>) -> Vec<(usize, u32)> {
    let n = snap.objects.len();
    let targets = |i: usize| {
        snap.objects[i]
            .fields
            .iter()
            .filter_map(|f| index.get(&f.target).copied())
    };
    let names: Vec<usize> = snap
        .frames
        .iter()
        .flat_map(|f| f.vars.iter().filter_map(|v| index.get(&v.target).copied()))
        .collect();

    // Everything the names reach through any reference, shown or collapsed.
    let mut named = vec![false; n];
    let mut stack = names.clone();
    for &i in &names {
        named[i] = true;
    }
    while let Some(i) = stack.pop() {
        for j in targets(i) {
            if !named[j] {
                named[j] = true;
                stack.push(j);
            }
        }
    }

    let mut depth = vec![0u32; n];
    let mut order = Vec::new();
    let mut queue = VecDeque::new();
    let mut search = |roots: &[usize], depth: &mut Vec<u32>| {
        for &root in roots {
            if depth[root] == 0 {
                depth[root] = 1;
                queue.push_back(root);
            }
        }
        while let Some(i) = queue.pop_front() {
            if order.len() == MAX_OBJECTS {
                queue.clear();
                return;
            }
            order.push((i, depth[i]));
            for f in snap.objects[i].fields.iter().take(MAX_ROWS) {
                if let Some(&j) = index.get(&f.target) {
                    if depth[j] == 0 {
                        depth[j] = depth[i] + 1;
                        queue.push_back(j);
                    }
                }
            }
        }
    };
    search(&names, &mut depth);
    // Of the rest, only what the collector tracks can be garbage worth seeing (a cycle awaiting
    // collection); an untracked object no name reaches is held by something not drawn.
    for (i, _) in named.iter().enumerate().filter(|(_, &reached)| !reached) {
        if snap.objects[i].generation.is_some() {
            search(&[i], &mut depth);
        }
    }
    order
}

fn row(label: &str, target: u64, weak: bool, snap: &Snapshot, index: &HashMap<u64, usize>) -> Row {
    let value = index
        .get(&target)
        .map(|&i| &snap.objects[i])
        .filter(|o| is_simple(&o.type_name))
        .map(|o| clip(&o.repr))
        .unwrap_or_default();
    Row {
        label: clip(label),
        target: target.to_string(),
        value,
        weak,
        share: None,
    }
}

fn object_box(
    o: &ObjectSnap,
    slot: &Slot,
    snap: &Snapshot,
    index: &HashMap<u64, usize>,
) -> ObjectBox {
    let rows: Vec<Row> = o
        .fields
        .iter()
        .take(MAX_ROWS)
        .map(|f| row(&f.label, f.target, f.weak, snap, index))
        .collect();
    let rows = share_rows(o, rows, snap, index);
    let hidden = o.fields.len().saturating_sub(MAX_ROWS);
    let shown_rows = rows.len() + usize::from(hidden > 0);
    ObjectBox {
        id: o.id.to_string(),
        address: format!("{:#x}", o.id),
        type_name: o.type_name.clone(),
        refcount: o.refcount,
        generation: o.generation,
        size: o.size,
        // The generic "<T object at 0x...>" says nothing the header does not.
        repr: if o.repr == format!("<{} object at {:#x}>", o.type_name, o.id) {
            String::new()
        } else {
            clip(&o.repr)
        },
        column: slot.column,
        x: PAD + FRAME_W + COLUMN_GAP + slot.column as i32 * (OBJECT_W + COLUMN_GAP),
        y: slot.y,
        w: OBJECT_W,
        h: object_height(shown_rows, o.copied_from.is_some()),
        rows_top: rows_top(o.copied_from.is_some()),
        rows,
        hidden,
        copied_from: o.copied_from.map(|c| format!("{c:#x}")),
        original: o.copied_from.map(|c| c.to_string()),
        gc: None,
    }
}

/// Marks the rows of a copy that refer to what its original refers to ("shared") or to a copy
/// of it ("copied").
fn share_rows(
    o: &ObjectSnap,
    mut rows: Vec<Row>,
    snap: &Snapshot,
    index: &HashMap<u64, usize>,
) -> Vec<Row> {
    let Some(original) = o.copied_from.and_then(|c| index.get(&c)) else {
        return rows;
    };
    let held: std::collections::HashSet<u64> = snap.objects[*original]
        .fields
        .iter()
        .map(|f| f.target)
        .collect();
    for (row, field) in rows.iter_mut().zip(&o.fields) {
        row.share = if held.contains(&field.target) {
            Some("shared")
        } else if index
            .get(&field.target)
            .and_then(|&i| snap.objects[i].copied_from)
            .is_some_and(|c| held.contains(&c))
        {
            Some("copied")
        } else {
            None
        };
    }
    rows
}

fn frame_boxes(snap: &Snapshot, index: &HashMap<u64, usize>) -> Vec<FrameBox> {
    let mut y = PAD;
    snap.frames
        .iter()
        .map(|f| {
            let vars: Vec<Row> = f
                .vars
                .iter()
                .map(|v| row(&v.name, v.target, false, snap, index))
                .collect();
            let top = FRAME_HEADER_H + if f.thread.is_some() { ROW_H } else { 0 };
            let h = top + ROW_H * vars.len() as i32 + 6;
            let frame = FrameBox {
                name: f.name.clone(),
                line: f.line,
                x: PAD,
                y,
                w: FRAME_W,
                h,
                rows_top: top,
                vars,
                thread: f.thread.clone(),
            };
            y += h + V_GAP;
            frame
        })
        .collect()
}

/// Vertical centre of row `i` inside a box whose rows start at `top`.
fn row_centre(top: i32, i: usize) -> i32 {
    top + ROW_H * i as i32 + ROW_H / 2
}

fn edges(frames: &[FrameBox], objects: &[ObjectBox], boxes: &HashMap<u64, usize>) -> Vec<Edge> {
    let arrow = |from: &str, x1: i32, y1: i32, r: &Row| -> Option<Edge> {
        let to = &objects[*boxes.get(&r.target.parse::<u64>().ok()?)?];
        Some(Edge {
            from: from.to_string(),
            to: r.target.clone(),
            weak: r.weak,
            value: is_simple(&to.type_name),
            x1,
            y1,
            x2: to.x,
            y2: to.y + OBJECT_HEADER_H / 2,
        })
    };
    let from_frames = frames.iter().flat_map(|f| {
        f.vars
            .iter()
            .enumerate()
            .filter_map(move |(i, r)| arrow("", f.x + f.w, row_centre(f.y + f.rows_top, i), r))
    });
    let from_objects = objects.iter().flat_map(|o| {
        o.rows
            .iter()
            .enumerate()
            .filter_map(move |(i, r)| arrow(&o.id, o.x + o.w, row_centre(o.y + o.rows_top, i), r))
    });
    from_frames.chain(from_objects).collect()
}
