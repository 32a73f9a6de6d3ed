// Threads and the GIL in the page: the seed's GIL example and its lesson, the timeline (one lane
// per thread, linked to the step slider both ways), the threads' frames in the heap, and a race
// condition that loses updates without a lock.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage, settled, setProgram, runProgram, output, heap, engineSkipReasons } from './helpers.mjs';

const server = await serveDist('/');
const reasons = await engineSkipReasons(server.url);
const skip = reasons.runs || false;
if (skip) console.log(`# skipping: ${skip}`);
let browser;

before(async () => {
  if (!skip) browser = await launch();
});
after(async () => {
  await browser?.close();
  await server.close();
});

// The seed's GIL example runs some 300 million instructions.
const LONG_RUN_MS = 240_000;

const timeline = (page) => page.getByRole('region', { name: 'Timeline' });
const slider = (page) => page.getByRole('slider', { name: 'Step' });
const stepShown = (page) => page.evaluate(() => Number(document.documentElement.dataset.step));

/** Picks an example from the menu and waits until its run is drawn. */
async function runExample(page, id) {
  const runs = Number(await page.evaluate(() => document.documentElement.dataset.runs));
  await page.getByRole('combobox', { name: 'Examples' }).selectOption(id);
  await page.waitForFunction((n) => Number(document.documentElement.dataset.runs) > n, runs, { timeout: LONG_RUN_MS });
  await settled(page, LONG_RUN_MS);
}

/** The lanes of the timeline: accessible name, and the running stretches drawn (fractions of the width). */
async function lanes(page) {
  return timeline(page)
    .getByRole('slider')
    .evaluateAll((rows) =>
      rows.map((row) => {
        const plot = row.querySelector('svg');
        const width = Number(plot.getAttribute('viewBox').split(' ')[2]);
        const d = row.querySelector('path.tl-running')?.getAttribute('d') || '';
        const running = [...d.matchAll(/M([\d.e-]+) [\d.e-]+H([\d.e-]+)/g)].map((m) => [Number(m[1]) / width, Number(m[2]) / width]);
        return { name: row.getAttribute('aria-label'), running };
      }),
    );
}

/** Clicks lane `index` at `fraction` of its bar's width; resolves when a new step is drawn. */
async function clickLane(page, index, fraction) {
  const before = await stepShown(page);
  const bar = timeline(page).getByRole('slider').nth(index).locator('.tl-bar');
  const box = await bar.boundingBox();
  await page.mouse.click(box.x + box.width * fraction, box.y + box.height / 2);
  await page.waitForFunction((s) => Number(document.documentElement.dataset.step) !== s, before);
}

const seconds = (text, label) => Number(new RegExp(`${label}: ([\\d.]+)s`).exec(text)?.[1]);

test("the seed's GIL example shows its lesson, one lane per thread, and seeks from the timeline", { skip, timeout: LONG_RUN_MS + 60_000 }, async () => {
  const page = await openPage(browser.context, server.url);
  await settled(page);
  await runExample(page, 'seed-q1');
  const text = await output(page).innerText();
  const sequential = seconds(text, 'Sequential');
  const threaded = seconds(text, 'Threaded');
  const io = seconds(text, 'Threaded I/O');
  assert.ok(sequential > 0 && threaded > 0 && io > 0, text);
  // Two CPU-bound threads take as long as running the work twice: the GIL.
  assert.ok(Math.abs(threaded - sequential) / sequential < 0.15, `sequential ${sequential}s, threaded ${threaded}s`);
  // Five threads each waiting 0.1 s on simulated I/O take about one wait, not five.
  assert.ok(io >= 0.1 && io < 0.2, `threaded I/O ${io}s`);
  // The seed's Pool.map passes an argument cpu_bound does not take: CPython's TypeError.
  assert.match(text, /TypeError: cpu_bound\(\) takes 0 positional arguments but 1 was given/);

  await timeline(page).waitFor();
  assert.match(await timeline(page).innerText(), /Time is simulated/);
  const all = await lanes(page);
  const threads = all.filter((l) => l.name.startsWith('thread '));
  assert.deepEqual(
    threads.map((l) => l.name),
    ['thread MainThread', 'thread Thread-1 (cpu_bound)', 'thread Thread-2 (cpu_bound)',
      ...[3, 4, 5, 6, 7].map((n) => `thread Thread-${n} (io_bound)`)],
  );
  // The two CPU-bound threads take turns: each runs in many stretches.
  assert.ok(threads[1].running.length > 5 && threads[2].running.length > 5, JSON.stringify(threads[1].running.length));
  assert.ok((await timeline(page).locator('path.tl-handoff').count()) === 1, 'GIL hand-offs are drawn');

  // Click in the middle of thread 1's longest stretch: the slider moves to a step it runs,
  // and the heap shows its frames labelled with the thread.
  const [from, to] = threads[1].running.reduce((a, b) => (b[1] - b[0] > a[1] - a[0] ? b : a));
  const end = Number(await slider(page).getAttribute('max'));
  await clickLane(page, 1, (from + to) / 2);
  const step = Number(await slider(page).inputValue());
  assert.ok(step > 0 && step < end, `the slider moved to ${step} of ${end}`);
  assert.equal(await stepShown(page), step);
  assert.equal(await timeline(page).getAttribute('data-clock-lane'), '1');
  const frames = await heap(page).locator('.frame').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')));
  assert.ok(frames.some((f) => /^frame cpu_bound, line \d+, thread Thread-1 \(cpu_bound\)$/.test(f)), frames.join('\n'));
  assert.ok(frames.some((f) => /^frame <module>, line \d+, thread MainThread$/.test(f)), frames.join('\n'));
  const [value] = await timeline(page).getByRole('slider').nth(1).evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-valuetext')));
  assert.match(value, /^[\d.]+ s, running$/);

  // The slider moves the timeline's marker.
  const marker = () => timeline(page).locator('.tl-marker').evaluate((m) => Number(m.style.getPropertyValue('--at')));
  const at = await marker();
  await page.getByRole('button', { name: 'Step forward' }).click();
  await page.waitForFunction((s) => Number(document.documentElement.dataset.step) === s + 1, step);
  assert.ok((await marker()) >= at);

  // Keyboard: Home on a focused lane goes back to the start of the program.
  await timeline(page).getByRole('slider').nth(0).focus();
  await page.keyboard.press('Home');
  await page.waitForFunction(() => Number(document.documentElement.dataset.step) < 200);
  assert.equal(await timeline(page).getAttribute('data-clock-lane'), '0');
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.panics, []);
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test('the race-condition example loses updates without a lock and none with one', { skip, timeout: LONG_RUN_MS }, async () => {
  const page = await openPage(browser.context, server.url);
  await settled(page);
  const ids = await page.getByRole('combobox', { name: 'Examples' }).locator('option').evaluateAll((o) => o.map((x) => x.value));
  assert.ok(ids.includes('race'), 'the examples menu has the race condition');
  await runExample(page, 'race');
  const text = await output(page).innerText();
  const lost = Number(/without a lock, updates lost: (\d+)/.exec(text)?.[1]);
  assert.ok(lost > 0, text);
  assert.match(text, /with a lock, updates lost: 0\b/);
  const names = (await lanes(page)).map((l) => l.name);
  assert.deepEqual(names, ['MainThread', 'Thread-1 (unsafe)', 'Thread-2 (unsafe)', 'Thread-3 (safe)', 'Thread-4 (safe)'].map((n) => `thread ${n}`));
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test('a program without threads shows no timeline and no thread labels', { skip }, async () => {
  const page = await openPage(browser.context, server.url);
  await settled(page);
  await setProgram(page, 'def f(x):\n    return [x]\nv = f(1)\n');
  await runProgram(page);
  assert.equal(await timeline(page).count(), 0, 'the hidden timeline is not in the accessibility tree');
  assert.equal(await heap(page).locator('.frame-thread').count(), 0);
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test('the timeline reads in Russian and in the dark theme', { skip }, async () => {
  const dark = await launch({ colorScheme: 'dark', locale: 'ru-RU' });
  try {
    const page = await openPage(dark.context, server.url);
    await settled(page);
    await page.getByRole('textbox', { name: 'Программа' }).click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('import threading, time\n\ndef nap():\n    time.sleep(0.01)\n\nt = threading.Thread(target=nap)\nt.start()\nt.join()\n');
    await page.getByRole('button', { name: 'Запустить' }).click();
    const region = page.getByRole('region', { name: 'Шкала времени' });
    await region.waitFor();
    assert.match(await region.innerText(), /Время смоделировано/);
    assert.deepEqual(
      await region.getByRole('slider').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label'))),
      ['поток MainThread', 'поток Thread-1 (nap)'],
    );
    // Lane names and sleep bars stand out from the dark background.
    const contrast = await region.evaluate((node) => {
      const rgb = (c) => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
      const lum = ([r, g, b]) => {
        const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const ratio = (a, b) => {
        const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p);
        return (x + 0.05) / (y + 0.05);
      };
      const bg = getComputedStyle(document.querySelector('.heap')).backgroundColor;
      const name = getComputedStyle(node.querySelector('.tl-name')).color;
      const sleep = getComputedStyle(node.querySelector('path.tl-sleep')).fill;
      return { text: ratio(name, bg), sleep: ratio(sleep, bg) };
    });
    assert.ok(contrast.text >= 4.5, `lane names ${contrast.text.toFixed(1)}:1`);
    assert.ok(contrast.sleep >= 3, `bars ${contrast.sleep.toFixed(1)}:1`);
    await page.close();
  } finally {
    await dark.close();
  }
});
