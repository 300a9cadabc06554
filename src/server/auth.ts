// Who may call the API. Reads are open when the server listens on loopback only; beyond it every /api request needs
// the token, and POST /api/ingest always does. The token is compared in constant time (both sides hashed to one
// length, then crypto.timingSafeEqual), so neither its content nor its length leaks through response times.
// On loopback the Host header must name a loopback host: a web page that rebinds its own DNS name to 127.0.0.1
// cannot read the open API through the user's browser.
import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { MiddlewareHandler } from 'hono';
import { ApiError, errorResponse } from './errors.js';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Whether `given` is the token, in time that depends on neither. */
export function sameToken(given: string, token: string): boolean {
  return timingSafeEqual(digest(given), digest(token));
}

/** Whether an address to listen on is loopback only (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || /^::ffff:127\./.test(h);
  return false;
}

/** The host name of a Host header ("127.0.0.1:8080", "[::1]:8080", "localhost"). */
const hostName = (header: string) => (header.startsWith('[') ? header.slice(0, header.indexOf(']') + 1) : header.replace(/:\d+$/, ''));

export interface AuthOptions {
  /** DOSSIER_TOKEN; null when none is set (then ingest is refused). */
  token: string | null;
  /** The server listens on loopback only: reads need no token. */
  loopback: boolean;
}

/** The token a request carries (Authorization: Bearer …), or null. */
function bearer(header: string | undefined): string | null {
  const m = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return m ? m[1] : null;
}

export function auth(opts: AuthOptions): MiddlewareHandler {
  return async (c, next) => {
    if (opts.loopback && !isLoopbackHost(hostName(c.req.header('host') ?? 'localhost')))
      return errorResponse(c, new ApiError('forbidden', 'this server answers requests for a loopback host name only'));
    const writes = c.req.method !== 'GET' && c.req.method !== 'HEAD';
    if (writes || !opts.loopback) {
      if (opts.token === null)
        return errorResponse(c, new ApiError('forbidden', 'writes need DOSSIER_TOKEN set when the server starts'));
      const given = bearer(c.req.header('authorization'));
      if (given === null) return errorResponse(c, new ApiError('unauthorized', 'this request needs Authorization: Bearer <DOSSIER_TOKEN>'));
      if (!sameToken(given, opts.token)) return errorResponse(c, new ApiError('unauthorized', 'wrong token'));
    }
    await next();
  };
}
