// The JSON Schema of the analysis document, generated from the zod schema (the one definition).
import { zodToJsonSchema } from 'zod-to-json-schema';
import { AnalysisSchema } from './schema.js';
import { packageFile } from '../resolve-data.js';

export function analysisJsonSchema(): object {
  return zodToJsonSchema(AnalysisSchema, { name: 'Analysis', $refStrategy: 'none' });
}

export const JSON_SCHEMA_PATH = packageFile('schema/analysis.schema.json');
