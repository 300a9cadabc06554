// dossier analyze <inputs…> [--json | --jsonl]: the analysis document of each input, on stdout, in input order.
import { Command } from 'commander';
import type { Analysis } from '../../doc/schema.js';
import { runBatch } from '../batch.js';
import { addInputOptions, inputOptions, type InputFlags } from '../options.js';
import { summaryLine } from '../report.js';
import { summarize } from '../summary.js';

interface Flags extends InputFlags {
  json?: boolean;
  jsonl?: boolean;
}

export function analyzeCommand(): Command {
  const cmd = new Command('analyze')
    .description('analyse articles (files, directories, -, JSON Lines, .gz, URLs) and print the results')
    .argument('<inputs...>', 'paths, directories, URLs, or - for stdin')
    .option('--json', 'print the analysis document (an array when there are several)')
    .option('--jsonl', 'print one analysis document per line');
  addInputOptions(cmd);
  return cmd.action(async (inputs: string[], flags: Flags) => {
    const collected: Analysis[] = [];
    const out = process.stdout;
    const report = await runBatch(inputs, { ...inputOptions(flags), label: 'analyze', decodeInWorkers: true }, (analysis) => {
      if (flags.jsonl) out.write(JSON.stringify(analysis) + '\n');
      else if (flags.json) collected.push(analysis);
      else out.write(summarize(analysis) + '\n\n');
    });
    if (flags.json && !flags.jsonl)
      out.write(JSON.stringify(collected.length === 1 ? collected[0] : collected, null, 2) + '\n');
    if (inputs.length > 1 || report.failed || report.ok > 1 || report.stopped) process.stderr.write(summaryLine(report) + '\n');
    process.exitCode = process.exitCode || report.exitCode();
  });
}
