// The engine in a Web Worker: owns one wasm Playground and answers the page's requests.
// Requests: {id, op, ...args}; answers: {id, ok: true, result} or {id, ok: false, error};
// while running: {id, progress: steps}. A panic in the engine poisons the wasm instance, so the
// worker reports {crashed: message} and the page replaces it with a fresh one. Views travel as
// JSON text (see Playground.view).
import init, { Playground } from 'heapscope-wasm';

// The page compiles the wasm while this worker starts, and hands the compiled module over in an
// {op: 'init', module} message (null when it could not: then the worker fetches the file itself).
let provideModule;
const compiled = new Promise((resolve) => {
  provideModule = resolve;
});
let playground = null;
// The engine is made as soon as the wasm is ready: the first calls into a fresh instance are
// the slow ones, and this one overlaps with the page still building its editor.
const ready = compiled
  .then((module) => init({ module_or_path: module ?? new URL('./heapscope.wasm', import.meta.url) }))
  .then(() => {
    playground = new Playground();
  });

// The engine asks for a standard-library module's Python source on its first import (the wasm
// build does not embed them). A worker may block on a synchronous request, and the engine
// cannot wait for a promise in the middle of an import.
const moduleSources = new Map();
self.heapscopeModuleSource = (path) => {
  if (!moduleSources.has(path)) {
    const request = new XMLHttpRequest();
    request.open('GET', new URL(`./stdlib/${path}`, import.meta.url), false);
    request.send();
    moduleSources.set(path, request.status === 200 ? request.responseText : undefined);
  }
  return moduleSources.get(path);
};
let stopRequested = false;

// Each run chunk aims at this much time, so Stop is noticed and progress flows.
const CHUNK_MS = 40;

/** A run's last status carries the timeline (JSON text of a TimelineView) when there is one. */
function withTimeline(status) {
  return status.timeline ? { ...status, timelineView: playground.timelineView() } : status;
}

const ops = {
  load({ source, maxInstructions, stdin }) {
    playground = playground || new Playground();
    playground.setStdin(stdin || '');
    return playground.load(source, maxInstructions || 0);
  },
  async run({ id }) {
    stopRequested = false;
    let budget = 2000;
    for (;;) {
      const started = performance.now();
      const status = playground.run(budget);
      if (status.finished) return withTimeline({ ...status, stopped: false });
      const spent = performance.now() - started;
      if (spent < CHUNK_MS / 2) budget = Math.min(budget * 2, 50_000_000);
      else if (spent > CHUNK_MS * 2) budget = Math.max(Math.floor(budget / 2), 100);
      self.postMessage({ id, progress: status.steps });
      // Let a 'stop' message in between chunks.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (stopRequested) return withTimeline({ ...status, stopped: true });
    }
  },
  stop() {
    stopRequested = true;
    return null;
  },
  seek({ step }) {
    playground.seek(step);
    return playground.view();
  },
  phase({ collection, index }) {
    return playground.phaseView(collection, index) ?? null;
  },
  stepAt({ lane, time }) {
    return playground.stepAt(lane, time);
  },
  stepsOfLine({ line }) {
    return playground.stepsOfLine(line);
  },
};

self.onmessage = async (event) => {
  const { id, op } = event.data;
  if (op === 'init') {
    provideModule(event.data.module);
    return;
  }
  try {
    await ready;
    if (op === 'stop') stopRequested = true;
    const result = await ops[op](event.data);
    self.postMessage({ id, ok: true, result });
  } catch (error) {
    const message = String(error && error.message ? error.message : error);
    // A trap (panic, unreachable, out of memory) leaves the instance unusable.
    if (error instanceof WebAssembly.RuntimeError) self.postMessage({ crashed: message });
    else self.postMessage({ id, ok: false, error: message });
  }
};
