// The stories layer's tables (migration 5): what is left to assign, the write transaction that assigns it (state in
// stories-state.ts), and the reads behind `dossier stories`, `story` and `entity`.
import type Database from 'better-sqlite3';
import type {
  CoEntity, CopyLink, EntityArticleRow, EntityCandidate, EntityQuoteRow, EntityType, StoriesRepo, StoriesWriter,
  StoryArticle, StoryListOptions, StoryMember, StoryMerge, StorySummary,
} from '../types.js';
import { DEFAULT_STORY_LIMIT, STORIES_PAGE_CACHE_KIB } from './stories-settings.js';
import { emptyCache, storiesStatements, storiesWriter } from './stories-state.js';

interface SummaryRow {
  id: string;
  first_seen: string | null;
  last_seen: string | null;
  articles: number;
  outlets: number;
  copies: number;
  title: string | null;
}

interface MemberRow {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
  joined_id: string;
  similarity: number;
  credited: string | null;
  of_id: string | null;
  original_id: string | null;
  kind: CopyLink['kind'] | null;
  score: number | null;
}

const SUMMARY = `SELECT s.id, s.first_seen, s.last_seen, s.articles, s.outlets, s.copies,
    (SELECT a.title FROM story_members m JOIN articles a ON a.id = m.article_id WHERE m.story_id = s.id ORDER BY m.n LIMIT 1) AS title
  FROM stories s`;
// Biggest stories first (articles, then outlets), then the most recent; "s10" after "s9".
const SUMMARY_ORDER = 'ORDER BY s.articles DESC, s.outlets DESC, s.last_seen DESC, CAST(substr(s.id, 2) AS INTEGER)';

const summary = (r: SummaryRow): StorySummary => ({
  id: r.id, firstSeen: r.first_seen, lastSeen: r.last_seen, articles: r.articles, outlets: r.outlets, copies: r.copies,
  title: r.title ?? '',
});

export function storiesRepo(db: Database.Database): StoriesRepo {
  const st = {
    // Articles are looked up only past the settled position (all before it have a story), so the cost of a call
    // follows what is new, not the size of the store.
    settled: db.prepare<[], { value: number }>("SELECT value FROM story_counters WHERE name = 'settled_seq'"),
    settle: db.prepare<[number]>("INSERT OR REPLACE INTO story_counters (name, value) VALUES ('settled_seq', max(?, coalesce((SELECT value FROM story_counters WHERE name = 'settled_seq'), 0)))"),
    maxSeq: db.prepare<[], { n: number | null }>('SELECT max(seq) AS n FROM articles'),
    pending: db.prepare<[number], { n: number }>(`
      SELECT count(*) AS n FROM articles a
      WHERE a.seq > ? AND NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = a.id)`),
    // Date order: the order in which the articles happened, whatever order they were stored in; undated last.
    unassigned: db.prepare<[number, number], { id: string }>(`
      SELECT a.id FROM articles a
      WHERE a.seq > ? AND a.seq <= ? AND NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = a.id)
      ORDER BY a.published IS NULL, a.published, a.seq`),
    article: db.prepare<[string], { id: string; title: string; text: string; published: string | null; outlet: string | null; url: string | null; copy_of: string | null }>(
      'SELECT id, title, text, published, outlet, url, copy_of FROM articles WHERE id = ?'),
    list: db.prepare<[{ since: string; ids: string; limit: number }], SummaryRow>(`${SUMMARY}
      WHERE s.merged_into IS NULL AND coalesce(s.last_seen, '') >= @since
        AND (@ids = '[]' OR s.id IN (
          SELECT m.story_id FROM article_entities ae JOIN story_members m ON m.article_id = ae.article_id
          WHERE ae.entity_id IN (SELECT value FROM json_each(@ids))))
      ${SUMMARY_ORDER} LIMIT @limit`),
    story: db.prepare<[string], SummaryRow & { merged_into: string | null }>(`${SUMMARY.replace('SELECT s.id', 'SELECT s.merged_into, s.id')} WHERE s.id = ?`),
    members: db.prepare<[string], MemberRow>(`
      SELECT m.article_id AS id, a.title, a.outlet, a.url, a.published, m.joined_id, m.similarity, m.credited,
        l.of_id, l.original_id, l.kind, l.score
      FROM story_members m JOIN articles a ON a.id = m.article_id LEFT JOIN copy_links l ON l.article_id = m.article_id
      WHERE m.story_id = ? ORDER BY m.n`),
    merges: db.prepare<[string], StoryMerge>(`
      SELECT story_id AS story, merged_id AS merged, article_id AS articleId, similarity FROM story_merges
      WHERE story_id = ? ORDER BY n`),
    storyOf: db.prepare<[string], { story_id: string }>('SELECT story_id FROM story_members WHERE article_id = ?'),
    candidates: db.prepare<[{ from: string; to: string; keys: string; ids: string }], Omit<EntityCandidate, 'roles' | 'forms'> & { country: string }>(`
      SELECT e.id, e.name, e.name_key AS nameKey, e.type, e.country,
        (SELECT count(DISTINCT x.article_id) FROM article_entities x WHERE x.entity_id = e.id) AS articles,
        (SELECT coalesce(sum(x.mention_count), 0) FROM article_entities x WHERE x.entity_id = e.id) AS mentions
      FROM entities e
      WHERE (e.type = 'PERSON' AND e.last_word >= @from AND e.last_word < @to AND @from != '')
        OR e.name_key IN (SELECT value FROM json_each(@keys)) OR e.id IN (SELECT value FROM json_each(@ids))
      ORDER BY e.id`),
    roles: db.prepare<[number], { role: string }>(`
      SELECT role FROM article_entities WHERE entity_id = ? AND role IS NOT NULL AND role != ''
      GROUP BY role ORDER BY count(*) DESC, role`),
    byRole: db.prepare<[{ role: string; country: string }], { id: number }>(`
      SELECT DISTINCT ae.entity_id AS id FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
      WHERE e.type = 'PERSON' AND lower(trim(ae.role)) = @role AND (ae.country = @country OR e.country = @country)
      ORDER BY ae.entity_id`),
    forms: db.prepare<[number], { name: string }>(`
      SELECT name FROM article_entities WHERE entity_id = ? GROUP BY name ORDER BY count(*) DESC, name`),
    entityArticles: db.prepare<[string], EntityArticleRow>(`
      SELECT ae.article_id AS articleId, ae.local_id AS localId, ae.entity_id AS entityId, a.published, a.title,
        ae.mention_count AS mentions
      FROM article_entities ae JOIN articles a ON a.id = ae.article_id
      WHERE ae.entity_id IN (SELECT value FROM json_each(?))
      ORDER BY a.published IS NULL, a.published, a.seq, ae.local_id`),
    entityQuotes: db.prepare<[string], EntityQuoteRow>(`
      SELECT q.article_id AS articleId, a.title, a.published, q.char_start AS start, q.char_end AS "end", q.text, q.kind, q.cue
      FROM quotes q JOIN articles a ON a.id = q.article_id
      WHERE q.speaker_id IN (SELECT value FROM json_each(?))
      ORDER BY a.published IS NULL, a.published, a.seq, q.n`),
    coEntities: db.prepare<[{ ids: string; limit: number }], CoEntity & { country: string }>(`
      SELECT e.id, e.name, e.type, e.country, count(DISTINCT o.article_id) AS articles
      FROM article_entities me
        JOIN article_entities o ON o.article_id = me.article_id
        JOIN entities e ON e.id = o.entity_id
      WHERE me.entity_id IN (SELECT value FROM json_each(@ids)) AND o.entity_id NOT IN (SELECT value FROM json_each(@ids))
      GROUP BY o.entity_id
      ORDER BY articles DESC, e.name, e.id
      LIMIT @limit`),
  };
  // Write statements are prepared on the first update, so a read-only connection never prepares them.
  let writes: ReturnType<typeof storiesStatements> | undefined;
  const cache = emptyCache();

  function update<T>(fn: (w: StoriesWriter) => T): T {
    const pageCache = db.pragma('cache_size', { simple: true }) as number;
    db.pragma(`cache_size = -${STORIES_PAGE_CACHE_KIB}`);
    try {
      return db.transaction(() => {
        writes ??= storiesStatements(db);
        const w = storiesWriter(writes, cache);
        const out = fn(w);
        w.flush();
        return out;
      }).immediate();
    } catch (e) {
      // Rolled back: what the cache learnt in the transaction is not in the store.
      cache.docs = undefined;
      throw e;
    } finally {
      db.pragma(`cache_size = ${pageCache}`);
    }
  }

  const settled = () => st.settled.get()?.value ?? 0;

  function story(id: string): StorySummary | null {
    for (let at = id, guard = 0; guard < 1_000_000; guard++) {
      const r = st.story.get(at);
      if (!r) return null;
      if (r.merged_into === null) return summary(r);
      at = r.merged_into;
    }
    return null;
  }

  return {
    pending: () => st.pending.get(settled())!.n,
    unassigned() {
      const upTo = st.maxSeq.get()?.n ?? 0;
      return { ids: st.unassigned.all(settled(), upTo).map((r) => r.id), upTo };
    },
    settle: (upTo) => void st.settle.run(upTo),
    articles(ids): StoryArticle[] {
      const out: StoryArticle[] = [];
      for (const id of ids) {
        const r = st.article.get(id);
        if (r) out.push({ id: r.id, title: r.title, text: r.text, published: r.published, outlet: r.outlet, url: r.url, copyOf: r.copy_of });
      }
      return out;
    },
    update,
    list(opts: StoryListOptions = {}) {
      const limit = Math.max(1, Math.floor(opts.limit ?? DEFAULT_STORY_LIMIT));
      return st.list.all({ since: opts.since ?? '', ids: JSON.stringify(opts.entityIds ?? []), limit }).map(summary);
    },
    story,
    members: (storyId) =>
      st.members.all(storyId).map((r): StoryMember => ({
        id: r.id, title: r.title, outlet: r.outlet, url: r.url, published: r.published, joined: r.joined_id,
        similarity: r.similarity, credited: r.credited,
        copy: r.kind ? { articleId: r.id, of: r.of_id!, original: r.original_id!, kind: r.kind, score: r.score! } : null,
      })),
    merges: (storyId) => st.merges.all(storyId),
    storyOf: (articleId) => st.storyOf.get(articleId)?.story_id ?? null,
    entityCandidates({ surnamePrefix = '', keys = [], ids = [] }) {
      return st.candidates.all({ from: surnamePrefix, to: surnamePrefix + '\u{10FFFF}', keys: JSON.stringify(keys), ids: JSON.stringify(ids) }).map((r) => ({
        ...r, type: r.type as EntityType, country: r.country || null, roles: st.roles.all(r.id).map((x) => x.role),
        forms: st.forms.all(r.id).map((x) => x.name),
      }));
    },
    entitiesByRole: (role, country) => st.byRole.all({ role: role.trim().toLowerCase(), country }).map((r) => r.id),
    entityArticles: (ids) => st.entityArticles.all(JSON.stringify(ids)),
    entityQuotes: (ids) => st.entityQuotes.all(JSON.stringify(ids)),
    coEntities: (ids, limit) => st.coEntities.all({ ids: JSON.stringify(ids), limit }).map((r) => ({ ...r, country: r.country || null })),
  };
}
