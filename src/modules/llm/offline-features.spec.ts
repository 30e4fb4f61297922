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
    const example = { to: 'Alice <alice@example.com>', from: 'Ada <ada@customer.example>' };
    expect(feature('recipient_domain_lookalike', example)).toBe(0);
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

  it('reads the spam marks a question on top must not hide', () => {
    expect(
      feature('personal_details_request', { body: 'Reply with your full name and WhatsApp.' }),
    ).toBe(1);
    expect(feature('personal_details_request', { body: 'Call me on my mobile if easier.' })).toBe(
      0,
    );
    expect(feature('large_sum', { body: 'the sum of US$7,200,000.00 in a dormant account' })).toBe(
      1,
    );
    expect(feature('large_sum', { body: 'The quote is £4,500 plus VAT.' })).toBe(0);
    expect(feature('unasked_offer', { body: 'Want me to send it over? Just reply yes.' })).toBe(1);
    expect(
      feature('unasked_offer', {
        body: 'Want me to send it over?',
        headers: { 'In-Reply-To': '<a@b.example>' },
      }),
    ).toBe(0);
    expect(feature('secrecy', { body: 'Please keep this between us for now.' })).toBe(1);
  });

  it('tells an opt-out footer on mail without list headers from a list footer', () => {
    const body = 'To be removed from our list reply with REMOVE.';
    expect(feature('bulk_footer_without_list', { body })).toBe(1);
    expect(
      feature('bulk_footer_without_list', { body, headers: { 'List-Id': '<l.example>' } }),
    ).toBe(0);
  });

  it("sees a colleague on the recipient's own domain, not a free-mail neighbour", () => {
    const to = 'Sam Keller <sam@kellerworks.com>';
    expect(feature('same_domain_as_recipient', { to, from: 'Jo <jo@kellerworks.com>' })).toBe(1);
    expect(feature('same_domain_as_recipient', { to, from: 'Jo <jo@kellerworks-hr.com>' })).toBe(0);
    expect(
      feature('same_domain_as_recipient', {
        to: 'Sam <sam@gmail.com>',
        from: 'Jo <jo@gmail.com>',
      }),
    ).toBe(0);
  });
});
