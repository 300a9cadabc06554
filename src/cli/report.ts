// One batch's outcome: one-line errors on stderr as they happen, "N ok, M failed" at the end.
import { safeMessage } from './terminal.js';
export class BatchReport {
  ok = 0;
  failed = 0;
  skipped = 0;

  fail(source: string, error: string, log: (line: string) => void = (l) => process.stderr.write(l + '\n')): void {
    this.failed++;
    log(`dossier: ${safeMessage(source)}: ${safeMessage(error)}`);
  }

  summary(): string {
    const skipped = this.skipped ? `, ${this.skipped} already done` : '';
    return `${this.ok} ok, ${this.failed} failed${skipped}`;
  }

  /** Non-zero only when nothing succeeded (a batch with some failures still did its job). */
  exitCode(): number {
    return this.ok + this.skipped === 0 ? 1 : 0;
  }
}
