// Small string helpers shared by the metadata modules.
import { decodeHTML } from 'entities';

/** Decode leftover HTML entities (double-encoded meta content, JSON-LD) and collapse whitespace to one line. */
export function clean(s: string | null | undefined): string {
  if (!s) return '';
  let out = s.includes('&') ? decodeHTML(s) : s;
  if (out.includes('&')) out = decodeHTML(out); // "&amp;#8217;" style double encoding
  return out.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();
}

/** Comparison key: lower-case, letters and digits only (quotes, dashes, spaces and punctuation ignored). */
export function key(s: string): string {
  // ASCII is its own NFKC form and its letters and digits are [a-z0-9] once lower-cased: the same key without
  // Unicode normalisation, which cost more than the rest of title and byline choice.
  if (ASCII_RE.test(s)) return s.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const ASCII_RE = /^[\x00-\x7f]*$/;

export function wordCount(s: string): number {
  const t = s.trim();
  return t ? t.split(/\s+/).length : 0;
}

export function isUrlLike(s: string): boolean {
  return /^(?:https?:)?\/\//i.test(s) || /^www\./i.test(s) || (/^[\w.-]+\.[a-z]{2,}(?:\/\S*)?$/i.test(s) && !/\s/.test(s));
}

/** Host without "www." ("https://www.bbc.com/news" → "bbc.com"); null for non-URLs. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.replace(/^www\d*\./, '') || null;
  } catch {
    return null;
  }
}

/** The registrable-ish label of a host: "edition.cnn.com" → "cnn", "bbc.co.uk" → "bbc". */
export function domainLabel(host: string | null): string | null {
  if (!host) return null;
  const parts = host.split('.');
  if (parts.length < 2) return parts[0] || null;
  const secondLevel = /^(co|com|org|net|gov|ac|edu|ne|or|go)$/;
  let i = parts.length - 2;
  if (i > 0 && secondLevel.test(parts[i]) && parts[parts.length - 1].length === 2) i--;
  return parts[i] || null;
}
