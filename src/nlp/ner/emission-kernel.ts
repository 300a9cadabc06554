// The per-token inner loop of NerModel's emissions, unrolled over the weight slots into local variables.
// V8 keeps the locals in registers; the plain loop with a typed-array accumulator loads and stores the
// accumulator for every weight of every feature, which cost about a third of the tagger's time.

/**
 * Sums the five memoised group sums at b0..b4 in `memo` and the weight rows rows[from..to) (row r at r × stride,
 * -1 = none) of `q`; writes slots [0, width) × inv1 to e1[out..] and [width, 2 × width) × inv2 to e2[out..].
 */
export type TokenKernel = (
  q: Int16Array, stride: number, memo: Int32Array, b0: number, b1: number, b2: number, b3: number, b4: number,
  rows: Int32Array, from: number, to: number, e1: Float32Array, e2: Float32Array, out: number, inv1: number, inv2: number,
) => void;

const kernels = new Map<number, TokenKernel>();

/** The kernel for `width` labels per stage (generated once per width). */
export function tokenKernel(width: number): TokenKernel {
  let k = kernels.get(width);
  if (k) return k;
  const used = 2 * width, src: string[] = [];
  for (let x = 0; x < used; x++) src.push(`let a${x} = memo[b0 + ${x}] + memo[b1 + ${x}] + memo[b2 + ${x}] + memo[b3 + ${x}] + memo[b4 + ${x}];`);
  src.push('for (let k = from; k < to; k++) {', '  const r = rows[k];', '  if (r < 0) continue;', '  const w = r * stride;');
  for (let x = 0; x < used; x++) src.push(`  a${x} += q[w + ${x}];`);
  src.push('}');
  for (let x = 0; x < width; x++) src.push(`e1[out + ${x}] = a${x} * inv1;`);
  for (let x = 0; x < width; x++) src.push(`e2[out + ${x}] = a${width + x} * inv2;`);
  k = new Function('q', 'stride', 'memo', 'b0', 'b1', 'b2', 'b3', 'b4', 'rows', 'from', 'to', 'e1', 'e2', 'out', 'inv1', 'inv2', src.join('\n')) as TokenKernel;
  kernels.set(width, k);
  return k;
}

/** Sums the weight rows rows[from..to) (row r at r × stride, -1 = none) of `q`, slots [0, used), into out[at..]. */
export type RowsKernel = (q: Int16Array, stride: number, rows: Int32Array, from: number, to: number, out: Int32Array, at: number) => void;

const rowKernels = new Map<number, RowsKernel>();

/** The kernel summing `used` slots (generated once per width): the sums stay in locals, written once. */
export function rowsKernel(used: number): RowsKernel {
  let k = rowKernels.get(used);
  if (k) return k;
  const src: string[] = [];
  for (let x = 0; x < used; x++) src.push(`let a${x} = 0;`);
  src.push('for (let k = from; k < to; k++) {', '  const r = rows[k];', '  if (r < 0) continue;', '  const w = r * stride;');
  for (let x = 0; x < used; x++) src.push(`  a${x} += q[w + ${x}];`);
  src.push('}');
  for (let x = 0; x < used; x++) src.push(`out[at + ${x}] = a${x};`);
  k = new Function('q', 'stride', 'rows', 'from', 'to', 'out', 'at', src.join('\n')) as RowsKernel;
  rowKernels.set(used, k);
  return k;
}
