/**
 * Sample data for the in-memory AI backend (fake-ai.ts): a machine, a small model catalog in the
 * shape of models/catalog.json, the provider presets main offers, and coach results in the shapes
 * the offline coach produces.
 */
import type {
  CatalogModelView,
  FeedbackResult,
  MachineSummary,
  ModelFit,
  ProviderPreset,
  TailoringResult,
  TailoringSuggestion,
} from '../../../src-preload/contract';

const GB = 1024 ** 3;

export const MACHINE: MachineSummary = { ramBytes: 16 * GB, freeRamBytes: 9 * GB, vramBytes: 4 * GB, gpu: 'vulkan' };

export function fitFor(ramBytes: number, machine: MachineSummary | null): ModelFit | null {
  if (!machine) return null;
  if (ramBytes > machine.freeRamBytes) {
    return { verdict: 'wont-fit', reason: 'Needs more memory than this computer has free.', placement: 'cpu' };
  }
  if (ramBytes > machine.vramBytes) {
    return { verdict: 'tight', reason: 'Runs on the processor: slower, and other apps may feel it.', placement: 'cpu' };
  }
  return { verdict: 'fits', reason: 'Fits in graphics memory with room to spare.', placement: 'gpu' };
}

const entry = (patch: Partial<CatalogModelView> & Pick<CatalogModelView, 'id' | 'name' | 'sizeBytes' | 'ramBytes'>): CatalogModelView => ({
  kind: 'chat',
  licence: 'Apache-2.0',
  licenceUrl: 'https://huggingface.co/Qwen/Qwen2.5-1.5B-Instruct/blob/main/LICENSE',
  verified: false,
  contextLength: 32768,
  notes: null,
  installed: false,
  partialBytes: 0,
  downloadTaskId: null,
  fit: fitFor(patch.ramBytes, MACHINE),
  ...patch,
});

export function catalog(): CatalogModelView[] {
  return [
    entry({
      id: 'qwen2.5-1.5b-instruct-q4_k_m',
      name: 'Qwen2.5 1.5B Instruct (Q4_K_M)',
      sizeBytes: 1_117_320_736,
      ramBytes: 1_600_000_000,
    }),
    entry({
      id: 'llama-3.1-8b-instruct-q4_k_m',
      name: 'Llama 3.1 8B Instruct (Q4_K_M)',
      sizeBytes: 4_920_000_000,
      ramBytes: 6_200_000_000,
      licence: 'Llama 3.1 Community License',
      verified: true,
      contextLength: 131072,
    }),
    entry({
      id: 'qwen2.5-14b-instruct-q4_k_m',
      name: 'Qwen2.5 14B Instruct (Q4_K_M)',
      sizeBytes: 8_990_000_000,
      ramBytes: 11_000_000_000,
      notes: 'Best writing; needs a large machine.',
    }),
  ];
}

export const PRESETS: ProviderPreset[] = [
  preset('openai', 'OpenAI', 'https://api.openai.com/v1'),
  { ...preset('azure', 'Azure OpenAI', null), needsApiVersion: true },
  preset('groq', 'Groq', 'https://api.groq.com/openai/v1'),
  { ...preset('ollama', 'Ollama', 'http://127.0.0.1:11434/v1'), requiresKey: false, runsLocally: true },
  preset('custom', 'Custom (OpenAI-compatible)', null),
  preset('anthropic', 'Anthropic', 'https://api.anthropic.com'),
];

function preset(kind: ProviderPreset['kind'], name: string, defaultBaseUrl: string | null): ProviderPreset {
  return {
    kind,
    name,
    defaultBaseUrl,
    needsBaseUrl: defaultBaseUrl === null,
    requiresKey: true,
    runsLocally: false,
    needsApiVersion: false,
  };
}

export function feedbackResult(producedBy: FeedbackResult['producedBy'], narrative: string): FeedbackResult {
  return {
    strengths: ['Every role has dates and a clear title.', 'Your bullets start with action verbs.'],
    topFixes: [
      { checkId: 'bullets.metrics', title: 'Add numbers to your bullets', fix: 'Say how much, how many or how fast.', points: 6 },
      { checkId: 'contact.linkedin', title: 'Add your LinkedIn address', fix: 'Recruiters look for it next to your email.', points: 2 },
    ],
    narrative,
    producedBy,
  };
}

const suggestion = (patch: Partial<TailoringSuggestion> & Pick<TailoringSuggestion, 'id'>): TailoringSuggestion => ({
  kind: 'rewrite',
  target: { path: 'work[0].highlights[0]' },
  original: 'Built data pipelines in Python',
  suggested: 'Built data pipelines in Python and dbt',
  reason: 'The posting asks for dbt, which your skills list shows.',
  sourceBullet: 'Built data pipelines in Python',
  grounded: true,
  claims: [],
  ...patch,
});

export function tailoringResult(jobTitle: string, producedBy: TailoringResult['producedBy']): TailoringResult {
  return {
    jobTitle,
    producedBy,
    suggestions: [
      suggestion({ id: 's1' }),
      suggestion({
        id: 's2',
        target: { path: 'basics.summary' },
        original: 'Engineer who likes data.',
        suggested: 'Data engineer who likes mentoring.',
        reason: 'Leads with the role and the mentoring the posting mentions.',
        sourceBullet: 'Engineer who likes data.',
      }),
      suggestion({
        id: 's3',
        kind: 'reorder',
        target: { path: 'work[0].highlights[2]' },
        original: 'Mentored two junior engineers',
        suggested: 'Mentored two junior engineers',
        moveTo: 0,
        reason: 'Mentoring is in the posting: move it to the top of the role.',
        sourceBullet: 'Mentored two junior engineers',
      }),
    ],
    unsupported: [
      suggestion({
        id: 'u1',
        suggested: 'Cut pipeline costs by 40% at Northwind',
        reason: 'Quantifies the pipeline work.',
        grounded: false,
        claims: [{ kind: 'number', text: '40%', reason: 'Your resume does not mention this number.' }],
      }),
    ],
  };
}

export const LETTER_TEXT =
  'Dear hiring team,\n\nI am applying for the Staff Data Engineer role. I built data pipelines in Python and mentored two engineers. I led a team of 50 people.\n\nKind regards,\nAda';
