// The page's budget, measured in Chromium against the built dist/:
//   1. gzipped bytes of everything the page loads (target < 300 KB),
//   2. time from navigation to the first heap drawn, on localhost (target < 500 ms),
//   3. time for one step to execute and redraw with 500 live objects (target < 16 ms).
// Usage: node scripts/budget.mjs [--runs N]   (./build.sh budget builds first)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
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
let total = 0;
console.log('Files the page loads (gzip -9):');
for (const url of loaded.sort()) {
  let path = new URL(url).pathname.replace(/^\//, '') || 'index.html';
  if (path.endsWith('/')) path += 'index.html';
  const gz = gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length;
  total += gz;
  console.log(`  ${path.padEnd(24)} ${String(gz).padStart(8)} B`);
}
results.bytes = total;
const wasm = loaded.filter((u) => u.endsWith('.wasm')).reduce((n, u) => n + gzipSync(readFileSync(join(DIST, new URL(u).pathname.slice(1))), { level: 9 }).length, 0);
console.log(
  `page weight: ${(total / 1024).toFixed(1)} KB gzipped (target < 300 KB) ${verdict(total < 300 * 1024)}` +
    ` — engine wasm ${(wasm / 1024).toFixed(1)} KB, page ${((total - wasm) / 1024).toFixed(1)} KB`,
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
