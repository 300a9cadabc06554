// A story's timeline (issue 13, item 3): its articles across outlets, copies grouped under their original with the
// outlets they credit, first and last seen, and its events and quotes ordered by the date of what happened. An
// event's date is the date layer's resolution of it (PloverEvent.date), else its article's date; a quote's date is
// a DATE the date layer resolved inside the quote's sentences, else its article's date. Each item carries its
// article id and the character span of its sentence(s) in that article's text. Copies add no items (their text is
// their original's).
import type { Analysis } from '../doc/schema.js';
import type { DateSource, Timeline, TimelineArticle, TimelineItem } from '../store/story-types.js';
import type { Store, StoryMember } from '../store/types.js';

export type { DateSource, Timeline, TimelineArticle, TimelineEvent, TimelineItem, TimelineQuote } from '../store/story-types.js';

/** A date value of the date layer as a day or coarser ("2025-07-25", "2025-07"); null for anything else. */
export function calendarDate(v: string | null | undefined): string | null {
  const m = v ? /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:$|T)/.exec(v) : null;
  return m ? m[1] : null;
}

/** Index of the sentence holding offset `at` (binary search over the sorted sentence spans); -1 when none does. */
function sentenceAt(a: Analysis, at: number): number {
  let lo = 0, hi = a.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = a.sentences[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentences a span lies in (from the one holding its start to the one holding its end). */
export function sentenceSpan(a: Analysis, start: number, end: number): { start: number; end: number } {
  const i = sentenceAt(a, start);
  const j = sentenceAt(a, Math.max(start, end - 1));
  return { start: i >= 0 ? a.sentences[i].start : start, end: j >= 0 ? a.sentences[j].end : end };
}

/** The first DATE the date layer resolved inside a span. */
function dateInside(a: Analysis, span: { start: number; end: number }): string | null {
  for (const t of a.times ?? []) {
    if (t.type !== 'DATE' || t.start < span.start || t.end > span.end) continue;
    const d = calendarDate(t.value);
    if (d) return d;
  }
  return null;
}

/** Events (asserted only: the others did not happen) and quotes of one article, dated. */
export function articleItems(a: Analysis): TimelineItem[] {
  const articleDate = calendarDate(a.published);
  const fallback = (): [string | null, DateSource] => [articleDate, articleDate ? 'article' : 'none'];
  const names = new Map((a.entities ?? []).map((e) => [e.id, e.name]));
  const items: TimelineItem[] = [];
  for (const e of a.events ?? []) {
    if ((e.status ?? 'asserted') !== 'asserted') continue;
    const own = calendarDate(e.date);
    const [date, dateSource] = own ? [own, 'event' as const] : fallback();
    items.push({
      kind: 'event', date, dateSource, articleId: a.id, sentence: e.sentence, sentenceText: a.text.slice(e.sentence.start, e.sentence.end),
      type: e.type, mode: e.mode ?? null, source: e.source.map((r) => names.get(r) ?? r), target: e.target.map((r) => names.get(r) ?? r),
      cue: e.cue?.text ?? null,
    });
  }
  for (const q of a.quotes ?? []) {
    const sentence = sentenceSpan(a, q.start, q.end);
    const own = dateInside(a, sentence);
    const [date, dateSource] = own ? [own, 'sentence' as const] : fallback();
    items.push({
      kind: 'quote', date, dateSource, articleId: a.id, sentence, sentenceText: a.text.slice(sentence.start, sentence.end),
      speaker: (q.speaker ? names.get(q.speaker) : undefined) ?? q.speakerText ?? null, quoteKind: q.kind, text: q.text,
      span: { start: q.start, end: q.end },
    });
  }
  return items;
}

/** Articles of a story: originals in arrival order, each with its copies in the story under it. */
export function groupCopies(members: readonly StoryMember[]): TimelineArticle[] {
  const inStory = new Set(members.map((m) => m.id));
  const out: TimelineArticle[] = [];
  const byId = new Map<string, TimelineArticle>();
  const base = (m: StoryMember) => ({ id: m.id, title: m.title, outlet: m.outlet, url: m.url, published: m.published });
  for (const m of members) {
    const original = m.copy && inStory.has(m.copy.original) ? byId.get(m.copy.original) : undefined;
    if (original && m.copy) {
      original.copies.push({ ...base(m), credited: m.credited, copy: m.copy });
      if (m.credited && !original.credited.includes(m.credited)) original.credited.push(m.credited);
      continue;
    }
    const a: TimelineArticle = { ...base(m), credited: m.credited ? [m.credited] : [], copies: [] };
    byId.set(m.id, a);
    out.push(a);
  }
  return out;
}

/** The timeline of a story (a merged story's id gives the story it went into); null when there is none. */
export function storyTimeline(store: Store, id: string): Timeline | null {
  const story = store.stories.story(id);
  if (!story) return null;
  const members = store.stories.members(story.id);
  const articles = groupCopies(members);
  const outlets: string[] = [];
  for (const m of members) if (m.outlet && !outlets.some((o) => o.toLowerCase() === m.outlet!.toLowerCase())) outlets.push(m.outlet);
  const arrival = new Map(members.map((m, i) => [m.id, i]));
  const items: TimelineItem[] = [];
  for (const a of articles) {
    const stored = store.get(a.id);
    if (stored) items.push(...articleItems({ ...stored.analysis, id: a.id }));
  }
  // By date of what happened (undated last), then by article arrival and position in the text.
  items.sort((x, y) =>
    Number(x.date === null) - Number(y.date === null) || (x.date ?? '').localeCompare(y.date ?? '') ||
    arrival.get(x.articleId)! - arrival.get(y.articleId)! || x.sentence.start - y.sentence.start);
  return { story, outlets, articles, merges: store.stories.merges(story.id), items };
}
