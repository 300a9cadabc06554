// Names of things that are no actor: days, product editions and colours.
// - holidays and named days ("Christmas", "Black Friday", "Memorial Day") are MISC, whatever the tagger typed;
// - a name whose last word is a product noun or model suffix ("Zamazenta Edition", "Switch Lite") is a product (MISC),
//   and one headed by an award or event word ("Stanley Cup", "LA Auto Show") is MISC too;
// - a one-word "organisation" or "place" that is a colour ("in Gray", "Turquoise") is a product variant: dropped,
//   unless a verb of an actor follows it ("Orange said");
// - one name is one thing: when one cluster of a name is a product (MISC) by the rules, every cluster of that same
//   name is merged into it ("the 16-inch MacBook Pro" makes every "MacBook Pro" a product).
import type { TokenView } from './context.js';
import { retype, type Cluster } from './cluster.js';
import { ACTOR_VERBS } from './acts.js';
import { nameHead } from './heads.js';
import { COLOURS, DAY_HEADS, EVENT_HEADS, FIRM_HEADS, HOLIDAYS, LAW_HEADS, PRODUCT_HEADS } from './not-names.js';



const isDay = (words: readonly string[]) => HOLIDAYS.has(words.join(' ')) || (words.length >= 2 && DAY_HEADS.has(words[words.length - 1]));

/** Re-types days, product editions, awards, events, laws and firms taken for people, drops colours, merges same-name
 *  products; returns the clusters kept. Linear. */
export function daysProductsColours(v: TokenView, clusters: readonly Cluster[], known: (name: string) => boolean): Cluster[] {
  const kept: Cluster[] = [];
  for (const c of clusters) {
    const named = c.mentions.filter((m) => !m.pronoun);
    if (!named.length || c.countryKey || c.type === 'NORP' || named.some((m) => known(m.text))) {
      kept.push(c);
      continue;
    }
    // (A holiday the tagger took for a person, "Diwali", is a day too; "Christmas Jones" is not a holiday's name.)
    if (named.every((m) => isDay(m.words)) && (c.type !== 'PERSON' || named.every((m) => HOLIDAYS.has(m.words.join(' '))))) retype(c, 'MISC');
    else if (named.every((m) => m.words.length >= 2 && PRODUCT_HEADS.has(m.words[m.words.length - 1]))) retype(c, 'MISC');
    // Awards and events: the head word, or the word before "for"/"of" ("Award for Best Actress", "Cup of Nations").
    else if (c.type !== 'PERSON' && named.every((m) => m.words.length >= 2 && EVENT_HEADS.has(nameHead(m.words)))) retype(c, 'MISC');
    // Laws and agreements ("Investment Company Act", "Kyoto Protocol").
    else if (c.type !== 'PERSON' && named.every((m) => m.words.length >= 2 && LAW_HEADS.has(m.words[m.words.length - 1]))) retype(c, 'MISC');
    // A "person" whose full name is a firm's ("Paintbucket Games", then "Paintbucket"), with no role, is the firm.
    else if (c.type === 'PERSON' && !named.some((m) => m.role) && named.some((m) => m.words.length >= 2 && FIRM_HEADS.has(m.words[m.words.length - 1]))) retype(c, 'ORG');
    else if (c.type !== 'PERSON' && named.every((m) => COLOURS.has(m.words.join(' '))) && !named.some((m) => ACTOR_VERBS.test(v.words[m.last + 1] ?? ''))) continue;
    kept.push(c);
  }
  return sameNameProducts(kept);
}

/** Merges every cluster of a name into that name's product (MISC) cluster; returns the clusters kept. */
function sameNameProducts(clusters: readonly Cluster[]): Cluster[] {
  const product = new Map<string, Cluster>();
  for (const c of clusters) if (c.type === 'MISC') product.set(c.words.join(' '), c);
  if (!product.size) return [...clusters];
  const out: Cluster[] = [];
  for (const c of clusters) {
    const into = product.get(c.words.join(' '));
    if (!into || into === c || c.type === 'NORP' || c.countryKey) {
      out.push(c);
      continue;
    }
    for (const m of c.mentions) if (!m.pronoun) m.type = 'MISC';
    into.mentions.push(...c.mentions);
  }
  for (const c of product.values()) c.mentions.sort((a, b) => a.first - b.first);
  return out;
}
