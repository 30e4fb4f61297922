import { isHiddenStyle } from '../gmail/hidden-html.js';
import { stripQuoted } from './email-text.js';

/**
 * The part of an email body its recipient actually reads: quoted history cut, and markup that a
 * client would hide (a `<div style="display:none">` pasted into a body, as the parser's HTML
 * conversion already drops for real HTML parts) removed with its content. Only what is left may
 * be repeated in a reply. Linear: one pass over tags, at most MAX_TAGS of them.
 */
const MAX_TAGS = 10_000;
const TAG = /<(\/?)([a-z][a-z0-9-]{0,20})\b([^<>]{0,2000})>/gi;

export function visibleText(body: string): string {
  const text = stripQuoted(body);
  if (!text.includes('<')) return text;
  let out = '';
  let last = 0;
  let hidden: { name: string; depth: number; start: number } | undefined;
  let seen = 0;
  for (const m of text.matchAll(TAG)) {
    if (++seen > MAX_TAGS) break;
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    if (hidden) {
      if (name !== hidden.name) continue;
      hidden.depth += closing ? -1 : 1;
      if (hidden.depth === 0) {
        last = m.index + m[0].length;
        hidden = undefined;
      }
      continue;
    }
    const attrs = m[3];
    if (closing || !isHidden(attrs)) continue;
    out += text.slice(last, m.index);
    hidden = { name, depth: 1, start: m.index };
  }
  // An unclosed hidden element hides everything after it.
  return hidden ? out : out + text.slice(last);
}

function isHidden(attrs: string): boolean {
  if (/(?:^|\s)hidden(?:[\s=/]|$)/i.test(attrs)) return true;
  const style = /\bstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attrs);
  return !!style && isHiddenStyle(style[1] ?? style[2] ?? '');
}
