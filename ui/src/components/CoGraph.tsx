// The actors that appear with an entity, as a force-directed graph drawn in SVG: the entity at the centre, each
// co-occurring actor linked to it (link length and node size from the articles they share). Nodes are links to
// their dossiers, so the graph is keyboard navigable.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { withQuery } from '../router';
import type { CoEntity } from '../types';

interface Node extends SimulationNodeDatum { id: string; name: string; type: string; weight: number; center?: boolean }

const W = 640;
const H = 400;
/** Room around the drawing for labels (viewBox units). */
const PAD = 50;

export function CoGraph({ name, type, items }: { name: string; type: string; items: CoEntity[] }) {
  const top = items.slice(0, 24);
  const layout = useMemo(() => {
    const max = Math.max(1, ...top.map((c) => c.articles));
    const nodes: Node[] = [{ id: 'self', name, type, weight: max, center: true, fx: W / 2, fy: H / 2 }, ...top.map((c) => ({ id: String(c.id), name: c.name, type: c.type, weight: c.articles }))];
    const links = top.map((c) => ({ source: 'self', target: String(c.id), weight: c.articles / max }));
    const sim = forceSimulation(nodes)
      .force('link', forceLink<Node, { source: string; target: string; weight: number }>(links).id((d) => d.id).distance((l) => 170 - 70 * l.weight))
      .force('charge', forceManyBody().strength(-260))
      .force('collide', forceCollide<Node>().radius((d) => radius(d, max) + 22))
      .force('center', forceCenter(W / 2, H / 2))
      .stop();
    // A fixed number of ticks: the same input always gives the same picture, and no animation loop.
    for (let i = 0; i < 200; i++) sim.tick();
    // The view box fits the drawing (and its labels), so the graph fills its panel whatever its spread.
    const xs = nodes.map((n) => n.x ?? 0);
    const ys = nodes.map((n) => n.y ?? 0);
    const box = [Math.min(...xs) - PAD * 1.6, Math.min(...ys) - PAD * 0.6, Math.max(...xs) - Math.min(...xs) + PAD * 3.2, Math.max(...ys) - Math.min(...ys) + PAD * 1.4];
    return { nodes, max, box: box.map((v) => Math.round(v)).join(' ') };
  }, [name, items]);
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => setFocus(null), [name]);
  if (!top.length) return <p class="muted">No co-occurring actors.</p>;
  const self = layout.nodes[0];
  return (
    <figure class="graph">
    <svg class="cograph" viewBox={layout.box} role="group" aria-label={`Actors appearing with ${name}`}>
      {layout.nodes.slice(1).map((n) => (
        <line key={`l${n.id}`} class={`edge${focus === n.id ? ' on' : ''}`} x1={self.x} y1={self.y} x2={n.x} y2={n.y} stroke-width={1 + 4 * (n.weight / layout.max)} />
      ))}
      {layout.nodes.map((n) => {
        const r = radius(n, layout.max);
        const body = (
          <>
            <circle class={`node t-${n.type}${n.center ? ' center' : ''}`} cx={n.x} cy={n.y} r={r} />
            <text class="node-label" x={n.x} y={(n.y ?? 0) + r + 12} text-anchor="middle">{n.name}</text>
            <title>{n.center ? n.name : `${n.name} (${n.type}): ${n.weight} shared article${n.weight === 1 ? '' : 's'}`}</title>
          </>
        );
        if (n.center) return <g key={n.id}>{body}</g>;
        return (
          <a key={n.id} href={withQuery('/entity', { name: `#${n.id}` })} onFocus={() => setFocus(n.id)} onBlur={() => setFocus(null)} onMouseEnter={() => setFocus(n.id)} onMouseLeave={() => setFocus(null)}>
            {body}
          </a>
        );
      })}
    </svg>
      <figcaption class="graph-legend">
        {LEGEND.filter(([t]) => layout.nodes.some((n) => n.type === t)).map(([t, label]) => <span key={t}><svg class="dot" viewBox="0 0 10 10" aria-hidden="true"><circle class={`node t-${t}`} cx="5" cy="5" r="4" /></svg>{label}</span>)}
        <span class="muted">· node size and link width: shared articles</span>
      </figcaption>
    </figure>
  );
}

const LEGEND: [string, string][] = [['PERSON', 'person'], ['ORG', 'organisation'], ['LOC', 'place'], ['NORP', 'group'], ['MISC', 'other']];

const radius = (n: Node, max: number) => (n.center ? 16 : 5 + 9 * Math.sqrt(n.weight / max));
