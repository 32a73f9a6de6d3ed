// What survives a reload: the editor's text and the UI choices, in localStorage. Storage may be
// unavailable (private mode, sandboxed iframes); then nothing is saved and nothing fails.

const PREFIX = 'heapscope.';

export function get(key) {
  try {
    return window.localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

export function set(key, value) {
  try {
    if (value == null) window.localStorage.removeItem(PREFIX + key);
    else window.localStorage.setItem(PREFIX + key, value);
  } catch {
    // Quota or access denied: the program is still in the editor.
  }
}

export const loadProgram = () => get('program');
export const saveProgram = (text) => set('program', text);
