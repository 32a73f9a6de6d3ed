// The share-link codec on its own (node has CompressionStream, btoa and URLSearchParams too).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeProgram, decodeProgram, parseHash, buildHash, iframeSnippet } from '../../www/share.js';

const TRICKY = [
  '',
  'print("hello")\n',
  `s = 'привет, мир — 🐍 日本語'\nq = "it's \\"quoted\\""\nhtml = "</script><script>alert(1)</script>"\n`,
  '\t tabs\r\nand CRLF\r\n\u0000nul and \u2028 line separator',
  'x = 1\n'.repeat(5000),
];

test('programs survive encode and decode exactly', async () => {
  for (const text of TRICKY) {
    const code = await encodeProgram(text);
    assert.match(code, /^[A-Za-z0-9_-]*$/, 'base64url only: safe in a URL hash');
    assert.equal(await decodeProgram(code), text);
  }
});

test('repetitive programs compress', async () => {
  const text = 'x = [1, 2, 3]\n'.repeat(200);
  assert.ok((await encodeProgram(text)).length < text.length / 10);
});

test('hash carries the step and the embed options', async () => {
  const hash = await buildHash('a = 1\n', 7, { embed: true, autorun: false, readonly: true, theme: 'dark', lang: 'ru' });
  const parsed = parseHash(hash);
  assert.equal(await decodeProgram(parsed.code), 'a = 1\n');
  assert.deepEqual(
    { ...parsed, code: undefined },
    { code: undefined, step: 7, embed: true, autorun: false, readonly: true, theme: 'dark', lang: 'ru' },
  );
  assert.deepEqual(parseHash(''), {
    code: undefined, step: undefined, embed: false, autorun: true, readonly: false, theme: undefined, lang: undefined,
  });
  assert.equal(parseHash('#theme=<b>').theme, undefined, 'only known themes pass');
});

test('the iframe snippet escapes its attributes', () => {
  const snippet = iframeSnippet('https://example.test/p/#code=a"b<c&embed=1');
  assert.match(snippet, /^<iframe src="https:\/\/example\.test\/p\/#code=a&quot;b&lt;c&amp;embed=1" /);
});
