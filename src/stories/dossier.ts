// An entity's dossier (issue 13, item 4): one person (or organisation, place…) under all its linked names
// (entity-link.ts), with its quotes, the events it is the source and the target of, the entities it appears with,
// its mentions per day and the stories it is in. Every quote and event carries its article id and character span.
import type { Analysis } from '../doc/schema.js';
import type { DossierEvent, DossierQuote, EntityDossier, EntityLookup } from '../store/story-types.js';
import type { EntityCandidate, Store } from '../store/types.js';
import { groupMatches, linkEntities, parseQuery, personName, surnamePrefix, type EntityGroup } from './entity-link.js';
import { countryOf } from '../nlp/geo/index.js';
import { DOSSIER } from './settings.js';
import { calendarDate, sentenceSpan } from './timeline.js';

export type { DossierEvent, DossierQuote, EntityDossier, EntityLookup } from '../store/story-types.js';

/** The entity groups a name (or "#id", an entity id from a candidates list) stands for, heaviest first. */
export function findEntities(store: Store, name: string): EntityGroup[] {
  const byId = /^#(\d+)$/.exec(name.trim());
  if (byId) {
    const id = Number(byId[1]);
    const [self] = store.stories.entityCandidates({ ids: [id] });
    if (!self) return [];
    return groupsAround(store, self.name, self.type === 'PERSON').filter((g) => g.ids.includes(id));
  }
  const q = parseQuery(name);
  if (!q.key) return [];
  const byRole = roleQuery(name);
  if (byRole) {
    const found = personsWithRole(store, byRole.role, byRole.country);
    if (found.length) return found;
  }
  const groups = groupsAround(store, name, true);
  const ids = new Map(candidatesOf(store, name, true).map((c) => [c.id, c]));
  const matched = groups.filter((g) => groupMatches(g, ids, q));
  // "Joe Biden" asks for the full name: a bare "Biden" no one claimed is not an answer when a full name is.
  if (q.name.given.length) {
    const full = matched.filter((g) => g.ids.some((id) => personName(ids.get(id)!.nameKey).given.length || ids.get(id)!.nameKey === q.key));
    if (full.length) return full;
  }
  return matched;
}

/** A role in a country: "Ukraine's president", "president of Ukraine", "Ukrainian president" (the place or
 *  demonym must be one the gazetteer knows). */
export function roleQuery(name: string): { role: string; country: string } | null {
  const t = name.trim().replace(/\s+/g, ' ');
  const forms: [string, string][] = [];
  const possessive = /^(?:the )?(.+?)['’]s (.+)$/i.exec(t);
  if (possessive) forms.push([possessive[1], possessive[2]]);
  const of = /^(?:the )?(.+?) of (?:the )?(.+)$/i.exec(t);
  if (of) forms.push([of[2], of[1]]);
  const demonym = /^(?:the )?(\S+) (.+)$/i.exec(t);
  if (demonym) forms.push([demonym[1], demonym[2]]);
  for (const [place, role] of forms) {
    const country = countryOf(place);
    if (country) return { role: role.toLowerCase(), country };
  }
  return null;
}

/** The persons given a role in a country, each with its linked names. */
function personsWithRole(store: Store, role: string, country: string): EntityGroup[] {
  const ids = store.stories.entitiesByRole(role, country);
  if (!ids.length) return [];
  const seeds = store.stories.entityCandidates({ ids });
  const all = new Map<number, EntityCandidate>();
  for (const c of seeds) for (const x of candidatesOf(store, c.name, true)) all.set(x.id, x);
  return linkEntities([...all.values()].sort((a, b) => a.id - b.id)).filter((g) => g.ids.some((id) => ids.includes(id)));
}

const cache = new WeakMap<Store, Map<string, EntityCandidate[]>>();
function candidatesOf(store: Store, name: string, persons: boolean): EntityCandidate[] {
  const memo = cache.get(store) ?? new Map<string, EntityCandidate[]>();
  cache.set(store, memo);
  const q = parseQuery(name);
  const k = `${persons}\u0000${q.key}`;
  if (!memo.has(k)) memo.set(k, store.stories.entityCandidates({ surnamePrefix: persons ? surnamePrefix(q.name.surname) : undefined, keys: [q.key] }));
  return memo.get(k)!;
}

function groupsAround(store: Store, name: string, persons: boolean): EntityGroup[] {
  return linkEntities(candidatesOf(store, name, persons));
}

/** The dossier of the one entity `name` stands for; the candidates when it stands for several. */
export function entityDossier(store: Store, name: string): EntityLookup {
  const groups = findEntities(store, name);
  if (!groups.length) return { kind: 'none' };
  if (groups.length > 1) return { kind: 'ambiguous', candidates: groups };
  return { kind: 'found', dossier: dossierOf(store, groups[0]) };
}

export function dossierOf(store: Store, entity: EntityGroup): EntityDossier {
  const rows = store.stories.entityArticles(entity.ids);
  const perDay = new Map<string, { day: string; articles: Set<string>; mentions: number }>();
  const locals = new Map<string, Set<string>>();
  for (const r of rows) {
    const day = calendarDate(r.published) ?? 'undated';
    const d = perDay.get(day) ?? { day, articles: new Set<string>(), mentions: 0 };
    d.articles.add(r.articleId);
    d.mentions += r.mentions;
    perDay.set(day, d);
    locals.set(r.articleId, (locals.get(r.articleId) ?? new Set<string>()).add(r.localId));
  }
  const days = [...perDay.values()].map((d) => ({ day: d.day, articles: d.articles.size, mentions: d.mentions }));
  days.sort((a, b) => Number(a.day === 'undated') - Number(b.day === 'undated') || a.day.localeCompare(b.day));
  const dated = days.filter((d) => d.day !== 'undated');

  const eventsAsSource: DossierEvent[] = [];
  const eventsAsTarget: DossierEvent[] = [];
  // The most recent articles (rows are in date order) when the entity is in very many.
  for (const articleId of [...locals.keys()].slice(-DOSSIER.maxEventArticles)) {
    const stored = store.get(articleId);
    if (!stored) continue;
    const mine = locals.get(articleId)!;
    for (const { ev, refs } of articleEvents({ ...stored.analysis, id: articleId })) {
      if (refs.source.some((r) => mine.has(r))) eventsAsSource.push(ev);
      if (refs.target.some((r) => mine.has(r))) eventsAsTarget.push(ev);
    }
  }
  const byDate = (a: { date: string | null; articleId: string }, b: { date: string | null; articleId: string }) =>
    Number(a.date === null) - Number(b.date === null) || (a.date ?? '').localeCompare(b.date ?? '');
  eventsAsSource.sort(byDate);
  eventsAsTarget.sort(byDate);

  const quotes = store.stories.entityQuotes(entity.ids).map((q): DossierQuote => ({
    articleId: q.articleId, title: q.title, published: q.published, date: calendarDate(q.published), span: { start: q.start, end: q.end },
    text: q.text, kind: q.kind, cue: q.cue,
  }));

  const storyIds = new Map<string, number>();
  for (const articleId of locals.keys()) {
    const s = store.stories.storyOf(articleId);
    if (s) storyIds.set(s, (storyIds.get(s) ?? 0) + 1);
  }
  const stories = [...storyIds.keys()]
    .map((id) => store.stories.story(id))
    .filter((s) => s !== null)
    .map((s) => ({ id: s.id, title: s.title, articles: s.articles }));
  stories.sort((a, b) => b.articles - a.articles || a.id.localeCompare(b.id, 'en', { numeric: true }));

  return {
    entity, firstSeen: dated[0]?.day ?? null, lastSeen: dated[dated.length - 1]?.day ?? null, quotes, eventsAsSource,
    eventsAsTarget, coEntities: store.stories.coEntities(entity.ids, DOSSIER.coEntities), perDay: days, stories,
  };
}

/** Asserted events of an article with the entity ids of their two sides. */
function articleEvents(a: Analysis): { ev: DossierEvent; refs: { source: string[]; target: string[] } }[] {
  const names = new Map((a.entities ?? []).map((e) => [e.id, e.name]));
  const articleDate = calendarDate(a.published);
  return (a.events ?? [])
    .filter((e) => (e.status ?? 'asserted') === 'asserted')
    .map((e) => {
      const own = calendarDate(e.date);
      const sentence = sentenceSpan(a, e.sentence.start, e.sentence.end);
      return {
        refs: { source: e.source, target: e.target },
        ev: {
          articleId: a.id, date: own ?? articleDate, dateSource: own ? 'event' : articleDate ? 'article' : 'none',
          type: e.type, mode: e.mode ?? null, source: e.source.map((r) => names.get(r) ?? r), target: e.target.map((r) => names.get(r) ?? r),
          cue: e.cue?.text ?? null, sentence, sentenceText: a.text.slice(sentence.start, sentence.end),
        },
      };
    });
}
