// The page's budget, measured in Chromium against the built dist/:
//   1. gzipped bytes of everything the page loads (target < 300 KB),
//   2. time from navigation to the first heap drawn, on localhost (target < 500 ms),
//   3. time for one step to execute and redraw with 500 live objects (target < 16 ms).
// Usage: node scripts/budget.mjs [--runs N]   (./build.sh budget builds first)
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { join } from 'node:path';
import { serveDist, launch, openPage, settled, setProgram, runProgram, DIST } from '../tests/browser/helpers.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const verdict = (ok) => (ok ? 'ok' : 'OVER');

const server = await serveDist('/');
const results = {};

// 1 + 2: a fresh browser per run, so nothing is cached.
const firstHeap = [];
let loaded = [];
for (let i = 0; i < runs; i++) {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    const urls = new Set();
    page.on('requestfinished', (r) => urls.add(r.url()));
    await page.goto(server.url);
    await settled(page);
    const mark = await page.evaluate(() => performance.getEntriesByName('heapscope:first-heap')[0]?.startTime);
    if (mark !== undefined) firstHeap.push(mark);
    loaded = [...urls];
  } finally {
    await browser.close();
  }
}
// Sizes as a static host serves them: gzip -9 (what the budget counts) and brotli -11.
const gzipped = (path) => gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length;
const brotli = (path) =>
  brotliCompressSync(readFileSync(join(DIST, path)), { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const distPath = (url) => {
  let path = new URL(url).pathname.replace(/^\//, '') || 'index.html';
  return path.endsWith('/') ? path + 'index.html' : path;
};
let total = 0;
let totalBrotli = 0;
let wasm = 0;
console.log('Files the page loads when it opens and runs the default example (gzip -9, brotli -11):');
for (const path of loaded.map(distPath).sort()) {
  const [gz, br] = [gzipped(path), brotli(path)];
  total += gz;
  totalBrotli += br;
  if (path.endsWith('.wasm')) wasm += gz;
  console.log(`  ${path.padEnd(28)} ${String(gz).padStart(8)} B ${String(br).padStart(8)} B`);
}
results.bytes = total;
console.log(
  `page weight: ${(total / 1024).toFixed(1)} KB gzipped (target < 300 KB) ${verdict(total < 300 * 1024)}` +
    ` — engine wasm ${(wasm / 1024).toFixed(1)} KB, page ${((total - wasm) / 1024).toFixed(1)} KB;` +
    ` ${(totalBrotli / 1024).toFixed(1)} KB with brotli`,
);
// Standard-library sources the default example imported are in the list above; the rest (and
// the \N{...} character names) are fetched only by programs that need them.
const deferred = readdirSync(join(DIST, 'stdlib'), { recursive: true })
  .map((name) => `stdlib/${name}`)
  .filter((path) => /\.(py|txt)$/.test(path) && !loaded.map(distPath).includes(path));
const deferredGz = gzipSync(Buffer.concat(deferred.map((path) => readFileSync(join(DIST, path)))), { level: 9 }).length;
console.log(
  `fetched only when a program needs it: ${deferred.length} files under stdlib/, ` +
    `${(deferredGz / 1024).toFixed(1)} KB gzipped together (not counted)`,
);
if (firstHeap.length) {
  const firstMs = median(firstHeap);
  results.firstHeapMs = firstMs;
  console.log(
    `navigation -> first heap drawn: ${firstMs.toFixed(0)} ms median of ${firstHeap.length} (target < 500 ms) ${verdict(firstMs < 500)}`,
  );
} else {
  console.log('navigation -> first heap drawn: n/a (the default example drew no step: the engine could not run it)');
}

// 3: step back and forth at the end of a program holding 500+ objects.
const browser = await launch();
try {
  const page = await openPage(browser.context, server.url);
  await settled(page);
  // A tree of 585 lists, 8 wide (a container shows 8 references before collapsing), 4 deep,
  // written out as one literal so the figure needs no loops from the engine.
  const tree = (depth) => (depth === 3 ? '[0]' : `[${Array.from({ length: 8 }, () => tree(depth + 1)).join(', ')}]`);
  await setProgram(page, `t = ${tree(0)}\na = 1\nb = 2\nc = 3\n`);
  await runProgram(page);
  const live = Number(await page.evaluate(() => document.getElementById('heap').dataset.objects));
  if (live < 500) {
    console.log(`one step with 500 live objects: n/a (the engine drew ${live} objects for the test program)`);
  } else {
    const drawn = [];
    const painted = [];
    for (let i = 0; i < 20; i++) {
      const [d, p] = await page.evaluate(
        (name) =>
          new Promise((resolve) => {
            const root = document.documentElement;
            const before = root.dataset.step;
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (root.dataset.step === before) return;
              observer.disconnect();
              // data-step is set once the heap, output and editor are updated in the DOM.
              const dom = performance.now() - start;
              // Then the browser styles, lays out and paints it in the next frame.
              requestAnimationFrame(() => setTimeout(() => resolve([dom, performance.now() - start])));
            });
            observer.observe(root, { attributes: true, attributeFilter: ['data-step'] });
            document.getElementById(name).click();
          }),
        i % 2 ? 'forward' : 'back',
      );
      drawn.push(d);
      painted.push(p);
      await page.waitForTimeout(50);
    }
    const stepMs = median(drawn);
    results.stepMs = stepMs;
    console.log(
      `one step with ${live} live objects: ${stepMs.toFixed(1)} ms to execute and redraw the DOM, ` +
        `${median(painted).toFixed(1)} ms until the next frame is painted; medians of 20 (target < 16 ms) ${verdict(stepMs < 16)}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
