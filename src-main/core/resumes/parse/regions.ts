/**
 * Region words that end a written place: US states and Canadian provinces, Australian states, and
 * country names (English and a few local spellings). Data only, shared by the location rules and by
 * the organisation word list (a trailing ", CO" is Colorado, not "Co.").
 */

export const STATE_CODES = new Set(
  (
    'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD ' +
    'TN TX UT VT VA WA WV WI WY DC PR ON QC BC AB MB NS NB NL PE SK NSW VIC QLD TAS ACT NT'
  ).split(' '),
);

/** US states, Canadian provinces and Australian states written out ("Austin, Texas"). */
const REGION_NAMES = new Set(
  (
    'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|' +
    'kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|' +
    'new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|' +
    'south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|' +
    'ontario|quebec|british columbia|alberta|manitoba|nova scotia|new brunswick|saskatchewan|newfoundland|' +
    'new south wales|victoria|queensland|western australia|south australia|tasmania'
  ).split('|'),
);

export const COUNTRIES = new Set(
  (
    'usa|us|u.s.|u.s.a.|united states|united states of america|uk|u.k.|united kingdom|great britain|england|scotland|wales|' +
    'northern ireland|ireland|canada|france|germany|deutschland|spain|españa|espana|mexico|méxico|italy|italia|portugal|' +
    'netherlands|the netherlands|belgium|luxembourg|switzerland|schweiz|suisse|austria|österreich|sweden|norway|denmark|finland|' +
    'iceland|poland|czech republic|czechia|slovakia|hungary|romania|bulgaria|greece|cyprus|malta|croatia|serbia|slovenia|estonia|' +
    'latvia|lithuania|ukraine|turkey|türkiye|russia|israel|jordan|lebanon|egypt|morocco|tunisia|algeria|nigeria|ghana|kenya|' +
    'uganda|tanzania|rwanda|ethiopia|cameroon|senegal|south africa|saudi arabia|qatar|kuwait|oman|bahrain|uae|' +
    'united arab emirates|india|pakistan|bangladesh|sri lanka|nepal|china|hong kong|taiwan|japan|korea|south korea|' +
    'republic of korea|singapore|malaysia|indonesia|philippines|vietnam|viet nam|thailand|australia|new zealand|brazil|brasil|' +
    'argentina|chile|colombia|peru|perú|ecuador|uruguay|venezuela|costa rica|panama|puerto rico|jamaica|remote'
  ).split('|'),
);

/** The last comma part of a place is a known state, province or country ("Austin, TX", "Lyon, France"). */
export function isRegion(part: string): boolean {
  const p = part.trim().replace(/\s+\d+$/, '');
  return STATE_CODES.has(p) || COUNTRIES.has(p.toLowerCase()) || REGION_NAMES.has(p.toLowerCase());
}
