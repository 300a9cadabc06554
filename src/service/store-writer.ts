// The one writer to the store during an ingest: results come in input order and are stored in groups, one
// transaction per group (see STORE_GROUP_SIZE), each item through the store's putAndMark (its article and its mark
// in one savepoint), with the marks of the inputs that failed. A fatal store error stops the batch; the items of the
// group not yet stored stay unmarked, so a re-run takes them up.
import type { Analysis } from '../doc/schema.js';
import { putAndMark } from '../store/sqlite/index.js';
import type { Provenance, PutResult, Store } from '../store/types.js';
import { StopBatch } from './batch.js';
import { STORE_GROUP_MAX_MS, STORE_GROUP_SIZE } from './settings.js';

/** SQLite result codes after which no further write can succeed: the batch stops rather than fail every item. */
const FATAL_STORE_CODES = /^SQLITE_(FULL|IOERR|READONLY|CORRUPT|NOTADB|CANTOPEN)/;

/** Runs `write` on the store; a fatal store error becomes StopBatch (the batch ends with its outcome). */
export function guarded<T>(write: () => T): T {
  try {
    return write();
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && FATAL_STORE_CODES.test(code)) throw new StopBatch(`store: ${(e as Error).message}`);
    throw e;
  }
}

/** putAndMark for a version that carries its provenance. putAndMark puts without one; until it takes one, it is
 *  given a view of the store whose put adds it. */
function putWithProvenance(store: Store, jobId: number, analysis: Analysis, source: string, provenance: Provenance): PutResult {
  const view: Store = { ...store, put: (a) => store.put(a, provenance) };
  return putAndMark(view, jobId, analysis, source);
}

/** An analysis to store, or an input that failed (its mark goes with the group). */
export type Pending = { source: string; analysis: Analysis; provenance: Provenance } | { source: string; error: string };

export interface WriterEvents {
  stored: (put: PutResult, source: string) => void;
  /** An item that could not be stored (its error is one line). */
  failed: (source: string, error: string) => void;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';

export class StoreWriter {
  private group: Pending[] = [];
  private timer: NodeJS.Timeout | null = null;
  /** A fatal error met by a flush the timer ran: thrown to the batch at the next add (or at close). */
  private stop: StopBatch | null = null;

  constructor(
    private readonly store: Store,
    private readonly jobId: number,
    private readonly events: WriterEvents,
  ) {}

  /** Takes one result; stores its group when full. Throws StopBatch once the store cannot be written. */
  add(p: Pending): void {
    if (this.stop) throw this.stop;
    this.group.push(p);
    if (this.group.length >= STORE_GROUP_SIZE) this.flush();
    else
      this.timer ??= setTimeout(() => {
        try {
          this.flush();
        } catch (e) {
          this.stop = e instanceof StopBatch ? e : new StopBatch(message(e));
        }
      }, STORE_GROUP_MAX_MS);
  }

  /** Stores what is waiting. Throws StopBatch (after reporting the items it concerns) when the store fails. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const group = this.group;
    this.group = [];
    if (!group.length) return;
    const outcomes: { put: PutResult; source: string }[] = [];
    let stop: StopBatch | null = null;
    let stoppedAt = group.length;
    try {
      guarded(() =>
        this.store.transaction(() => {
          for (let i = 0; i < group.length; i++) {
            const p = group[i]!;
            const { source } = p;
            try {
              if ('error' in p) guarded(() => this.store.markSource(this.jobId, { source, status: 'failed', error: p.error }));
              else outcomes.push({ put: guarded(() => putWithProvenance(this.store, this.jobId, p.analysis, source, p.provenance)), source });
            } catch (e) {
              // The item's savepoint is rolled back; the items before it stay in the group's transaction.
              if (e instanceof StopBatch) {
                stop = e;
                stoppedAt = i;
                return;
              }
              this.events.failed(source, message(e));
              guarded(() => this.store.markSource(this.jobId, { source, status: 'failed', error: message(e) }));
            }
          }
        }),
      );
    } catch (e) {
      // The commit itself failed: nothing of the group is stored, and going on would lose the next groups too.
      stop = e instanceof StopBatch ? e : new StopBatch(`store: ${message(e)}`);
      outcomes.length = 0;
      stoppedAt = 0;
    }
    for (const o of outcomes) this.events.stored(o.put, o.source);
    if (stop) {
      // The item the store failed on (unless it was an input's failure mark, already counted) fails with its error.
      const at = group[stoppedAt];
      if (at && !('error' in at)) this.events.failed(at.source, (stop as StopBatch).message);
      throw stop;
    }
  }

  /** Stores what is left (the batch ended or stopped); throws the StopBatch a timer flush met, if any. */
  close(): void {
    if (this.stop) {
      this.group = [];
      if (this.timer) clearTimeout(this.timer);
      throw this.stop;
    }
    this.flush();
  }
}
