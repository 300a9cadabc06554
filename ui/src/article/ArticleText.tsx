// The article's text with its facts highlighted. Every string is a text node (Preact children), never HTML. A fact
// with no fact inside it is one link (its permalink); a fact holding others (a quote with names in it) is a marked
// span led by a small link, the handle, since links cannot nest.
import type { JSX } from 'preact';
import type { Block, SpanNode } from './spans';

/** The handle of a fact that holds others, by kind (text symbols, not emoji). */
const ICON: Record<string, string> = { quote: '❝', event: '▲', entity: '●', time: '◷', amount: '#' };

export interface TextProps {
  text: string;
  blocks: Block[];
  href: (node: SpanNode) => string;
  label: (node: SpanNode) => string;
  handle: (node: SpanNode) => string | null;
  classes: (node: SpanNode) => string;
}

export function ArticleText(p: TextProps) {
  return (
    <div class="article-text">
      {p.blocks.map((b) => {
        const body = render(p, b.nodes, b.start, b.end);
        if (b.kind === 'heading') return <h2 class="text-heading" key={b.start}>{body}</h2>;
        if (b.kind === 'blockquote') return <blockquote key={b.start}>{body}</blockquote>;
        return <p key={b.start}>{body}</p>;
      })}
    </div>
  );
}

function render(p: TextProps, nodes: SpanNode[], from: number, to: number): (string | JSX.Element)[] {
  const out: (string | JSX.Element)[] = [];
  let at = from;
  for (const n of nodes) {
    if (n.start > at) out.push(p.text.slice(at, n.start));
    out.push(fact(p, n));
    at = n.end;
  }
  if (at < to) out.push(p.text.slice(at, to));
  return out;
}

function fact(p: TextProps, n: SpanNode): JSX.Element {
  const key = `${n.fact.id}@${n.start}`;
  const cls = p.classes(n);
  if (n.fact.kind === 'target') return <mark key={key} class={cls} data-span={`${n.start}-${n.end}`}>{render(p, n.children, n.start, n.end)}</mark>;
  const handle = p.handle(n);
  if (!n.children.length && !handle) {
    return <a key={key} class={cls} href={p.href(n)} data-keep-scroll="" data-fact={n.fact.id} title={p.label(n)}>{p.text.slice(n.start, n.end)}</a>;
  }
  return (
    <span key={key} class={cls} data-fact={n.fact.id}>
      <a class="hl-handle" href={p.href(n)} data-keep-scroll="" title={p.label(n)} aria-label={p.label(n)}>{handle ?? ICON[n.fact.kind]}</a>
      {render(p, n.children, n.start, n.end)}
    </span>
  );
}
