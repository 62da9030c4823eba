/**
 * Resume action verbs (our own list, past tense; present tense is accepted too) and the weak
 * openers that should be replaced. Grouped only for readability; lookups use one Set.
 */

const LEADERSHIP = `led directed managed supervised headed chaired coordinated oversaw orchestrated spearheaded
championed mentored coached trained guided hired recruited onboarded delegated mobilized motivated
empowered inspired unified united convened steered governed administered hosted captained`;

const BUILDING = `built created designed developed engineered established founded launched initiated introduced
pioneered implemented instituted invented formed devised drafted authored wrote composed produced crafted
architected prototyped programmed coded automated configured deployed installed assembled constructed
fabricated manufactured modeled shaped generated originated conceived`;

const IMPROVING = `improved increased boosted grew expanded accelerated enhanced optimized streamlined strengthened
upgraded modernized refined revamped redesigned restructured reorganized transformed overhauled rebuilt
revitalized simplified standardized consolidated centralized integrated migrated converted scaled
maximized elevated advanced lifted raised doubled tripled`;

const REDUCING = `reduced cut decreased lowered minimized eliminated saved trimmed shortened slashed prevented
mitigated resolved fixed repaired corrected debugged troubleshot remediated recovered reversed`;

const ACHIEVING = `achieved attained delivered exceeded surpassed outperformed won earned secured completed
accomplished finished captured closed landed negotiated generated gained obtained reached topped awarded`;

const ANALYSIS = `analyzed analysed assessed audited calculated evaluated examined investigated measured
researched reviewed surveyed tested validated verified forecasted forecast projected estimated
identified diagnosed discovered detected mapped modeled quantified benchmarked interpreted inspected
monitored tracked audited studied explored compared inventoried`;

const COMMUNICATION = `presented communicated persuaded influenced negotiated advocated promoted publicized
published edited translated interpreted briefed informed reported documented articulated corresponded
pitched marketed advertised facilitated moderated mediated collaborated partnered liaised consulted
advised counseled counselled recommended proposed clarified explained demonstrated lectured spoke wrote`;

const TEACHING = `taught educated instructed tutored trained coached mentored enabled encouraged fostered
cultivated nurtured adapted differentiated planned graded assessed evaluated supported`;

const OPERATIONS = `operated maintained serviced processed handled organized scheduled planned prepared
arranged allocated budgeted purchased procured sourced dispatched shipped received stocked packed
loaded unloaded delivered distributed routed inventoried catalogued cataloged filed recorded logged
entered compiled collected reconciled balanced billed invoiced audited issued ordered expedited
coordinated executed ran conducted performed provided served staffed cleaned sanitized inspected
calibrated welded wired plumbed drove transported lifted repaired installed fitted`;

const CARE = `cared treated administered assisted monitored assessed charted triaged educated comforted
counseled supported advocated rehabilitated screened vaccinated dispensed prescribed examined`;

const FINANCE = `accounted allocated appraised audited balanced budgeted calculated capitalized collected
financed forecasted invested managed projected raised reconciled underwrote valued`;

const SALES = `sold closed prospected acquired converted retained renewed upsold cross-sold booked
generated expanded opened negotiated signed onboarded engaged`;

const OTHER = `acted adopted aligned amended applied approved arbitrated assigned attended authorized
automated brokered catalyzed certified clarified co-founded co-led commissioned compiled computed
conceptualized conserved contracted contributed controlled converted coordinated customized decided
defined delivered deployed derived determined devised digitized directed drove edited enforced engaged
enlisted ensured established evaluated exceeded expanded expedited facilitated finalized focused
formalized formulated fulfilled funded gathered guided handled harmonized headed helped illustrated
influenced informed initiated innovated inspected instituted integrated interviewed introduced
judged justified leveraged licensed lobbied localized maintained marketed mastered merged modernized
navigated netted onboarded optimized orchestrated outlined overhauled oversaw owned piloted
positioned prioritized produced programmed promoted proved provided publicized qualified ranked
rated realigned rebranded received reconciled recruited rectified redesigned referred regulated
rehabilitated reinforced rendered repositioned represented rescued restored retooled revised
rewrote safeguarded scoped screened secured selected shipped simplified solved specified sponsored
stabilized staged standardized stimulated structured succeeded summarized supervised supplied
surpassed sustained synthesized systematized tailored targeted tested tightened trained transcribed
transitioned troubleshooted uncovered unified updated upgraded utilized vetted visualized volunteered
won`;

const PAST_TENSE = new Set(
  [LEADERSHIP, BUILDING, IMPROVING, REDUCING, ACHIEVING, ANALYSIS, COMMUNICATION, TEACHING, OPERATIONS, CARE, FINANCE, SALES, OTHER]
    .join(' ')
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

/** Present-tense forms people use for a current role ("Lead", "Manage", "Build"). */
const PRESENT_TENSE = new Set(
  `lead direct manage supervise head coordinate oversee build create design develop engineer establish
  launch implement write produce architect program code automate configure deploy install improve increase
  grow expand optimize streamline reduce cut save resolve fix deliver achieve exceed win analyze analyse
  assess audit evaluate research review test forecast identify present negotiate advise collaborate partner
  teach train mentor coach plan organize schedule prepare process handle maintain operate serve provide
  care treat administer monitor sell close drive own run conduct perform facilitate support ensure
  document track report prepare reconcile inspect repair`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

export function isActionVerb(word: string): boolean {
  const lower = word.toLowerCase();
  return PAST_TENSE.has(lower) || PRESENT_TENSE.has(lower);
}

export const ACTION_VERB_COUNT = PAST_TENSE.size + PRESENT_TENSE.size;

/** Openers that describe duties rather than results, with stronger verbs to suggest. */
export const WEAK_OPENERS: { pattern: RegExp; suggestions: [string, string] }[] = [
  { pattern: /^(was |were )?responsible for\b/i, suggestions: ['Led', 'Built'] },
  { pattern: /^(duties|responsibilities) (included|include|were)\b/i, suggestions: ['Managed', 'Delivered'] },
  { pattern: /^(worked|working) (on|with|in)\b/i, suggestions: ['Developed', 'Delivered'] },
  { pattern: /^(helped|helping) (to )?/i, suggestions: ['Supported', 'Contributed to'] },
  { pattern: /^assisted (with|in)\b/i, suggestions: ['Supported', 'Coordinated'] },
  { pattern: /^(tasked|charged) with\b/i, suggestions: ['Led', 'Executed'] },
  { pattern: /^in charge of\b/i, suggestions: ['Directed', 'Managed'] },
  { pattern: /^(involved|participated) in\b/i, suggestions: ['Contributed to', 'Collaborated on'] },
  { pattern: /^(handled|dealt with)\b/i, suggestions: ['Resolved', 'Processed'] },
];

export const DEFAULT_VERB_SUGGESTIONS: [string, string] = ['Led', 'Built'];
