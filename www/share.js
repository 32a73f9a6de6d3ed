// Share and embed links: the program deflated (CompressionStream 'deflate-raw'), base64url-encoded
// and put in the URL hash with the current step, so links work on any static host and the program
// never reaches a server. Decoding gives back exactly the text that was encoded.

async function pipe(bytes, stream) {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export async function encodeProgram(text) {
  return toBase64Url(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw')));
}

export async function decodeProgram(code) {
  const bytes = await pipe(fromBase64Url(code), new DecompressionStream('deflate-raw'));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

const FLAGS = ['embed', 'autorun', 'readonly'];

/**
 * Reads `#code=...&step=N&embed=1&autorun=1&readonly=1&theme=dark&lang=ru`.
 * Returns {code?, step?, embed, autorun, readonly, theme?, lang?}; autorun defaults to on.
 */
export function parseHash(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const flag = (name, fallback) => (params.has(name) ? !/^(0|false|no)$/i.test(params.get(name)) : fallback);
  const step = Number.parseInt(params.get('step') ?? '', 10);
  return {
    code: params.get('code') || undefined,
    step: Number.isFinite(step) && step >= 0 ? step : undefined,
    embed: flag('embed', false),
    autorun: flag('autorun', true),
    readonly: flag('readonly', false),
    theme: ['light', 'dark'].includes(params.get('theme')) ? params.get('theme') : undefined,
    lang: params.get('lang') || undefined,
  };
}

/** The hash for a program at a step, with optional embed options. */
export async function buildHash(text, step, options = {}) {
  const parts = [`code=${await encodeProgram(text)}`];
  if (step != null) parts.push(`step=${step}`);
  for (const name of FLAGS) {
    if (options[name] !== undefined) parts.push(`${name}=${options[name] ? 1 : 0}`);
  }
  if (options.theme) parts.push(`theme=${options.theme}`);
  if (options.lang) parts.push(`lang=${options.lang}`);
  return `#${parts.join('&')}`;
}

/** The page URL without its hash (works from any sub-path). */
export function baseUrl(location = window.location) {
  return location.href.split('#')[0];
}

/** An <iframe> snippet for embed mode; attribute values are escaped for HTML. */
export function iframeSnippet(url, title = 'heapscope') {
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(url)}" title="${escape(title)}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;
}
