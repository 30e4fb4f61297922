import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModelSource, MODEL_PATH } from '../../../test/eval/train-offline-model.js';
import { FEATURES } from './offline-features.js';
import { OFFLINE_MODEL } from './offline-model.generated.js';

describe('offline model', () => {
  it('is what a fresh training run on the dev split produces, byte for byte', async () => {
    const committed = readFileSync(join(process.cwd(), MODEL_PATH), 'utf8');

    expect(await buildModelSource()).toBe(committed);
  }, 120_000);

  it('has one weight per feature, vocabulary word and category, and a positive temperature', () => {
    expect(OFFLINE_MODEL.features).toEqual(FEATURES.map((f) => f.name));
    expect(OFFLINE_MODEL.vocabulary.length).toBeGreaterThan(0);
    expect(OFFLINE_MODEL.vocabulary).toEqual([...new Set(OFFLINE_MODEL.vocabulary)].sort());
    expect(OFFLINE_MODEL.weights).toHaveLength(FEATURES.length + OFFLINE_MODEL.vocabulary.length);
    for (const row of OFFLINE_MODEL.weights)
      expect(row).toHaveLength(OFFLINE_MODEL.categories.length);
    expect(OFFLINE_MODEL.temperature).toBeGreaterThan(0);
  });
});
