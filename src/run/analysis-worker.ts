// The analysis worker thread: loads what its task needs once (the pipeline and its models, or only the extractors),
// then runs one input per message. Started through worker-entry.mjs.
import { parentPort, workerData } from 'node:worker_threads';
import type { AnalysisReply, AnalysisRequest, Task, Timings, WorkerSetup } from './protocol.js';
import { decodedItem } from '../input/to-result.js';
import type { InputItem } from '../input/types.js';
import type { AnalyzeOptions } from '../pipeline/analyze.js';
import type { Analysis } from '../doc/schema.js';
import type { CleanArticle } from './extract-article.js';

if (!parentPort) throw new Error('analysis-worker: not started as a worker thread');
const port = parentPort;

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

type Run = (item: InputItem, options: AnalyzeOptions) => { result: Analysis | CleanArticle; timings: Timings };

/** Each task's modules load on its first use: an extract-only worker never imports the language layers. */
const loaders: Record<Task, () => Promise<Run>> = {
  async analyze() {
    const [{ defaultPipeline }, { timedAnalysis }] = await Promise.all([import('../pipeline/analyze.js'), import('./timed-analysis.js')]);
    const pipeline = defaultPipeline();
    return (item, options) => {
      const { analysis, timings } = timedAnalysis(item, options, pipeline);
      return { result: analysis, timings };
    };
  },
  async extract() {
    const { extractArticle } = await import('./extract-article.js');
    return (item, options) => {
      const start = cpuMs();
      const result = extractArticle(item, options);
      const total = cpuMs() - start;
      return { result, timings: { extract: total, total } };
    };
  },
};
const runs = new Map<Task, Promise<Run>>();
const runFor = (task: Task) => {
  let run = runs.get(task);
  if (!run) runs.set(task, (run = loaders[task]()));
  return run;
};

// One message at a time, in arrival order (the pool sends a worker one input at a time).
let queue: Promise<void> = Promise.resolve();
port.on('message', (req: AnalysisRequest) => {
  queue = queue.then(async () => {
    let reply: AnalysisReply;
    try {
      const run = await runFor(req.task);
      reply = { id: req.id, ok: true, ...run(decodedItem(req.item), req.options) };
    } catch (e) {
      reply = { id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply);
  });
});

// Models and lexicons load on first use: one made-up article touching every layer loads them before the worker says
// it is ready, so no input's budget pays for them. Extraction has no model to load (its modules are loaded above):
// warming it up on a text would cost ~50 ms of CPU per process for no input's sake (a page takes the HTML path).
const WARM_UP = 'Warm-up\n\n"We will pay $5 million by Friday," the mayor of Tarvel, Ana Lind, said on 3 May 2024. Police arrested two men.';
const { task } = workerData as WorkerSetup;
const warm = await runFor(task);
if (task !== 'extract') warm({ ok: true, source: 'warm-up', from: 'file', kind: 'text', content: WARM_UP, encoding: 'utf-8', meta: {}, warnings: [] }, {});
port.postMessage({ ready: true });
