// Gazetteer settings: what the data packages lack, and the size of the city list.

export const GEO_PATH = new URL('../../../models/geo.json', import.meta.url);

/** Cities below this population are left out: small towns share names with people and with larger places. */
export const GEO_MIN_CITY_POPULATION = 100_000;

/** Names in common English news use that world-countries lacks (it calls Turkey "Türkiye", the US "United States"). */
export const GEO_EXTRA_NAMES: Record<string, string> = {
  'U.S.': 'USA', 'U.S.A.': 'USA', US: 'USA', USA: 'USA', America: 'USA', 'United States': 'USA',
  'U.K.': 'GBR', UK: 'GBR', Britain: 'GBR', England: 'GBR', Scotland: 'GBR', Wales: 'GBR',
  Turkey: 'TUR', Türkiye: 'TUR', Holland: 'NLD', 'the Netherlands': 'NLD', 'Czech Republic': 'CZE',
  'South Korea': 'KOR', 'North Korea': 'PRK', 'Ivory Coast': 'CIV', Burma: 'MMR', Russia: 'RUS',
  'Soviet Union': 'SUN', USSR: 'SUN', 'Gaza': 'PSE', 'West Bank': 'PSE', 'Congo': 'COD', UAE: 'ARE',
  'Vatican': 'VAT', Taiwan: 'TWN', Kosovo: 'XKX', Crimea: 'UKR', Donbas: 'UKR', Donbass: 'UKR',
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
};
