// Batch jobs and the outcome of each of their items, so an interrupted run resumes where it stopped.
import type Database from 'better-sqlite3';
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
  };

  const openJob = db.transaction((key: string, inputs: readonly string[]): Job => {
    const existing = st.running.get(key);
    if (existing) return { ...existing, resumed: true };
    const created = st.insert.get(key, JSON.stringify(inputs), new Date().toISOString())!;
    return { ...created, resumed: false };
  });

  return {
    openJob: (key: string, inputs: readonly string[]) => openJob.immediate(key, inputs),
    doneSources: (jobId: number) => new Set(st.done.all(jobId).map((r) => r.source)),
    markSource(jobId: number, s: JobItemState): void {
      st.mark.run({
        jobId, source: s.source, status: s.status, error: s.error ?? null, articleId: s.articleId ?? null,
        now: new Date().toISOString(),
      });
    },
    finishJob(jobId: number): void {
      if (st.finish.run(new Date().toISOString(), jobId).changes === 0) throw new Error(`store: no job ${jobId}`);
    },
  };
}
