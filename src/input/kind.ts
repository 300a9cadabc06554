// HTML or plain text, decided by the content (a ".txt" of saved HTML is HTML; scraped text quoting "<p>" is text).
import { HTML_MIN_TAGS, HTML_MIN_TAGS_PER_KCHAR, KIND_MARKER_CHARS, KIND_SAMPLE_CHARS } from './settings.js';

/** Tags that only an HTML document has; one of them near the start settles it. */
const STRONG_MARKER = /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<(?:!doctype\s+)?html/i;

/** Elements that only open an HTML document (its head), so one of them first settles it even when a long
 *  inline style or script fills the sample. */
const HEAD_OPENER = /^(?:<!--[\s\S]*?-->\s*)*<(?:style|script|meta|link|title|base)(?=[\s>\/])/i;

/** Elements common in articles and pages. */
const KNOWN_TAGS =
  'a|abbr|article|aside|b|blockquote|body|br|caption|cite|code|dd|div|dl|dt|em|figcaption|figure|font|footer|form|' +
  'h[1-6]|head|header|hr|html|i|iframe|img|input|label|li|link|main|meta|nav|noscript|ol|option|p|pre|script|section|' +
  'select|small|source|span|strong|style|sub|sup|svg|table|tbody|td|th|thead|time|title|tr|u|ul|video';

/** Attributes as HTML writes them: name, name=value, name="value", name='value'. */
const ATTRS = `(?:\\s+[\\w:.-]+(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s"'<>]+))?)*\\s*\\/?`;
/** A known tag, opening or closing, with well-formed attributes. */
const TAG = new RegExp(`<(\\/?)(${KNOWN_TAGS})${ATTRS}>`, 'gi');

/**
 * Known tags in `sample` whose name is written in one case ("<p>", "<P>"): Reuters-style company names such as
 * "<Video Shopping Mall Inc>" look like tags but are mixed case.
 */
function tagsIn(sample: string): { count: number; firstAt: number } {
  let count = 0;
  let firstAt = -1;
  for (const m of sample.matchAll(TAG)) {
    const name = m[2];
    if (name !== name.toLowerCase() && name !== name.toUpperCase()) continue;
    if (firstAt === -1) firstAt = m.index ?? -1;
    count++;
  }
  return { count, firstAt };
}

/** Leading HTML comments, skipped when looking at how the content opens. */
const LEADING_COMMENTS = /^(?:<!--[\s\S]*?-->\s*)*/;

export function detectKind(content: string): 'html' | 'text' {
  const start = content.replace(/^\uFEFF/, '').trimStart();
  if (STRONG_MARKER.test(start.slice(0, KIND_MARKER_CHARS))) return 'html';
  if (HEAD_OPENER.test(start.slice(0, KIND_MARKER_CHARS))) return 'html';
  const sample = start.slice(0, KIND_SAMPLE_CHARS);
  const { count, firstAt } = tagsIn(sample);
  // A fragment that opens with a tag ("<p>…</p>") needs a second tag: "<Strong Point Inc> said" stays text.
  const opensWithTag = firstAt !== -1 && firstAt === (LEADING_COMMENTS.exec(sample)?.[0].length ?? 0);
  if (opensWithTag && count >= 2) return 'html';
  if (count < HTML_MIN_TAGS) return 'text';
  return (count * 1000) / Math.max(sample.length, 1) >= HTML_MIN_TAGS_PER_KCHAR ? 'html' : 'text';
}
