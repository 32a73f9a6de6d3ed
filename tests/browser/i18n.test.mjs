// The UI strings on their own: both languages complete, placeholders matching, language detection.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STRINGS, detectLanguage } from '../../www/i18n.js';

const placeholders = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('Russian has every English string, with the same placeholders', () => {
  assert.deepEqual(Object.keys(STRINGS.ru).sort(), Object.keys(STRINGS.en).sort());
  for (const key of Object.keys(STRINGS.en)) {
    assert.deepEqual(placeholders(STRINGS.ru[key]), placeholders(STRINGS.en[key]), key);
  }
});

test('accessible names keep what screen readers and checks rely on', () => {
  assert.deepEqual(
    ['run', 'stop', 'stepBack', 'stepForward', 'share', 'heap', 'output', 'program'].map((k) => STRINGS.en[k]),
    ['Run', 'Stop', 'Step back', 'Step forward', 'Share', 'Heap', 'Output', 'Program'],
  );
  // An object's label begins with its type and contains "refcount N" in both languages.
  for (const lang of ['en', 'ru']) {
    assert.match(STRINGS[lang].objectLabel, /^\{type\} .*refcount \{refcount\}/);
  }
});

test('the language follows a saved choice, then the browser, then English', () => {
  assert.equal(detectLanguage('ru', ['en-US']), 'ru');
  assert.equal(detectLanguage(null, ['ru-RU', 'en']), 'ru');
  assert.equal(detectLanguage(null, ['de-DE', 'ru']), 'ru');
  assert.equal(detectLanguage(null, ['de-DE']), 'en');
  assert.equal(detectLanguage('xx', []), 'en');
});
