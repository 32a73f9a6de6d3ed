//! The view model the page draws: frames on the left, objects on the right, arrows between them,
//! with every position computed here so the page only paints.
//!
//! Objects are placed in columns by how far they are from a frame (a name's target is in the first
//! column, what it holds in the second, ...); a full column continues in a new one on the right.
//! Once placed, an object keeps its column and its place in the column's order for the rest of the
//! session ([`Layout`] remembers them), so stepping back and forth never makes objects jump; it may
//! only push an object down when something above it grows.
//! Long containers show their first [`MAX_ROWS`] references and a "+K more" row; what is reachable
//! only through the collapsed rest is not drawn, so thousands of objects stay a readable picture.

mod collection;
mod layout;
mod timeline;

pub use collection::{CollectionSummary, GcMark, PhaseShown};
pub use layout::Layout;
pub use timeline::{Clock, Handoff, LaneView, Segment, TimelineView};

use serde::Serialize;

/// Field rows shown per object before the rest collapse into "+K more".
pub const MAX_ROWS: usize = 8;
/// Objects drawn at most; the rest are counted in [`View::hidden_objects`].
pub const MAX_OBJECTS: usize = 2000;
/// Distances from the frames told apart; anything deeper is placed as if at this depth.
pub const MAX_DEPTH: u32 = 6;
/// Objects placed in one column before its depth continues in a new column on the right.
pub const MAX_PER_COLUMN: u32 = 20;

// Geometry, in CSS pixels.
pub const PAD: i32 = 16;
pub const ROW_H: i32 = 20;
pub const FRAME_W: i32 = 190;
pub const FRAME_HEADER_H: i32 = 26;
pub const OBJECT_W: i32 = 210;
pub const OBJECT_HEADER_H: i32 = 42;
pub const COLUMN_GAP: i32 = 70;
pub const V_GAP: i32 = 14;
/// Longest text (in chars) shown for a repr or a value before it is cut with "…".
pub const MAX_TEXT: usize = 28;

/// Everything the page draws for one step.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct View {
    pub step: u64,
    pub line: Option<u32>,
    pub event: String,
    pub stdout: String,
    pub stderr: String,
    pub gc_count: [u64; 3],
    /// Extent of the drawing.
    pub width: i32,
    pub height: i32,
    pub frames: Vec<FrameBox>,
    /// The objects drawn: those the names reach through shown rows, and unreachable ones.
    pub objects: Vec<ObjectBox>,
    /// Live objects not drawn (behind "+K more" rows, or past [`MAX_OBJECTS`]).
    pub hidden_objects: usize,
    pub edges: Vec<Edge>,
    /// The collections that ran during the step that led here (see [`Layout::phase_view`]).
    pub collections: Vec<CollectionSummary>,
    /// Set when this view shows a phase of a collection rather than the step itself.
    pub phase: Option<PhaseShown>,
    /// Where the step falls on the threads' timeline (programs that start threads or
    /// processes only).
    pub clock: Option<Clock>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FrameBox {
    pub name: String,
    pub line: u32,
    pub x: i32,
    pub y: i32,
    pub w: i32,
    pub h: i32,
    /// Offset from `y` to the first row (below the header, and the thread's name if shown).
    pub rows_top: i32,
    pub vars: Vec<Row>,
    /// The thread running the frame, once the program has more than one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thread: Option<String>,
}

/// One line inside a frame (a name) or an object (a slot, key or attribute).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Row {
    pub label: String,
    /// Decimal id of the referenced object ("" for the "+K more" row).
    pub target: String,
    /// Short text of the referenced object when it is a simple value (int, str, None, ...).
    pub value: String,
    pub weak: bool,
    /// In a copy: "shared" when its original refers to the same object, "copied" when the
    /// object is itself a copy of one the original refers to (what deepcopy does).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share: Option<&'static str>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ObjectBox {
    /// Decimal `id()` of the object; stable within a run.
    pub id: String,
    /// `0x...` form of the id, as CPython prints addresses.
    pub address: String,
    pub type_name: String,
    pub refcount: i64,
    /// GC generation, or None when the collector does not track the object.
    pub generation: Option<u8>,
    pub size: u64,
    /// Short repr, shown for objects without outgoing references ("" when it would only repeat
    /// the type and address).
    pub repr: String,
    pub column: u32,
    pub x: i32,
    pub y: i32,
    pub w: i32,
    pub h: i32,
    /// Offset from `y` to the first row (below the header, and the "copy of" line if any).
    pub rows_top: i32,
    pub rows: Vec<Row>,
    /// References not shown as rows (the "+K more" marker).
    pub hidden: usize,
    /// Address of the object this one was copied from.
    pub copied_from: Option<String>,
    /// Decimal id of that original, when it is drawn.
    pub original: Option<String>,
    /// The object's part in the collection phase shown ([`View::phase`]), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gc: Option<GcMark>,
}

/// An arrow from a name or a field to an object.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Edge {
    /// Decimal id of the object holding the reference, or "" for a frame's name.
    pub from: String,
    pub to: String,
    pub weak: bool,
    /// The target is a simple value (int, str, None, ...) its row already shows as text.
    pub value: bool,
    pub x1: i32,
    pub y1: i32,
    pub x2: i32,
    pub y2: i32,
}

/// Cuts `text` to [`MAX_TEXT`] chars, ending with "…" when cut.
pub fn clip(text: &str) -> String {
    if text.chars().count() <= MAX_TEXT {
        return text.to_string();
    }
    let mut out: String = text.chars().take(MAX_TEXT - 1).collect();
    out.push('…');
    out
}

/// Text shown next to a reference to an object of this type (simple values only).
fn is_simple(type_name: &str) -> bool {
    matches!(
        type_name,
        "int" | "float" | "bool" | "str" | "bytes" | "NoneType" | "complex" | "ellipsis"
    )
}

/// Offset of the first row in an object box; a copy shows "copy of 0x..." above its rows.
pub fn rows_top(copied: bool) -> i32 {
    OBJECT_HEADER_H + if copied { ROW_H } else { 0 }
}

/// Height of an object box with `rows` rows (a box without references shows its repr in one).
pub fn object_height(rows: usize, copied: bool) -> i32 {
    rows_top(copied) + ROW_H * rows.max(1) as i32 + 6
}

#[cfg(test)]
mod tests;
