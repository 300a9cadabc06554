// Name words for matching: lower case, diacritics and apostrophes folded, possessive dropped.
export function nameWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']s$/i, '')
    .toLowerCase()
    .split(/[\s\u00a0]+|(?<=\w)-(?=\w)/u)
    .map((w) => w.replace(/[^\p{L}\p{N}.&]/gu, ''))
    .filter((w) => w && w !== 'the');
}

/** Initials of a multi-word name ("North Atlantic Treaty Organization" → "nato"); function words skipped. */
export function acronym(words: readonly string[]): string {
  return words.filter((w) => !['of', 'and', 'for', 'the', 'de', 'du', 'des', 'la', 'le'].includes(w)).map((w) => w[0]).join('');
}
