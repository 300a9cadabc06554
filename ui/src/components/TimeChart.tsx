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
    const xs = days.map((d) => Date.parse(d.length === 7 ? `${d}-01` : d) / 1000);
    const text = cssVar('--text') || '#222';
    const grid = cssVar('--border') || '#ddd';
    const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
    const bars = uPlot.paths.bars!({ size: [0.6, 24] });
    const opts: uPlot.Options = {
      width: Math.max(240, el.clientWidth),
      height,
      title: undefined,
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
      axes: [axis, { ...axis, size: 36 }],
      series: [{}, ...series.map((s) => ({ label: s.label, stroke: paint(s.color), fill: s.bars ? paint(s.color) : undefined, width: 2, paths: s.bars ? bars : undefined, points: { show: !s.bars && days.length < 40 } }))],
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

const paint = (c: string) => (c.startsWith('--') ? cssVar(c) || '#888' : c);

/** Every day from the first to the last key, with counts (0 where none): a chart over time, not over events. */
export function daily(counts: Map<string, number[]>, width: number): { days: string[]; values: number[][] } {
  const keys = [...counts.keys()].filter((k) => /^\d{4}-\d{2}-\d{2}$/.test(k)).sort();
  if (!keys.length) return { days: [], values: Array.from({ length: width }, () => []) };
  const days: string[] = [];
  const first = Date.parse(keys[0]);
  const last = Date.parse(keys[keys.length - 1]);
  // Long spans: one point per day would be thousands; keep the days that have counts then.
  if ((last - first) / 86400000 > 400) days.push(...keys);
  else for (let t = first; t <= last; t += 86400000) days.push(new Date(t).toISOString().slice(0, 10));
  const values = Array.from({ length: width }, (_, i) => days.map((d) => counts.get(d)?.[i] ?? 0));
  return { days, values };
}
