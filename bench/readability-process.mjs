// The baseline of the whole-process benches (extract-cli, analyze-cli): what a user of Readability + linkedom runs
// as a whole process. Reads the given files and directories (gzip or not), decodes each page (valid UTF-8, else the
// declared charset, else windows-1252), extracts it and prints one JSON line per page.
// Plain JavaScript, so no loader adds to its start.
//   node bench/readability-process.mjs <files or dirs…> > out.jsonl
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const CHARSET = /<meta[^>]+charset=["']?([\w-]+)/i;

function decode(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const declared = CHARSET.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)))?.[1];
    try {
      if (declared) return new TextDecoder(declared).decode(bytes);
    } catch {
      /* unknown label */
    }
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const files = (path) => (statSync(path).isDirectory() ? readdirSync(path).sort().flatMap((n) => files(join(path, n))) : [path]);

for (const path of process.argv.slice(2).flatMap(files)) {
  const raw = readFileSync(path);
  const html = decode(path.endsWith('.gz') ? gunzipSync(raw) : raw);
  const article = new Readability(parseHTML(html).document).parse();
  process.stdout.write(JSON.stringify({ source: path, title: article?.title ?? null, byline: article?.byline ?? null, text: article?.textContent ?? '' }) + '\n');
}
