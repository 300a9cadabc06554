// Feature hash → weight row, an open-addressing table in typed arrays (fast to load, no per-entry objects).

export class FeatureIndex {
  readonly keys: Uint32Array;
  readonly rows: Int32Array;
  private readonly mask: number;

  constructor(keys: Uint32Array, rows: Int32Array) {
    this.keys = keys;
    this.rows = rows;
    this.mask = keys.length - 1;
  }

  /** A table for `hashes` (distinct, any order); row i belongs to hashes[i]. */
  static build(hashes: ArrayLike<number>): FeatureIndex {
    let size = 1024;
    while (size < hashes.length * 2) size *= 2;
    const index = new FeatureIndex(new Uint32Array(size), new Int32Array(size).fill(-1));
    for (let i = 0; i < hashes.length; i++) index.insert(hashes[i], i);
    return index;
  }

  get size(): number {
    let n = 0;
    for (const r of this.rows) if (r >= 0) n++;
    return n;
  }

  private insert(hash: number, row: number): void {
    let p = FeatureIndex.slot(hash) & this.mask;
    while (this.rows[p] >= 0) {
      if (this.keys[p] === hash) throw new Error(`duplicate feature hash ${hash}`);
      p = (p + 1) & this.mask;
    }
    this.keys[p] = hash;
    this.rows[p] = row;
  }

  private static slot(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> 7;
  }

  /** Row of a feature hash, or -1 when the model has no weights for it. */
  row(hash: number): number {
    let p = FeatureIndex.slot(hash) & this.mask;
    for (;;) {
      const r = this.rows[p];
      if (r < 0) return -1;
      if (this.keys[p] === hash) return r;
      p = (p + 1) & this.mask;
    }
  }
}
