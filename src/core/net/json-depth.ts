/**
 * Deepest nesting of objects and arrays in a JSON text, found by one linear pass that stops as
 * soon as `limit` is exceeded. Runs before JSON.parse: recursive consumers of a parsed body
 * (class-validator and class-transformer, Nest's ValidationPipe) overflow the stack on a few
 * thousand levels, and JSON.parse itself spends seconds on a megabyte of brackets. Malformed
 * text is left for JSON.parse to reject.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > limit) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return false;
}
