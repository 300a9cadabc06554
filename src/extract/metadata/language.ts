// Language: <html lang>, Content-Language / language meta, og:locale, JSON-LD inLanguage → primary subtag.

/** "en-US" / "en_GB" / "EN" → "en"; null when it is not a language tag. */
export function primaryLanguage(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const first = raw.split(/[,;\s]+/).find((x) => x.length > 0);
  if (!first) return null;
  const m = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/i.exec(first);
  if (!m) return null;
  const lang = m[1].toLowerCase();
  return lang === 'und' || lang === 'mul' || lang === 'zxx' ? null : lang;
}

export function chooseLanguage(candidates: Array<string | null | undefined>): string | null {
  for (const c of candidates) {
    const l = primaryLanguage(c);
    if (l) return l;
  }
  return null;
}
