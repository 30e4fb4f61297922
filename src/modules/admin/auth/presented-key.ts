import type { IncomingHttpHeaders } from 'node:http';

/**
 * The API key a request presents: `X-API-Key`, else `Authorization: Bearer <key>`.
 * `Authorization: Basic` (key as the password) is accepted only where a browser must log in
 * (the queue dashboard), since a browser re-sends it by itself and can be made to do so
 * cross-site; the JSON API never honours it.
 */
export function presentedKey(
  headers: IncomingHttpHeaders,
  opts: { allowBasic?: boolean } = {},
): string | undefined {
  const header = headers['x-api-key'];
  if (typeof header === 'string' && header.trim()) return header.trim();
  const authorization = headers.authorization;
  if (typeof authorization !== 'string') return undefined;
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (bearer) return bearer[1];
  if (opts.allowBasic) {
    const basic = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization);
    if (basic) {
      const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const password = colon >= 0 ? decoded.slice(colon + 1) : '';
      return password || undefined;
    }
  }
  return undefined;
}

export function usesBasicAuth(headers: IncomingHttpHeaders): boolean {
  return (
    typeof headers.authorization === 'string' &&
    /^Basic\s/i.test(headers.authorization) &&
    !headers['x-api-key']
  );
}
