// Progress for long runs: a bar with count, rate and ETA on a TTY; nothing but the final summary in a pipe.
import cliProgress from 'cli-progress';

export interface Progress {
  tick(ok: boolean): void;
  stop(): void;
  /** Prints a line above the bar (or plainly when there is no bar) on stderr. */
  log(line: string): void;
}

export function createProgress(label: string, total: number | null, stream: NodeJS.WriteStream = process.stderr): Progress {
  const interactive = stream.isTTY === true && !process.env.CI;
  if (!interactive) {
    return { tick() {}, stop() {}, log: (line) => stream.write(line + '\n') };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${label} {bar} {value}/{total} | {rate}/s | ETA {eta_formatted} | {failed} failed`,
      etaBuffer: 200,
      fps: 5,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let done = 0;
  let failed = 0;
  bar.start(total ?? 0, 0, { rate: '0', failed: 0 });
  return {
    tick(ok) {
      done++;
      if (!ok) failed++;
      if (total === null || done > total) bar.setTotal(done);
      const secs = (Date.now() - started) / 1000;
      bar.update(done, { rate: secs > 0 ? (done / secs).toFixed(1) : '0', failed });
    },
    stop: () => bar.stop(),
    log(line) {
      // cli-progress has no "log above": clear the line, print, let the next redraw restore the bar.
      stream.write('\r\x1b[2K' + line + '\n');
    },
  };
}
