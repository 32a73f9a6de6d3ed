// The heap drawing: frames and objects as HTML boxes at the positions the engine computed, arrows
// in an SVG layer underneath, pan and zoom. Boxes are kept per object id between steps, so only
// what changed is touched; new objects fade in, freed ones fade out.
import { t } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const LEAVE_MS = 250;
// The first picture of a program is shrunk to fit, but no further than this: text stays legible.
const AUTO_FIT_MIN = 0.6;
// Past this many objects, arrows to simple values (ints, strings, None: their rows show them as
// text) are left out, but for the selected object's.
const CROWDED = 150;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function place(node, x, y, w, h) {
  node.style.transform = `translate(${x}px, ${y}px)`;
  node.style.width = `${w}px`;
  if (h !== undefined) node.style.height = `${h}px`;
}

/** The accessible name of an object box: type first, then address, refcount, generation. */
export function objectLabel(o) {
  const gen = o.generation == null ? t('untracked') : t('generation', { n: o.generation });
  let label = t('objectLabel', { type: o.type_name, address: o.address, refcount: o.refcount, gen });
  if (o.copied_from) label += `, ${t('copyOf', { address: o.copied_from })}`;
  if (o.gc) {
    const state = t(`gc-${o.gc.state}`);
    label += `, ${o.gc.gc_refs == null ? t('gcLabel', { state }) : t('gcLabelRefs', { n: o.gc.gc_refs, state })}`;
  }
  return label;
}

function rowNode(row) {
  const li = el('li', row.weak ? 'row weak' : 'row');
  if (row.target) li.dataset.target = row.target;
  if (row.share) {
    li.classList.add(row.share);
    li.title = t(row.share === 'shared' ? 'shareShared' : 'shareCopied');
    li.append(el('span', 'share', row.share === 'shared' ? '=' : '≈'));
  }
  li.append(el('span', 'label', row.label));
  if (row.value) li.append(el('span', 'value', row.value));
  else if (row.target) li.append(el('span', row.weak ? 'pointer weak' : 'pointer', row.weak ? '⇢' : '→'));
  return li;
}

// What an object box shows apart from its counters, as one string: rebuilt only when it changes.
function bodyOf(o) {
  let s = `${o.type_name}\u0001${o.repr}\u0001${o.hidden}\u0001${o.copied_from}`;
  for (const r of o.rows) s += `\u0002${r.label}\u0001${r.value}\u0001${r.weak}\u0001${r.target !== ''}\u0001${r.share}`;
  return s;
}

export function createHeapView(region) {
  const tools = el('div', 'heap-tools');
  const zoomOut = el('button', 'icon', '−');
  const zoomIn = el('button', 'icon', '+');
  const fitButton = el('button', null);
  for (const [button, key] of [[zoomOut, 'zoomOut'], [zoomIn, 'zoomIn'], [fitButton, 'fit']]) {
    button.type = 'button';
    button.dataset.i18nAria = key;
    button.setAttribute('aria-label', t(key));
    tools.append(button);
  }
  fitButton.dataset.i18n = 'fit';
  fitButton.textContent = t('fit');
  const viewport = el('div', 'heap-viewport');
  const canvas = el('div', 'heap-canvas');
  const edgeLayer = svg('svg', { class: 'edges', 'aria-hidden': 'true' });
  const defs = svg('defs');
  for (const [id, cls] of [['hs-arrow', 'arrow'], ['hs-arrow-weak', 'arrow weak']]) {
    const marker = svg('marker', {
      id, viewBox: '0 0 10 10', refX: '9', refY: '5', markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse',
    });
    marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', class: cls }));
    defs.append(marker);
  }
  const edgeGroup = svg('g');
  edgeLayer.append(defs, edgeGroup);
  const frameLayer = el('div', 'frames');
  const objectLayer = el('div', 'objects');
  canvas.append(edgeLayer, frameLayer, objectLayer);
  viewport.append(canvas);
  const empty = el('p', 'heap-empty');
  empty.dataset.i18n = 'heapEmpty';
  empty.textContent = t('heapEmpty');
  const info = el('p', 'heap-info');
  region.append(tools, viewport, empty, info);

  /** id -> {node, signature, refcount} */
  const boxes = new Map();
  const edgePaths = [];
  const camera = { x: 0, y: 0, scale: 1 };
  let extent = { width: 0, height: 0 };
  let fitPending = true;

  function applyCamera() {
    canvas.style.transform = `translate(${camera.x}px, ${camera.y}px) scale(${camera.scale})`;
    region.dataset.zoom = camera.scale.toFixed(2);
  }

  function zoomAt(factor, cx, cy) {
    const scale = Math.min(3, Math.max(0.1, camera.scale * factor));
    const k = scale / camera.scale;
    camera.x = cx - (cx - camera.x) * k;
    camera.y = cy - (cy - camera.y) * k;
    camera.scale = scale;
    applyCamera();
  }

  /** Shows the whole drawing, or at least `minScale` of it (large heaps stay readable: pan to see more). */
  function fit(minScale = 0.1) {
    const w = viewport.clientWidth || 1;
    const h = viewport.clientHeight || 1;
    const whole = Math.min(1, w / Math.max(extent.width, 1), h / Math.max(extent.height, 1));
    camera.scale = Math.max(minScale, whole);
    camera.x = 0;
    camera.y = 0;
    applyCamera();
  }

  zoomIn.addEventListener('click', () => zoomAt(1.25, viewport.clientWidth / 2, viewport.clientHeight / 2));
  zoomOut.addEventListener('click', () => zoomAt(0.8, viewport.clientWidth / 2, viewport.clientHeight / 2));
  fitButton.addEventListener('click', () => fit());

  viewport.addEventListener('wheel', (event) => {
    event.preventDefault();
    const rect = viewport.getBoundingClientRect();
    if (event.ctrlKey || event.metaKey) {
      zoomAt(Math.exp(-event.deltaY / 300), event.clientX - rect.left, event.clientY - rect.top);
    } else {
      camera.x -= event.deltaX;
      camera.y -= event.deltaY;
      applyCamera();
    }
  }, { passive: false });

  let drag = null;
  viewport.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    drag = { x: event.clientX - camera.x, y: event.clientY - camera.y, startX: event.clientX, startY: event.clientY };
  });
  viewport.addEventListener('pointermove', (event) => {
    if (!drag) return;
    // Capture only once the pointer really moves, so a click still reaches the object under it.
    if (!drag.active) {
      if (Math.hypot(event.clientX - drag.startX, event.clientY - drag.startY) < 4) return;
      drag.active = true;
      viewport.setPointerCapture(event.pointerId);
      viewport.classList.add('dragging');
    }
    camera.x = event.clientX - drag.x;
    camera.y = event.clientY - drag.y;
    applyCamera();
  });
  const endDrag = () => {
    drag = null;
    viewport.classList.remove('dragging');
  };
  viewport.addEventListener('pointerup', endDrag);
  viewport.addEventListener('pointercancel', endDrag);

  region.addEventListener('keydown', (event) => {
    if (event.target !== region) return;
    const pan = { ArrowLeft: [40, 0], ArrowRight: [-40, 0], ArrowUp: [0, 40], ArrowDown: [0, -40] }[event.key];
    if (pan) {
      camera.x += pan[0];
      camera.y += pan[1];
      applyCamera();
    } else if (event.key === '+' || event.key === '=') {
      zoomAt(1.25, viewport.clientWidth / 2, viewport.clientHeight / 2);
    } else if (event.key === '-') {
      zoomAt(0.8, viewport.clientWidth / 2, viewport.clientHeight / 2);
    } else if (event.key === '0') {
      fit();
    } else {
      return;
    }
    event.preventDefault();
  });

  function objectNode() {
    const node = el('div', 'obj');
    node.setAttribute('role', 'group');
    node.tabIndex = -1;
    return node;
  }

  // Selecting a copy shows what it shares with its original: the original, the children both
  // refer to, and the children that are copies of the original's.
  let selected = null;
  let current = new Map(); // id -> object of the view drawn
  function highlight() {
    for (const node of objectLayer.querySelectorAll('.selected, .is-original, .shared-child, .copied-child')) {
      node.classList.remove('selected', 'is-original', 'shared-child', 'copied-child');
    }
    // The selected object's arrows, in and out, stand out (and show even where a crowded heap
    // hides the arrows to simple values).
    for (const path of edgePaths) {
      const linked = !!selected && (path.hsFrom === selected || path.hsTo === selected);
      if (path.hsLinked !== linked) {
        path.classList.toggle('linked', linked);
        path.hsLinked = linked;
      }
    }
    const o = selected && current.get(selected);
    if (!o) return;
    boxes.get(o.id)?.node.classList.add('selected');
    if (!o.copied_from) return;
    if (o.original) boxes.get(o.original)?.node.classList.add('is-original');
    for (const r of o.rows) {
      if (r.share) boxes.get(r.target)?.node.classList.add(r.share === 'shared' ? 'shared-child' : 'copied-child');
    }
  }
  objectLayer.addEventListener('click', (event) => {
    const node = event.target.closest?.('.obj[data-object-id]');
    selected = node && node.dataset.objectId !== selected ? node.dataset.objectId : null;
    highlight();
  });
  objectLayer.addEventListener('keydown', (event) => {
    const node = event.target.closest?.('.obj[data-object-id]');
    if (!node || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    selected = node.dataset.objectId !== selected ? node.dataset.objectId : null;
    highlight();
  });

  // Builds the parts of a box that change rarely (type, address, contents); refcount, generation
  // and size live in spans updated in place.
  function fillObject(box, o) {
    const node = box.node;
    node.replaceChildren();
    const head = el('div', 'obj-head');
    head.append(el('span', 'type', o.type_name), el('span', 'addr', o.address));
    const meta = el('div', 'obj-meta');
    box.refcountNode = el('span', 'refcount');
    box.genNode = el('span', 'gen');
    box.sizeNode = el('span', 'size');
    box.gcNode = el('span', 'gc-refs');
    meta.append(box.gcNode, box.refcountNode, box.genNode, box.sizeNode);
    node.append(head, meta);
    if (o.copied_from) node.append(el('div', 'copy-of', t('copyOf', { address: o.copied_from })));
    node.tabIndex = 0;
    if (o.rows.length) {
      const list = el('ul', 'rows');
      for (const row of o.rows) list.append(rowNode(row));
      if (o.hidden) list.append(el('li', 'row more', t('more', { n: o.hidden })));
      node.append(list);
    } else {
      node.append(o.repr ? el('div', 'repr', o.repr) : el('div', 'repr empty', t('noReferences')));
    }
  }

  function fillMeta(box, o) {
    box.refcountNode.textContent = t('refcountShort', { n: o.refcount });
    box.genNode.textContent = o.generation == null ? t('untrackedShort') : t('genShort', { n: o.generation });
    box.sizeNode.textContent = `${o.size} B`;
    box.node.classList.toggle('untracked', o.generation == null);
    box.gcNode.textContent = o.gc && o.gc.gc_refs != null ? t('gcRefs', { n: o.gc.gc_refs }) : '';
    if (o.gc) box.node.dataset.gc = o.gc.state;
    else delete box.node.dataset.gc;
    box.node.setAttribute('aria-label', objectLabel(o));
  }

  function renderFrames(frames) {
    frameLayer.replaceChildren();
    for (const f of frames) {
      const node = el('div', 'frame');
      node.setAttribute('role', 'group');
      const label = f.thread
        ? t('frameLabelThread', { name: f.name, line: f.line, thread: f.thread })
        : t('frameLabel', { name: f.name, line: f.line });
      node.setAttribute('aria-label', label);
      place(node, f.x, f.y, f.w, f.h);
      const head = el('div', 'frame-head');
      head.append(el('span', 'name', f.name), el('span', 'line', t('lineShort', { n: f.line })));
      node.append(head);
      if (f.thread) {
        node.dataset.thread = f.thread;
        node.append(el('div', 'frame-thread', f.thread));
      }
      const list = el('ul', 'rows');
      for (const row of f.vars) list.append(rowNode(row));
      node.append(list);
      frameLayer.append(node);
    }
  }

  function renderEdges(edges) {
    while (edgePaths.length < edges.length) {
      const path = svg('path');
      edgePaths.push(path);
      edgeGroup.append(path);
    }
    for (let i = 0; i < edgePaths.length; i++) {
      const path = edgePaths[i];
      const e = edges[i];
      let d = '';
      if (e) {
        const dx = Math.max(40, Math.abs(e.x2 - e.x1) / 2);
        d = `M${e.x1},${e.y1} C${e.x1 + dx},${e.y1} ${e.x2 - dx},${e.y2} ${e.x2 - 2},${e.y2}`;
      }
      path.hsFrom = e?.from;
      path.hsTo = e?.to;
      // Only touch paths that changed: most arrows stay put from one step to the next.
      if (path.hsD !== d) {
        path.setAttribute('d', d);
        path.hsD = d;
      }
      // Arrows to simple values (their rows already show them as text) are drawn fainter, so
      // the structure stands out in a large heap.
      const kind = !e ? '' : e.weak ? 'weak' : e.value ? 'value' : 'strong';
      if (path.hsKind !== kind) {
        path.setAttribute('class', kind === 'weak' ? 'edge weak' : kind === 'value' ? 'edge value' : 'edge');
        path.hsLinked = false;
        path.setAttribute('marker-end', kind === 'weak' ? 'url(#hs-arrow-weak)' : 'url(#hs-arrow)');
        path.hsKind = kind;
      }
    }
  }

  /** Draws one step's view ({frames, objects, edges, width, height}). */
  function render(view) {
    const seen = new Set();
    for (const o of view.objects) {
      seen.add(o.id);
      let box = boxes.get(o.id);
      if (!box) {
        box = { node: objectNode(), body: '', meta: '', refcount: o.refcount };
        box.node.dataset.objectId = o.id;
        boxes.set(o.id, box);
        objectLayer.append(box.node);
      }
      const body = bodyOf(o);
      if (body !== box.body) {
        fillObject(box, o);
        box.body = body;
        box.meta = '';
      }
      const meta = `${o.refcount} ${o.generation} ${o.size} ${o.gc?.state} ${o.gc?.gc_refs}`;
      if (meta !== box.meta) {
        if (box.meta && box.refcount !== o.refcount) {
          // Two classes with the same animation, alternated, restart it without a reflow.
          box.flip = !box.flip;
          box.node.classList.toggle('changed', box.flip);
          box.node.classList.toggle('changed-again', !box.flip);
        }
        fillMeta(box, o);
        box.meta = meta;
        box.refcount = o.refcount;
      }
      const pos = `${o.x},${o.y},${o.h}`;
      if (box.pos !== pos) {
        place(box.node, o.x, o.y, o.w, o.h);
        box.pos = pos;
      }
    }
    for (const [id, box] of boxes) {
      if (seen.has(id)) continue;
      boxes.delete(id);
      const node = box.node;
      delete node.dataset.objectId;
      node.setAttribute('aria-hidden', 'true');
      node.classList.add('leaving');
      setTimeout(() => node.remove(), LEAVE_MS);
    }
    current = new Map(view.objects.map((o) => [o.id, o]));
    if (selected && !current.has(selected)) selected = null;
    region.classList.toggle('gc-phase', !!view.phase);
    region.classList.toggle('crowded', view.objects.length > CROWDED);
    renderFrames(view.frames);
    renderEdges(view.edges);
    highlight();
    edgeLayer.setAttribute('width', view.width);
    edgeLayer.setAttribute('height', view.height);
    extent = { width: view.width, height: view.height };
    let about = t('heapInfo', { counts: view.gc_count.join(', '), event: view.event });
    if (view.hidden_objects) about += ` · ${t('notDrawn', { n: view.hidden_objects })}`;
    if (view.objects.length > CROWDED) about += ` · ${t('crowded')}`;
    info.textContent = about;
    region.classList.toggle('is-empty', view.objects.length === 0 && view.frames.length === 0);
    region.dataset.objects = String(view.objects.length);
    if (fitPending && view.objects.length) {
      fitPending = false;
      fit(AUTO_FIT_MIN);
    }
  }

  /** Forgets everything drawn (a new program). */
  function reset() {
    for (const box of boxes.values()) box.node.remove();
    boxes.clear();
    frameLayer.replaceChildren();
    renderEdges([]);
    info.textContent = '';
    fitPending = true;
    region.classList.add('is-empty');
    region.dataset.objects = '0';
  }

  /** Re-labels every box after a language switch. */
  function relabel(view) {
    for (const box of boxes.values()) box.body = '';
    if (view) render(view);
  }

  applyCamera();
  return { render, reset, relabel, fit };
}
