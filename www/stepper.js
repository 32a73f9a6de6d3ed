// Run, Stop, Step back, Step forward and the step slider. Step buttons use aria-disabled rather
// than disabled so keyboard focus stays on them at either end.

export function createStepper(controls, handlers) {
  const { run, stop, back, forward, slider, position } = controls;
  let state = { step: 0, steps: 0, running: false };

  run.addEventListener('click', () => handlers.onRun());
  stop.addEventListener('click', () => handlers.onStop());
  back.addEventListener('click', () => {
    if (back.getAttribute('aria-disabled') !== 'true') handlers.onSeek(state.step - 1);
  });
  forward.addEventListener('click', () => {
    if (forward.getAttribute('aria-disabled') !== 'true') handlers.onSeek(state.step + 1);
  });
  slider.addEventListener('input', () => handlers.onSeek(Number(slider.value)));

  return {
    /** @param {{step?: number, steps?: number, running?: boolean, text?: string}} next */
    update(next) {
      state = { ...state, ...next };
      const { step, steps, running } = state;
      run.disabled = running;
      stop.disabled = !running;
      back.setAttribute('aria-disabled', String(running || step <= 0));
      forward.setAttribute('aria-disabled', String(running || step >= steps));
      slider.max = String(steps);
      slider.value = String(step);
      slider.disabled = running || steps === 0;
      if (next.text !== undefined) position.textContent = next.text;
    },
    get step() {
      return state.step;
    },
  };
}
