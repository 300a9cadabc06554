// Feature hash → weight row, an open-addressing table in one interleaved Int32Array ([hash, row] pairs):
// one cache line per probe, fast to build on load, no per-entry objects.

export class FeatureIndex {
  /** table[2p] = hash (as int32), table[2p + 1] = row, or -1 when slot p is empty. */
  readonly table: Int32Array;
  readonly count: number;
  private readonly mask: number;

  private constructor(slots: number, count: number) {
    this.table = new Int32Array(slots * 2);
    for (let p = 1; p < this.table.length; p += 2) this.table[p] = -1;
    this.mask = slots - 1;
    this.count = count;
  }

  /** A table for `hashes` (distinct); row i belongs to hashes[i]. */
  static build(hashes: ArrayLike<number>): FeatureIndex {
    let slots = 1024;
    while (slots < hashes.length * 2) slots *= 2;
    const index = new FeatureIndex(slots, hashes.length);
    for (let i = 0; i < hashes.length; i++) index.insert(hashes[i] | 0, i);
    return index;
  }

  get size(): number {
    return this.count;
  }

  /** hashes[row], the inverse of build. */
  hashes(): Uint32Array {
    const out = new Uint32Array(this.count);
    for (let p = 0; p < this.table.length; p += 2) if (this.table[p + 1] >= 0) out[this.table[p + 1]] = this.table[p] >>> 0;
    return out;
  }

  private insert(hash: number, row: number): void {
    let p = FeatureIndex.slot(hash) & this.mask;
    while (this.table[2 * p + 1] >= 0) {
      if (this.table[2 * p] === hash) throw new Error(`duplicate feature hash ${hash >>> 0}`);
      p = (p + 1) & this.mask;
    }
    this.table[2 * p] = hash;
    this.table[2 * p + 1] = row;
  }

  private static slot(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> 7;
  }

  /** Row of a feature hash, or -1 when the model has no weights for it. */
  row(hash: number): number {
    const h = hash | 0;
    const t = this.table;
    let p = FeatureIndex.slot(h) & this.mask;
    for (;;) {
      const r = t[2 * p + 1];
      if (r < 0 || t[2 * p] === h) return r;
      p = (p + 1) & this.mask;
    }
  }
}
