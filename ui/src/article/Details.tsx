// The details of the selected fact on the article page: what the analysis says about it, links to the dossiers of
// the entities involved and to the spans around it (a speaker's mentions, an event's sentence), and its permalink.
import { day, num } from '../format';
import { withQuery } from '../router';
import type { Analysis, Entity, PloverEvent, Quote } from '../types';
import { refName, type ArticleFacts, type Detail } from './facts';
import type { Fact } from './spans';
import type { ComponentChildren, JSX } from 'preact';

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

/** One row of a detail's list; nothing when there is no value. */
function Field({ label, children }: { label: string; children?: ComponentChildren }) {
  if (children == null || children === false || children === '') return null;
  return <><dt>{label}</dt><dd>{children}</dd></>;
}

/** A detail's card: its title, its words (in large type, or quoted), its facts, what links on, and its permalink. */
function Card({ title, big, before, link, children, after }: { title: string; big?: string; before?: JSX.Element; link: JSX.Element; children: ComponentChildren; after?: JSX.Element }) {
  return (
    <section class="detail">
      <h2>{title}</h2>
      {big != null && <p class="big">{big}</p>}
      {before}
      <dl>{children}</dl>
      {after}
      {link}
    </section>
  );
}

export function Details({ d, a, f, permalink, selected }: { d: Detail; a: Analysis; f: ArticleFacts; permalink: Permalink; selected: Fact }) {
  const link = <p class="permalink">Permalink: <a href={permalink(selected)} data-keep-scroll="">{`${selected.start}–${selected.end}`}</a></p>;
  switch (d.kind) {
    case 'entity': {
      const e = d.entity;
      return (
        <Card title={e.name} link={link} after={<p><a href={dossierHref(e.name)}>Dossier of {e.name} →</a></p>}>
          <Field label="Type">{e.type}</Field>
          <Field label="Role">{e.role && (e.former ? `former ${e.role}` : e.role)}</Field>
          <Field label="Country">{e.country}</Field>
          <Field label="Mentions"><Mentions e={e} permalink={permalink} /></Field>
        </Card>
      );
    }
    case 'quote':
      return <QuoteDetail q={d.quote} a={a} f={f} permalink={permalink} link={link} />;
    case 'amount': {
      const m = d.amount;
      return (
        <Card title="Amount" big={m.text} link={link}>
          <Field label="Value">{m.value != null && num(m.value)}</Field>
          <Field label="Range">{m.min != null && `${num(m.min)} – ${num(m.max)}`}</Field>
          <Field label="Currency">{m.currency}</Field>
          <Field label="Unit">{m.unit}</Field>
          <Field label="Of">{m.object}</Field>
        </Card>
      );
    }
    case 'time': {
      const t = d.time;
      return (
        <Card title="Date / time" big={t.text} link={link}>
          <Field label="Type">{t.type}</Field>
          <Field label="Value">{t.value}</Field>
          <Field label="Modifier">{t.mod}</Field>
        </Card>
      );
    }
    case 'event':
      return <EventDetail e={d.event} a={a} f={f} permalink={permalink} link={link} />;
    default:
      return null;
  }
}

function QuoteDetail({ q, a, f, permalink, link }: { q: Quote; a: Analysis; f: ArticleFacts; permalink: Permalink; link: JSX.Element }) {
  const speaker = q.speaker ? f.entities.get(q.speaker) : undefined;
  const said = q.speakerStart != null && q.speakerEnd != null && q.speakerEnd > q.speakerStart;
  return (
    <Card title="Quote" link={link} before={<blockquote class="quote-text">{q.text}</blockquote>}>
      <Field label="Speaker">
        {speaker ? <a href={dossierHref(speaker.name)}>{speaker.name}</a> : q.speakerText || 'unattributed'}
        {said && <> (as <a href={permalink({ start: q.speakerStart!, end: q.speakerEnd!, kind: 'entity' })} data-keep-scroll="">“{a.text.slice(q.speakerStart!, q.speakerEnd!)}”</a>)</>}
      </Field>
      <Field label="Speaker's mentions">{speaker && <Mentions e={speaker} permalink={permalink} />}</Field>
      <Field label="Kind">{q.kind}</Field>
      <Field label="Cue">{q.cue && <a href={permalink(q.cue)} data-keep-scroll="">{q.cue.text}</a>}</Field>
    </Card>
  );
}

function EventDetail({ e, a, f, permalink, link }: { e: PloverEvent; a: Analysis; f: ArticleFacts; permalink: Permalink; link: JSX.Element }) {
  const list = (ids: string[]) => ids.length ? ids.map((id, i) => <>{i ? ', ' : ''}<EntityRef id={id} f={f} /></>) : '—';
  const more = <p><a href={permalink(e.sentence)} data-keep-scroll="">Mark its sentence</a> · <a href={withQuery('/events', { type: e.type })}>More {e.type} events</a></p>;
  return (
    <Card title={`Event: ${e.type}`} link={link} after={more}>
      <Field label="Source">{list(e.source)}</Field>
      <Field label="Target">{list(e.target)}</Field>
      <Field label="Mode">{e.mode}</Field>
      <Field label="Status">{e.status ?? 'asserted'}</Field>
      <Field label="Date">{e.date ?? `article (${day(a.published)})`}</Field>
      <Field label="Where">{e.location && <EntityRef id={e.location} f={f} />}</Field>
      <Field label="Reported by">{e.reportedBy && <EntityRef id={e.reportedBy} f={f} />}</Field>
      <Field label="Context">{e.context?.length ? e.context.join(', ') : null}</Field>
    </Card>
  );
}

export function Mentions({ e, permalink }: { e: Entity; permalink: Permalink }) {
  return (
    <span class="mentions">
      {e.mentions.map((m, i) => <>{i ? ' ' : ''}<a href={permalink({ ...m, kind: 'entity' })} data-keep-scroll="" title={`${m.text} at ${m.start}`}>{i + 1}</a></>)}
    </span>
  );
}
