// The Output region: the program's stdout and stderr up to the current step, as text only.

export function createOutput(region) {
  const pre = document.createElement('pre');
  region.append(pre);
  let last = null;
  return {
    /** Shows stdout then stderr (tracebacks in the error colour). */
    show(stdout, stderr) {
      const key = `${stdout}\u0000${stderr}`;
      if (key === last) return;
      last = key;
      const err = document.createElement('span');
      err.className = 'stderr';
      err.textContent = stderr;
      pre.replaceChildren(document.createTextNode(stdout), err);
      pre.scrollTop = pre.scrollHeight;
    },
    clear() {
      this.show('', '');
    },
  };
}
