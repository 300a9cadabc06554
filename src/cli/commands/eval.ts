// dossier eval ner|quotes|timex --data … --out PRED: runs a layer over an evaluation set, writes the predictions in
// the format of ../shared/tools/README.md and prints the reference scorer's figures.
import { Command } from 'commander';

interface EvalFlags {
  data: string;
  out?: string;
  half?: string;
  verbose?: boolean;
  label?: string;
}

type Runner = (opts: EvalFlags & { out: string }) => Promise<void>;

const RUNNERS: Record<
  string,
  { description: string; data: string; out?: 'optional'; label?: string; load: () => Promise<Runner> }
> = {
  articles: {
    description: 'whole analyses of gold articles (NN.txt + NN.expected.json) with the checklist scorer (score-seed.mjs)',
    data: 'folder of *.expected.json golds, e.g. ../shared/data/seedlike-dev',
    out: 'optional',
    load: async () => (await import('../../pipeline/eval-articles.js')).runArticlesEval,
  },
  events: {
    description: 'PLOVER event coding on a GSR JSONL file (score-events.mjs), or the petrarch2 unit tests (pass rate)',
    data: 'JSONL file, e.g. ../shared/data/events/plover_gold_dev.jsonl',
    load: async () => (await import('../../pipeline/eval-events.js')).runEventsEval,
  },
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
  stories: {
    description: 'incremental story clustering on a corpus JSONL, {id, cluster} lines in date order (score-clusters.mjs)',
    data: 'JSONL file, e.g. ../shared/data/corpora/allsides_roundups/stories_2021.jsonl',
    label: 'gold label to score against (story_id, subtopic, …); default story_id',
    load: async () => (await import('../../stories/eval.js')).runStoriesEval,
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
    const sub = new Command(name).description(r.description).requiredOption('--data <path>', r.data);
    if (r.out) {
      sub.option('--out <dir>', 'where to write each analysis (NN.analysis.json)');
      sub.option('--half <A|B>', 'only the articles of one fixed half (split by outlet)');
      sub.option('--verbose', 'list every failed item');
    } else sub.requiredOption('--out <file>', 'where to write the predictions');
    if (r.label) sub.option('--label <name>', r.label);
    cmd.addCommand(sub.action(async (flags: EvalFlags & { out: string }) => (await r.load())(flags)));
  }
  return cmd;
}
