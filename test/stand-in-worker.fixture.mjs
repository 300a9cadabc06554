// A stand-in for the analysis worker (src/run/analysis-worker.ts) in the pool's tests (plain JavaScript: it needs no
// loader). It speaks the worker protocol (src/run/protocol.ts) and does what each input's text says: "sleep N"
// replies after N ms, "crash" ends the thread, "hang" never replies, "fail" replies with an error; anything else
// replies at once.
import { parentPort } from 'node:worker_threads';

const port = parentPort;
port.on('message', (req) => {
  const text = req.item.content.trim();
  const reply = () => port.postMessage({ id: req.id, ok: true, result: { source: req.item.source, text, task: req.task }, timings: {} });
  if (text === 'crash') process.exit(3);
  else if (text === 'hang') for (;;);
  else if (text === 'fail') port.postMessage({ id: req.id, ok: false, error: 'it failed' });
  else if (text.startsWith('sleep ')) setTimeout(reply, Number(text.slice(6)));
  else reply();
});
port.postMessage({ ready: true });
