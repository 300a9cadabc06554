// Helpers for this folder's tests: analysis documents and temp directories.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analysis } from '../../doc/schema.js';
import { articleId } from '../../doc/id.js';

/** A minimal valid analysis; the id follows the url (or the text) as the pipeline does. */
export function makeAnalysis(fields: Partial<Analysis> = {}): Analysis {
  const text = fields.text ?? 'Negotiators met in Geneva on Monday.';
  const url = fields.url === undefined ? 'https://news.example/a' : fields.url;
  return {
    id: articleId(url, text),
    source: 'input/a.html',
    url,
    outlet: 'news.example',
    title: 'Talks resume',
    byline: [],
    published: '2025-03-01',
    language: 'en',
    text,
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
    sentences: [{ start: 0, end: text.length }],
    warnings: [],
    ...fields,
  };
}

/** A fresh temp directory and its cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-store-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
