// Dates and numbers for display.
export function day(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  return iso.slice(0, 10);
}
export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
export const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : n.toLocaleString('en', { maximumFractionDigits: 2 }));
