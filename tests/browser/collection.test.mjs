// The collector's phases as steps a learner walks through, and what a copy shares with its
// original: a self-referencing list and gc.collect(); copy.copy, copy.deepcopy and lst[:].
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage, settled, setProgram, runProgram, heap, engineSkipReasons } from './helpers.mjs';

let server;
let browser;
let skip;
before(async () => {
  server = await serveDist('/');
  skip = (await engineSkipReasons(server.url)).runs;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const step = (page) => page.evaluate(() => Number(document.documentElement.dataset.step));

/** Seeks to the first step whose view lists a collection (clicking Step forward from 0). */
async function stepToCollection(page) {
  await page.locator('#slider').fill('0');
  await page.waitForFunction(() => document.documentElement.dataset.step === '0');
  for (let i = 0; i < 40; i++) {
    if (await page.getByRole('region', { name: 'Collection' }).isVisible()) return;
    const before = await step(page);
    await page.getByRole('button', { name: 'Step forward' }).click();
    await page.waitForFunction((n) => Number(document.documentElement.dataset.step) > n, before);
  }
  throw new Error('no step showed a collection');
}

test('a gc.collect() of a self-referencing list is walked through phase by phase', async (t) => {
  if (skip) return t.skip(skip);
  const page = await openPage(browser.context, server.url);
  await settled(page);
  await setProgram(page, 'import gc\nl = []\nl.append(l)\ndel l\nn = gc.collect()\nprint(n)\n');
  await runProgram(page);
  const panel = page.getByRole('region', { name: 'Collection' });
  // The list `l` named before `del l`, found by its name's row in the module frame.
  const named = (name) =>
    page.evaluate((n) => {
      const row = [...document.querySelectorAll('.frame .row')].find((r) => r.querySelector('.label').textContent === n);
      return row?.dataset.target ?? null;
    }, name);
  await page.locator('#slider').fill('3');
  await page.waitForFunction(() => document.documentElement.dataset.step === '3');
  const id = await named('l');
  assert.ok(id, 'l is named at step 3');
  await stepToCollection(page);
  const list = heap(page).locator(`.obj[data-object-id="${id}"]`);
  assert.match(await panel.locator('.gc-title').innerText(), /generation 2/);
  const phases = await panel.locator('button.phase').evaluateAll((b) => b.map((x) => x.dataset.phase));
  assert.deepEqual(phases, [
    'update_refs', 'subtract_refs', 'move_unreachable', 'handle_weakrefs',
    'finalize_garbage', 'handle_resurrected', 'delete_garbage',
  ]);

  // update_refs: the collector starts from the refcount (1: the list's own slot).
  await panel.getByRole('button', { name: /update_refs/ }).click();
  await page.waitForFunction(() => document.documentElement.dataset.phase === 'update_refs');
  assert.equal(await panel.getByRole('button', { name: /update_refs/ }).getAttribute('aria-pressed'), 'true');
  assert.match(await list.getAttribute('aria-label'), /^list at 0x[0-9a-f]+, refcount 1, .*gc_refs 1/);
  assert.match(await list.locator('.gc-refs').innerText(), /gc_refs 1/);
  assert.match(await panel.locator('.gc-explain').innerText(), /reference count/);

  // Next phase: subtract_refs takes the self-reference away.
  await panel.getByRole('button', { name: 'Next phase' }).click();
  await page.waitForFunction(() => document.documentElement.dataset.phase === 'subtract_refs');
  assert.match(await list.getAttribute('aria-label'), /gc_refs 0/);

  await panel.getByRole('button', { name: 'Next phase' }).click();
  await page.waitForFunction(() => document.documentElement.dataset.phase === 'move_unreachable');
  assert.equal(await list.getAttribute('data-gc'), 'unreachable');

  await panel.getByRole('button', { name: /delete_garbage/ }).click();
  await page.waitForFunction(() => document.documentElement.dataset.phase === 'delete_garbage');
  assert.equal(await list.getAttribute('data-gc'), 'garbage');

  // After the collection the list is gone.
  await panel.getByRole('button', { name: 'After the collection' }).click();
  await page.waitForFunction(() => !document.documentElement.dataset.phase);
  assert.equal(await heap(page).locator(`[data-object-id="${id}"]`).count(), 0);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a copy shows its original and what it shares: copy.copy, copy.deepcopy and [:]', async (t) => {
  if (skip) return t.skip(skip);
  const page = await openPage(browser.context, server.url);
  await settled(page);
  await setProgram(page, 'import copy\ninner = [1]\na = [inner]\nb = copy.copy(a)\nc = copy.deepcopy(a)\nd = a[:]\n');
  await runProgram(page);
  const ids = await page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll('.frame .row')].map((r) => [r.querySelector('.label').textContent, r.dataset.target])),
  );
  const box = (name) => heap(page).locator(`.obj[data-object-id="${ids[name]}"]`);
  const address = await box('a').locator('.addr').innerText();
  for (const name of ['b', 'c', 'd']) {
    assert.equal(await box(name).locator('.copy-of').innerText(), `copy of ${address}`, name);
    assert.match(await box(name).getAttribute('aria-label'), new RegExp(`^list at 0x[0-9a-f]+, refcount 1, .*copy of ${address}`));
  }
  assert.equal(await box('a').locator('.copy-of').count(), 0);
  // Shallow copies (copy.copy, [:]) share the inner list; the deep copy holds a copy of it.
  assert.equal(await box('b').locator('.row.shared').count(), 1);
  assert.equal(await box('d').locator('.row.shared').count(), 1);
  assert.equal(await box('c').locator('.row.copied').count(), 1);
  assert.equal(await box('c').locator('.row.shared').count(), 0);
  // Selecting the deep copy highlights the original and the copied child.
  await box('c').click();
  assert.equal(await heap(page).locator('.obj.is-original').getAttribute('data-object-id'), ids.a);
  assert.equal(await heap(page).locator('.obj.copied-child').count(), 1);
  assert.equal(await heap(page).locator('.obj.shared-child').count(), 0);
  // Selecting a shallow copy highlights the shared inner list instead.
  await box('b').click();
  assert.equal(await heap(page).locator('.obj.shared-child').getAttribute('data-object-id'), ids.inner);
  assert.equal(await heap(page).locator('.obj.copied-child').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('stepping forward and back shows the same heap at each step', async (t) => {
  if (skip) return t.skip(skip);
  const page = await openPage(browser.context, server.url);
  await settled(page);
  await setProgram(page, 'def f(n):\n    return [n] * n\nxs = []\nfor i in range(4):\n    xs.append(f(i))\ndel xs[0]\nprint(len(xs))\n');
  await runProgram(page);
  const total = await page.evaluate(() => Number(document.getElementById('slider').max));
  const picture = () =>
    page.evaluate(() => [...document.querySelectorAll('#heap .obj[data-object-id]')].map((o) => o.getAttribute('aria-label')).sort().join('\n'));
  await page.locator('#slider').fill('0');
  await page.waitForFunction(() => document.documentElement.dataset.step === '0');
  // A return is a step the engine does not stop at (it shows the next one): Step forward
  // moves to the next step it can show, Step back to the previous one.
  const step = () => page.evaluate(() => Number(document.documentElement.dataset.step));
  const forward = new Map([[0, await picture()]]);
  while ((await step()) < total) {
    const before = await step();
    await page.getByRole('button', { name: 'Step forward' }).click();
    await page.waitForFunction((n) => Number(document.documentElement.dataset.step) > n, before);
    forward.set(await step(), await picture());
  }
  assert.ok(forward.size > total / 2, `${forward.size} of ${total} steps shown`);
  const backward = [];
  while ((await step()) > 0) {
    const before = await step();
    await page.getByRole('button', { name: 'Step back' }).click();
    await page.waitForFunction((n) => Number(document.documentElement.dataset.step) < n, before);
    const now = await step();
    backward.push(now);
    assert.equal(await picture(), forward.get(now), `step ${now}`);
  }
  assert.deepEqual(backward, [...forward.keys()].reverse().slice(1));
  // Jumping with the slider lands on the same pictures.
  for (const i of [total, Math.floor(total / 2), 1]) {
    await page.locator('#slider').fill(String(i));
    await page.waitForFunction((n) => document.documentElement.dataset.step === String(n), i);
    const now = await step();
    assert.equal(await picture(), forward.get(now), `slider to ${i}`);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});
