// Dates and times (TimeML TIMEX3) resolved against the publication date.
export { extractTimes } from './extract.js';
export { timesComponent } from './component.js';
export { runTimexEval } from './eval.js';
