// The one writer to the store during an ingest: results come in input order and are recorded in groups through the
// store's recordItems (one transaction per group, see STORE_GROUP_SIZE: each article stored with its mark, each
// failed input marked). An article the store refuses fails alone; an error of the store itself (full disk,
// read-only) stops the batch: that group is not recorded, so a re-run takes its items up, and the groups before it
// stay stored.
import type { Analysis } from '../doc/schema.js';
import type { JobItem, JobStore } from '../store/api.js';
import type { Provenance, PutResult } from '../store/types.js';
import { StopBatch } from './batch.js';
import { STORE_GROUP_MAX_MS, STORE_GROUP_SIZE } from './settings.js';

/** An analysis to store, or an input that failed (its mark goes with the group). */
export type Pending = { source: string; analysis: Analysis; provenance: Provenance } | { source: string; error: string };

export interface WriterEvents {
  stored: (put: PutResult, source: string) => void;
  /** An analysis the store refused (its error is one line). Inputs that failed before are not told again. */
  failed: (source: string, error: string) => void;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';

/** Runs a store call; any error of the store becomes StopBatch (the batch ends with its outcome). */
export async function guarded<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    throw e instanceof StopBatch ? e : new StopBatch(`store: ${message(e)}`);
  }
}

export class StoreWriter {
  private group: Pending[] = [];
  private timer: NodeJS.Timeout | null = null;
  /** The group being recorded: groups are written one after another, in input order. */
  private writing: Promise<void> = Promise.resolve();
  /** Set once the store has failed: every later add and the close throw it. */
  private stop: StopBatch | null = null;

  constructor(
    private readonly store: Pick<JobStore, 'recordItems'>,
    private readonly jobId: number,
    private readonly events: WriterEvents,
  ) {}

  /** Takes one result; records its group when full (and waits for it). Throws StopBatch once the store failed. */
  async add(p: Pending): Promise<void> {
    if (this.stop) throw this.stop;
    this.group.push(p);
    if (this.group.length >= STORE_GROUP_SIZE) return this.flush();
    // A slow trickle of results is still recorded within STORE_GROUP_MAX_MS; its failure surfaces at the next add.
    this.timer ??= setTimeout(() => void this.flush().catch(() => {}), STORE_GROUP_MAX_MS);
  }

  /** Records what is waiting, after any group already on its way. Rejects with StopBatch when the store fails. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const group = this.group;
    this.group = [];
    const next = this.writing.then(() => this.record(group));
    this.writing = next.catch(() => {});
    return next;
  }

  private async record(group: Pending[]): Promise<void> {
    if (this.stop) throw this.stop;
    if (!group.length) return;
    const items: JobItem[] = group.map((p) => ('error' in p ? p : { source: p.source, analysis: p.analysis, provenance: p.provenance }));
    let outcomes;
    try {
      outcomes = await this.store.recordItems(this.jobId, items);
    } catch (e) {
      throw (this.stop = new StopBatch(`store: ${message(e)}`));
    }
    outcomes.forEach((o, i) => {
      if ('put' in o) this.events.stored(o.put, o.source);
      else if (!('error' in group[i]!)) this.events.failed(o.source, o.error);
    });
  }

  /** Records what is left (the batch ended or stopped); throws the StopBatch the store gave, if any. */
  async close(): Promise<void> {
    await this.flush();
  }
}
