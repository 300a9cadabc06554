// dossier eval ner|quotes|timex --data … --out PRED: runs a layer over an evaluation set, writes the predictions in
// the format of ../shared/tools/README.md and prints the reference scorer's figures.
import { Command } from 'commander';

interface EvalFlags {
  data: string;
  out: string;
}

type Runner = (opts: EvalFlags) => Promise<void>;

const RUNNERS: Record<string, { description: string; data: string; load: () => Promise<Runner> }> = {
  ner: {
    description: 'named entities on a CoNLL file (score-ner.mjs)',
    data: 'CoNLL file, e.g. ../shared/data/ner/conll2003/eng.testa',
    load: async () => (await import('../../nlp/ner/eval.js')).runNerEval,
  },
  quotes: {
    description: 'quotes and speakers on PolNeAR-format JSONL (score-quotes.mjs)',
    data: 'JSONL file, e.g. ../shared/data/quotes/polnear_dev.jsonl',
    load: async () => (await import('../../nlp/quotes/index.js')).runQuotesEval,
  },
  timex: {
    description: 'TIMEX3 dates and times on a folder of TimeML files (score-timex.mjs)',
    data: 'folder of .tml files, e.g. ../shared/data/timex/TBAQ-cleaned/TimeBank',
    load: async () => (await import('../../nlp/times/index.js')).runTimexEval,
  },
};

export function evalCommand(): Command {
  const cmd = new Command('eval').description('evaluate a layer against a gold set with the reference scorer');
  for (const [name, r] of Object.entries(RUNNERS)) {
    cmd.addCommand(
      new Command(name)
        .description(r.description)
        .requiredOption('--data <path>', r.data)
        .requiredOption('--out <file>', 'where to write the predictions')
        .action(async (flags: EvalFlags) => (await r.load())(flags)),
    );
  }
  return cmd;
}
