/** Word lists that tell a job title from an organisation name, and a degree from an institution. */
import { STATE_CODES } from './regions';
import { TITLE_WORDS } from './title-words';

const TITLE = new RegExp(`\\b(?:${TITLE_WORDS})\\b`, 'iu');
/** The title word is the head noun, last: "Senior Financial Analyst", "Engineer II", "Nurse (Contract)". */
const TITLE_LAST = new RegExp(`\\b(?:${TITLE_WORDS})(?:\\s+(?:I{1,3}|IV|V|\\d))?\\s*(?:\\([^)]*\\))?\\s*$`, 'iu');

/** Words that name an organisation wherever they stand: legal forms and kinds of institution. */
const ORG = new RegExp(
  '(?:\\b(?:inc|llc|ltd|limited|corp|corporation|co(?!-?op)|company|gmbh|ag|sa|sas|sarl|srl|s\\.?l|plc|pty|bv|nv|kg|oy|ab|group|holdings?|' +
    'bank|university|universit\\w+|college|school|hospital|clinic|institute|agency|studio|studios|foundation|association|' +
    'organi[sz]ation|district|department|ministry|center|centre|council|government|hochschule|universidad|école|ecole|escuela|' +
    'academy|club|society|church|army|navy|air force|ymca|ngo|nonprofit|firm|store|shop|restaurant|hotel|airlines?|motors|' +
    'union|cooperative|authority|commission|bureau|trust|museum|library|gallery|bakery|caf[eé]|pvt|llp|lp|pte|kk|spa|s\\.?p\\.?a)\\b\\.?|' +
    '[.,]\\s*(?:inc|ltd|llc|co)\\.?$)',
  'iu',
);
/** Words that name an organisation as its last word ("Cascadia Software") but also qualify titles ("Software Engineer"). */
const ORG_SECTOR =
  'technologies|technology|tech|systems|solutions|labs?|software|partners|consulting|services|networks?|media|capital|ventures|' +
  'industries|enterprises?|international|global|financial|management|startup|pharma\\w*|health\\w*|insurance|energy|telecom\\w*|' +
  'logistics|retail';
const ORG_WEAK = new RegExp(`\\b(?:${ORG_SECTOR})\\b`, 'iu');
const ORG_LAST = new RegExp(`\\b(?:${ORG_SECTOR})\\.?\\s*$`, 'iu');

/** 0 (no title word), 1 (a title word), 1.5 (a title word as the head noun). */
export function titleScore(text: string): number {
  if (!TITLE.test(text)) return 0;
  return TITLE_LAST.test(text) ? 1.5 : 1;
}

/** 1 for a legal form or institution word, or a sector word ending the name; 0.5 for a sector word inside. */
export function orgScore(raw: string): number {
  // A trailing state code is a place ("Denver, CO", "Carson City, NV"), not a legal form ("Co.", "NV").
  const text = raw.replace(/,\s*([A-Z]{2,3})$/, (m, code: string) => (STATE_CODES.has(code) ? '' : m));
  let s = ORG.test(text) || ORG_LAST.test(text) ? 1 : ORG_WEAK.test(text) ? 0.5 : 0;
  if (/^[A-Z0-9&.\- ]{2,}$/.test(text) && text.length <= 12) s += 0.3; // short acronyms: IBM, YMCA
  return s;
}

/** Institution words; "Tech" after a dot is a degree ("B.Tech"), not an institute. */
export const INSTITUTION =
  /\b(?<!\.)(?:universit\w*|college|school|institute|institut|instituto|academy|acad[ée]mie|polytechnic|polytechnique|hochschule|fachhochschule|école|ecole|escuela|lyc[ée]e|gymnasium|conservatory|seminary|campus|tech|IUT|INSA|HEC|ESSEC|MIT|ETH|EPFL)\b/iu;

export const DEGREE = new RegExp(
  '(?:^|[\\s(,])(?:' +
    [
      "bachelor'?s?",
      "master'?s?",
      'b\\.?\\s?sc\\.?',
      'm\\.?\\s?sc\\.?',
      'b\\.\\s?a\\.?',
      'm\\.\\s?a\\.?',
      'ba',
      'ma',
      'b\\.\\s?s\\.?',
      'm\\.\\s?s\\.?',
      'bs',
      'ms',
      'mba',
      'emba',
      'ph\\.?\\s?d\\.?',
      'doctor\\w*',
      "associate'?s?(?= degree| of| in)",
      'a\\.a\\.s?\\.?',
      'diploma',
      'licence',
      'licenciatura',
      'licenciado',
      'grado',
      'máster',
      'maestr[íi]a',
      'doctorado',
      'diplom\\w*',
      'abitur',
      'bts',
      'dut',
      'baccalaur[ée]at',
      'bac\\s?\\+\\s?\\d',
      'm\\.?\\s?eng\\.?',
      'b\\.?\\s?eng\\.?',
      'bba',
      'b\\.?\\s?tech',
      'm\\.?\\s?tech',
      'msn',
      'bsn',
      'high school',
      'ged',
      'jd',
      'j\\.d\\.',
      'md',
      'm\\.d\\.',
      'llb',
      'llm',
      'hnd',
      'btec',
      'a-levels?',
      'ingénieur',
      'ingeniero',
      'ingenieur',
      'staatsexamen',
      'magister',
      'mst',
      'mph',
      'mfa',
      'bfa',
      'b\\.?\\s?com',
      'b\\.?\\s?ed',
      'm\\.?\\s?ed',
      'ed\\.?\\s?d\\.?',
      'm\\.?\\s?phil',
      '[bm]\\.?\\s?arch',
      'b\\.?\\s?pharm',
      'pharm\\.?\\s?d',
      'mres',
      'dnp',
      'psy\\.?\\s?d',
      'dds',
      'dvm',
      'mpa',
      'mpp',
      'msw',
      'bsw',
      'aas',
      'pgce',
      'pgdip',
      'hnc',
      'nvq',
      'certificate(?= of| in)',
    ].join('|') +
    ')(?=$|[\\s.,)(:;-])',
  'iu',
);
