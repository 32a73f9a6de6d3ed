// Light and dark themes: the system setting unless the learner picked one with the toggle.
import * as storage from './storage.js';

const media = window.matchMedia('(prefers-color-scheme: dark)');

export function initTheme(button, forced) {
  const apply = (theme) => {
    document.documentElement.dataset.theme = theme;
    button.setAttribute('aria-pressed', String(theme === 'dark'));
  };
  const chosen = () => forced || storage.get('theme') || (media.matches ? 'dark' : 'light');
  apply(chosen());
  media.addEventListener('change', () => apply(chosen()));
  button.addEventListener('click', () => {
    const next = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
    if (!forced) storage.set('theme', next);
    else forced = next;
    apply(next);
  });
  return () => document.documentElement.dataset.theme;
}
