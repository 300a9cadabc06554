// Settings of the batch service.

/** Inputs in flight per worker, so a worker never idles while the main thread reads or stores: more than the pool
 *  queues in one worker (WORKER_QUEUE_DEPTH), so the batch reads ahead while the worker's queue is full. Results come
 *  out in input order, so a long input holds the window (with 2 per worker, 2 workers on 1,855 Reuters articles
 *  idled ~5% of their time waiting for it, with 4 ~1%). Each holds one input and its result. */
export const IN_FLIGHT_PER_WORKER = 24;

/** Characters of input in flight at most (beyond one input per worker): 24 inputs per worker of the 20 MB an input
 *  may have would hold gigabytes; real articles (a few kB to a few hundred kB) never reach it. */
export const IN_FLIGHT_CHARS = 32 * 1024 * 1024;

/** Ingest stores results in groups, one transaction each: a commit (WAL append, FTS5 segment flush) costs more than
 *  a put, and on one thread it holds up every worker (1,855 Reuters analyses: 4.7 s stored one by one, 1.1 s in
 *  groups of 32). Each item keeps its own savepoint, so a failed item never takes its group with it. */
export const STORE_GROUP_SIZE = 32;

/** A group is stored at the latest this long after its first item, so a slow trickle of inputs (URLs) is not held
 *  back and an interrupted run loses little. */
export const STORE_GROUP_MAX_MS = 1000;
