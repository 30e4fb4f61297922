import { describe, expect, it } from 'vitest';
import { StatementNames } from './statement-naming.pool.js';

describe('StatementNames', () => {
  it('gives each text one name and different texts different names', () => {
    const names = new StatementNames();
    const a = names.nameOf('select 1 where x = $1');
    expect(names.nameOf('select 1 where x = $1')).toBe(a);
    expect(names.nameOf('select 2 where x = $1')).not.toBe(a);
  });

  it('stops naming new texts at its cap but keeps the names it gave', () => {
    const names = new StatementNames(2);
    const a = names.nameOf('a');
    names.nameOf('b');
    expect(names.nameOf('c')).toBeUndefined();
    expect(names.nameOf('a')).toBe(a);
  });

  it('gives a retired text a fresh name, never one in use', () => {
    const names = new StatementNames();
    const a = names.nameOf('a');
    const b = names.nameOf('b');
    names.retire('a');
    const again = names.nameOf('a');
    expect(again).toBeDefined();
    expect([a, b]).not.toContain(again);
  });
});
