// The analysis worker thread: loads the pipeline (and its models) once, then analyses one input per message.
import { parentPort } from 'node:worker_threads';
import { defaultPipeline } from '../pipeline/analyze.js';
import { timedAnalysis } from './timed-analysis.js';
import type { AnalysisReply, AnalysisRequest } from './protocol.js';

if (!parentPort) throw new Error('analysis-worker: not started as a worker thread');
const port = parentPort;
const pipeline = defaultPipeline();

port.on('message', (req: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = { id: req.id, ok: true, ...timedAnalysis(req.item, req.options, pipeline) };
  } catch (e) {
    reply = { id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
});
// Models and lexicons load on first use: one made-up article touching every layer loads them before the worker says
// it is ready, so no input's budget pays for them.
const WARM_UP = 'Warm-up\n\n"We will pay $5 million by Friday," the mayor of Tarvel, Ana Lind, said on 3 May 2024. Police arrested two men.';
timedAnalysis({ ok: true, source: 'warm-up', from: 'file', kind: 'text', content: WARM_UP, encoding: 'utf-8', meta: {}, warnings: [] }, {}, pipeline);
port.postMessage({ ready: true });
