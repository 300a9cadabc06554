// Pathological texts doubled from 50 kB to 1.6 MB: CPU seconds of the whole analysis and of each layer, the ratio per
// doubling (linear work: ≤ 2.5) and seconds per MB (≤ 10); PATHOLOGICAL_REPEATS=n keeps the fastest of n runs. Each analysis runs in the worker the CLI uses, with a
// budget: a size past it ends that text's doubling (its row says so), so a quadratic layer cannot stall the bench.
import type { InputItem } from '../src/input/types.js';
import { createAnalyzer } from '../src/run/analyzer.js';
import { InputTimeout } from '../src/run/analyzer.js';
import { PATHOLOGICAL } from './pathological-texts.js';

export const SIZES_KB = [50, 100, 200, 400, 800, 1600];
/** Budget of one analysis (wall s); a size that takes longer than half of it ends that text's doubling. */
const BUDGET_S = Number(process.env.PATHOLOGICAL_BUDGET_S ?? 120);
/** Analyses of each size; the fastest counts (CPU time still varies with the machine's other load: caches, cores
 *  shared by hyperthreads). */
const REPEATS = Math.max(1, Number(process.env.PATHOLOGICAL_REPEATS ?? 1));

export interface PathologicalRow {
  text: string;
  kb: number;
  /** CPU seconds (whole analysis), or null when cut off by the budget. */
  seconds: number | null;
  /** CPU ms per step. */
  timings: Record<string, number>;
}

const item = (name: string, content: string): InputItem => ({ ok: true, source: `pathological:${name}`, from: 'file', kind: 'text', content, encoding: 'utf-8', meta: {}, warnings: [] });

export async function benchPathological(
  onRow: (row: PathologicalRow) => void,
  names = Object.keys(PATHOLOGICAL),
  sizes = SIZES_KB,
): Promise<PathologicalRow[]> {
  const analyzer = createAnalyzer({ timeoutMs: BUDGET_S * 1000, maxHeapMb: 4096 });
  const rows: PathologicalRow[] = [];
  try {
    for (const name of names) {
      for (const kb of sizes) {
        const text = PATHOLOGICAL[name]!(kb * 1000);
        let row: PathologicalRow;
        try {
          let best: Record<string, number> | null = null;
          for (let r = 0; r < REPEATS; r++) {
            const { timings } = await analyzer.timed(item(name, text), {});
            if (!best || timings.total! < best.total!) best = timings;
          }
          row = { text: name, kb, seconds: best!.total! / 1000, timings: best! };
        } catch (e) {
          if (!(e instanceof InputTimeout)) throw e;
          row = { text: name, kb, seconds: null, timings: {} };
        }
        rows.push(row);
        onRow(row);
        if (row.seconds === null || row.seconds > BUDGET_S / 2) break;
      }
    }
  } finally {
    await analyzer.close();
  }
  return rows;
}
