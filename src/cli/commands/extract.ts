// dossier extract <inputs…> [--json | --jsonl]: the clean article of each input (id, source, url, outlet, title,
// byline, published, language, text, blocks, warnings), with no language layer loaded: what Readability or
// trafilatura give. Inputs as for `analyze`; output in input order.
import { Command } from 'commander';
import type { CleanArticle } from '../../run/extract-article.js';
import { runBatch } from '../batch.js';
import { addInputOptions, inputOptions, type InputFlags } from '../options.js';
import { summaryLine } from '../report.js';

interface Flags extends InputFlags {
  json?: boolean;
  jsonl?: boolean;
}

export function extractCommand(): Command {
  const cmd = new Command('extract')
    .description('extract the clean article (metadata and body, no language layers) of each input as JSON')
    .argument('<inputs...>', 'paths, directories, URLs, or - for stdin')
    .option('--json', 'print one JSON document (an array when there are several)')
    .option('--jsonl', 'print one article per line (the default)');
  addInputOptions(cmd);
  return cmd.action(async (inputs: string[], flags: Flags) => {
    const collected: CleanArticle[] = [];
    const out = process.stdout;
    const asArray = flags.json && !flags.jsonl;
    const report = await runBatch(inputs, { ...inputOptions(flags), label: 'extract', task: 'extract', decodeInWorkers: true }, (article) => {
      if (asArray) collected.push(article);
      else out.write(JSON.stringify(article) + '\n');
    });
    if (asArray) out.write(JSON.stringify(collected.length === 1 ? collected[0] : collected, null, 2) + '\n');
    if (inputs.length > 1 || report.failed || report.ok > 1 || report.stopped) process.stderr.write(summaryLine(report) + '\n');
    process.exitCode = process.exitCode || report.exitCode();
  });
}
