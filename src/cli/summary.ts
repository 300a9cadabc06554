// Human-readable one-article summaries for the terminal.
import type { Analysis } from '../doc/schema.js';
import { safeLine } from './terminal.js';

/** Clipped to n characters, then made safe for the terminal (every field of an analysis is untrusted). */
const clip = (s: string, n: number) => safeLine(s.length > n ? s.slice(0, n - 1) + '…' : s);

export function summarize(a: Analysis): string {
  const lines = [
    `${safeLine(a.id)}  ${safeLine(a.title) || '(untitled)'}`,
    `  source:    ${safeLine(a.source)}`,
    `  outlet:    ${safeLine(a.outlet ?? '-')}    published: ${safeLine(a.published ?? '-')}    language: ${safeLine(a.language ?? '-')}`,
  ];
  if (a.byline.length) lines.push(`  byline:    ${safeLine(a.byline.join(', '))}`);
  if (a.url) lines.push(`  url:       ${safeLine(a.url)}`);
  const words = a.text.split(/\s+/).filter(Boolean).length;
  const headings = a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end));
  lines.push(`  body:      ${words} words, ${a.blocks.length} blocks, ${a.sentences.length} sentences`);
  if (headings.length) lines.push(`  headings:  ${headings.map((h) => clip(h, 50)).join(' | ')}`);
  lines.push(`  starts:    ${clip(a.text.replace(/\s+/g, ' '), 110)}`);
  const people = (a.entities ?? []).filter((e) => e.type === 'PERSON').slice(0, 4);
  if (people.length)
    lines.push(`  people:    ${safeLine(people.map((e) => [e.name, [e.role, e.country].filter(Boolean).join(', ')].filter(Boolean).join(' — ')).join('; '))}`);
  const counts = (['entities', 'quotes', 'amounts', 'times'] as const).filter((k) => a[k]).map((k) => `${a[k]!.length} ${k}`);
  if (counts.length) lines.push(`  found:     ${counts.join(', ')}`);
  const quote = (a.quotes ?? []).find((q) => q.kind === 'direct' && q.speaker);
  if (quote) {
    const who = a.entities?.find((e) => e.id === quote.speaker)?.name ?? quote.speakerText;
    lines.push(`  quote:     ${safeLine(who ?? '')}: “${clip(quote.text, 90)}”`);
  }
  for (const w of a.warnings) lines.push(`  warning:   ${safeLine(w)}`);
  return lines.join('\n');
}
