/**
 * A small gazetteer: US states, Canadian provinces, common countries and large cities. Enough to
 * recognise "Seattle, WA", "London, GB" or "Remote, Canada" in prose and to pick the currency a
 * bare "$" or a bare number means. Not meant to be complete; unknown places fall back to patterns.
 */

export const US_STATES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa',
  KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan',
  MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire',
  NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma',
  OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee',
  TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin',
  WY: 'Wyoming', DC: 'District of Columbia',
};

export const CA_PROVINCES: Record<string, string> = {
  ON: 'Ontario', QC: 'Quebec', BC: 'British Columbia', AB: 'Alberta', MB: 'Manitoba', SK: 'Saskatchewan',
  NS: 'Nova Scotia', NB: 'New Brunswick', NL: 'Newfoundland and Labrador', PE: 'Prince Edward Island',
};

/** Country name or common code → ISO 3166 alpha-2. */
export const COUNTRIES: Record<string, string> = {
  'united states': 'US', usa: 'US', 'u.s.': 'US', us: 'US', america: 'US', canada: 'CA', 'united kingdom': 'GB', uk: 'GB',
  gb: 'GB', england: 'GB', scotland: 'GB', wales: 'GB', ireland: 'IE', germany: 'DE', deutschland: 'DE', france: 'FR',
  spain: 'ES', espana: 'ES', italy: 'IT', netherlands: 'NL', belgium: 'BE', portugal: 'PT', austria: 'AT',
  switzerland: 'CH', sweden: 'SE', norway: 'NO', denmark: 'DK', finland: 'FI', poland: 'PL', 'czech republic': 'CZ',
  australia: 'AU', 'new zealand': 'NZ', india: 'IN', singapore: 'SG', japan: 'JP', mexico: 'MX', brazil: 'BR',
  argentina: 'AR', 'south africa': 'ZA', israel: 'IL', 'united arab emirates': 'AE', uae: 'AE', europe: 'EU', emea: 'EU',
};

export const CURRENCY_BY_COUNTRY: Record<string, string> = {
  US: 'USD', CA: 'CAD', GB: 'GBP', IE: 'EUR', DE: 'EUR', FR: 'EUR', ES: 'EUR', IT: 'EUR', NL: 'EUR', BE: 'EUR', PT: 'EUR',
  AT: 'EUR', FI: 'EUR', EU: 'EUR', CH: 'CHF', SE: 'SEK', NO: 'NOK', DK: 'DKK', PL: 'PLN', CZ: 'CZK', AU: 'AUD', NZ: 'NZD',
  IN: 'INR', SG: 'SGD', JP: 'JPY', MX: 'MXN', BR: 'BRL', ZA: 'ZAR', IL: 'ILS', AE: 'AED',
};

/** Large cities → country, for prose like "offices in Seattle and Austin" or a title "(Phoenix)". */
export const CITIES: Record<string, string> = {
  'new york': 'US', 'new york city': 'US', nyc: 'US', 'los angeles': 'US', chicago: 'US', houston: 'US', phoenix: 'US',
  philadelphia: 'US', 'san antonio': 'US', 'san diego': 'US', dallas: 'US', 'san jose': 'US', austin: 'US',
  jacksonville: 'US', 'fort worth': 'US', columbus: 'US', charlotte: 'US', 'san francisco': 'US', indianapolis: 'US',
  seattle: 'US', denver: 'US', washington: 'US', boston: 'US', nashville: 'US', 'el paso': 'US', detroit: 'US',
  portland: 'US', 'las vegas': 'US', memphis: 'US', louisville: 'US', baltimore: 'US', milwaukee: 'US',
  albuquerque: 'US', tucson: 'US', fresno: 'US', sacramento: 'US', mesa: 'US', atlanta: 'US', 'kansas city': 'US',
  miami: 'US', raleigh: 'US', omaha: 'US', minneapolis: 'US', tulsa: 'US', cleveland: 'US', oakland: 'US',
  tampa: 'US', pittsburgh: 'US', 'st. louis': 'US', 'salt lake city': 'US', cincinnati: 'US', orlando: 'US',
  'new orleans': 'US', honolulu: 'US', boise: 'US', richmond: 'US', 'palo alto': 'US', 'mountain view': 'US',
  toronto: 'CA', montreal: 'CA', vancouver: 'CA', calgary: 'CA', ottawa: 'CA', edmonton: 'CA',
  winnipeg: 'CA', london: 'GB', manchester: 'GB', edinburgh: 'GB', birmingham: 'GB', glasgow: 'GB', bristol: 'GB',
  dublin: 'IE', berlin: 'DE', munich: 'DE', münchen: 'DE', hamburg: 'DE', frankfurt: 'DE', cologne: 'DE', paris: 'FR',
  lyon: 'FR', marseille: 'FR', madrid: 'ES', barcelona: 'ES', valencia: 'ES', lisbon: 'PT', amsterdam: 'NL',
  rotterdam: 'NL', brussels: 'BE', zurich: 'CH', geneva: 'CH', vienna: 'AT', stockholm: 'SE', oslo: 'NO',
  copenhagen: 'DK', helsinki: 'FI', warsaw: 'PL', prague: 'CZ', milan: 'IT', rome: 'IT', sydney: 'AU',
  melbourne: 'AU', brisbane: 'AU', auckland: 'NZ', bangalore: 'IN', bengaluru: 'IN', mumbai: 'IN', delhi: 'IN',
  hyderabad: 'IN', pune: 'IN', singapore: 'SG', tokyo: 'JP', 'mexico city': 'MX', 'sao paulo': 'BR', 'tel aviv': 'IL',
  dubai: 'AE',
};

export function foldPlace(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').trim();
}

const STATE_NAMES = new Map(Object.entries(US_STATES).map(([code, name]) => [foldPlace(name), code]));
const PROVINCE_NAMES = new Map(Object.entries(CA_PROVINCES).map(([code, name]) => [foldPlace(name), code]));

/** The country a location string points to, from its most specific recognisable part. */
export function countryOf(location: string): string | null {
  const parts = location.split(/[,;/|()]|\s[-–]\s/).map((part) => part.trim()).filter(Boolean);
  for (const part of [...parts].reverse()) {
    const folded = foldPlace(part);
    if (/^[A-Z]{2}$/.test(part) && US_STATES[part]) return 'US';
    if (/^[A-Z]{2}$/.test(part) && CA_PROVINCES[part]) return 'CA';
    if (STATE_NAMES.has(folded)) return 'US';
    if (PROVINCE_NAMES.has(folded)) return 'CA';
    const country = COUNTRIES[folded] ?? CITIES[folded];
    if (country) return country;
  }
  return null;
}

/** "Arizona", "Texas", "Canada", "Ontario": a region with no city, which prose may refine. */
export function isBareRegion(location: string): boolean {
  const folded = foldPlace(location.replace(/[.,]+$/, ''));
  return STATE_NAMES.has(folded) || PROVINCE_NAMES.has(folded) || COUNTRIES[folded] !== undefined || /^[A-Z]{2}$/.test(location.trim());
}

/** The state/province code a bare region names ("Arizona" → AZ), or null. */
export function regionCode(location: string): string | null {
  const trimmed = location.trim().replace(/[.,]+$/, '');
  if (/^[A-Z]{2}$/.test(trimmed) && (US_STATES[trimmed] || CA_PROVINCES[trimmed])) return trimmed;
  const folded = foldPlace(trimmed);
  return STATE_NAMES.get(folded) ?? PROVINCE_NAMES.get(folded) ?? null;
}
