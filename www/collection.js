// The "Collection" panel: shown when the step just taken ran the cyclic collector. It lists the
// collector's phases (Modules/gcmodule.c, gc_collect_main); choosing one asks the engine for the
// heap the collection found, marked with each object's gc_refs and what the phase made of it.
import { t } from './i18n.js';

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * @param {HTMLElement} region
 * @param {{onPhase: (collection: number, index: number) => void, onLeave: () => void}} handlers
 */
export function createCollectionPanel(region, handlers) {
  let collections = [];
  let selected = null; // {collection, index} while a phase is shown

  function phaseButton(c, i, name) {
    const button = el('button', 'phase', t('phaseLabel', { n: i + 1, name: t(`phase-${name}`) }));
    button.type = 'button';
    button.dataset.collection = String(c);
    button.dataset.phase = name;
    button.setAttribute('aria-pressed', 'false');
    button.addEventListener('click', () => handlers.onPhase(c, i));
    return button;
  }

  function navButton(key, onClick) {
    const button = el('button', 'phase-nav', t(key));
    button.type = 'button';
    button.dataset.i18n = key;
    button.addEventListener('click', onClick);
    return button;
  }

  function move(delta) {
    if (!collections.length) return;
    if (!selected) {
      handlers.onPhase(0, delta > 0 ? 0 : collections[0].phases.length - 1);
      return;
    }
    let { collection, index } = selected;
    index += delta;
    if (index < 0 && collection > 0) {
      collection -= 1;
      index = collections[collection].phases.length - 1;
    } else if (index >= collections[collection].phases.length && collection + 1 < collections.length) {
      collection += 1;
      index = 0;
    }
    if (index < 0 || index >= collections[collection].phases.length) return;
    handlers.onPhase(collection, index);
  }

  function build() {
    region.replaceChildren();
    region.hidden = collections.length === 0;
    if (!collections.length) return;
    const heading = el('h2', null, t('collection'));
    region.append(heading);
    collections.forEach((c, ci) => {
      const box = el('div', 'gc-collection');
      box.append(el('p', 'gc-title', t('collectionTitle', { generation: c.generation })));
      if (collections.length > 1) box.append(el('p', 'gc-count', t('collectionOf', { n: ci + 1, total: collections.length })));
      box.append(el('p', 'gc-summary', t('collectionSummary', { examined: c.examined, garbage: c.garbage })));
      const list = el('ol', 'phases');
      c.phases.forEach((name, i) => {
        const item = el('li');
        item.append(phaseButton(ci, i, name));
        list.append(item);
      });
      box.append(list);
      region.append(box);
    });
    const nav = el('div', 'phase-buttons');
    nav.append(
      navButton('previousPhase', () => move(-1)),
      navButton('nextPhase', () => move(1)),
      navButton('afterCollection', () => handlers.onLeave()),
    );
    const explain = el('p', 'gc-explain');
    explain.setAttribute('aria-live', 'polite');
    region.append(nav, explain);
    mark();
  }

  function mark() {
    for (const button of region.querySelectorAll('button.phase')) {
      const on =
        selected !== null &&
        Number(button.dataset.collection) === selected.collection &&
        button.dataset.phase === collections[selected.collection]?.phases[selected.index];
      button.setAttribute('aria-pressed', String(on));
    }
    const explain = region.querySelector('.gc-explain');
    if (explain) explain.textContent = selected ? t(`explain-${collections[selected.collection].phases[selected.index]}`) : '';
    region.dataset.phase = selected ? collections[selected.collection].phases[selected.index] : '';
  }

  return {
    /** The step's collections (from its view); forgets the phase shown when they change. */
    show(next) {
      const same = JSON.stringify(next) === JSON.stringify(collections);
      collections = next;
      if (!same) {
        selected = null;
        build();
      } else {
        selected = null;
        mark();
      }
    },
    /** Marks phase `index` of collection `collection` as the one drawn. */
    select(collection, index) {
      selected = { collection, index };
      mark();
    },
    relabel() {
      const keep = selected;
      build();
      selected = keep;
      mark();
    },
  };
}
