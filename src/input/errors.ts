// One-line failure messages: every error that reaches the user says what is wrong in a single line.

/** An expected, user-facing failure (the message is already the one line to show). */
export class InputError extends Error {
  override name = 'InputError';
}

/** "20 MB", "512 KB", "300 bytes" — caps are printed the way people set them. */
export function formatBytes(n: number): string {
  const MB = 1024 * 1024;
  const KB = 1024;
  if (n >= MB) return `${round1(n / MB)} MB`;
  if (n >= KB) return `${round1(n / KB)} KB`;
  return `${n} bytes`;
}

function round1(x: number): string {
  return String(Math.round(x * 10) / 10);
}

export function tooLarge(maxBytes: number): InputError {
  return new InputError(`larger than ${formatBytes(maxBytes)} cap`);
}

/** Node error codes people meet on files and sockets, in words. */
const CODE_MESSAGES: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory (a path component is a file)',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by peer',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed (temporary)',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  CERT_HAS_EXPIRED: 'TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate is self-signed',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate does not match the host',
};

/** Any thrown value → one line. zlib errors become "corrupt gzip (…)". */
export function describeError(err: unknown): string {
  if (err instanceof InputError) return oneLine(err.message);
  const e = err as { code?: unknown; errno?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : undefined;
  const message = typeof e?.message === 'string' ? e.message : String(err);
  if (code && code.startsWith('Z_')) return `corrupt gzip (${oneLine(message)})`;
  if (code && CODE_MESSAGES[code]) return CODE_MESSAGES[code];
  return oneLine(code && !message.includes(code) ? `${code}: ${message}` : message);
}

export function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
