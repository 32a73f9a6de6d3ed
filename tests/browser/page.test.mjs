// The page itself: these pass whatever the engine can do (they hold on the stub too).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import {
  serveDist, launch, openPage, settled, editor, setProgram, output, heap, programText,
} from './helpers.mjs';

let server;
let browser;

before(async () => {
  // A sub-path proves the page uses relative URLs only.
  server = await serveDist('/course/heapscope/');
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the page loads from a sub-path and runs the default example', async () => {
  const page = await openPage(browser.context, server.url);
  await settled(page);
  await assert.doesNotReject(editor(page).waitFor());
  assert.match(await programText(page), /sys\.getrefcount/);
  for (const name of ['Run', 'Stop', 'Step back', 'Step forward', 'Share']) {
    assert.equal(await page.getByRole('button', { name, exact: true }).count(), 1, `button ${name}`);
  }
  assert.equal(await heap(page).count(), 1);
  assert.equal(await output(page).count(), 1);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.runs), '1', 'already run');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.foreign, [], 'no requests leave the page’s own server');
  await page.close();
});

test('the editor text survives a reload', async () => {
  const page = await openPage(browser.context, server.url);
  await settled(page);
  const text = 'kept = ["über", "</script>"]\n';
  await setProgram(page, text);
  await page.waitForTimeout(400); // saving is debounced
  await page.reload();
  await settled(page);
  assert.equal(await programText(page), text);
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test('Ctrl+Enter runs the program', async () => {
  const page = await openPage(browser.context, server.url);
  await settled(page);
  await editor(page).click();
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => document.documentElement.dataset.runs === '2');
  await page.close();
});

test('a share link restores unicode, quotes and </script> exactly', async () => {
  const page = await openPage(browser.context, server.url);
  await settled(page);
  const text = `s = "привет 🐍 — it's"\nt = '"double" \\'single\\''\nu = "</script><script>alert(1)</script>"\nprint(s, t, u)\n`;
  await setProgram(page, text);
  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  assert.ok(link.startsWith(server.url + '#code='), link);
  assert.equal(await page.evaluate(() => window.location.hash), link.slice(link.indexOf('#')));
  await page.close();

  // A different browser profile: nothing saved, the text can only come from the link.
  const other = await launch();
  try {
    const opened = await openPage(other.context, link);
    await settled(opened);
    assert.equal(await programText(opened), text);
    assert.deepEqual(opened.errors, []);
  } finally {
    await other.close();
  }
});

test('embed mode shows the program without page chrome', async () => {
  const page = await openPage(browser.context, server.url);
  await settled(page);
  await setProgram(page, 'x = [1, 2]\n');
  await page.getByRole('button', { name: 'Embed' }).click();
  const snippet = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
  assert.match(snippet, /^<iframe src="[^"]+#code=[^"]*embed=1[^"]*"/);
  await page.close();

  const src = snippet.match(/src="([^"]+)"/)[1].replace(/&amp;/g, '&');
  const framed = await openPage(browser.context, src.replace('lang=en', 'lang=ru').replace('readonly=0', 'readonly=1').replace('theme=light', 'theme=dark'));
  await settled(framed);
  assert.equal(await programText(framed), 'x = [1, 2]\n');
  assert.equal(await framed.getByRole('button', { name: 'Поделиться' }).isVisible(), false, 'no Share in embed mode');
  assert.equal(await framed.locator('header').isVisible(), false);
  assert.ok(await framed.getByRole('button', { name: 'Запустить' }).isVisible());
  assert.ok(await framed.getByRole('region', { name: 'Куча' }).isVisible());
  assert.ok(await framed.getByRole('link', { name: 'Открыть в heapscope' }).isVisible());
  assert.equal(await framed.locator('.cm-content').getAttribute('contenteditable'), 'false', 'read-only');
  assert.equal(await framed.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await framed.close();
});

test('the Russian UI can be chosen and is remembered', async () => {
  const page = await openPage(browser.context, server.url);
  await settled(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  for (const name of ['Запустить', 'Остановить', 'Шаг назад', 'Шаг вперёд', 'Поделиться']) {
    assert.equal(await page.getByRole('button', { name, exact: true }).count(), 1, name);
  }
  assert.equal(await page.getByRole('textbox', { name: 'Программа' }).count(), 1);
  assert.equal(await page.getByRole('region', { name: 'Вывод' }).count(), 1);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
  await page.reload();
  await settled(page);
  assert.equal(await page.getByRole('button', { name: 'Запустить' }).count(), 1);
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('en');
  assert.equal(await page.getByRole('button', { name: 'Run' }).count(), 1);
  await page.close();
});

test('a Russian browser gets the Russian UI and a dark system gets the dark theme', async () => {
  const ru = await launch({ locale: 'ru-RU', colorScheme: 'dark' });
  try {
    const page = await openPage(ru.context, server.url);
    await settled(page);
    assert.equal(await page.getByRole('button', { name: 'Запустить' }).count(), 1);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    const toggle = page.getByRole('button', { name: 'Тёмная тема' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    await toggle.click();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
  } finally {
    await ru.close();
  }
});

test('the examples menu has a program for every seed topic', async () => {
  const page = await openPage(browser.context, server.url);
  await settled(page);
  const menu = page.getByRole('combobox', { name: 'Examples' });
  const ids = await menu.locator('option').evaluateAll((options) => options.map((o) => o.value));
  for (const topic of ['gil', 'refcount', 'gc', 'weakref', 'identity', 'interning', 'copy', 'profiling']) {
    assert.ok(ids.includes(topic), `example for ${topic}`);
  }
  for (let q = 1; q <= 8; q++) assert.ok(ids.includes(`seed-q${q}`), `seed example Q${q}`);
  await menu.selectOption('weakref');
  await page.waitForFunction(() => document.documentElement.dataset.runs === '2');
  assert.match(await programText(page), /weakref\.ref\(parent\)/);
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test('every control is reachable with the keyboard', async () => {
  const page = await openPage(browser.context, server.url);
  await settled(page);
  const reached = new Set();
  await page.locator('body').focus();
  for (let i = 0; i < 30; i++) {
    // Tab indents inside the editor; Escape first lets it move focus on (CodeMirror's convention).
    if (await page.evaluate(() => document.activeElement.classList.contains('cm-content'))) {
      await page.keyboard.press('Escape');
    }
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement;
      return el.getAttribute('aria-label') || el.textContent.trim().slice(0, 20) || el.id;
    });
    reached.add(name);
  }
  for (const name of ['Examples', 'Share', 'Embed', 'Language', 'Dark theme', 'Program', 'Run', 'Heap']) {
    assert.ok(reached.has(name), `${name} is reachable with Tab (reached: ${[...reached].join(', ')})`);
  }
  await page.close();
});

test('when the engine worker dies the page starts a new one and keeps the program', async () => {
  const page = await openPage(browser.context, server.url);
  await settled(page);
  const text = 'kept = "after the crash"\n';
  await setProgram(page, text);
  const [worker] = page.workers();
  assert.ok(worker, 'the engine runs in a Web Worker');
  await worker.evaluate(() => setTimeout(() => { throw new Error('simulated engine failure'); }));
  await page.waitForFunction(() => document.documentElement.dataset.crashes === '1');
  assert.match(await page.getByRole('status').innerText(), /crashed and was restarted/);
  assert.equal(await programText(page), text);
  assert.equal(await page.getByRole('button', { name: 'Step back' }).getAttribute('aria-disabled'), 'true');
  // The fresh worker takes the next run.
  const runs = Number(await page.evaluate(() => document.documentElement.dataset.runs));
  await page.getByRole('button', { name: 'Run' }).click();
  await page.waitForFunction((n) => Number(document.documentElement.dataset.runs) > n, runs);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.crashes), '1');
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test('the embed snippet works inside a course page on another origin', async () => {
  const page = await openPage(browser.context, server.url);
  await settled(page);
  await setProgram(page, 'print("inside a course")\n');
  await page.getByRole('button', { name: 'Embed' }).click();
  const snippet = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
  await page.evaluate(() => localStorage.clear());
  await page.close();

  // The course page is served from another port, so the iframe is cross-origin.
  const course = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>Course</title><h1>Lesson</h1>${snippet}`);
  });
  await new Promise((ok) => course.listen(0, '127.0.0.1', ok));
  try {
    const host = await openPage(browser.context, `http://127.0.0.1:${course.address().port}/`);
    const frame = host.frameLocator('iframe[title="heapscope"]');
    await frame.getByRole('region', { name: 'Heap' }).waitFor();
    await frame.locator('html[data-runs="1"]').waitFor();
    assert.equal(await frame.getByRole('button', { name: 'Share' }).isVisible(), false);
    assert.ok(await frame.getByRole('button', { name: 'Run' }).isVisible());
    assert.deepEqual(host.errors, []);
    await host.close();
  } finally {
    await new Promise((ok) => course.close(ok));
  }
});
