// Entry point: start the engine worker at once, so fetching and compiling the wasm overlaps with
// loading and building the rest of the page (the editor is most of the script).
import './boot.js';

import('./app.js');
