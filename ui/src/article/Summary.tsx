// The article's quotes with their speakers, its other attributions (beliefs, intentions) and its names by type, each a
// link to its place in the text.
import { plural } from '../format';
import type { Analysis, Entity, Quote } from '../types';
import { dossierHref, type Permalink } from './Details';
import { refName, type ArticleFacts } from './facts';

const KIND_NAMES: Record<string, string> = { PERSON: 'People', ORG: 'Organisations', LOC: 'Places', NORP: 'Groups', MISC: 'Other names' };

/** Quotes with their speakers and the names by type, each a link to its place in the text. */
/** Speaker and words of each quote, a link to its place in the text. */
function QuoteList({ quotes, f, permalink }: { quotes: Quote[]; f: ArticleFacts; permalink: Permalink }) {
  return (
    <ul class="quote-list">
      {quotes.map((q, i) => (
        <li key={i}>
          <a href={permalink(q)} data-keep-scroll="">
            <strong>{q.speaker ? refName(q.speaker, f.entities) : q.speakerText || 'unattributed'}</strong>: {q.text.length > 90 ? `${q.text.slice(0, 90)}…` : q.text}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function Summary({ a, f, permalink }: { a: Analysis; f: ArticleFacts; permalink: Permalink }) {
  const byType = new Map<string, Entity[]>();
  for (const e of f.entities.values()) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  const quotes = a.quotes ?? [];
  const attributions = a.attributions ?? [];
  return (
    <div class="summary">
      <h2>{plural(quotes.length, 'quote')}</h2>
      <QuoteList quotes={quotes} f={f} permalink={permalink} />
      {attributions.length > 0 && (
        <section>
          <h2 title="beliefs, hopes and intentions, and reports by verbs outside the lexicon of saying: not quotes">
            {plural(attributions.length, 'other attribution')}
          </h2>
          <QuoteList quotes={attributions} f={f} permalink={permalink} />
        </section>
      )}
      {[...byType].map(([type, list]) => (
        <section key={type}>
          <h2>{KIND_NAMES[type] ?? type}</h2>
          <ul class="chips">
            {list.sort((x, y) => y.mentions.length - x.mentions.length).map((e) => (
              <li key={e.id}><a class={`chip hl-${e.type}`} href={e.mentions[0] ? permalink({ ...e.mentions[0], kind: 'entity' }) : dossierHref(e.name)} data-keep-scroll="">{e.name} <span class="count">{e.mentions.length}</span></a></li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
