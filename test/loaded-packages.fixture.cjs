// Preloaded (--require) into a `dossier` process by cli-startup.test.ts: on exit, prints which of the heavy packages
// (SQLite, wink and its model) the process loaded. They are CommonJS, so even an ES import of them lands in
// require.cache.
const HEAVY = /node_modules\/(better-sqlite3|wink-nlp|wink-eng-lite-web-model)\//;
process.on('exit', () => {
  const loaded = new Set(Object.keys(require.cache).filter((k) => HEAVY.test(k)).map((k) => HEAVY.exec(k)[1]));
  process.stderr.write(`\nheavy packages loaded: ${[...loaded].sort().join(',') || 'none'}\n`);
});
