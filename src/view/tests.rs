use super::*;
use crate::trace::{FieldSnap, FrameSnap, ObjectSnap, Snapshot, VarSnap};

fn obj(id: u64, type_name: &str, repr: &str, fields: &[(&str, u64, bool)]) -> ObjectSnap {
    ObjectSnap {
        id,
        type_name: type_name.to_string(),
        refcount: 1,
        generation: if fields.is_empty() { None } else { Some(0) },
        repr: repr.to_string(),
        size: 56,
        fields: fields
            .iter()
            .map(|&(label, target, weak)| FieldSnap {
                label: label.to_string(),
                target,
                weak,
            })
            .collect(),
        copied_from: None,
    }
}

fn frame(name: &str, vars: &[(&str, u64)]) -> FrameSnap {
    FrameSnap {
        name: name.to_string(),
        line: 1,
        vars: vars
            .iter()
            .map(|&(name, target)| VarSnap {
                name: name.to_string(),
                target,
            })
            .collect(),
        thread: None,
    }
}

fn snap(step: u64, frames: Vec<FrameSnap>, objects: Vec<ObjectSnap>) -> Snapshot {
    Snapshot {
        step,
        line: Some(1),
        event: "line".to_string(),
        frames,
        objects,
        stdout: String::new(),
        stderr: String::new(),
        gc_count: [0, 0, 0],
        collections: Vec::new(),
    }
}

fn find(view: &View, id: u64) -> &ObjectBox {
    let id = id.to_string();
    view.objects
        .iter()
        .find(|o| o.id == id)
        .expect("object in view")
}

fn overlaps(a: &ObjectBox, b: &ObjectBox) -> bool {
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

// x = [1, 2]; the list is named, its items are one step further.
fn list_snapshot(step: u64) -> Snapshot {
    snap(
        step,
        vec![frame("<module>", &[("x", 100)])],
        vec![
            obj(1, "int", "1", &[]),
            obj(2, "int", "2", &[]),
            obj(100, "list", "[1, 2]", &[("0", 1, false), ("1", 2, false)]),
        ],
    )
}

#[test]
fn columns_follow_distance_from_names() {
    let view = Layout::new().view(&list_snapshot(0));
    assert_eq!(find(&view, 100).column, 0);
    assert_eq!(find(&view, 1).column, 1);
    assert_eq!(find(&view, 2).column, 1);
    assert!(find(&view, 1).x > find(&view, 100).x);
    assert!(
        find(&view, 100).x >= FRAME_W + PAD,
        "objects are right of the frames"
    );
    // Items in field order, top to bottom.
    assert!(find(&view, 1).y < find(&view, 2).y);
}

#[test]
fn edges_run_from_names_and_fields_to_objects() {
    let view = Layout::new().view(&list_snapshot(0));
    let frame = &view.frames[0];
    assert_eq!(frame.name, "<module>");
    assert_eq!(frame.vars[0].label, "x");
    assert_eq!(view.edges.len(), 3);
    let var_edge = view.edges.iter().find(|e| e.from.is_empty()).unwrap();
    assert_eq!(var_edge.to, "100");
    assert_eq!(var_edge.x1, frame.x + frame.w);
    let list = find(&view, 100);
    assert_eq!(
        (var_edge.x2, var_edge.y2),
        (list.x, list.y + OBJECT_HEADER_H / 2)
    );
    let item_edges: Vec<_> = view.edges.iter().filter(|e| e.from == "100").collect();
    assert_eq!(item_edges.len(), 2);
    assert!(item_edges.iter().all(|e| e.x1 == list.x + list.w));
    // Each starts at the middle of its row.
    assert_eq!(item_edges[0].y1, list.y + list.rows_top + ROW_H / 2);
    assert_eq!(item_edges[1].y1, list.y + list.rows_top + ROW_H + ROW_H / 2);
    // Rows carry the simple values they point at.
    assert_eq!(list.rows[0].value, "1");
    assert_eq!(frame.vars[0].value, "", "a list is not shown inline");
}

#[test]
fn objects_keep_their_place_between_steps() {
    let mut layout = Layout::new();
    let first = layout.view(&list_snapshot(0));
    // Next step: a new name y = "hello" bound *before* x in the frame, and a new object.
    let mut next = list_snapshot(1);
    next.frames[0].vars.insert(
        0,
        VarSnap {
            name: "y".into(),
            target: 7,
        },
    );
    next.objects.insert(0, obj(7, "str", "'hello'", &[]));
    let second = layout.view(&next);
    for id in [1, 2, 100] {
        let (a, b) = (find(&first, id), find(&second, id));
        assert_eq!((a.x, a.y), (b.x, b.y), "object {id} moved");
    }
    // The newcomer goes below the list in the first column.
    assert_eq!(find(&second, 7).column, 0);
    assert!(find(&second, 7).y > find(&second, 100).y);
    // Going back shows the first picture again.
    assert_eq!(layout.view(&list_snapshot(0)), first);
}

#[test]
fn freed_objects_leave_others_in_place() {
    let mut layout = Layout::new();
    let both = snap(
        0,
        vec![frame("<module>", &[("a", 10), ("b", 20)])],
        vec![obj(10, "list", "[]", &[]), obj(20, "list", "[]", &[])],
    );
    let before = layout.view(&both);
    let only_b = snap(
        1,
        vec![frame("<module>", &[("b", 20)])],
        vec![obj(20, "list", "[]", &[])],
    );
    let after = layout.view(&only_b);
    assert_eq!(find(&before, 20).y, find(&after, 20).y);
}

#[test]
fn growing_object_pushes_later_ones_down_without_overlap() {
    let mut layout = Layout::new();
    let small = snap(
        0,
        vec![frame("<module>", &[("a", 10), ("b", 20)])],
        vec![obj(10, "list", "[]", &[]), obj(20, "list", "[]", &[])],
    );
    let v0 = layout.view(&small);
    let mut big = small.clone();
    big.objects[0] = obj(
        10,
        "list",
        "[b, b, b]",
        &[("0", 20, false), ("1", 20, false), ("2", 20, false)],
    );
    let v1 = layout.view(&big);
    assert_eq!(find(&v0, 10).y, find(&v1, 10).y);
    assert!(find(&v1, 20).y > find(&v0, 20).y);
    assert!(!overlaps(find(&v1, 10), find(&v1, 20)));
    // It stays down when the list shrinks again: objects never jump back and forth.
    let v2 = layout.view(&small);
    assert_eq!(find(&v2, 20).y, find(&v1, 20).y);
}

#[test]
fn long_containers_collapse() {
    let n = 50u64;
    let mut objects: Vec<ObjectSnap> = (0..n)
        .map(|i| obj(i + 1, "int", &i.to_string(), &[]))
        .collect();
    let labels: Vec<String> = (0..n).map(|i| i.to_string()).collect();
    let fields: Vec<(&str, u64, bool)> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| (l.as_str(), i as u64 + 1, false))
        .collect();
    objects.push(obj(1000, "list", "[...]", &fields));
    let view = Layout::new().view(&snap(0, vec![frame("<module>", &[("xs", 1000)])], objects));
    let list = find(&view, 1000);
    assert_eq!(list.rows.len(), MAX_ROWS);
    assert_eq!(list.hidden, 50 - MAX_ROWS);
    assert_eq!(list.h, object_height(MAX_ROWS + 1, false));
    // Only shown rows get arrows, and only their targets are drawn; the rest are counted.
    assert_eq!(
        view.edges.iter().filter(|e| e.from == "1000").count(),
        MAX_ROWS
    );
    assert_eq!(view.objects.len(), 1 + MAX_ROWS);
    assert_eq!(view.hidden_objects, 50 - MAX_ROWS);
    assert!(view
        .objects
        .iter()
        .all(|o| o.id == "1000" || o.id.parse::<usize>().unwrap() <= MAX_ROWS));
}

#[test]
fn weak_references_are_marked_and_unreachable_objects_still_placed() {
    // a <-> b cycle after `del a, b`, plus a weakref w to a third object.
    let snap = snap(
        0,
        vec![frame("<module>", &[("w", 30)])],
        vec![
            obj(10, "Node", "<Node object at 0xa>", &[(".ref", 20, false)]),
            obj(20, "Node", "<Node object at 0x14>", &[(".ref", 10, false)]),
            obj(30, "weakref", "<weakref>", &[("referent", 40, true)]),
            obj(40, "Node", "<Node object at 0x28>", &[]),
        ],
    );
    let view = Layout::new().view(&snap);
    assert_eq!(view.objects.len(), 4);
    let weak: Vec<_> = view.edges.iter().filter(|e| e.weak).collect();
    assert_eq!(weak.len(), 1);
    assert_eq!(weak[0].to, "40");
    // Named things first; the orphaned cycle starts a fresh chain in the first column.
    assert_eq!(find(&view, 30).column, 0);
    assert_eq!(find(&view, 40).column, 1);
    assert_eq!(find(&view, 10).column, 0);
    assert_eq!(find(&view, 20).column, 1);
    for a in &view.objects {
        for b in &view.objects {
            assert!(
                a.id == b.id || !overlaps(a, b),
                "{} overlaps {}",
                a.id,
                b.id
            );
        }
    }
    assert!(view.width >= view.objects.iter().map(|o| o.x + o.w).max().unwrap());
}

#[test]
fn call_frames_stack_below_module() {
    let snap = snap(
        0,
        vec![
            frame("<module>", &[("x", 1), ("f", 2)]),
            frame("f", &[("obj", 1)]),
        ],
        vec![
            obj(1, "list", "[]", &[]),
            obj(2, "function", "<function f>", &[]),
        ],
    );
    let view = Layout::new().view(&snap);
    let (module, call) = (&view.frames[0], &view.frames[1]);
    assert_eq!(call.name, "f");
    assert!(call.y >= module.y + module.h);
    assert_eq!(view.edges.iter().filter(|e| e.to == "1").count(), 2);
}

#[test]
fn addresses_and_text_are_formatted_for_display() {
    let mut o = obj(
        0x7f3a1c2b4e80,
        "str",
        &format!("'{}'", "x".repeat(100)),
        &[],
    );
    o.copied_from = Some(0x7f00);
    let named = frame("<module>", &[("s", o.id)]);
    let view = Layout::new().view(&snap(0, vec![named], vec![o]));
    let b = &view.objects[0];
    assert_eq!(b.address, "0x7f3a1c2b4e80");
    assert_eq!(b.id, 0x7f3a1c2b4e80u64.to_string());
    assert_eq!(b.repr.chars().count(), MAX_TEXT);
    assert!(b.repr.ends_with('…'));
    assert_eq!(b.copied_from.as_deref(), Some("0x7f00"));
    assert_eq!(
        b.rows_top,
        OBJECT_HEADER_H + ROW_H,
        "room for the \"copy of\" line"
    );
    assert_eq!(b.h, object_height(1, true));
    assert_eq!(b.generation, None);
}

#[test]
fn five_hundred_objects_lay_out_quickly() {
    // A tree 8 wide and 4 deep: 585 lists, all drawn (each shows its 8 references).
    fn tree(id: u64, depth: u32, objects: &mut Vec<ObjectSnap>) {
        let children: Vec<u64> = if depth < 3 {
            (1..=8).map(|j| id * 8 + j).collect()
        } else {
            Vec::new()
        };
        for &c in &children {
            tree(c, depth + 1, objects);
        }
        let labels: Vec<String> = (0..children.len()).map(|j| j.to_string()).collect();
        let fields: Vec<(&str, u64, bool)> = labels
            .iter()
            .zip(&children)
            .map(|(l, &c)| (l.as_str(), c + 1, false))
            .collect();
        objects.push(obj(id + 1, "list", "[...]", &fields));
    }
    let mut objects = Vec::new();
    tree(0, 0, &mut objects);
    let snapshot = snap(0, vec![frame("<module>", &[("t", 1)])], objects);
    let mut layout = Layout::new();
    assert_eq!(layout.view(&snapshot).objects.len(), 585);
    let start = std::time::Instant::now();
    for _ in 0..10 {
        layout.view(&snapshot);
    }
    let per_step = start.elapsed() / 10;
    // Generous bound for debug builds on a loaded machine; the release figure is far lower.
    assert!(
        per_step.as_millis() < 50,
        "layout of 585 objects took {per_step:?}"
    );
}

#[test]
fn full_columns_continue_on_the_right() {
    let n = 3 * MAX_PER_COLUMN as u64;
    let mut objects: Vec<ObjectSnap> = (0..n).map(|i| obj(i + 1, "str", "'s'", &[])).collect();
    let names: Vec<String> = (0..n).map(|i| format!("v{i}")).collect();
    let vars: Vec<(&str, u64)> = names
        .iter()
        .enumerate()
        .map(|(i, v)| (v.as_str(), i as u64 + 1))
        .collect();
    let mut layout = Layout::new();
    let view = layout.view(&snap(0, vec![frame("<module>", &vars)], objects.clone()));
    // All named directly (depth 1): three columns of MAX_PER_COLUMN, side by side.
    let columns: std::collections::BTreeSet<u32> = view.objects.iter().map(|o| o.column).collect();
    assert_eq!(columns.into_iter().collect::<Vec<_>>(), vec![0, 1, 2]);
    for c in 0..3 {
        let count = view.objects.iter().filter(|o| o.column == c).count();
        assert_eq!(count, MAX_PER_COLUMN as usize, "column {c}");
    }
    assert!(find(&view, 1).x < find(&view, n).x);
    // An object one step further opens a new column on the right; nobody moves.
    objects[0] = obj(1, "list", "[x]", &[("0", 2000, false)]);
    objects.push(obj(2000, "dict", "{}", &[]));
    let after = layout.view(&snap(1, vec![frame("<module>", &vars)], objects));
    for o in &view.objects {
        let b = after.objects.iter().find(|b| b.id == o.id).unwrap();
        assert_eq!((o.x, o.y), (b.x, b.y), "{} moved", o.id);
    }
    assert_eq!(find(&after, 2000).column, 3);
    assert!(find(&after, 2000).x > find(&after, n).x);
}

#[test]
fn huge_heaps_are_drawn_up_to_a_bound() {
    // 3000 names, each to its own object: the first MAX_OBJECTS are drawn.
    let n = 3000u64;
    let objects: Vec<ObjectSnap> = (0..n).map(|i| obj(i + 1, "list", "[]", &[])).collect();
    let names: Vec<String> = (0..n).map(|i| format!("v{i}")).collect();
    let vars: Vec<(&str, u64)> = names
        .iter()
        .enumerate()
        .map(|(i, v)| (v.as_str(), i as u64 + 1))
        .collect();
    let view = Layout::new().view(&snap(0, vec![frame("<module>", &vars)], objects));
    assert_eq!(view.objects.len(), MAX_OBJECTS);
    assert_eq!(view.hidden_objects, n as usize - MAX_OBJECTS);
    // Names to undrawn objects have no arrow.
    assert_eq!(view.edges.len(), MAX_OBJECTS);
}

#[test]
fn untracked_objects_no_name_reaches_are_not_drawn() {
    let mut cycle_a = obj(10, "Node", "<Node object at 0xa>", &[(".ref", 20, false)]);
    cycle_a.generation = Some(2);
    let snap = snap(
        0,
        vec![frame("<module>", &[("x", 1)])],
        vec![
            obj(1, "int", "1", &[]),
            obj(5, "str", "'__main__'", &[]),
            cycle_a,
            obj(20, "Node", "<Node object at 0x14>", &[(".ref", 10, false)]),
        ],
    );
    let view = Layout::new().view(&snap);
    let ids: Vec<&str> = view.objects.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, vec!["1", "10", "20"]);
    assert_eq!(view.hidden_objects, 1);
    // "<Node object at 0xa>" would only repeat the header.
    assert_eq!(find(&view, 10).repr, "");
    assert_eq!(find(&view, 1).repr, "1");
}
