// Names of institutions whose country or kind the name alone says: a national institution stands for its state
// ("the Kremlin" said → Russia's government), an intergovernmental body has no country, and a news outlet is an
// organisation of its home country. Hand-collected from common English news usage: national executives, legislatures,
// agencies and central banks named by a proper name (Wikipedia "List of legislatures by country", "List of
// intelligence agencies"), the intergovernmental organisations of the UN system and the main regional bodies, and
// news outlets from Wikipedia's lists of news agencies, broadcasters and newspapers of record. Keys are folded names
// (lower case, no leading "the").

export interface Institution {
  /** ISO 3166-1 alpha-3 country, absent for intergovernmental bodies. */
  country?: string;
  /** PLOVER sector of the institution itself. */
  sector?: string;
  outlet?: boolean;
  /** A body of some state, named without it ("General Staff"): its country comes from the context. */
  state?: boolean;
}

const national: [string, string, string][] = [
  // [country, sector, names separated by |]
  ['RUS', 'GOV', 'Kremlin|Russian government'], ['RUS', 'LEG', 'Duma|State Duma|Federation Council'],
  ['RUS', 'SPY', 'FSB|GRU|SVR'], ['SUN', 'SPY', 'KGB'],
  ['USA', 'GOV', 'White House|State Department|Oval Office'], ['USA', 'MIL', 'Pentagon'], ['USA', 'LEG', 'Congress|Capitol Hill'],
  ['USA', 'COP', 'FBI'], ['USA', 'SPY', 'CIA|NSA'], ['USA', 'GOV', 'Federal Reserve'],
  ['USA', 'GOV', 'NASA|FAA|FDA|EPA|SEC|FCC|CDC|NIH|NOAA|IRS|DOJ|DHS|FEMA|USAID|Justice Department|Department of Justice'],
  ['GBR', 'GOV', 'Downing Street|Whitehall'], ['GBR', 'LEG', 'Westminster|House of Commons|House of Lords'],
  ['GBR', 'SPY', 'MI6|MI5|GCHQ'], ['GBR', 'GOV', 'Bank of England'],
  ['FRA', 'GOV', 'Élysée|Élysée Palace|Elysee|Elysee Palace|Quai d’Orsay|Matignon'], ['FRA', 'LEG', 'National Assembly'],
  ['DEU', 'LEG', 'Bundestag|Bundesrat'], ['DEU', 'MIL', 'Bundeswehr'], ['DEU', 'GOV', 'Bundesbank'],
  ['UKR', 'LEG', 'Verkhovna Rada|Rada'], ['UKR', 'GOV', 'Bankova'], ['UKR', 'SPY', 'SBU|HUR'],
  ['ISR', 'LEG', 'Knesset'], ['ISR', 'SPY', 'Mossad|Shin Bet'], ['ISR', 'MIL', 'IDF|Israel Defense Forces'],
  ['POL', 'LEG', 'Sejm'], ['CHN', 'GOV', 'Zhongnanhai'], ['IRN', 'LEG', 'Majlis'], ['IND', 'LEG', 'Lok Sabha'],
  ['SWE', 'LEG', 'Riksdag'], ['NOR', 'LEG', 'Storting'], ['DNK', 'LEG', 'Folketing'], ['FIN', 'LEG', 'Eduskunta'],
  ['CHE', 'GOV', 'Federal Council'], ['JPN', 'LEG', 'Diet'],
];

/** State bodies every country has, named without their country ("Ukraine's General Staff"): country from context. */
const stateBodies: [string, string][] = [
  ['MIL', 'General Staff|Armed Forces|Air Force|National Guard|Defence Ministry|Defense Ministry|Ministry of Defence|Ministry of Defense'],
  ['GOV', 'Foreign Ministry|Interior Ministry|Finance Ministry|Ministry of Foreign Affairs|Central Bank|Prosecutor General’s Office'],
  ['JUD', 'Supreme Court|Constitutional Court'],
];

const intergovernmental =
  'UN|United Nations|ESA|European Space Agency|UN Security Council|Security Council|UN General Assembly|General Assembly|NATO|North Atlantic Treaty Organization|' +
  'EU|European Union|European Commission|European Council|European Parliament|European Central Bank|ECB|Council of Europe|' +
  'IAEA|International Atomic Energy Agency|WHO|World Health Organization|IMF|International Monetary Fund|World Bank|' +
  'OSCE|OPEC|WTO|World Trade Organization|UNESCO|UNICEF|UNHCR|OHCHR|UNDP|WFP|World Food Programme|ICC|International Criminal Court|' +
  'ICJ|International Court of Justice|African Union|ASEAN|Arab League|Gulf Cooperation Council|GCC|G7|G20|BRICS|Interpol|' +
  'Organization of American States|Shanghai Cooperation Organisation|Commonwealth|UN Human Rights Council|Human Rights Council';

const outlets: [string, string][] = [
  ['USA', 'AP|Associated Press|AP News|Bloomberg|Bloomberg News|CNN|NBC|NBC News|CBS|CBS News|ABC News|Fox News|MSNBC|NPR|PBS|' +
    'New York Times|NYT|Washington Post|Wall Street Journal|WSJ|USA Today|Los Angeles Times|Politico|Axios|The Atlantic|Atlantic|' +
    'TIME|Time magazine|Newsweek|New Yorker|Fortune|Forbes|Business Insider|CNBC|The Hill|Vox|HuffPost|ProPublica|New York Post|' +
    'Chicago Tribune|Boston Globe|Semafor|Voice of America|VOA|Radio Free Europe|RFE/RL|Radio Liberty|Foreign Policy|' +
    'Foreign Affairs|Daily Beast|Wired|The Verge|TechCrunch|Variety|Hollywood Reporter|Billboard|Rolling Stone|ESPN|Yahoo News|' +
    'Newsmax|Breitbart|McClatchy|UPI|United Press International|Los Angeles Times|Miami Herald|Seattle Times|Star Tribune'],
  ['GBR', 'BBC|BBC News|Reuters|Guardian|The Guardian|Observer|Financial Times|FT|The Times|Sunday Times|Telegraph|Daily Telegraph|' +
    'Economist|The Economist|Independent|The Independent|Daily Mail|Mail on Sunday|Sky News|ITV|ITV News|Channel 4 News|' +
    'Evening Standard|Daily Mirror|Mirror|The Sun|New Statesman|Spectator|The Spectator|Press Association|PA Media'],
  ['FRA', 'AFP|Agence France-Presse|Agence France Presse|Le Monde|Le Figaro|Libération|France 24|France24|RFI|Euronews|Les Echos|Le Parisien'],
  ['DEU', 'Der Spiegel|Spiegel|Die Zeit|Zeit|Frankfurter Allgemeine|FAZ|Süddeutsche Zeitung|Bild|Die Welt|Deutsche Welle|DW|dpa|Handelsblatt|ARD|ZDF'],
  ['ESP', 'El País|El Mundo|EFE|La Vanguardia'], ['ITA', 'Corriere della Sera|La Repubblica|ANSA|La Stampa'],
  ['CHE', 'NZZ|Neue Zürcher Zeitung|Le Temps|Swissinfo|SRF|RTS|Tages-Anzeiger'],
  ['QAT', 'Al Jazeera'], ['SAU', 'Al Arabiya|Arab News'], ['ARE', 'The National|Gulf News'],
  ['ISR', 'Haaretz|Times of Israel|Jerusalem Post|Ynet|Yedioth Ahronoth'],
  ['RUS', 'TASS|RIA Novosti|RIA|Interfax|Kommersant|Vedomosti|Izvestia|RT|Russia Today|Sputnik|Novaya Gazeta|Nezavisimaya Gazeta|' +
    'Rossiyskaya Gazeta|Channel One|RBC|Fontanka'],
  ['UKR', 'Ukrinform|Ukrainska Pravda|Kyiv Independent|Kyiv Post|Suspilne|UNIAN|Hromadske|RBC-Ukraine'],
  ['CHN', 'Xinhua|Global Times|China Daily|CGTN|CCTV|People’s Daily|South China Morning Post'], ['JPN', 'Kyodo|NHK|Nikkei|Asahi Shimbun|Yomiuri Shimbun'],
  ['KOR', 'Yonhap'], ['IND', 'Times of India|Hindustan Times|NDTV|Press Trust of India|PTI|The Hindu'], ['TUR', 'Anadolu|Anadolu Agency|Hürriyet|Daily Sabah'],
  ['IRN', 'IRNA|Tasnim|Fars|Press TV|Mehr'], ['CAN', 'CBC|CBC News|Globe and Mail|Toronto Star|CTV'],
  ['AUS', 'Sydney Morning Herald|The Australian|ABC Australia'], ['POL', 'PAP|Gazeta Wyborcza|Rzeczpospolita'],
];

export const foldName = (s: string) =>
  s.normalize('NFC').replace(/[‘’]/g, "'").replace(/^the\s+/i, '').replace(/[’']s$/, '').replace(/\s+/g, ' ').trim().toLowerCase();

const TABLE = new Map<string, Institution>();
for (const [country, sector, names] of national) for (const n of names.split('|')) TABLE.set(foldName(n), { country, sector });
for (const n of intergovernmental.split('|')) TABLE.set(foldName(n), { sector: 'IGO' });
for (const [sector, names] of stateBodies) for (const n of names.split('|')) if (!TABLE.has(foldName(n))) TABLE.set(foldName(n), { sector, state: true });
for (const [country, names] of outlets) for (const n of names.split('|')) TABLE.set(foldName(n), { country, sector: 'JRN', outlet: true });

/** Names already looked up (folding a name makes several strings, and one article asks of the same names again and
 *  again): a pure cache of the lexicon, emptied when it holds ASKED_LIMIT names so that it stays bounded. */
const asked = new Map<string, Institution | null>();
const ASKED_LIMIT = 50_000;

/** What the lexicon knows of an institution's name, if anything. */
export function institution(name: string): Institution | undefined {
  let known = asked.get(name);
  if (known === undefined) {
    known = TABLE.get(foldName(name)) ?? null;
    if (asked.size >= ASKED_LIMIT) asked.clear();
    asked.set(name, known);
  }
  return known ?? undefined;
}

/** Longest lexicon name in words: the window the text scan tries. */
const MAX_NAME_TOKENS = 6;
/** Names the text scan may add on its own: several words, or an initialism in capitals ("G7", "TIME", "NATO"). */
const SCANNABLE = (name: string) => /\s/.test(name) || /^[A-Z][A-Z0-9&]+$/.test(name);
const SCAN = new Set<string>();
for (const [, , names] of national) for (const n of names.split('|')) if (SCANNABLE(n)) SCAN.add(n);
for (const n of intergovernmental.split('|')) if (SCANNABLE(n)) SCAN.add(n);
for (const [, names] of outlets) for (const n of names.split('|')) if (SCANNABLE(n)) SCAN.add(n);
for (const [, names] of stateBodies) for (const n of names.split('|')) SCAN.add(n);

/** (Hoisted: the build turns a \p{…} literal into `new RegExp` at every call, and this one runs once a token.) */
const CAPITAL = /^\p{Lu}/u;

/**
 * Institution names the tagger missed ("G7", "TIME"): exact, case-sensitive matches of lexicon names of several
 * words or in capitals, on token boundaries, outside every tagged mention. One pass over the tokens with a
 * window of at most MAX_NAME_TOKENS.
 */
export function lexiconMentions(words: readonly string[], starts: readonly number[], ends: readonly number[], text: string, taken: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    if (taken[i] || !CAPITAL.test(words[i])) continue;
    for (let n = Math.min(MAX_NAME_TOKENS, words.length - i); n >= 1; n--) {
      let free = true;
      for (let k = i; k < i + n && free; k++) if (taken[k]) free = false;
      if (!free) continue;
      if (SCAN.has(text.slice(starts[i], ends[i + n - 1]))) {
        out.push([i, i + n - 1]);
        i += n - 1;
        break;
      }
    }
  }
  return out;
}
