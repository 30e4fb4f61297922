import { describe, expect, it } from 'vitest';
import type { EmailForLlm } from './llm-provider.port.js';
import { FEATURES, featureValues } from './offline-features.js';
import { toView } from './offline-view.js';

function feature(name: string, email: Partial<EmailForLlm>): number {
  const values = featureValues(
    toView({ from: 'Dana <dana@customer.example>', subject: 'Hello', body: 'Hi.', ...email }),
  );
  return values[FEATURES.findIndex((f) => f.name === name)];
}

describe('offline features for fraud and hidden text', () => {
  it('sees a sender domain built around a brand, not the brand itself or free mail', () => {
    expect(feature('brand_in_domain', { from: 'Jobs <hr@amazon-remote-jobs.net>' })).toBe(1);
    expect(feature('brand_in_domain', { from: 'Amazon <ship@amazon.co.uk>' })).toBe(0);
    expect(feature('brand_in_domain', { from: 'Ann <ann@googlemail.com>' })).toBe(0);
  });

  it("sees a sender domain imitating the recipient's own", () => {
    const to = 'Sam Keller <sam@kellerworks.com>';
    expect(feature('recipient_domain_lookalike', { to, from: 'HR <hr@kellerworks-hr.com>' })).toBe(
      1,
    );
    expect(feature('recipient_domain_lookalike', { to, from: 'Jo <jo@kellerworks.com>' })).toBe(0);
    expect(feature('recipient_domain_lookalike', { to, from: 'Jo <jo@holtandsons.com>' })).toBe(0);
  });

  it('counts hyphens beyond the first in the sender domain', () => {
    expect(feature('domain_hyphens', { from: 'Shop <r@acme-store.example>' })).toBe(0);
    expect(feature('domain_hyphens', { from: 'Evri <t@evri-parcel-update.com>' })).toBe(1);
  });

  it('reads changed bank details and the "are you free?" favour', () => {
    expect(
      feature('payment_change', {
        body: "We've changed banks, please use our new account details.",
      }),
    ).toBeGreaterThan(0);
    expect(feature('favour', { body: 'Are you available? I need a quick favour.' })).toBe(2);
    expect(feature('favour', { body: 'Are you available on Tuesday at 4pm for a call?' })).toBe(0);
  });

  it('weighs hidden HTML text, less when the mail is a list message (newsletter preheaders)', () => {
    expect(feature('hidden_html_text', {})).toBe(0);
    expect(feature('hidden_html_text', { hiddenText: true })).toBe(1);
    expect(
      feature('hidden_html_text', { hiddenText: true, headers: { 'List-Id': '<news.example>' } }),
    ).toBe(0.5);
  });
});
