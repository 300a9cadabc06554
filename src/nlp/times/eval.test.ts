import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCORER, scoreTimeml } from './eval.js';

const TIMEBANK = fileURLToPath(new URL('../../../../shared/data/timex/TBAQ-cleaned/TimeBank', import.meta.url));
const AQUAINT = fileURLToPath(new URL('../../../../shared/data/timex/TBAQ-cleaned/AQUAINT', import.meta.url));

// Floors a little under the measured figures (value F1 0.842, strict span F1 0.919 on TimeBank): a drop means a rule broke.
const VALUE_F1_FLOOR = 0.82;
const STRICT_F1_FLOOR = 0.9;
// AQUAINT (other annotators, other news): measured value F1 0.788, strict span F1 0.860.
const AQUAINT_VALUE_F1_FLOOR = 0.77;
const AQUAINT_STRICT_F1_FLOOR = 0.84;

test('TimeBank (TBAQ-cleaned): value F1 and strict span F1 above their floors', async (t) => {
  if (!existsSync(TIMEBANK) || !existsSync(SCORER)) return t.skip('../shared TimeBank or scorer not present');
  const r = await scoreTimeml(TIMEBANK);
  assert.ok(r.valueF1.f1 >= VALUE_F1_FLOOR, `value F1 ${r.valueF1.f1.toFixed(3)} < ${VALUE_F1_FLOOR}`);
  assert.ok(r.strict.f1 >= STRICT_F1_FLOOR, `strict span F1 ${r.strict.f1.toFixed(3)} < ${STRICT_F1_FLOOR}`);
});

test('AQUAINT (TBAQ-cleaned): value F1 and strict span F1 above their floors', async (t) => {
  if (!existsSync(AQUAINT) || !existsSync(SCORER)) return t.skip('../shared AQUAINT or scorer not present');
  const r = await scoreTimeml(AQUAINT);
  assert.ok(r.valueF1.f1 >= AQUAINT_VALUE_F1_FLOOR, `value F1 ${r.valueF1.f1.toFixed(3)} < ${AQUAINT_VALUE_F1_FLOOR}`);
  assert.ok(r.strict.f1 >= AQUAINT_STRICT_F1_FLOOR, `strict span F1 ${r.strict.f1.toFixed(3)} < ${AQUAINT_STRICT_F1_FLOOR}`);
});
