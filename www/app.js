// The page: wires the editor, the engine worker, the stepper, the heap and the output together.
import { engine } from './boot.js';
import { createEditor } from './editor.js';
import { createHeapView } from './heap-view.js';
import { createOutput } from './output.js';
import { createStepper } from './stepper.js';
import { createCollectionPanel } from './collection.js';
import { createTimeline } from './timeline.js';
import { parseHash, decodeProgram, buildHash, baseUrl, iframeSnippet } from './share.js';
import { t, setLanguage, detectLanguage, applyLanguage, language, LANGUAGES } from './i18n.js';
import { EXAMPLES, DEFAULT_EXAMPLE, example } from './examples.js';
import { initTheme } from './theme.js';
import { stdinText } from './stdin.js';
import * as storage from './storage.js';

const $ = (id) => document.getElementById(id);
const root = document.documentElement;

const state = {
  steps: 0,
  step: 0,
  view: null,
  running: false,
  wanted: null, // the step the slider asked for, while a seek is in flight
  seeking: false,
  generation: 0, // bumped by each run, so a late answer about the previous program is dropped
  status: ['statusLoading', {}],
  drawnOnce: false,
};

// A crash loses the recording with the old worker: nothing is left to step through until the
// next Run (the editor keeps the program).
engine.hooks.onCrash = () => {
  setStatus('statusCrashed');
  state.steps = 0;
  state.step = 0;
  stepper.update({ step: 0, steps: 0, text: '' });
  timeline.show(null);
  root.dataset.crashes = String(Number(root.dataset.crashes || 0) + 1);
};

const params = parseHash(window.location.hash);
setLanguage(params.lang || detectLanguage(storage.get('lang')));
const currentTheme = initTheme($('theme'), params.theme);
if (params.embed) root.classList.add('embed');

function setStatus(key, values = {}) {
  state.status = [key, values];
  $('status').textContent = t(key, values);
}

function setBusy(running) {
  state.running = running;
  root.dataset.state = running ? 'running' : 'idle';
  stepper.update({ running });
}

function positionText() {
  return state.steps ? t('stepOf', { step: state.step, total: state.steps }) : '';
}

function draw(view) {
  state.view = view;
  state.step = view.step;
  heap.render(view);
  collection.show(view.collections);
  timeline.mark(view.clock);
  delete root.dataset.phase;
  output.show(view.stdout, view.stderr);
  editor.setStepLine(view.line ?? null);
  root.dataset.step = String(view.step);
  stepper.update({ step: view.step, steps: state.steps, text: positionText() });
  if (!state.drawnOnce) {
    state.drawnOnce = true;
    performance.mark('heapscope:first-heap');
    root.dataset.drawn = '1';
  }
}

/** Moves to `step`; slider drags coalesce so only the latest wanted step is fetched. */
async function seek(step) {
  if (state.running) return;
  state.wanted = Math.max(0, Math.min(step, state.steps));
  if (state.seeking) return;
  state.seeking = true;
  try {
    while (state.wanted !== null) {
      const target = state.wanted;
      state.wanted = null;
      const started = performance.now();
      const generation = state.generation;
      const from = state.step;
      const view = await engine.seek(target);
      if (generation !== state.generation) continue; // a newer run asked for its own step
      // A return is a step but not a place to stop (the engine shows the next step): stepping
      // back goes on to the step before it.
      if (target < from && view.step >= from && target > 0 && state.wanted === null) {
        state.wanted = target - 1;
        continue;
      }
      draw(view);
      performance.measure('heapscope:step', { start: started, end: performance.now() });
    }
  } catch (error) {
    console.warn('seek failed:', error.message);
  } finally {
    state.seeking = false;
  }
}

/** A compile error as CPython prints it: file and line, the line itself, carets, the message. */
function syntaxReport(d, source) {
  const text = source.split('\n')[d.line - 1] ?? '';
  const code = text.trim();
  let report = `  File "main.py", line ${d.line}\n`;
  if (code) {
    const shift = text.length - text.trimStart().length;
    const start = Math.max(d.column - 1 - shift, 0);
    const end = d.end_line === d.line && d.end_column > d.column ? d.end_column - 1 - shift : start + 1;
    report += `    ${code}\n    ${' '.repeat(start)}${'^'.repeat(Math.max(end - start, 1))}\n`;
  }
  return `${report}${d.kind}: ${d.message}\n`;
}

/** Loads the editor's program into the engine and runs it; then shows step `seekTo` (default: the end). */
async function run(seekTo) {
  if (state.running) return;
  saveNow();
  const source = editor.text();
  state.generation += 1;
  state.wanted = null;
  setBusy(true);
  heap.reset();
  collection.show([]);
  timeline.show(null);
  output.clear();
  editor.setDiagnostics([]);
  editor.setStepLine(null);
  state.steps = 0;
  state.view = null;
  stepper.update({ step: 0, steps: 0, text: '' });
  setStatus('statusRunning', { n: 0 });
  try {
    const diagnostics = await engine.load(source, stdinText());
    if (diagnostics.length) {
      editor.setDiagnostics(diagnostics);
      output.show('', diagnostics.map((d) => syntaxReport(d, source)).join(''));
      setStatus('statusSyntax', { kind: diagnostics[0].kind, line: diagnostics[0].line });
      root.dataset.diagnostics = String(diagnostics.length);
      return;
    }
    root.dataset.diagnostics = '0';
    const status = await engine.run((n) => {
      root.dataset.progress = String(n);
      setStatus('statusRunning', { n });
    });
    state.steps = status.steps;
    if (status.stopped) setStatus('statusStopped', { n: status.steps });
    else if (status.error) {
      editor.setDiagnostics([status.error]);
      setStatus('statusError', { kind: status.error.kind });
    } else setStatus('statusDone', { n: status.steps });
    timeline.show(status.timelineView ?? null);
    setBusy(false);
    await seek(seekTo ?? status.steps);
  } catch (error) {
    // The worker was replaced (Stop on a stuck chunk, or a crash): the recording is gone.
    if (/^stopped$/.test(error.message)) setStatus('statusStopped', { n: Number(root.dataset.progress || 0) });
    else if (/^engine crashed/.test(error.message)) setStatus('statusCrashed');
    else {
      setStatus('statusError', { kind: 'Error' });
      output.show('', `${error.message}\n`);
    }
  } finally {
    if (state.running) setBusy(false);
    stepper.update({ step: state.step, steps: state.steps, text: positionText() });
    root.dataset.runs = String(Number(root.dataset.runs || 0) + 1);
  }
}

/** Draws phase `index` of collection `c` of the current step: the heap the collector found. */
async function showPhase(c, index) {
  if (state.running || state.seeking) return;
  const generation = state.generation;
  const view = await engine.phase(c, index).catch(() => null);
  if (!view || generation !== state.generation || view.step !== state.step) return;
  state.view = view;
  heap.render(view);
  collection.select(c, index);
  root.dataset.phase = view.phase.name;
}

/** Back from a phase to the step itself (after the collection). */
async function leavePhase() {
  if (state.running || state.seeking || !state.view?.phase) return;
  const generation = state.generation;
  const view = await engine.seek(state.step);
  if (generation === state.generation) draw(view);
}

/** A click on timeline lane `lane` at `time` (simulated seconds): the step running then. */
async function seekToTime(lane, time) {
  if (state.running || !state.steps) return;
  const generation = state.generation;
  const step = await engine.stepAt(lane, time).catch(() => null);
  if (step !== null && generation === state.generation) await seek(step);
}

async function stop() {
  if (!state.running) return;
  await engine.stop();
}

async function jumpToLine(line) {
  if (state.running || !state.steps) return;
  const steps = await engine.stepsOfLine(line).catch(() => []);
  if (!steps.length) {
    setStatus('notRun', { line });
    return;
  }
  const next = steps.find((s) => s > state.step) ?? steps[0];
  await seek(next);
}

// --- sharing -------------------------------------------------------------------------------------

const dialog = $('dialog');
function showDialog(textKey, labelKey, value) {
  $('dialog-text').dataset.i18n = textKey;
  $('dialog-text').textContent = t(textKey);
  const field = $('dialog-value');
  field.dataset.i18nAria = labelKey;
  field.setAttribute('aria-label', t(labelKey));
  field.value = value;
  if (!dialog.open) dialog.showModal();
  field.focus();
  field.select();
}

async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

async function share() {
  const hash = await buildHash(editor.text(), state.step);
  window.history.replaceState(null, '', hash);
  const url = baseUrl() + hash;
  const copied = await copy(url);
  showDialog(copied ? 'linkCopied' : 'linkReady', 'shareLink', url);
}

async function embed() {
  const hash = await buildHash(editor.text(), state.step, {
    embed: true, autorun: true, readonly: false, theme: currentTheme(), lang: language(),
  });
  showDialog('embedReady', 'embedCode', iframeSnippet(baseUrl() + hash));
}

$('dialog-copy').addEventListener('click', async () => {
  const field = $('dialog-value');
  field.select();
  if (!(await copy(field.value))) document.execCommand?.('copy');
});
$('dialog-close').addEventListener('click', () => dialog.close());

// --- setup ---------------------------------------------------------------------------------------

function fillMenus() {
  const examples = $('examples');
  const pick = document.createElement('option');
  pick.value = '';
  pick.textContent = t('examplesPick');
  const options = EXAMPLES.map((e) => {
    const option = document.createElement('option');
    option.value = e.id;
    option.textContent = e.title[language()] || e.title.en;
    return option;
  });
  examples.replaceChildren(pick, ...options);
  const languages = $('language');
  languages.replaceChildren(
    ...Object.entries(LANGUAGES).map(([code, name]) => {
      const option = document.createElement('option');
      option.value = code;
      option.textContent = name;
      option.lang = code;
      return option;
    }),
  );
  languages.value = language();
}

function relabel() {
  applyLanguage();
  fillMenus();
  editor.setLabel(t('program'));
  const [key, values] = state.status;
  $('status').textContent = t(key, values);
  stepper.update({ text: positionText() });
  heap.relabel(state.view);
  collection.relabel();
  timeline.relabel();
}

let saveTimer = 0;
let unsaved = null;
function onEdit(text) {
  if (params.embed) return; // an embedded copy never overwrites the learner's own program
  clearTimeout(saveTimer);
  unsaved = text;
  saveTimer = setTimeout(saveNow, 250);
  // The text no longer matches a shared link: a reload should bring back the edits, not the link.
  if (window.location.hash.includes('code=')) window.history.replaceState(null, '', baseUrl());
}

/** Saves edits still waiting for the typing pause (before a run, and when the page goes away). */
function saveNow() {
  clearTimeout(saveTimer);
  if (unsaved !== null) storage.saveProgram(unsaved);
  unsaved = null;
}
window.addEventListener('pagehide', saveNow);

async function initialProgram() {
  if (params.code) {
    try {
      return await decodeProgram(params.code);
    } catch {
      console.warn('the link does not hold a valid program');
    }
  }
  return storage.loadProgram() ?? example(DEFAULT_EXAMPLE).code;
}

const editor = createEditor($('editor'), {
  doc: await initialProgram(),
  label: t('program'),
  readOnly: params.readonly,
  onRun: () => run(),
  onChange: onEdit,
  onLineClick: jumpToLine,
});
// Read-only hook for automation (tests, budget script): the exact editor text.
$('editor').heapscopeText = () => editor.text();
const heap = createHeapView($('heap'));
const output = createOutput($('output'));
const collection = createCollectionPanel($('collection'), { onPhase: showPhase, onLeave: leavePhase });
const timeline = createTimeline($('timeline'), { onSeek: seekToTime });
const stepper = createStepper(
  { run: $('run'), stop: $('stop'), back: $('back'), forward: $('forward'), slider: $('slider'), position: $('position') },
  { onRun: () => run(), onStop: stop, onSeek: seek },
);

$('examples').addEventListener('change', (event) => {
  const chosen = example(event.target.value);
  event.target.value = '';
  if (!chosen) return;
  editor.setText(chosen.code);
  run();
});
$('language').addEventListener('change', (event) => {
  setLanguage(event.target.value);
  storage.set('lang', language());
  relabel();
});
$('share').addEventListener('click', share);
$('embed').addEventListener('click', embed);
$('open-full').href = `./${window.location.hash.replace(/&?embed=1/, '')}`;
window.addEventListener('hashchange', async () => {
  const next = parseHash(window.location.hash);
  if (!next.code || state.running) return;
  try {
    editor.setText(await decodeProgram(next.code));
    run(next.step);
  } catch {
    console.warn('the link does not hold a valid program');
  }
});

relabel();
stepper.update({ step: 0, steps: 0, running: false });
root.dataset.state = 'idle';
setStatus('statusIdle');
if (params.autorun) run(params.step);
