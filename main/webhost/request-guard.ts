import { timingSafeEqual } from 'node:crypto';

/**
 * Who may talk to the web host: a page it served itself. The Host header must name the loopback
 * address and port we listen on (defeats DNS rebinding); an Origin, when a browser sends one, must be
 * that same origin (defeats other sites' pages); and the session token must match.
 */
export interface GuardVerdict {
  allowed: boolean;
  status?: 401 | 403;
  reason?: string;
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function checkHostAndOrigin(headers: { host?: string; origin?: string; 'sec-fetch-site'?: string }, port: number): GuardVerdict {
  const hosts = allowedHosts(port);
  const host = (headers.host ?? '').toLowerCase();
  if (!hosts.has(host)) return { allowed: false, status: 403, reason: `foreign Host header "${headers.host ?? ''}"` };
  const origin = headers.origin;
  if (origin !== undefined) {
    const allowedOrigins = new Set([...hosts].map((h) => `http://${h}`));
    if (!allowedOrigins.has(origin.toLowerCase())) return { allowed: false, status: 403, reason: `foreign Origin "${origin}"` };
  }
  const site = headers['sec-fetch-site'];
  if (site === 'cross-site') return { allowed: false, status: 403, reason: 'cross-site request' };
  return { allowed: true };
}

export function tokenMatches(given: string | undefined | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
