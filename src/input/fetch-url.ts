// HTTP(S) fetching that is safe to point at user-given URLs: every hop's host is resolved and vetted
// (no loopback/private/link-local unless allowed), the socket connects to the vetted address only (no DNS
// rebinding), redirects are followed by hand up to a limit, the whole fetch (every hop, headers and body) has one
// deadline, only text media types are read, and the (decompressed) body is capped while it streams. Every
// response is destroyed when its fetch ends, however it ends, so a server that stalls or trickles cannot keep
// the process alive.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { collectCapped, cappedChunks, decompressChunks, type Compression } from './byte-streams.js';
import { InputError, tooLarge } from './errors.js';
import { charsetFromContentType } from './encoding.js';
import { classifyAddress } from './private-address.js';
import { ACCEPTED_CONTENT_TYPES, MAX_TIMER_MS, USER_AGENT } from './settings.js';

export interface FetchOptions {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  allowPrivate: boolean;
}

export interface FetchedPage {
  bytes: Buffer;
  /** URL after redirects. */
  finalUrl: string;
  contentType: string | null;
  /** charset parameter of Content-Type, if any. */
  charset: string | null;
}

interface Vetted {
  address: string;
  family: 4 | 6;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const ENCODINGS: Record<string, Compression | null> = { gzip: 'gzip', 'x-gzip': 'gzip', deflate: 'deflate', br: 'br', identity: null, '': null };

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

/** Rejects when the signal aborts: lets a step without its own cancellation (DNS) honour the deadline. */
function abortable<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Resolve the URL's host and refuse it when any address it resolves to is not public (unless allowed). */
async function vetHost(url: URL, allowPrivate: boolean, signal: AbortSignal): Promise<Vetted> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const literal = net.isIP(host);
  const addresses: dns.LookupAddress[] = literal
    ? [{ address: host, family: literal }]
    : await abortable(dns.promises.lookup(host, { all: true, verbatim: true }), signal).catch((err: unknown) => {
        if (signal.aborted) throw err;
        throw new InputError(`cannot resolve host ${host} (${(err as { code?: string }).code ?? 'DNS error'})`);
      });
  if (addresses.length === 0) throw new InputError(`cannot resolve host ${host}`);
  if (!allowPrivate) {
    for (const a of addresses) {
      const cls = classifyAddress(a.address);
      if (!cls) continue;
      const where = literal ? `${cls} address ${a.address}` : `${host} resolves to ${cls} address ${a.address}`;
      throw new InputError(`refused: ${where} (private addresses need allowPrivate)`);
    }
  }
  const first = addresses[0];
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}

/** A `lookup` that answers with the address already vetted, so the connection cannot be re-pointed. */
function pinnedLookup(v: Vetted): net.LookupFunction {
  return ((_host: string, options: dns.LookupOptions, cb: (...args: unknown[]) => void) => {
    if (options?.all) cb(null, [{ address: v.address, family: v.family }]);
    else cb(null, v.address, v.family);
  }) as unknown as net.LookupFunction;
}

function requestOnce(url: URL, vetted: Vetted, signal: AbortSignal): Promise<http.IncomingMessage> {
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(url, {
      method: 'GET',
      agent: false,
      signal,
      lookup: pinnedLookup(vetted),
      headers: {
        'user-agent': USER_AGENT,
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    req.on('response', (res: http.IncomingMessage) => {
      // Errors after we stop reading (a reset on a destroyed socket) must not surface as uncaught exceptions.
      res.on('error', () => {});
      resolve(res);
    });
    req.on('error', reject);
    req.end();
  });
}

function checkProtocol(url: URL): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError(`unsupported URL scheme ${url.protocol}`);
}

async function readBody(res: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declaredLength = Number(res.headers['content-length']);
  if (Number.isFinite(declaredLength) && declaredLength > maxBytes) throw tooLarge(maxBytes);
  const coding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (!Object.hasOwn(ENCODINGS, coding)) throw new InputError(`unsupported content encoding ${coding}`);
  const compression = ENCODINGS[coding];
  const raw = cappedChunks(res, maxBytes);
  return collectCapped(compression ? decompressChunks(raw, compression) : raw, maxBytes);
}

async function fetchFollowing(start: URL, opts: FetchOptions, signal: AbortSignal): Promise<FetchedPage> {
  let url = start;
  for (let hop = 0; ; hop++) {
    checkProtocol(url);
    const vetted = await vetHost(url, opts.allowPrivate, signal);
    const res = await requestOnce(url, vetted, signal);
    // The deadline reaches the body too: aborting destroys the response, which ends any read in progress.
    const onAbort = (): void => void res.destroy();
    signal.addEventListener('abort', onAbort, { once: true });
    if (signal.aborted) onAbort();
    try {
      const next = await handleResponse(res, url, hop, opts);
      if ('bytes' in next) return next;
      url = next;
    } finally {
      signal.removeEventListener('abort', onAbort);
      res.destroy(); // read whole, refused or failed: the socket is released either way
    }
  }
}

/** One hop's response → the page, or the URL a redirect points to; refusals throw. */
async function handleResponse(res: http.IncomingMessage, url: URL, hop: number, opts: FetchOptions): Promise<FetchedPage | URL> {
  const status = res.statusCode ?? 0;
  const location = res.headers.location;
  if (REDIRECT_STATUSES.has(status) && location) {
    if (hop >= opts.maxRedirects) throw new InputError(`too many redirects (more than ${opts.maxRedirects})`);
    try {
      return new URL(location, url);
    } catch {
      throw new InputError(`invalid redirect location ${JSON.stringify(location.slice(0, 100))}`);
    }
  }
  if (status < 200 || status >= 300) {
    throw new InputError(`HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`);
  }
  const contentType = typeof res.headers['content-type'] === 'string' ? res.headers['content-type'] : null;
  const mime = contentType?.split(';')[0].trim().toLowerCase() ?? null;
  // No Content-Type at all: read it and let the content decide (binary bodies are refused later).
  if (mime !== null && mime !== '' && !ACCEPTED_CONTENT_TYPES.includes(mime)) {
    throw new InputError(`unsupported content type ${mime}`);
  }
  const bytes = await readBody(res, opts.maxBytes);
  // A body cut short (the deadline destroyed it, or the server hung up) is never taken for the whole page.
  if (!res.complete) throw new InputError('connection closed before the body ended');
  return { bytes, finalUrl: url.href, contentType, charset: charsetFromContentType(contentType) };
}

/** Fetch one http(s) URL within opts' limits; failures are InputErrors with a one-line message. */
export async function fetchUrl(input: string, opts: FetchOptions): Promise<FetchedPage> {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new InputError('invalid URL');
  }
  // A Node timer longer than 2^31-1 ms fires at once: clamp, so a huge timeout means "very long", not "now".
  const timeoutMs = Math.min(Math.max(1, opts.timeoutMs), MAX_TIMER_MS);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new InputError(`timed out after ${seconds(timeoutMs)}`)), timeoutMs);
  try {
    return await fetchFollowing(url, opts, controller.signal);
  } catch (err) {
    if (controller.signal.aborted) throw new InputError(`timed out after ${seconds(timeoutMs)}`);
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
