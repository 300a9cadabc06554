// Batch jobs and the outcome of each of their items, so an interrupted run resumes where it stopped; claims, so
// two runs of the same job share its items.
import type Database from 'better-sqlite3';
import { ownerAlive } from '../run-owner.js';
import type { Job, JobItemState } from '../types.js';

interface JobRow {
  id: number;
  key: string;
  status: 'running' | 'done';
  created: string;
}

export function jobRepo(db: Database.Database) {
  const st = {
    running: db.prepare<[string], JobRow>(
      "SELECT id, key, status, created FROM jobs WHERE key = ? AND status = 'running'",
    ),
    insert: db.prepare<[string, string, string], JobRow>(
      "INSERT INTO jobs (key, status, inputs, created) VALUES (?, 'running', ?, ?) RETURNING id, key, status, created",
    ),
    done: db.prepare<[number], { source: string }>("SELECT source FROM job_items WHERE job_id = ? AND status = 'ok'"),
    mark: db.prepare(`
      INSERT INTO job_items (job_id, source, status, error, article_id, updated)
      VALUES (@jobId, @source, @status, @error, @articleId, @now)
      ON CONFLICT (job_id, source) DO UPDATE SET
        status = excluded.status, error = excluded.error, article_id = excluded.article_id, updated = excluded.updated`),
    finish: db.prepare<[string, number]>("UPDATE jobs SET status = 'done', finished = ? WHERE id = ?"),
    dropClaims: db.prepare<[number]>('DELETE FROM job_claims WHERE job_id = ?'),
    itemDone: db.prepare<[number, string], { one: number }>(
      "SELECT 1 AS one FROM job_items WHERE job_id = ? AND source = ? AND status = 'ok'",
    ),
    claimOf: db.prepare<[number, string], { owner: string; claimed: string }>(
      'SELECT owner, claimed FROM job_claims WHERE job_id = ? AND source = ?',
    ),
    setClaim: db.prepare<[number, string, string, string]>(`
      INSERT INTO job_claims (job_id, source, owner, claimed) VALUES (?, ?, ?, ?)
      ON CONFLICT (job_id, source) DO UPDATE SET owner = excluded.owner, claimed = excluded.claimed`),
    foreignPending: db.prepare<[number, string], { owner: string; claimed: string }>(`
      SELECT c.owner, c.claimed FROM job_claims c
      WHERE c.job_id = ? AND c.owner <> ?
        AND NOT EXISTS (SELECT 1 FROM job_items i WHERE i.job_id = c.job_id AND i.source = c.source)`),
  };

  const claim = db.transaction((jobId: number, source: string, owner: string): boolean => {
    if (st.itemDone.get(jobId, source)) return false;
    const held = st.claimOf.get(jobId, source);
    if (held && held.owner !== owner && ownerAlive(held.owner, held.claimed)) return false;
    st.setClaim.run(jobId, source, owner, new Date().toISOString());
    return true;
  });

  const openJob = db.transaction((key: string, inputs: readonly string[]): Job => {
    const existing = st.running.get(key);
    if (existing) return { ...existing, resumed: true };
    const created = st.insert.get(key, JSON.stringify(inputs), new Date().toISOString())!;
    return { ...created, resumed: false };
  });

  return {
    openJob: (key: string, inputs: readonly string[]) => openJob.immediate(key, inputs),
    doneSources: (jobId: number) => new Set(st.done.all(jobId).map((r) => r.source)),
    claimSource: (jobId: number, source: string, owner: string): boolean => claim.immediate(jobId, source, owner),
    pendingElsewhere: (jobId: number, owner: string): number =>
      st.foreignPending.all(jobId, owner).filter((c) => ownerAlive(c.owner, c.claimed)).length,
    markSource(jobId: number, s: JobItemState): void {
      st.mark.run({
        jobId, source: s.source, status: s.status, error: s.error ?? null, articleId: s.articleId ?? null,
        now: new Date().toISOString(),
      });
    },
    finishJob(jobId: number): void {
      if (st.finish.run(new Date().toISOString(), jobId).changes === 0) throw new Error(`store: no job ${jobId}`);
      st.dropClaims.run(jobId); // a finished job's claims are of no further use
    },
  };
}
