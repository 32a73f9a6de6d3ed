// The threads' timeline: one lane per thread (and per simulated process) showing when it ran,
// waited for the GIL or was blocked, the GIL's hand-offs, and where the current step falls.
// The engine lays it out (TimelineView) and maps steps to times and back; this draws it and
// turns a click (or arrow keys on a focused lane) into "go to lane L at time T".
import { t } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const STATES = ['running', 'waiting_gil', 'lock', 'sleep', 'io'];
// Height of a lane's bar, as a part of the lane's row.
const BAR = 0.64;

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

/**
 * @param {HTMLElement} region the (initially hidden) section the timeline lives in
 * @param {{onSeek: (lane: number, time: number) => void}} handlers
 */
export function createTimeline(region, handlers) {
  let view = null;
  let clock = null;
  let laneNodes = [];

  const seconds = (time) => t('seconds', { n: time.toFixed(Math.min(view.decimals + 2, 6)) });

  /** The state of lane `i` at `time` ("" before it starts and after it ends). */
  function stateAt(i, time) {
    const s = view.lanes[i].segments.find((s) => s.start <= time && time <= s.end);
    return s ? s.state : '';
  }

  function laneValue(i, time) {
    const state = stateAt(i, time);
    return t('laneValue', { time: seconds(time), state: t(state ? `state-${state}` : 'state-idle') });
  }

  function laneNode(lane, i) {
    const row = el('div', 'tl-lane');
    row.setAttribute('role', 'slider');
    row.tabIndex = 0;
    row.dataset.lane = String(i);
    row.dataset.kind = lane.kind;
    row.setAttribute('aria-label', t('laneLabel', { kind: t(`kind-${lane.kind}`), name: lane.name }));
    row.setAttribute('aria-valuemin', '0');
    row.setAttribute('aria-valuemax', String(view.end));
    const name = el('span', 'tl-name', lane.name);
    name.title = lane.name;
    const bar = el('div', 'tl-bar');
    const plot = svg('svg', { class: 'tl-plot', viewBox: `0 0 ${view.end || 1} 1`, preserveAspectRatio: 'none', 'aria-hidden': 'true' });
    // One path per state: a long program has thousands of segments.
    const paths = Object.fromEntries(STATES.map((s) => [s, '']));
    const top = (1 - BAR) / 2;
    for (const s of lane.segments) {
      if (s.end <= s.start && s.state !== 'running') continue;
      paths[s.state] += `M${s.start} ${top}H${Math.max(s.end, s.start)}V${top + BAR}H${s.start}Z`;
    }
    for (const state of STATES) {
      if (paths[state]) plot.append(svg('path', { d: paths[state], class: `tl-${state}` }));
    }
    bar.append(plot);
    row.append(name, bar);
    row.addEventListener('click', (event) => {
      const rect = bar.getBoundingClientRect();
      if (event.clientX < rect.left || !rect.width) return;
      const time = Math.min(1, (event.clientX - rect.left) / rect.width) * view.end;
      handlers.onSeek(i, time);
    });
    row.addEventListener('keydown', (event) => {
      const now = Number(row.getAttribute('aria-valuenow')) || 0;
      const small = view.end / 100;
      const big = view.end / 10;
      const next = {
        ArrowRight: now + small, ArrowUp: now + small, ArrowLeft: now - small, ArrowDown: now - small,
        PageUp: now + big, PageDown: now - big, Home: 0, End: view.end,
      }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      const time = Math.max(0, Math.min(view.end, next));
      row.setAttribute('aria-valuenow', String(time));
      row.setAttribute('aria-valuetext', laneValue(i, time));
      handlers.onSeek(i, time);
    });
    return row;
  }

  /** The GIL's hand-offs: a line from the lane that dropped it to the lane that took it. */
  function handoffLayer() {
    const layer = el('div', 'tl-handoffs');
    layer.setAttribute('aria-hidden', 'true');
    const n = view.lanes.length;
    const plot = svg('svg', { class: 'tl-plot', viewBox: `0 0 ${view.end || 1} ${n}`, preserveAspectRatio: 'none' });
    let d = '';
    for (const h of view.handoffs) d += `M${h.released} ${h.from + 0.5}L${h.time} ${h.to + 0.5}`;
    if (d) plot.append(svg('path', { d, class: 'tl-handoff', 'vector-effect': 'non-scaling-stroke' }));
    layer.append(plot);
    layer.style.setProperty('--lanes', String(n));
    return layer;
  }

  function axis() {
    const row = el('div', 'tl-axis');
    row.setAttribute('aria-hidden', 'true');
    const scale = el('div', 'tl-scale');
    for (const tick of view.ticks) {
      const label = el('span', 'tl-tick', t('seconds', { n: tick.toFixed(view.decimals) }));
      label.style.left = `${(tick / (view.end || 1)) * 100}%`;
      scale.append(label);
    }
    row.append(el('span', 'tl-name'), scale);
    return row;
  }

  function legend() {
    const list = el('ul', 'tl-legend');
    for (const state of STATES) {
      const item = el('li');
      item.append(el('span', `tl-swatch tl-${state}`), document.createTextNode(t(`state-${state}`)));
      list.append(item);
    }
    if (!view.free_threading) {
      const item = el('li');
      item.append(el('span', 'tl-swatch tl-handoff'), document.createTextNode(t('handoff')));
      list.append(item);
    }
    return list;
  }

  function build() {
    region.replaceChildren();
    laneNodes = [];
    region.hidden = !view || view.lanes.length === 0;
    region.dataset.lanes = String(view ? view.lanes.length : 0);
    if (region.hidden) return;
    const head = el('div', 'tl-head');
    head.append(el('h2', null, t('timelineTitle')), el('p', 'tl-note', t(view.free_threading ? 'timelineNoteFree' : 'timelineNote')));
    const lanes = el('div', 'tl-lanes');
    laneNodes = view.lanes.map(laneNode);
    lanes.append(...laneNodes, handoffLayer());
    if (view.recorded_until != null) {
      // The recording stopped early: the rest of the axis is greyed out and said to be.
      const rest = el('div', 'tl-unrecorded');
      rest.setAttribute('aria-hidden', 'true');
      rest.style.setProperty('--from', String(view.end ? view.recorded_until / view.end : 0));
      lanes.append(rest);
      head.append(el('p', 'tl-note tl-cut', t('timelineCut', { time: seconds(view.recorded_until) })));
    }
    const marker = el('div', 'tl-marker');
    marker.setAttribute('aria-hidden', 'true');
    lanes.append(marker);
    region.append(head, lanes, axis(), legend(), el('p', 'tl-help', t('timelineHelp')));
    mark(clock);
  }

  /** Marks where the step shown falls: a line across the lanes, and its lane as current. */
  function mark(next) {
    clock = next ?? null;
    if (!view || region.hidden) return;
    const marker = region.querySelector('.tl-marker');
    marker.hidden = !clock;
    region.dataset.clockLane = clock ? String(clock.lane) : '';
    if (!clock) return;
    marker.style.setProperty('--at', String(view.end ? clock.time / view.end : 0));
    laneNodes.forEach((row, i) => {
      row.classList.toggle('current', i === clock.lane);
      row.setAttribute('aria-valuenow', String(clock.time));
      row.setAttribute('aria-valuetext', laneValue(i, clock.time));
    });
  }

  return {
    /** A run's timeline (TimelineView), or null to hide it. */
    show(next) {
      view = next;
      build();
    },
    mark,
    relabel() {
      if (view) build();
    },
  };
}
