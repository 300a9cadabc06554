// The commonest function words (articles, prepositions, conjunctions, pronouns, auxiliaries) of the languages other
// than English that news pages here come in most, to tell a body's language from its own words: a page template
// often declares "en" over a German or Spanish article. Words that are also common English words ("in", "an", "was",
// "will", "as", "no", "is", "on", "a", "so") are left out, so English text scores next to nothing on every list.
// Source: the top of each language's function-word frequency lists (Wikipedia and news word counts), hand-collected.

export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für', 'dem', 'den', 'des', 'ein', 'eine',
    'einer', 'eines', 'auch', 'wird', 'werden', 'sind', 'wie', 'bei', 'nach', 'oder', 'aber', 'noch', 'über', 'zum',
    'zur', 'vom', 'durch', 'kann', 'wir', 'ich', 'sie', 'im', 'zu', 'von', 'es', 'dass'],
  fr: ['le', 'la', 'les', 'des', 'du', 'une', 'et', 'est', 'pas', 'pour', 'dans', 'que', 'qui', 'sur', 'avec', 'ce',
    'cette', 'sont', 'au', 'aux', 'par', 'plus', 'ne', 'se', 'il', 'elle', 'nous', 'vous', 'ont', 'été', 'mais', 'en',
    'un', 'de'],
  es: ['el', 'los', 'las', 'del', 'que', 'y', 'en', 'un', 'una', 'por', 'para', 'con', 'es', 'se', 'al', 'lo', 'como',
    'más', 'pero', 'sus', 'su', 'este', 'esta', 'fue', 'han', 'ha', 'muy', 'también', 'la', 'de'],
  it: ['il', 'lo', 'gli', 'della', 'delle', 'dei', 'che', 'e', 'di', 'un', 'una', 'per', 'con', 'non', 'sono', 'è',
    'alla', 'nel', 'nella', 'anche', 'come', 'più', 'ma', 'ha', 'la', 'le', 'da'],
  pt: ['o', 'os', 'da', 'do', 'das', 'dos', 'que', 'e', 'em', 'um', 'uma', 'para', 'com', 'não', 'é', 'por', 'mais',
    'na', 'se', 'ao', 'foi', 'são', 'também', 'de'],
  nl: ['de', 'het', 'een', 'en', 'van', 'niet', 'op', 'met', 'voor', 'zijn', 'dat', 'die', 'te', 'aan', 'er', 'maar',
    'om', 'ook', 'als', 'bij', 'wordt', 'worden', 'nog', 'naar'],
};
