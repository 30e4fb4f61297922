/**
 * Elements a mail client does not show (inline `display:none`, `visibility:hidden`, zero font
 * size or opacity, the `hidden` attribute). Their text is the classic hiding place for
 * instructions to an AI and for links the recipient never saw, so the HTML → text conversion
 * drops them: what the pipeline reads, and what a reply may repeat, is what the recipient sees.
 * Not covered: hiding through <style> classes, white-on-white text, off-screen positioning.
 */

/** Attribute set on hidden elements by sanitize-html's transform; its exclusiveFilter then drops them. */
export const HIDDEN_MARKER = 'data-assistant-hidden';

/** Longest style attribute read; a longer one is judged by its start. */
const MAX_STYLE = 2_000;
// Runs on whitespace-free, lower-cased, bounded text: every alternative starts with a literal.
const HIDDEN_STYLE =
  /(?:^|;)(?:display:none|visibility:hidden|mso-hide:all|font-size:0(?:\.0+)?(?:px|pt|em|rem|%)?(?:!important)?(?:;|$)|opacity:0(?:\.0+)?(?:!important)?(?:;|$))/;

export function isHiddenStyle(style: string): boolean {
  return HIDDEN_STYLE.test(style.slice(0, MAX_STYLE).toLowerCase().replace(/\s+/g, ''));
}

/**
 * sanitize-html `transformTags['*']`: marks hidden elements. The marker is always recomputed, so
 * a sender cannot set it on visible text (and could only hide their own text from us if they did).
 */
export function markHidden(
  tagName: string,
  attribs: Record<string, string>,
): { tagName: string; attribs: Record<string, string> } {
  const { [HIDDEN_MARKER]: _ignored, ...rest } = attribs;
  const hidden = 'hidden' in attribs || isHiddenStyle(attribs.style ?? '');
  return { tagName, attribs: hidden ? { ...rest, [HIDDEN_MARKER]: '1' } : rest };
}
