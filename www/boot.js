// The engine worker, started before the rest of the page is even loaded.
import { Engine } from './engine.js';

export const engine = new Engine();
