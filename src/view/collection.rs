//! A collection's phases as the page shows them: the heap the collector found, each object
//! marked with its `gc_refs` and what the phase made of it (Modules/gcmodule.c, gc_collect_main).

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::gc::{GcCollection, GcEvent};

/// A collection listed in the step's "Collection" panel.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CollectionSummary {
    pub generation: u8,
    /// Phase names in the order they ran.
    pub phases: Vec<&'static str>,
    /// Objects the collector examined, and the garbage it cleared.
    pub examined: usize,
    pub garbage: usize,
}

/// Which phase a view shows.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PhaseShown {
    pub collection: usize,
    pub index: usize,
    pub name: &'static str,
    pub generation: u8,
}

/// An object's part in a phase.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct GcMark {
    /// The phase's `gc_refs` of the object (in the phases that compute it).
    pub gc_refs: Option<i64>,
    /// "examined" (update_refs, subtract_refs), "reachable", "unreachable", "cleared" (a weak
    /// reference the collector cleared), "finalized" (`__del__` called), "resurrected",
    /// "garbage" (cleared by delete_garbage).
    pub state: &'static str,
}

pub fn summary(c: &GcCollection) -> CollectionSummary {
    CollectionSummary {
        generation: c.generation,
        phases: c.phases.iter().map(|p| p.phase).collect(),
        examined: c.phases.first().map_or(0, |p| p.objects.len()),
        garbage: c
            .phases
            .iter()
            .find(|p| p.phase == "delete_garbage")
            .map_or(0, |p| p.marked.len()),
    }
}

/// Marks, by address, of the objects phase `index` of `c` involves.
pub fn marks(c: &GcCollection, index: usize) -> HashMap<u64, GcMark> {
    let Some(phase) = c.phases.get(index) else {
        return HashMap::new();
    };
    let examined: Vec<u64> = c
        .phases
        .first()
        .map(|p| p.objects.iter().map(|&(id, _)| id).collect())
        .unwrap_or_default();
    // The tentatively unreachable set as of this phase (move_unreachable decides it).
    let unreachable: HashSet<u64> = c.phases[..=index]
        .iter()
        .rev()
        .find(|p| p.phase != "update_refs" && p.phase != "subtract_refs")
        .map(|p| p.unreachable.iter().copied().collect())
        .unwrap_or_default();
    let marked: HashSet<u64> = phase.marked.iter().copied().collect();
    let gc_refs = gc_refs_of(phase);
    let mut marks: HashMap<u64, GcMark> = examined
        .iter()
        .map(|&id| {
            let state = match phase.phase {
                "update_refs" | "subtract_refs" => "examined",
                _ if marked.contains(&id) => match phase.phase {
                    "handle_weakrefs" => "cleared",
                    "finalize_garbage" => "finalized",
                    "handle_resurrected" => "resurrected",
                    _ => "garbage",
                },
                _ if unreachable.contains(&id) => "unreachable",
                _ => "reachable",
            };
            let mark = GcMark {
                gc_refs: gc_refs.get(&id).copied(),
                state,
            };
            (id, mark)
        })
        .collect();
    // Weak references cleared may live outside the generation examined.
    if phase.phase == "handle_weakrefs" {
        for &id in &phase.marked {
            marks.entry(id).or_insert(GcMark {
                gc_refs: None,
                state: "cleared",
            });
        }
    }
    marks
}

fn gc_refs_of(phase: &GcEvent) -> HashMap<u64, i64> {
    match phase.phase {
        "update_refs" | "subtract_refs" | "move_unreachable" | "handle_resurrected" => {
            phase.objects.iter().copied().collect()
        }
        _ => HashMap::new(),
    }
}
