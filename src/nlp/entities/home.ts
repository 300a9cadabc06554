// The article's home country: where a domestic office that nothing else places is held ("the senator", "the
// Justice Department"): the outlet's own country, else the dateline's ("KYIV, Ukraine (AP) —"). The outlet comes
// first because a correspondent's dateline abroad says where the story was filed, not whose "president" it is.
import { place } from '../geo/index.js';
import { institution } from './institutions.js';

/** A dateline at the start of the body: capitalised place words, an optional ", Region", an optional "(Agency)", a dash. */
const DATELINE = /^\s*([A-Z][A-Z.' -]{1,40}?)(?:,\s*([A-Z][\p{L}. ]{1,30}?))?\s*(?:\([^)]{1,40}\)\s*)?[—–-]\s/u;

export function datelineCountry(text: string): string | undefined {
  const m = DATELINE.exec(text);
  if (!m) return undefined;
  const city = m[1].trim().toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  return (m[2] ? place(m[2].trim())?.code : undefined) ?? place(city)?.code;
}

export function homeCountry(text: string, outlet: string | null | undefined): string | undefined {
  return (outlet ? institution(outlet)?.country : undefined) ?? datelineCountry(text);
}
