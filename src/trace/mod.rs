//! Steps and snapshots: the data the page draws, built from the VM's state.

mod build;
mod snapshot;

pub use snapshot::{FieldSnap, FrameSnap, ObjectSnap, Snapshot, VarSnap};
