// One batch's outcome, counted as items come out: "N ok, M failed" and the exit code. Printing is the caller's.

export class BatchReport {
  ok = 0;
  failed = 0;
  skipped = 0;
  /** Items another run of the same job was analysing (two ingests of one batch share its items). */
  elsewhere = 0;
  /** Why the batch stopped before its end (the store is full, the user interrupted it), or null. */
  stopped: string | null = null;

  /** The summary line (untrusted text inside: escape it before it reaches a terminal). */
  summary(): string {
    const skipped = this.skipped ? `, ${this.skipped} already done` : '';
    const elsewhere = this.elsewhere ? `, ${this.elsewhere} left to another ingest of the same inputs` : '';
    const stopped = this.stopped ? `; stopped early: ${this.stopped}` : '';
    return `${this.ok} ok, ${this.failed} failed${skipped}${elsewhere}${stopped}`;
  }

  /** Non-zero when the batch stopped early or nothing succeeded (a batch with some failures still did its job). */
  exitCode(): number {
    if (this.stopped) return 1;
    return this.ok + this.skipped + this.elsewhere === 0 ? 1 : 0;
  }
}
