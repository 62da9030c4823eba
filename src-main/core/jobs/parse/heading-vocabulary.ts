/**
 * What a posting's section heading announces, from the words real postings use for it in
 * English, French, Spanish and German. Headings are matched after folding case and accents.
 * Order matters: the first rule that matches wins, so "Preferred qualifications" is a
 * nice-to-have before "qualification" makes it a requirement, and "Physical requirements" or
 * "How to apply" are set aside before "requirement" claims them.
 */
export type SectionKind = 'intro' | 'required' | 'preferred' | 'responsibilities' | 'benefits' | 'education' | 'about' | 'other';

const APOSTROPHE = "(?:'|’)?";

export const KIND_CUES: { kind: SectionKind; cue: RegExp }[] = [
  {
    // Conditions of work and application logistics: not skills, not duties.
    kind: 'other',
    cue: /physical (requirements|demands|abilities)|working conditions|work environment|equal (employment )?opportunit|\beeo\b|how to apply|application process|to apply|travel requirements|schedule requirements/,
  },
  // US job-description style: "Essential Functions" are the duties, not requirements.
  { kind: 'responsibilities', cue: /essential (job )?(functions|duties)|\bduties\b/ },
  { kind: 'benefits', cue: /\bwhy\b.{0,25}\b(join|us|work)\b/ },
  {
    kind: 'preferred',
    cue: new RegExp(
      [
        String.raw`nice[- ]?to[- ]?haves?`, 'preferred', 'preferences?', 'bonus', String.raw`\bplus(es)?\b`, String.raw`desir(ed|able)`,
        'good to have', String.raw`(would|it${APOSTROPHE}d|it will) be (great|nice|a plus|helpful|ideal|awesome|amazing)`, String.raw`(great|nice) if you`, 'extra credit', 'extra points', 'even better',
        'stand out', 'standout', 'set you apart', 'differentiat', String.raw`\bideally\b`, String.raw`\bif you also\b`, String.raw`\bassets?\b`,
        String.raw`additional (qualifications|skills)`, 'not required but', 'advantageous', 'optional',
        String.raw`\batouts?\b`, 'souhaite', 'un plus', 'apprecie', 'deseable', 'valorable', 'se valora', 'wunschenswert', 'von vorteil',
        String.raw`pluspunkte?`, 'idealerweise',
      ].join('|'),
    ),
  },
  {
    kind: 'required',
    cue: new RegExp(
      [
        'requirement', 'qualification', String.raw`must[- ]?haves?`, 'mandatory', 'required', 'prerequisite', 'essential',
        `you${APOSTROPHE}(ll| will)? (need|bring|have)`, 'you need', String.raw`you should (have|be|know|bring)`, 'you must', 'need to succeed', 'to be successful',
        'what it takes', 'what we need', 'looking for', 'seeking', 'who you are', 'about you', 'your profile', 'ideal candidate',
        String.raw`(good|great|strong|right) fit`, String.raw`you (might|may|could) be`, String.raw`\bif you have\b`,
        'skills', 'experience', 'expertise', 'competenc', 'profile', 'knowledge', 'background', 'eligibility', 'criteria',
        'exigences', 'profil', 'recherchons', 'requis', 'requisitos', 'perfil', 'buscamos', 'imprescindible', 'anforderungen',
        'qualifikation', 'mitbringst', 'mitbringen', 'voraussetzung',
      ].join('|'),
    ),
  },
  {
    kind: 'responsibilities',
    cue: new RegExp(
      [
        'responsibilit', `you${APOSTROPHE}(ll| will)? (do|be doing|work on|own)`, 'will you do', 'duties', 'the role', 'your role',
        String.raw`day[- ]to[- ]day`, String.raw`day in the life`, String.raw`you will\b`, 'in this role', 'key tasks', 'your tasks',
        'the work', 'your impact', 'what the job involves', 'accountabilit', 'your mission', 'scope',
        String.raw`\bmissions?\b`, 'responsabilit', 'vos taches', 'funciones', 'tareas', 'aufgaben', 'deine rolle', 'was dich erwartet',
      ].join('|'),
    ),
  },
  {
    kind: 'benefits',
    cue: new RegExp(
      [
        'benefit', 'perks', 'we offer', 'in it for you', String.raw`why (join|work|us)`, `why you${APOSTROPHE}(ll| will) love`,
        'compensation', String.raw`\bpay\b`, 'salary', 'rewards', 'what you get', 'package', 'life at',
        'avantages', 'nous offrons', 'beneficios', 'ofrecemos', 'wir bieten',
      ].join('|'),
    ),
  },
  { kind: 'education', cue: /education|degree|\bformation\b|diplome|educacion|formacion|titulacion|ausbildung|studium/ },
  // "About Fennel": the employer introducing itself. "About the job/role" banners are not.
  { kind: 'about', cue: /about (us|the company|the team)|^about (?!the (job|role|position|opportunity)\b)\S|who we are|a propos|sobre nosotros|uber uns/ },
];
