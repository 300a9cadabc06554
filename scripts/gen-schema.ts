// Writes schema/analysis.schema.json from the zod schema. Run after changing src/doc/schema.ts: npm run schema
import { writeFileSync } from 'node:fs';
import { analysisJsonSchema, JSON_SCHEMA_PATH } from '../src/doc/json-schema.js';

writeFileSync(JSON_SCHEMA_PATH, JSON.stringify(analysisJsonSchema(), null, 2) + '\n');
console.log(`wrote ${JSON_SCHEMA_PATH.pathname}`);
