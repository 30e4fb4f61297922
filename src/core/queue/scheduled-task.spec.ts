import { Logger } from '@nestjs/common';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Coordination } from '../coordination/coordination.port.js';
import { recoverIfStoreLost } from './scheduled-task.js';

/** A store whose marker is set once; `lose()` forgets it, as a Redis restarted empty would. */
function storeWithMarker(fails = false) {
  const markers = new Set<string>();
  const store = {
    setMarker: vi.fn(async (name: string) => {
      if (fails) throw new Error('connect ECONNREFUSED');
      if (markers.has(name)) return false;
      markers.add(name);
      return true;
    }),
  } as unknown as Coordination;
  return { store, lose: () => markers.clear() };
}

describe('recoverIfStoreLost', () => {
  afterEach(() => vi.restoreAllMocks());

  it('recovers on a fresh store and after each loss, once; not while the marker stands', async () => {
    const { store, lose } = storeWithMarker();
    const recover = vi.fn(async () => 0);
    expect(await recoverIfStoreLost(store, 'stage-jobs', recover)).toBe(true);
    expect(await recoverIfStoreLost(store, 'stage-jobs', recover)).toBe(false);
    expect(recover).toHaveBeenCalledTimes(1);
    lose();
    expect(await recoverIfStoreLost(store, 'stage-jobs', recover)).toBe(true);
    expect(await recoverIfStoreLost(store, 'stage-jobs', recover)).toBe(false);
    expect(recover).toHaveBeenCalledTimes(2);
  });

  it('keeps one marker per recovery, so each of several recoveries runs after a loss', async () => {
    const { store, lose } = storeWithMarker();
    await recoverIfStoreLost(store, 'stage-jobs', async () => 0);
    await recoverIfStoreLost(store, 'sync-jobs', async () => 0);
    lose();
    const stages = vi.fn(async () => 0);
    const syncs = vi.fn(async () => 0);
    await recoverIfStoreLost(store, 'stage-jobs', stages);
    await recoverIfStoreLost(store, 'sync-jobs', syncs);
    expect(stages).toHaveBeenCalledTimes(1);
    expect(syncs).toHaveBeenCalledTimes(1);
  });

  it('an unreachable store is not a loss: nothing runs, nothing is logged', async () => {
    const { store } = storeWithMarker(true);
    const error = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const recover = vi.fn(async () => 0);
    expect(await recoverIfStoreLost(store, 'stage-jobs', recover)).toBe(false);
    expect(recover).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('a failed recovery is logged and not retried: the periodic reconcilers take over', async () => {
    const { store } = storeWithMarker();
    const error = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const recover = vi.fn(async () => {
      throw new Error('database down');
    });
    expect(await recoverIfStoreLost(store, 'stage-jobs', recover)).toBe(true);
    expect(error).toHaveBeenCalledTimes(1);
    expect(await recoverIfStoreLost(store, 'stage-jobs', recover)).toBe(false);
    expect(recover).toHaveBeenCalledTimes(1);
  });
});
