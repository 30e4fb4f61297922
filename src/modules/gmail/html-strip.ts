import { HIDDEN_MARKER, markHidden } from './hidden-html.js';

/**
 * A linear, non-recursive HTML scanner, for mail the full conversion cannot take (issue 25
 * item 7): html-to-text walks the DOM recursively (5,000 nested <div>s throw RangeError) and
 * sanitize-html's cost grows with the square of the nesting depth (a run of unclosed <span>s
 * stalls it). Each character is looked at a bounded number of times; no regex runs on the input.
 */

type Token =
  { kind: 'text'; text: string } | { kind: 'tag'; name: string; close: boolean; attrs: string };

/** Elements without content or end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Closed implicitly by the next sibling in any parser, so they do not nest in practice. */
const OPTIONAL_END = new Set(['p', 'li', 'td', 'th', 'tr', 'dt', 'dd', 'option']);
/** Content that is not text the recipient reads (as nonTextTags in the full conversion). */
const SKIPPED = new Set([
  'script',
  'style',
  'textarea',
  'option',
  'noscript',
  'head',
  'title',
  'template',
]);
const BLOCK = new Set([
  'address',
  'article',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);
const CELL = new Set(['td', 'th']);

const isAlpha = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;

/** ASCII-only lower case: same length as the input, so indexes stay valid (toLowerCase may not). */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}

/** End of a tag: the first ">" outside a quoted attribute value (or the end of the input). */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  let afterEquals = false;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (afterEquals && (c === 0x22 || c === 0x27)) quote = c;
    else if (c === 0x3e /* > */) return i;
    if (!isSpace(c)) afterEquals = c === 0x3d; /* = */
  }
  return html.length;
}

function* tokens(html: string): Generator<Token> {
  const lower = asciiLower(html);
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      yield { kind: 'text', text: html.slice(i) };
      return;
    }
    if (lt > i) yield { kind: 'text', text: html.slice(i, lt) };
    const close = html.charCodeAt(lt + 1) === 0x2f; /* / */
    const nameStart = lt + (close ? 2 : 1);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    if (!isAlpha(html.charCodeAt(nameStart))) {
      // "<!DOCTYPE", "<?xml", "</ >": markup declarations; a "<" before anything else is text.
      const markup = close || html[lt + 1] === '!' || html[lt + 1] === '?';
      if (markup) i = tagEnd(html, lt + 1) + 1;
      else {
        yield { kind: 'text', text: '<' };
        i = lt + 1;
      }
      continue;
    }
    let j = nameStart;
    while (j < n && !isSpace(html.charCodeAt(j)) && html[j] !== '>' && html[j] !== '/') j++;
    const name = lower.slice(nameStart, j);
    const end = tagEnd(html, j);
    yield { kind: 'tag', name, close, attrs: html.slice(j, end) };
    i = end + 1;
    if (!close && SKIPPED.has(name)) {
      // Raw content up to the matching end tag, whatever markup it seems to contain.
      const closing = lower.indexOf(`</${name}`, i);
      i = closing === -1 ? n : closing;
    }
  }
}

/** Attribute names and values of a tag; values without entity decoding (only style is read). */
function parseAttrs(attrs: string): Record<string, string> {
  const out: Record<string, string> = {};
  let i = 0;
  const n = attrs.length;
  while (i < n) {
    while (i < n && (isSpace(attrs.charCodeAt(i)) || attrs[i] === '/')) i++;
    const start = i;
    while (i < n && !isSpace(attrs.charCodeAt(i)) && attrs[i] !== '=' && attrs[i] !== '/') i++;
    const name = attrs.slice(start, i).toLowerCase();
    while (i < n && isSpace(attrs.charCodeAt(i))) i++;
    let value = '';
    if (attrs[i] === '=') {
      i++;
      while (i < n && isSpace(attrs.charCodeAt(i))) i++;
      const quote = attrs[i];
      if (quote === '"' || quote === "'") {
        const close = attrs.indexOf(quote, i + 1);
        value = attrs.slice(i + 1, close === -1 ? n : close);
        i = close === -1 ? n : close + 1;
      } else {
        const vStart = i;
        while (i < n && !isSpace(attrs.charCodeAt(i))) i++;
        value = attrs.slice(vStart, i);
      }
    }
    if (name && !(name in out)) out[name] = value;
    if (i === start) i++;
  }
  return out;
}

/** True when elements nest deeper than `limit` (unclosed ones count: parsers nest them too). */
export function nestsDeeperThan(html: string, limit: number): boolean {
  let depth = 0;
  for (const token of tokens(html)) {
    if (token.kind !== 'tag' || VOID.has(token.name) || OPTIONAL_END.has(token.name)) continue;
    if (token.close) depth = Math.max(0, depth - 1);
    else if (!token.attrs.endsWith('/') && ++depth > limit) return true;
  }
  return false;
}

/**
 * HTML → a flat document of text runs and <br>s (entities left encoded, "<" in text escaped),
 * with what the full conversion drops also dropped: script/style/head…, comments, and elements
 * hidden from the recipient (hidden-html.ts) together with everything inside them.
 */
export function flattenHtml(html: string): string {
  const out: string[] = [];
  let breaks = 0;
  const br = () => {
    if (breaks < 2) out.push('<br>');
    breaks += 1;
  };
  let hiddenName: string | undefined;
  let hiddenDepth = 0;
  for (const token of tokens(html)) {
    if (hiddenName !== undefined) {
      if (token.kind !== 'tag' || token.name !== hiddenName) continue;
      hiddenDepth += token.close ? -1 : 1;
      if (hiddenDepth === 0) hiddenName = undefined;
      continue;
    }
    if (token.kind === 'text') {
      if (token.text.trim() === '') out.push(' ');
      else {
        out.push(token.text.split('<').join('&lt;'));
        breaks = 0;
      }
      continue;
    }
    const selfClosing = token.attrs.endsWith('/');
    if (!token.close && !VOID.has(token.name) && !selfClosing) {
      const marked = markHidden(token.name, parseAttrs(token.attrs)).attribs;
      if (HIDDEN_MARKER in marked) {
        hiddenName = token.name;
        hiddenDepth = 1;
        continue;
      }
    }
    if (BLOCK.has(token.name)) br();
    else if (CELL.has(token.name)) out.push(' ');
  }
  return out.join('');
}
