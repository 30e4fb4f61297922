import { convert } from 'html-to-text';
import sanitizeHtml from 'sanitize-html';
import { HIDDEN_MARKER, markHidden } from './hidden-html.js';
import { flattenHtml, nestsDeeperThan } from './html-strip.js';

/**
 * HTML is cut to this before conversion so one message cannot hog a worker: sanitize-html and
 * html-to-text are costly per byte. It still yields more text than the LLM's
 * input budget and the reply-safety window read.
 */
const MAX_HTML_INPUT = 65_536;
/**
 * Larger HTML takes the linear text scan instead of sanitize-html + html-to-text (tables and
 * link targets are not kept): big HTML is newsletters and marketing, not worth the full
 * conversion's cost.
 */
const MAX_RICH_HTML = 32_768;
/**
 * Elements nested deeper than this take the linear fallback: html-to-text recurses per level
 * (RangeError from about 2,500) and sanitize-html slows with the square of the depth. Real mail,
 * nested layout tables included, stays far below.
 */
export const MAX_HTML_NESTING = 256;

/**
 * HTML → plain text: scripts/styles and hidden elements dropped, link targets kept so later
 * checks can see them. Never throws: HTML the full conversion cannot take (too deep, or any
 * failure of it) is reduced to its text by the linear scanner instead (html-strip.ts), so the
 * email is still triaged instead of dead-lettered.
 */
export function htmlToText(html: string): string {
  return htmlToVisibleText(html).text;
}

/** As htmlToText, and whether any hidden element that was dropped held text. */
export function htmlToVisibleText(html: string): { text: string; hiddenText: boolean } {
  const bounded = cutHtml(html);
  if (bounded.length > MAX_RICH_HTML || nestsDeeperThan(bounded, MAX_HTML_NESTING))
    return { text: plainText(bounded), hiddenText: false };
  try {
    return richText(bounded);
  } catch {
    return { text: plainText(bounded), hiddenText: false };
  }
}

/** HTML cut to MAX_HTML_INPUT, without a tag the cut left open (it would read as text). */
function cutHtml(html: string): string {
  if (html.length <= MAX_HTML_INPUT) return html;
  const cut = html.slice(0, MAX_HTML_INPUT);
  const open = cut.lastIndexOf('<');
  return open > cut.lastIndexOf('>') ? cut.slice(0, open) : cut;
}

/** The fallback: text runs and line breaks only; html-to-text just decodes the entities. */
function plainText(html: string): string {
  return convert(flattenHtml(html), {
    wordwrap: false,
    limits: { maxInputLength: MAX_HTML_INPUT },
  }).trim();
}

function richText(html: string): { text: string; hiddenText: boolean } {
  let hiddenText = false;
  const clean = sanitizeHtml(html, {
    allowedTags: sanitizeHtml.defaults.allowedTags.concat(['img']),
    allowedAttributes: { a: ['href'], img: ['alt'], '*': [HIDDEN_MARKER] },
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'head', 'title', 'template'],
    // Text the recipient never sees (display:none etc.) is not part of the email (hidden-html.ts).
    transformTags: { '*': markHidden },
    exclusiveFilter: (frame) => {
      const hidden = HIDDEN_MARKER in frame.attribs;
      if (hidden && frame.text.trim()) hiddenText = true;
      return hidden;
    },
  });
  const text = convert(clean, {
    wordwrap: false,
    limits: { maxInputLength: MAX_HTML_INPUT },
    selectors: [
      { selector: 'a', options: { hideLinkHrefIfSameAsText: true, linkBrackets: ['[', ']'] } },
      { selector: 'img', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable' },
    ],
  }).trim();
  return { text, hiddenText };
}
