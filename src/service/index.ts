// The batch service: running inputs through the analysis workers (analyze, extract) and ingest jobs into a store.
// The command line calls it; so will an HTTP server. Nothing here prints.
export { runBatch, StopBatch, INTERRUPTED, type BatchOptions, type ItemOutcome, type Sink } from './batch.js';
export { ingest, jobKey, type IngestCounts, type IngestOptions, type IngestOutcome } from './ingest.js';
export { BatchReport } from './report.js';
export { provenanceOf } from './provenance.js';
