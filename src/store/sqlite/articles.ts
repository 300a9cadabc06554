// Articles and their versions: idempotent put (a new version only from a source that may speak for the article,
// else a claimed copy), get (also by id prefix), paged iteration, count.
import type Database from 'better-sqlite3';
import type { Analysis } from '../../doc/schema.js';
import { claimedCopyId, defaultProvenance, isOwnAddress, voucherKey } from '../provenance.js';
import type { Provenance, PutResult, StoredArticle } from '../types.js';
import { analysisHash } from './content-hash.js';
import { ITERATE_PAGE_SIZE, MIN_ID_PREFIX } from './settings.js';

/** Upper bound for a prefix range scan: the highest code point sorts after any continuation of the prefix. */
const PREFIX_END = '\u{10FFFF}';

interface LatestRow {
  latest_version: number;
  content_hash: string;
  voucher: string | null;
  origin: string | null;
}

interface ArticleRow {
  seq: number;
  id: string;
  version: number;
  source: string;
  origin: string | null;
  copy_of: string | null;
  analysis: string;
  first_seen: string;
  updated: string;
}

const SELECT_ARTICLE = `
  SELECT a.seq, a.id, a.latest_version AS version, v.source, v.origin, a.copy_of, v.analysis, a.first_seen, a.updated
  FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.latest_version`;

/** Called inside put's transaction whenever `a` becomes an article's latest version (not for 'same');
 *  `isNew` when the article was not stored before. */
export type OnLatest = (a: Analysis, now: string, isNew: boolean) => void;

export function articleRepo(db: Database.Database, onLatest: OnLatest = () => {}) {
  const st = {
    latest: db.prepare<[string], LatestRow>(`
      SELECT a.latest_version, v.content_hash, v.voucher, v.origin
      FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.latest_version
      WHERE a.id = ?`),
    versionByHash: db.prepare<[string, string], { version: number }>(
      'SELECT version FROM article_versions WHERE article_id = ? AND content_hash = ?',
    ),
    maxVersion: db.prepare<[string], { v: number }>(
      'SELECT max(version) AS v FROM article_versions WHERE article_id = ?',
    ),
    insertArticle: db.prepare(`
      INSERT INTO articles (id, url, outlet, title, text, published, language, first_seen, updated, latest_version, copy_of)
      VALUES (@id, @url, @outlet, @title, @text, @published, @language, @now, @now, @version, @copyOf)`),
    /** A version vouched for by this key, or (stored before vouchers were recorded) from this very source. */
    vouched: db.prepare<[string, string, string], { one: number }>(`
      SELECT 1 AS one FROM article_versions
      WHERE article_id = ? AND (voucher = ? OR (voucher IS NULL AND source = ?)) LIMIT 1`),
    /** A version this source sent with these very bytes (any version, not only the latest). */
    sentBefore: db.prepare<[string, string, string], { one: number }>(`
      SELECT 1 AS one FROM article_versions
      WHERE article_id = ? AND voucher = ? AND json_extract(origin, '$.digest') = ? LIMIT 1`),
    updateArticle: db.prepare(`
      UPDATE articles SET url = @url, outlet = @outlet, title = @title, text = @text, published = @published,
        language = @language, updated = @now, latest_version = @version
      WHERE id = @id`),
    insertVersion: db.prepare(`
      INSERT INTO article_versions (article_id, version, content_hash, source, analysis, created, origin, voucher)
      VALUES (@id, @version, @hash, @source, @analysis, @now, @origin, @voucher)`),
    byId: db.prepare<[string], ArticleRow>(`${SELECT_ARTICLE} WHERE a.id = ?`),
    byPrefix: db.prepare<[string, string], ArticleRow>(`${SELECT_ARTICLE} WHERE a.id >= ? AND a.id < ? LIMIT 2`),
    page: db.prepare<[number, number], ArticleRow>(`${SELECT_ARTICLE} WHERE a.seq > ? ORDER BY a.seq LIMIT ?`),
    count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles'),
  };

  function row(a: Analysis, version: number, hash: string, origin: Provenance, voucher: string, copyOf: string | null) {
    return {
      id: a.id, url: a.url, outlet: a.outlet, title: a.title, text: a.text, published: a.published,
      language: a.language, source: a.source, version, hash, analysis: JSON.stringify(a),
      now: new Date().toISOString(), origin: JSON.stringify(origin), voucher, copyOf,
    };
  }

  // Same content as the latest version → 'same' (nothing written, whoever sends it). Otherwise the sender must be
  // able to speak for the article (it vouched for a version before, or it is a fetch of the article's own address):
  // content of an older version → that version becomes the latest again; new content → next version number. A
  // sender that may not speak for it gets its own article, a claimed copy, under an id of its own. The FTS index
  // follows via triggers, the layer rows via onLatest.
  function putAs(a: Analysis, origin: Provenance, voucher: string, copyOf: string | null): PutResult {
    const hash = analysisHash(a);
    const latest = st.latest.get(a.id);
    const withCopy = (r: PutResult): PutResult => (copyOf ? { ...r, copyOf } : r);
    if (!latest) {
      const r = row(a, 1, hash, origin, voucher, copyOf);
      st.insertArticle.run(r);
      st.insertVersion.run(r);
      onLatest(a, r.now, true);
      return withCopy({ id: a.id, status: 'new', version: 1 });
    }
    if (latest.content_hash === hash || sameInput(latest, origin, voucher) || resent(latest, origin, a.id, voucher))
      return withCopy({ id: a.id, status: 'same', version: latest.latest_version });
    if (!isOwnAddress(origin, a) && !st.vouched.get(a.id, voucher, a.source)) {
      if (copyOf) throw new Error(`store: claimed copy ${a.id} of ${copyOf} is vouched for by another source`);
      const copyId = claimedCopyId(a.id, voucher);
      return putAs({ ...a, id: copyId }, origin, voucher, a.id);
    }
    const earlier = st.versionByHash.get(a.id, hash);
    const version = earlier ? earlier.version : (st.maxVersion.get(a.id)?.v ?? 0) + 1;
    const r = row(a, version, hash, origin, voucher, copyOf);
    if (!earlier) st.insertVersion.run(r);
    st.updateArticle.run(r);
    onLatest(a, r.now, false);
    return withCopy({ id: a.id, status: 'version', version });
  }

  /** Another input holds the latest version, and this one sent these very bytes before: two inputs that share a
   *  record id but differ must not take turns as the latest on every re-ingest. (The latest's own source sending old
   *  bytes again is a page that went back: that still restores the old version.) */
  function resent(latest: LatestRow, origin: Provenance, id: string, voucher: string): boolean {
    if (!latest.origin || (JSON.parse(latest.origin) as Provenance).source === origin.source) return false;
    return !!st.sentBefore.get(id, voucher, origin.digest);
  }

  const put = db.transaction((a: Analysis, provenance?: Provenance): PutResult => {
    const origin = provenance ?? defaultProvenance(a);
    return putAs(a, origin, voucherKey(origin, a), null);
  });

  function get(id: string): StoredArticle | null {
    const exact = st.byId.get(id);
    if (exact) return toStored(exact);
    if (id.length < MIN_ID_PREFIX) return null;
    const hits = st.byPrefix.all(id, id + PREFIX_END);
    if (hits.length > 1) throw new Error(`store: id prefix "${id}" is ambiguous; give more characters`);
    return hits.length ? toStored(hits[0]) : null;
  }

  // Keyset pages rather than one open cursor: memory stays flat and the caller may write while iterating.
  function* iterate(): Generator<StoredArticle> {
    let after = 0;
    for (;;) {
      const rows = st.page.all(after, ITERATE_PAGE_SIZE);
      for (const r of rows) yield toStored(r);
      if (rows.length < ITERATE_PAGE_SIZE) return;
      after = rows[rows.length - 1].seq;
    }
  }

  return {
    put: (a: Analysis, provenance?: Provenance) => put.immediate(a, provenance),
    get,
    iterate,
    count: () => st.count.get()!.n,
  };
}

/** The latest version came from the same source with the same bytes: re-ingesting identical content is never a
 *  new version, even when its analysis came out different (other options, another Dossier). */
function sameInput(latest: LatestRow, origin: Provenance, voucher: string): boolean {
  if (latest.voucher !== voucher || !latest.origin) return false;
  return (JSON.parse(latest.origin) as Provenance).digest === origin.digest;
}

function toStored(r: ArticleRow): StoredArticle {
  return {
    id: r.id,
    version: r.version,
    source: r.source,
    provenance: r.origin ? (JSON.parse(r.origin) as Provenance) : null,
    copyOf: r.copy_of,
    analysis: JSON.parse(r.analysis) as Analysis,
    firstSeen: r.first_seen,
    updated: r.updated,
  };
}
