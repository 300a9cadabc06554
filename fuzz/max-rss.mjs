// Preloaded into each fuzzed CLI process: prints its peak RSS (all threads) on stderr as it exits.
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `\nFUZZ-MAX-RSS-KB ${process.resourceUsage().maxRSS}\n`));
