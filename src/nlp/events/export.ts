// Event exports of analysed articles: PLOVER JSON records and a GDELT Events 2.0-style TSV. Only asserted events
// are exported (negated, hypothetical, future and denied ones did not happen); a reciprocal event is one record
// with both actors on each side in PLOVER, and one row per direction in the GDELT table (GDELT's own convention).
//
// GDELT-style columns, in order (tab-separated, one header line):
//   GlobalEventID        article id + "-" + event index (stable for the same analysis)
//   Day                  event date as YYYYMMDD (the date the article names for it, else its publication date)
//   Actor1Code           source code: ISO-3 country (or IGO/NGO) followed by the PLOVER sector, e.g. RUSGOV
//   Actor1Name           source as the text names it ("Russian negotiators")
//   Actor1CountryCode    source country code (ISO-3, or IGO/NGO)
//   Actor1Type1Code      source PLOVER sector (GOV, MIL, REB, …), empty when unknown
//   Actor2Code … Actor2Type1Code   the same four for the target (empty when the event has none)
//   EventCode            CAMEO code of the PLOVER type and mode (plover2cameo.json, read backwards from
//                        CAMEO2PLOVER-2021.txt), e.g. 1832
//   EventBaseCode        its first three digits
//   EventRootCode        its first two digits
//   QuadClass            1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
//                        (PLOVER 2.0 quads)
//   GoldsteinScale       PLOVER 2.0's conflict–cooperation score of the type and mode (-10 … +10), Goldstein-like
//   NumMentions          how many times the article tells the event (1 + its repeated mentions)
//   ActionGeo_FullName   the event's location as the text names it, empty when none
//   ActionGeo_CountryCode its country code
//   PloverType, PloverMode  the event as coded
//   Sentence             the sentence that tells it (tabs and line breaks folded to spaces)
//   SOURCEURL            the article's URL, empty when unknown
import { readFileSync } from 'node:fs';
import type { Analysis, PloverEvent } from '../../doc/schema.js';
import { layerFile } from '../../resolve-data.js';

const CAMEO = JSON.parse(readFileSync(layerFile('nlp/events/plover2cameo.json'), 'utf8')) as { type: Record<string, string>; mode: Record<string, string> };
/** PLOVER 2.0 quads and scores, extracted from the ontology by scripts/build-plover-scores.ts (CC BY-SA 4.0). */
const PLOVER = JSON.parse(readFileSync(layerFile('nlp/events/plover-scores.json'), 'utf8')) as {
  quads: Record<string, string>;
  scores: Record<string, number>;
};
const QUADS: Record<string, number> = { 'VERBAL COOPERATION': 1, 'MATERIAL COOPERATION': 2, 'VERBAL CONFLICT': 3, 'MATERIAL CONFLICT': 4 };

export const GDELT_COLUMNS = [
  'GlobalEventID', 'Day', 'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1Type1Code', 'Actor2Code', 'Actor2Name',
  'Actor2CountryCode', 'Actor2Type1Code', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'PloverType', 'PloverMode', 'Sentence', 'SOURCEURL',
] as const;

interface Side { codes: string[]; names: string[]; sectors: string[]; actors: NonNullable<PloverEvent['sourceActors']> }

/** An event side's codes, names and sectors (entity ids resolved through the article's entities). */
function side(a: Analysis, refs: string[], actors: PloverEvent['sourceActors']): Side {
  const byId = new Map((a.entities ?? []).map((e) => [e.id, e]));
  const codes: string[] = [];
  for (const r of refs) {
    const c = byId.has(r) ? byId.get(r)!.country : r;
    if (c && !codes.includes(c)) codes.push(c);
  }
  // An entity actor goes by the entity's name ("Vladimir Putin"), not the word that told it ("he").
  const named = (actors ?? []).map((x) => ({ ...x, text: (x.entity && byId.get(x.entity)?.name) || x.text }));
  return {
    codes,
    names: named.map((x) => x.text),
    sectors: [...new Set((actors ?? []).map((x) => x.sector).filter((s): s is string => !!s))],
    actors: named,
  };
}

const asserted = (a: Analysis) => (a.events ?? []).filter((e) => !e.status || e.status === 'asserted');

/** CAMEO code of the event's type and mode; a bare root becomes its three-digit base ("04" → "040"). */
export function cameoCode(e: PloverEvent): string {
  const code = (e.mode && CAMEO.mode[`${e.type}:${e.mode}`]) || CAMEO.type[e.type] || '';
  return code.length === 2 ? code + '0' : code;
}

export function goldstein(e: PloverEvent): number | null {
  const withMode = e.mode ? Object.entries(PLOVER.scores).find(([k]) => k.toUpperCase() === `${e.type}: ${e.mode}`.toUpperCase()) : undefined;
  return withMode ? withMode[1] : PLOVER.scores[e.type] ?? null;
}

export function quadClass(type: string): number | null {
  const quad = PLOVER.quads[type];
  return quad ? QUADS[quad] ?? null : null;
}

/** PLOVER JSON records (PLOVER 2.0 manual, "Data format"): one per asserted event. */
export function ploverRecords(a: Analysis): Record<string, unknown>[] {
  return asserted(a).map((e, i) => {
    const src = side(a, e.source, e.sourceActors);
    const tgt = side(a, e.target, e.targetActors);
    const loc = e.location ? (a.entities ?? []).find((x) => x.id === e.location) : undefined;
    return {
      id: `${a.id}-${i + 1}`,
      date: e.date ?? null,
      actor: { codes: src.codes, names: src.names, sectors: src.sectors },
      recipient: { codes: tgt.codes, names: tgt.names, sectors: tgt.sectors },
      event: e.type,
      mode: e.mode ?? null,
      context: e.context ?? [],
      event_loc: loc ? { name: loc.name, country: loc.country ?? null } : null,
      reciprocal: e.reciprocal ?? false,
      text_info: {
        sentence: a.text.slice(e.sentence.start, e.sentence.end),
        cue: e.cue?.text ?? null,
        url: a.url,
        article_id: a.id,
        mentions: 1 + (e.mentions?.length ?? 0),
      },
    };
  });
}

const cell = (s: string | number | null | undefined) => String(s ?? '').replace(/[\t\r\n]+/g, ' ');

/** GDELT-style rows (GDELT_COLUMNS order): one per asserted event and direction. */
export function gdeltRows(a: Analysis): string[][] {
  const rows: string[][] = [];
  asserted(a).forEach((e, i) => {
    const src = side(a, e.source, e.sourceActors);
    const tgt = side(a, e.target, e.targetActors);
    const pairs: [Side, Side][] = e.reciprocal && src.codes.length === 2
      ? [[one(src, 0), one(src, 1)], [one(src, 1), one(src, 0)]]
      : [[src, tgt]];
    const code = cameoCode(e);
    const loc = e.location ? (a.entities ?? []).find((x) => x.id === e.location) : undefined;
    pairs.forEach(([s, t], k) => {
      const actor = (x: Side) => [
        x.codes[0] ? x.codes[0] + (x.sectors[0] ?? '') : '', x.names.join('; '), x.codes[0] ?? '', x.sectors[0] ?? '',
      ];
      rows.push([
        `${a.id}-${i + 1}${pairs.length > 1 ? String.fromCharCode(97 + k) : ''}`, (e.date ?? '').replace(/-/g, '').slice(0, 8),
        ...actor(s), ...actor(t), code, code.slice(0, 3), code.slice(0, 2), cell(quadClass(e.type)), cell(goldstein(e)),
        String(1 + (e.mentions?.length ?? 0)), loc?.name ?? '', loc?.country ?? '', e.type, e.mode ?? '',
        a.text.slice(e.sentence.start, e.sentence.end), a.url ?? '',
      ].map(cell));
    });
  });
  return rows;
}

/** The side's k-th country, with the name and sector of the actor that has it. */
function one(s: Side, k: number): Side {
  const x = s.actors.find((a) => a.code === s.codes[k]);
  return { codes: [s.codes[k]], names: x ? [x.text] : [], sectors: x?.sector ? [x.sector] : [], actors: x ? [x] : [] };
}
