import { describe, expect, it } from 'vitest';
import { LABEL_NAME, parseSettings, SenderList, SETTINGS_LIMITS } from './mailbox-settings.js';

describe('parseSettings', () => {
  it('keeps the known, well-typed fields', () => {
    const doc = {
      owner_name: 'Alex',
      confidence_threshold: 0.8,
      vip_senders: ['a@b.example'],
      labels_enabled: false,
      label_names: { fyi: 'Robot/FYI' },
    };
    expect(parseSettings(JSON.stringify(doc))).toEqual(doc);
  });

  it('drops unknown, mistyped and out-of-range fields and cuts every text to its bound', () => {
    const parsed = parseSettings(
      JSON.stringify({
        owner_name: 'x'.repeat(500),
        about_me: 42,
        confidence_threshold: 3,
        daily_draft_cap: -1,
        triage_rules: ['ok', 7, 'r'.repeat(1_000), ...Array(50).fill('more')],
        label_names: { fyi: '', spam: 'S', bogus: 'x' },
        evil: 'ignored',
      }),
    );
    expect(parsed.owner_name).toHaveLength(SETTINGS_LIMITS.ownerName);
    expect(parsed).not.toHaveProperty('about_me');
    expect(parsed).not.toHaveProperty('confidence_threshold');
    expect(parsed).not.toHaveProperty('daily_draft_cap');
    expect(parsed).not.toHaveProperty('evil');
    expect(parsed.triage_rules).toHaveLength(SETTINGS_LIMITS.triageRules);
    expect(parsed.triage_rules![1]).toHaveLength(SETTINGS_LIMITS.triageRule);
    expect(parsed.label_names).toEqual({ spam: 'S' });
  });

  it('reads no settings, or unreadable ones, as none', () => {
    expect(parseSettings(null)).toEqual({});
    expect(parseSettings('not json')).toEqual({});
    expect(parseSettings('[1,2]')).toEqual({});
  });
});

describe('SenderList', () => {
  it('matches addresses exactly and domains with their subdomains, never look-alike domains', () => {
    const list = new SenderList([' CEO@Big.Example ', '@partner.example', '']);
    expect(list.has('ceo@big.example')).toBe(true);
    expect(list.has('intern@big.example')).toBe(false);
    expect(list.has('anyone@partner.example')).toBe(true);
    expect(list.has('anyone@eu.partner.example')).toBe(true);
    expect(list.has('anyone@notpartner.example')).toBe(false);
    expect(list.has('anyone@partner.example.org')).toBe(false);
    expect(list.has('')).toBe(false);
    expect(list.size).toBe(2);
  });
});

describe('LABEL_NAME', () => {
  it('accepts nested names and refuses empty, padded, slash-ended or control-character names', () => {
    for (const ok of ['AI/Needs reply', 'AI/Spam?', 'Triage', 'a'])
      expect(LABEL_NAME.test(ok), ok).toBe(true);
    for (const bad of ['', ' AI', 'AI ', 'AI/', '/AI', 'AI\nFYI', 'AI\u0000'])
      expect(LABEL_NAME.test(bad), JSON.stringify(bad)).toBe(false);
  });

  it('stays linear on a long hostile name', () => {
    const started = performance.now();
    LABEL_NAME.test(`a${' '.repeat(50_000)}\u0000`);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
