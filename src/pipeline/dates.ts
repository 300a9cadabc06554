// Publication dates as given by feeds and flags: keep ISO 8601 as is, turn other parseable forms into ISO.
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function normalizeDate(value: string | null | undefined): string | null {
  const s = value?.trim();
  if (!s) return null;
  if (ISO.test(s)) return s;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
