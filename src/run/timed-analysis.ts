// One input's analysis with the CPU time of each step (extraction, every layer, serialisation): what the worker
// runs, so the bench and a service see where an input's time went at the cost of a few clock reads.
import type { Analysis } from '../doc/schema.js';
import type { InputItem } from '../input/types.js';
import { buildDoc, checkBodySize, languageLayersApply, type AnalyzeOptions } from '../pipeline/analyze.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { Timings } from './protocol.js';

/** CPU of the whole process: with several workers busy, their time counts too (benchmarks use one worker). */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export function timedAnalysis(item: InputItem, options: AnalyzeOptions, pipeline: Pipeline): { analysis: Analysis; timings: Timings } {
  const timings: Timings = {};
  const start = cpuMs();
  let t = start;
  const lap = (name: string) => {
    const now = cpuMs();
    timings[name] = now - t;
    t = now;
  };
  const doc = buildDoc(item, options);
  checkBodySize(doc);
  lap('extract');
  if (languageLayersApply(doc)) {
    for (const c of pipeline.components) {
      c.run(doc);
      lap(c.name);
    }
  }
  const analysis = doc.toJSON();
  lap('toJSON');
  timings.total = t - start;
  return { analysis, timings };
}
