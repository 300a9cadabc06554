// Counts per day as a uPlot chart (bars for the first series, a line for the second), coloured from the theme.
import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { cssVar, onThemeChange } from '../theme';

/** `color`: a CSS colour or a theme variable ("--accent"), read when drawing. */
export interface Series { label: string; values: number[]; color: string; bars?: boolean }

export function TimeChart({ days, series, height = 200, title }: { days: string[]; series: Series[]; height?: number; title: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [theme, setTheme] = useState(0);
  useEffect(() => onThemeChange(() => setTheme((n) => n + 1)), []);
  useEffect(() => {
    const el = box.current;
    if (!el || !days.length) return;
    const xs = days.map((d) => Date.parse(d) / 1000);
    const text = cssVar('--text') || '#222';
    const grid = cssVar('--border') || '#ddd';
    const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
    const bars = uPlot.paths.bars!({ size: [0.6, 24] });
    const opts: uPlot.Options = {
      width: Math.max(240, el.clientWidth),
      height,
      title: undefined,
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
      // Days (UTC, as the data's dates are), never hours: ticks a day apart at least, labelled as ISO dates.
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      axes: [{ ...axis, space: 90, incrs: DAY_INCRS, values: (_u, ticks, _s, _n, incr) => ticks.map((t) => new Date(t * 1000).toISOString().slice(0, incr >= 28 * 86400 ? 7 : 10)) }, { ...axis, size: 44, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000], values: (_u, ticks) => ticks.map((t) => String(t)) }],
      // Room on the right for the last date label; the legend names the day under the cursor.
      padding: [10, 36, 0, 0],
      series: [{ label: 'day', value: (_u, v) => (v == null ? '--' : new Date(v * 1000).toISOString().slice(0, 10)) }, ...series.map((s) => ({ label: s.label, stroke: paint(s.color), fill: s.bars ? paint(s.color) : undefined, width: 2, paths: s.bars ? bars : undefined, points: { show: !s.bars && days.length < 40 } }))],
      legend: { show: true },
      cursor: { drag: { x: false, y: false } },
    };
    const plot = new uPlot(opts, [xs, ...series.map((s) => s.values)], el);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(240, el.clientWidth), height }));
    resize.observe(el);
    return () => { resize.disconnect(); plot.destroy(); };
  }, [days, series, height, theme]);
  if (!days.length) return <p class="muted">Nothing dated to chart.</p>;
  return <figure class="chart"><div ref={box} role="img" aria-label={title} /><figcaption class="visually-hidden">{title}</figcaption></figure>;
}

/** Tick steps of the time axis, in seconds: days, weeks, months, quarters, years. */
const DAY_INCRS = [1, 2, 7, 14, 30.44, 91.3, 182.6, 365.25, 730.5, 1826.25, 3652.5].map((d) => d * 86400);

const paint = (c: string) => (c.startsWith('--') ? cssVar(c) || '#888' : c);

/** Counts on a regular time axis: every day from the first to the last key (0 where none), padded to a week so a
 *  single day still reads as a date; over spans longer than DAILY_MAX_DAYS, months instead (a chart over time, not a
 *  bar per event). Keys are YYYY-MM-DD; each value array has `width` series. */
export function daily(counts: Map<string, number[]>, width: number): { days: string[]; values: number[][] } {
  const keys = [...counts.keys()].filter((k) => /^\d{4}-\d{2}-\d{2}$/.test(k)).sort();
  if (!keys.length) return { days: [], values: Array.from({ length: width }, () => []) };
  const DAY = 86_400_000;
  let first = Date.parse(keys[0]);
  let last = Date.parse(keys[keys.length - 1]);
  if ((last - first) / DAY > DAILY_MAX_DAYS) {
    const byMonth = new Map<string, number[]>();
    for (const [k, v] of counts) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(k)) continue;
      const m = `${k.slice(0, 7)}-01`;
      const acc = byMonth.get(m) ?? Array.from({ length: width }, () => 0);
      v.forEach((n, i) => (acc[i] += n));
      byMonth.set(m, acc);
    }
    const days: string[] = [];
    const start = new Date(keys[0].slice(0, 7) + '-01T00:00:00Z');
    const end = keys[keys.length - 1].slice(0, 7) + '-01';
    for (const d = start; ; d.setUTCMonth(d.getUTCMonth() + 1)) {
      const k = d.toISOString().slice(0, 10);
      days.push(k);
      if (k >= end) break;
    }
    return { days, values: Array.from({ length: width }, (_, i) => days.map((d) => byMonth.get(d)?.[i] ?? 0)) };
  }
  const pad = Math.max(0, Math.ceil((MIN_DAYS - 1 - (last - first) / DAY) / 2));
  first -= pad * DAY;
  last += pad * DAY;
  const days: string[] = [];
  for (let t = first; t <= last; t += DAY) days.push(new Date(t).toISOString().slice(0, 10));
  return { days, values: Array.from({ length: width }, (_, i) => days.map((d) => counts.get(d)?.[i] ?? 0)) };
}

/** Beyond this many days the chart counts per month. */
const DAILY_MAX_DAYS = 400;
/** The narrowest window the chart shows (days), so one day is a bar in a week, not the whole axis. */
const MIN_DAYS = 7;
