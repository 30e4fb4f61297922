import { describe, expect, it } from 'vitest';
import { isVipSender } from './stage-context.service.js';

describe('VIP routing', () => {
  it('matches addresses and @domains, with or without a display name', () => {
    const list = 'ceo@big.example, @partner.example';
    expect(isVipSender(list, 'CEO <CEO@big.example>')).toBe(true);
    expect(isVipSender(list, 'anyone@partner.example')).toBe(true);
    expect(isVipSender(list, 'anyone@notpartner.example.org')).toBe(false);
    expect(isVipSender(list, 'intern@big.example')).toBe(false);
    expect(isVipSender(undefined, 'ceo@big.example')).toBe(false);
  });
});
