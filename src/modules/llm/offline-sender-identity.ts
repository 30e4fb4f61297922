import { BRANDS, FREEMAIL } from './offline-cues.js';
import type { View } from './offline-view.js';

/*
 * Who the sender claims to be against where the mail comes from: brand names in the display
 * name or the domain, look-alikes of the recipient's own domain (offline features
 * brand_mismatch, lookalike_domain, brand_in_domain, recipient_domain_lookalike).
 */

/** Brands whose name is long enough to be told apart inside a domain ("amazon-remote-jobs"). */
const DOMAIN_BRANDS = BRANDS.filter((b) => b.length >= 6);

export function brandInDomain(domain: string): string | undefined {
  if (FREEMAIL.test(domain)) return undefined;
  const base = baseName(domain);
  const flat = domain.toLowerCase().replace(/[^a-z0-9]/g, '');
  return DOMAIN_BRANDS.find((b) => flat.includes(b) && base !== b);
}

/** "kellerworks-hr.com" or "kellerworks.voice-message.app" writing to someone at kellerworks.com. */
export function imitatesRecipient(v: View): boolean {
  const own = baseName(v.toDomain);
  if (own.length < 4 || FREEMAIL.test(v.toDomain)) return false;
  // The top-level label is left out: a sender at "shop.example" does not imitate "example.com".
  const flat = v.domain
    .toLowerCase()
    .replace(/\.[^.]*$/, '')
    .replace(/[^a-z0-9]/g, '');
  return baseName(v.domain) !== own && flat.includes(own.replace(/-/g, ''));
}

export function brandIn(name: string): string | undefined {
  // Whole words (and neighbouring pairs, for "Royal Mail"): "chase" must not match "purchase".
  const words = name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const pairs = words.slice(1).map((w, i) => words[i] + w);
  return BRANDS.find((b) => words.includes(b) || pairs.includes(b));
}

/** The registrable name of a domain: "paypal" for "mail.paypal.co.uk". */
export function baseName(domain: string): string {
  const labels = domain.toLowerCase().split('.').filter(Boolean);
  if (labels.length < 2) return labels[0] ?? '';
  const second = labels[labels.length - 2];
  const secondLevel = /^(?:co|com|org|net|ac|gov|ne|or|gv)$/.test(second) && labels.length >= 3;
  return secondLevel ? labels[labels.length - 3] : second;
}

export function impersonates(v: View): boolean {
  const brand = brandIn(v.name);
  return !!brand && !baseName(v.domain).replace(/-/g, '').includes(brand);
}
