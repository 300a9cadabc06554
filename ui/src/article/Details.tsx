// The details of the selected fact on the article page: what the analysis says about it, links to the dossiers of
// the entities involved and to the spans around it (a speaker's mentions, an event's sentence), and its permalink.
import { day, num } from '../format';
import { withQuery } from '../router';
import type { Analysis, Entity } from '../types';
import { refName, type ArticleFacts, type Detail } from './facts';
import type { Fact } from './spans';

export type Permalink = (f: { start: number; end: number; kind?: string }) => string;

export function speakerName(d: Detail | undefined, f: ArticleFacts): string {
  if (d?.kind !== 'quote') return '';
  const q = d.quote;
  return q.speaker ? refName(q.speaker, f.entities) : q.speakerText || 'unattributed';
}

export const dossierHref = (name: string) => withQuery('/entity', { name });

function EntityRef({ id, f }: { id: string; f: ArticleFacts }) {
  const e = f.entities.get(id);
  return e ? <a href={dossierHref(e.name)}>{e.name}</a> : <span>{id}</span>;
}


export function Details({ d, a, f, permalink, selected }: { d: Detail; a: Analysis; f: ArticleFacts; permalink: Permalink; selected: Fact }) {
  const link = <p class="permalink">Permalink: <a href={permalink(selected)} data-keep-scroll="">{`${selected.start}–${selected.end}`}</a></p>;
  switch (d.kind) {
    case 'entity': {
      const e = d.entity;
      return (
        <section class="detail">
          <h2>{e.name}</h2>
          <dl>
            <dt>Type</dt><dd>{e.type}</dd>
            {e.role && <><dt>Role</dt><dd>{e.former ? `former ${e.role}` : e.role}</dd></>}
            {e.country && <><dt>Country</dt><dd>{e.country}</dd></>}
            <dt>Mentions</dt><dd><Mentions e={e} permalink={permalink} /></dd>
          </dl>
          <p><a href={dossierHref(e.name)}>Dossier of {e.name} →</a></p>
          {link}
        </section>
      );
    }
    case 'quote': {
      const q = d.quote;
      const speaker = q.speaker ? f.entities.get(q.speaker) : undefined;
      return (
        <section class="detail">
          <h2>Quote</h2>
          <blockquote class="quote-text">{q.text}</blockquote>
          <dl>
            <dt>Speaker</dt>
            <dd>
              {speaker ? <a href={dossierHref(speaker.name)}>{speaker.name}</a> : q.speakerText || 'unattributed'}
              {q.speakerStart != null && q.speakerEnd != null && q.speakerEnd > q.speakerStart && (
                <> (as <a href={permalink({ start: q.speakerStart, end: q.speakerEnd, kind: 'entity' })} data-keep-scroll="">“{a.text.slice(q.speakerStart, q.speakerEnd)}”</a>)</>
              )}
            </dd>
            {speaker && <><dt>Speaker's mentions</dt><dd><Mentions e={speaker} permalink={permalink} /></dd></>}
            <dt>Kind</dt><dd>{q.kind}</dd>
            {q.cue && <><dt>Cue</dt><dd><a href={permalink(q.cue)} data-keep-scroll="">{q.cue.text}</a></dd></>}
          </dl>
          {link}
        </section>
      );
    }
    case 'amount': {
      const m = d.amount;
      return (
        <section class="detail">
          <h2>Amount</h2>
          <p class="big">{m.text}</p>
          <dl>
            {m.value != null && <><dt>Value</dt><dd>{num(m.value)}</dd></>}
            {m.min != null && <><dt>Range</dt><dd>{num(m.min)} – {num(m.max)}</dd></>}
            {m.currency && <><dt>Currency</dt><dd>{m.currency}</dd></>}
            {m.unit && <><dt>Unit</dt><dd>{m.unit}</dd></>}
            {m.object && <><dt>Of</dt><dd>{m.object}</dd></>}
          </dl>
          {link}
        </section>
      );
    }
    case 'time': {
      const t = d.time;
      return (
        <section class="detail">
          <h2>Date / time</h2>
          <p class="big">{t.text}</p>
          <dl>
            <dt>Type</dt><dd>{t.type}</dd>
            {t.value && <><dt>Value</dt><dd>{t.value}</dd></>}
            {t.mod && <><dt>Modifier</dt><dd>{t.mod}</dd></>}
          </dl>
          {link}
        </section>
      );
    }
    case 'event': {
      const e = d.event;
      const list = (ids: string[]) => ids.length ? ids.map((id, i) => <>{i ? ', ' : ''}<EntityRef id={id} f={f} /></>) : '—';
      return (
        <section class="detail">
          <h2>Event: {e.type}</h2>
          <dl>
            <dt>Source</dt><dd>{list(e.source)}</dd>
            <dt>Target</dt><dd>{list(e.target)}</dd>
            {e.mode && <><dt>Mode</dt><dd>{e.mode}</dd></>}
            <dt>Status</dt><dd>{e.status ?? 'asserted'}</dd>
            <dt>Date</dt><dd>{e.date ?? `article (${day(a.published)})`}</dd>
            {e.location && <><dt>Where</dt><dd><EntityRef id={e.location} f={f} /></dd></>}
            {e.reportedBy && <><dt>Reported by</dt><dd><EntityRef id={e.reportedBy} f={f} /></dd></>}
            {e.context?.length ? <><dt>Context</dt><dd>{e.context.join(', ')}</dd></> : null}
          </dl>
          <p><a href={permalink(e.sentence)} data-keep-scroll="">Mark its sentence</a> · <a href={withQuery('/events', { type: e.type })}>More {e.type} events</a></p>
          {link}
        </section>
      );
    }
    default:
      return null;
  }
}

export function Mentions({ e, permalink }: { e: Entity; permalink: Permalink }) {
  return (
    <span class="mentions">
      {e.mentions.map((m, i) => <>{i ? ' ' : ''}<a href={permalink({ ...m, kind: 'entity' })} data-keep-scroll="" title={`${m.text} at ${m.start}`}>{i + 1}</a></>)}
    </span>
  );
}
