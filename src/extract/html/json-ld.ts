// The articleBody a page states in its JSON-LD (schema.org NewsArticle & co.): a fallback for pages that render
// their text with scripts, so that the DOM holds little or none of it. Measured as a hint for choosing the body
// too: on the dev pages that carry one (7 of 85 AEB, 33 of 490 trafilatura), the DOM body already misses less
// than the stated one would (4 vs 14 "with" snippets), so it is only a fallback.
import { buildBlocks } from './blocks.js';
import { normalizeSpace } from './dom.js';
import { parseHtml } from './parse.js';
import { MAX_JSON_LD_DEPTH } from './settings.js';

/** The longest articleBody found in the page's ld+json scripts, as paragraphs (empty when there is none). */
export function jsonLdArticleBody(scripts: readonly string[]): string[] {
  let best = '';
  for (const raw of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue; // broken JSON is common in the wild
    }
    const body = findArticleBody(data);
    if (body.length > best.length) best = body;
  }
  if (!best) return [];
  // some sites put HTML, or entities, in the string
  if (/[<&]/.test(best)) {
    const { blocks } = buildBlocks(parseHtml(best.replace(/\n/g, '<br>')).dom);
    return blocks.flatMap((b) => b.text.split('\n'));
  }
  return best
    .split(/\n+/)
    .map((line) => normalizeSpace(line).trim())
    .filter((line) => line);
}

/** Breadth-first search, depth-limited, for the longest string-valued `articleBody`. */
function findArticleBody(root: unknown): string {
  let best = '';
  let level: unknown[] = [root];
  for (let depth = 0; depth <= MAX_JSON_LD_DEPTH && level.length; depth++) {
    const next: unknown[] = [];
    for (const node of level) {
      if (!node || typeof node !== 'object') continue;
      if (Array.isArray(node)) {
        for (const item of node) next.push(item);
        continue;
      }
      const record = node as Record<string, unknown>;
      const body = record.articleBody;
      if (typeof body === 'string' && body.length > best.length) best = body;
      for (const value of Object.values(record)) if (value && typeof value === 'object') next.push(value);
    }
    level = next;
  }
  return best;
}
