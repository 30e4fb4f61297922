import { describe, expect, it, vi } from 'vitest';
import { Reachability, UNREACHABLE_ANSWER_MS } from './database-probe.service.js';

describe('Reachability', () => {
  function setup() {
    let now = 0;
    let answer: 'up' | 'down' = 'down';
    const resolvers: (() => void)[] = [];
    const ping = vi.fn(
      () =>
        new Promise<void>((resolve, reject) =>
          resolvers.push(() => (answer === 'up' ? resolve() : reject(new Error('refused')))),
        ),
    );
    const r = new Reachability(ping, () => now);
    const settle = async () => {
      resolvers.splice(0).forEach((f) => f());
      await new Promise((done) => setImmediate(done));
    };
    return {
      r,
      ping,
      settle,
      at: (ms: number) => (now = ms),
      set: (a: 'up' | 'down') => (answer = a),
    };
  }

  it('shares one ping between the callers that ask while it runs', async () => {
    const { r, ping, settle } = setup();
    const asks = [r.reachable(), r.reachable(), r.reachable()];
    await settle();
    expect(await Promise.all(asks)).toEqual([false, false, false]);
    expect(ping).toHaveBeenCalledTimes(1);
  });

  it('keeps "unreachable" for a second, then pings again', async () => {
    const { r, ping, settle, at, set } = setup();
    const first = r.reachable();
    await settle();
    expect(await first).toBe(false);
    at(UNREACHABLE_ANSWER_MS - 1);
    expect(await r.reachable()).toBe(false);
    expect(ping).toHaveBeenCalledTimes(1);
    at(UNREACHABLE_ANSWER_MS);
    set('up');
    const again = r.reachable();
    await settle();
    expect(await again).toBe(true);
    expect(ping).toHaveBeenCalledTimes(2);
  });

  it('never reuses a "reachable" answer: the next failure pings again', async () => {
    const { r, ping, settle, set } = setup();
    set('up');
    const first = r.reachable();
    await settle();
    expect(await first).toBe(true);
    set('down');
    const next = r.reachable();
    await settle();
    expect(await next).toBe(false);
    expect(ping).toHaveBeenCalledTimes(2);
  });
});
