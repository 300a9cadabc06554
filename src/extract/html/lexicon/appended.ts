// Marks of a press statement re-posted after an article, and of the end of a press release (appended.ts).
//
// Where the words come from:
// - RELEASE_LABELS: the headings under which newspapers and agencies reproduce a statement or release ("Press
//   release", "Read the full statement", "Pressemitteilung", "Communiqué de presse"…), and the release header "For
//   immediate release" of the AP Stylebook's and the press-relations handbooks' release format.
// - WIRE_SERVICES: the press-release distribution services whose name stands in a release's dateline
//   ("NEW YORK, May 1, 2019 /PRNewswire/ --", "(BUSINESS WIRE)"): the major US, Canadian, European and German ones.
// - END_MARKS: the marks that end a press release's text in the AP and Canadian Press formats ("###", "-30-") and
//   their British ("ENDS") and German ("- Ende -") counterparts; what follows them is the issuer's boilerplate
//   ("About …", media contact).
// Lower case.

export const RELEASE_LABELS: readonly string[] = [
  'press release', 'news release', 'press statement', 'statement', 'full statement', 'the full statement',
  'read the full statement', 'read the statement', 'read the press release', 'the press release', 'for immediate release',
  'original press release', 'joint statement', 'official statement',
  'pressemitteilung', 'pressemeldung', 'presseinformation', 'medienmitteilung', 'die pressemitteilung im wortlaut',
  'erklärung im wortlaut', 'im wortlaut', 'communiqué de presse', 'communiqué', 'le communiqué', 'déclaration',
  'comunicado de prensa', 'comunicado', 'nota de prensa', 'el comunicado', 'comunicato stampa', 'il comunicato',
  'comunicado à imprensa', 'persbericht',
];

export const WIRE_SERVICES: readonly string[] = [
  'prnewswire', 'pr newswire', 'prnewswire-firstcall', 'business wire', 'businesswire', 'globe newswire',
  'globenewswire', 'accesswire', 'einpresswire', 'ein presswire', 'cnw', 'newswire', 'newsfile', 'marketwired',
  'pr.com', 'prweb', 'openpr', 'pressetext', 'ots', 'apa-ots', 'news aktuell',
];

export const END_MARKS: readonly string[] = ['###', '# # #', '-30-', '- 30 -', '-end-', '-ends-', 'ends', '- ende -', '-ende-'];
