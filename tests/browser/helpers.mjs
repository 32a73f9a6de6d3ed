// Shared by the browser tests and scripts/budget.mjs: serve dist/ on a free 127.0.0.1 port and
// drive Debian's Chromium through playwright-core.
import { createServer } from 'node:http';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = process.env.HEAPSCOPE_DIST ? resolve(process.env.HEAPSCOPE_DIST) : join(ROOT, 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Serves dist/ (under `prefix`, to prove relative URLs) on a free port; resolves {url, close}. */
export async function serveDist(prefix = '/') {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is not built: run ./build.sh first');
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    let file = resolve(DIST, '.' + sep + path.slice(prefix.length));
    if (!file.startsWith(DIST)) {
      res.writeHead(403).end();
      return;
    }
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}${prefix}`;
  return { url, close: () => new Promise((ok) => server.close(ok)) };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh Chromium with its own profile dir; resolves {context, close}. */
export async function launch(options = {}) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'heapscope-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    locale: options.locale || 'en-US',
    colorScheme: options.colorScheme || 'light',
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens a page and records console errors, page errors and requests leaving the server. */
export async function openPage(context, url) {
  const page = await context.newPage();
  page.errors = [];
  page.foreign = [];
  const origin = new URL(url).origin;
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.panics = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // Engine panics are the engine's bugs (the page recovers from them): kept apart.
    if (m.text().startsWith('heapscope engine panicked')) page.panics.push(m.text());
    else page.errors.push(m.text());
  });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) page.foreign.push(u);
  });
  await page.goto(url);
  return page;
}

/** Waits until the page has finished its first run (drawn, or failed) and is idle. */
export async function settled(page, timeout = 15000) {
  await page.waitForFunction(
    () => document.documentElement.dataset.state === 'idle' && Number(document.documentElement.dataset.runs) > 0,
    null,
    { timeout },
  );
}

export const editor = (page) => page.getByRole('textbox', { name: 'Program' });

/** Replaces the editor's text (typed through the keyboard, as a learner would). */
export async function setProgram(page, text) {
  const box = editor(page);
  await box.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  // insertText types the whole text at once, without auto-indent rewriting it.
  await page.keyboard.insertText(text);
}

/** Clicks Run and waits for the run to finish and its last step to be drawn. */
export async function runProgram(page) {
  const before = Number((await page.evaluate(() => document.documentElement.dataset.runs)) || 0);
  await page.getByRole('button', { name: 'Run' }).click();
  await page.waitForFunction((n) => Number(document.documentElement.dataset.runs || 0) > n, before);
  await settled(page);
}

export const output = (page) => page.getByRole('region', { name: 'Output' });
export const heap = (page) => page.getByRole('region', { name: 'Heap' });

/**
 * What the engine behind the page can do yet (it starts as a stub that parses nothing and records
 * no steps): {runs, parses} hold null when the feature works, else the reason to skip its tests.
 */
export async function engineProbe(url) {
  const browser = await launch();
  try {
    return await probe(browser, url);
  } catch (error) {
    const reason = `the engine probe failed: ${error.message.split('\n')[0]}`;
    return { runs: reason, parses: reason };
  } finally {
    await browser.close();
  }
}

async function probe(browser, url) {
  const page = await openPage(browser.context, url);
  await settled(page);
  await setProgram(page, 'print(6 * 7)\n');
  await runProgram(page);
  const printed = (await output(page).locator('pre').innerText()).includes('42');
  await setProgram(page, 'def f(:\n    pass\n');
  await runProgram(page);
  const marked = Number(await page.evaluate(() => document.documentElement.dataset.diagnostics)) > 0;
  return {
    runs: printed ? null : 'the engine does not run programs yet (print(6 * 7) printed nothing)',
    parses: marked ? null : 'the engine reports no syntax errors yet (def f(: gave no diagnostic)',
  };
}

/** The editor's exact text, read from CodeMirror's state (not the rendered lines). */
export async function programText(page) {
  return page.evaluate(() => document.getElementById('editor').heapscopeText());
}

/** Skip reasons for engine-dependent tests ({runs, parses}; null = run the test). */
export async function engineSkipReasons(url) {
  const forced = process.env.HEAPSCOPE_ENGINE_TESTS;
  if (forced === '1') return { runs: null, parses: null };
  if (forced === '0') return { runs: 'HEAPSCOPE_ENGINE_TESTS=0', parses: 'HEAPSCOPE_ENGINE_TESTS=0' };
  return engineProbe(url);
}
