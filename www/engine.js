// The page's handle on the engine worker: promises for requests, progress callbacks, and a fresh
// worker whenever the old one is stopped or dies (the caller keeps the program text and reloads).

const STOP_GRACE_MS = 300;

export class Engine {
  /** @param {{onCrash?: (message: string) => void}} hooks */
  constructor(hooks = {}) {
    this.hooks = hooks;
    this.nextId = 1;
    this.pending = new Map();
    this.spawn();
  }

  spawn() {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    this.worker = worker;
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.crash(event.message || 'the engine failed to start');
    };
    // Compiled once, here, while the worker starts; every worker (after a Stop or a crash too)
    // instantiates the same module.
    this.wasm ??= WebAssembly.compileStreaming(fetch(new URL('./heapscope.wasm', import.meta.url))).catch(() => null);
    this.wasm.then((module) => worker.postMessage({ op: 'init', module }));
  }

  receive(message) {
    if (message.crashed !== undefined) {
      this.crash(message.crashed);
      return;
    }
    const request = this.pending.get(message.id);
    if (!request) return;
    if (message.progress !== undefined) {
      request.onProgress?.(message.progress);
      return;
    }
    this.pending.delete(message.id);
    if (message.ok) request.resolve(message.result);
    else request.reject(new Error(message.error));
  }

  /** Replaces a dead or runaway worker; requests in flight fail with `reason`. */
  restart(reason) {
    this.worker.terminate();
    for (const request of this.pending.values()) request.reject(new Error(reason));
    this.pending.clear();
    this.spawn();
  }

  crash(message) {
    this.restart(`engine crashed: ${message}`);
    this.hooks.onCrash?.(message);
  }

  call(op, args = {}, onProgress) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.worker.postMessage({ id, op, ...args });
    });
  }

  load(source, stdin = '') {
    return this.call('load', { source, stdin });
  }

  /** Runs the loaded program; resolves its RunStatus, with `timelineView` (a TimelineView)
   * when the program started threads or processes. */
  async run(onProgress) {
    const status = await this.call('run', {}, onProgress);
    if (status.timelineView) status.timelineView = JSON.parse(status.timelineView);
    return status;
  }

  /** Moves to `step` and resolves the View there. */
  async seek(step) {
    return JSON.parse(await this.call('seek', { step }));
  }

  /** The View of phase `index` of collection `collection` of the current step (or null). */
  async phase(collection, index) {
    const text = await this.call('phase', { collection, index });
    return text === null ? null : JSON.parse(text);
  }

  /** The step a click on timeline lane `lane` at `time` simulated seconds goes to. */
  stepAt(lane, time) {
    return this.call('stepAt', { lane, time });
  }

  stepsOfLine(line) {
    return this.call('stepsOfLine', { line });
  }

  /**
   * Asks a running program to stop between chunks (what it recorded stays steppable); a worker
   * stuck in one long chunk is replaced after a grace period. Resolves true if it was replaced.
   */
  async stop() {
    const answered = this.call('stop').then(() => false, () => true);
    const timeout = new Promise((resolve) => setTimeout(() => resolve(null), STOP_GRACE_MS));
    const replaced = await Promise.race([answered, timeout]);
    if (replaced === null) {
      this.restart('stopped');
      return true;
    }
    return replaced;
  }
}
