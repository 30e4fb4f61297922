import { describe, expect, it } from 'vitest';
import { jsonDepthExceeds } from './json-depth.js';

const nested = (depth: number, open = '{"a":', close = '}') =>
  open.repeat(depth) + '1' + close.repeat(depth);

describe('jsonDepthExceeds', () => {
  it('counts objects and arrays, up to and past the limit', () => {
    expect(jsonDepthExceeds(nested(32), 32)).toBe(false);
    expect(jsonDepthExceeds(nested(33), 32)).toBe(true);
    expect(jsonDepthExceeds(nested(33, '[', ']'), 32)).toBe(true);
    expect(jsonDepthExceeds('[{"a":[{"b":[1]}]}]', 5)).toBe(false);
    expect(jsonDepthExceeds('[{"a":[{"b":[1]}]}]', 4)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonDepthExceeds(JSON.stringify({ a: '[[[[{{{{' }), 1)).toBe(false);
    expect(jsonDepthExceeds(JSON.stringify({ a: 'say \\"[[[[\\" \\\\', b: '{{{' }), 1)).toBe(false);
    expect(jsonDepthExceeds('{"a":"\\"","b":[[1]]}', 2)).toBe(true);
  });

  it('depth goes back down between siblings', () => {
    const siblings = `[${Array.from({ length: 1000 }, () => nested(10)).join(',')}]`;
    expect(jsonDepthExceeds(siblings, 11)).toBe(false);
    expect(jsonDepthExceeds(siblings, 10)).toBe(true);
  });

  it('stops at the first level past the limit on a megabyte of brackets', () => {
    expect(jsonDepthExceeds('['.repeat(1 << 20), 64)).toBe(true);
    expect(jsonDepthExceeds('', 0)).toBe(false);
  });
});
