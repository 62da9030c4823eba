/**
 * The AI layer's channels: local models, cloud providers and their keys, consent, the outbound
 * ledger, and the coach features (feedback, tailoring, cover letters). Plain-JSON outputs, strict
 * inputs. Keys only ever travel renderer → main (`secrets:setKey`); nothing returns one (S-5).
 *
 * Long work (model downloads, generation: feedback, tailoring, cover letters) returns a task id:
 * progress and the final result arrive as `task:event` (item index 0 carries the result), streamed
 * text as `coach:chunk` (feedback and cover letters; tailoring's JSON answer is not streamed).
 */
import { z } from 'zod';
import type {
  CoverLetterLength,
  CoverLetterTone,
  FlaggedSentence,
  KeyPresence,
  ProducedBy,
  SecretStatus,
  TailoringPath,
} from './coach.types';
import { channel } from './define';
import type { ResumeSummary } from './resumes.contract';
import type { TaskStarted } from './tasks.contract';

// ---------------------------------------------------------------------------------------------
// Settings: which path each feature uses

export type AiFeature = 'feedback' | 'tailoring' | 'coverLetter';
export const AI_FEATURES: readonly AiFeature[] = ['feedback', 'tailoring', 'coverLetter'];

/** 'offline' rules, the active 'local' model (offline until one is set up), or a configured cloud provider by id. */
export type ProviderChoice = 'offline' | 'local' | { cloud: string };

export interface AiSettings {
  features: Record<AiFeature, ProviderChoice>;
  /** The installed model the 'local' choice uses; null = none yet (features run offline). */
  activeModelId: string | null;
  /** The person chose to load the active model although it was assessed "won't fit". */
  allowWontFit: boolean;
}

/** What each feature would use right now, and why (for "Produced by…" hints before running). */
export interface AiFeatureStatus {
  feature: AiFeature;
  choice: ProviderChoice;
  effective: 'offline' | 'local' | 'cloud';
  /** "Offline coach", "Local · Qwen2.5 1.5B", "OpenAI · gpt-4o-mini". */
  label: string;
  /** Why the effective path differs from the choice, or what is missing (consent, key). */
  note: string | null;
  /** Cloud only: consent is still needed before this feature can run. */
  needsConsent: boolean;
}

// ---------------------------------------------------------------------------------------------
// Cloud providers (configuration only: the key lives in the secret store, never here)

export type CloudProviderKind = 'openai' | 'azure' | 'groq' | 'openrouter' | 'ollama' | 'lmstudio' | 'custom' | 'anthropic';
export const CLOUD_PROVIDER_KINDS: readonly CloudProviderKind[] = [
  'openai',
  'azure',
  'groq',
  'openrouter',
  'ollama',
  'lmstudio',
  'custom',
  'anthropic',
];

export interface ProviderPreset {
  kind: CloudProviderKind;
  name: string;
  defaultBaseUrl: string | null;
  /** The address must be given (Azure resource, custom server). */
  needsBaseUrl: boolean;
  requiresKey: boolean;
  /** Runs on this computer (Ollama, LM Studio) by default. */
  runsLocally: boolean;
  /** Azure only. */
  needsApiVersion: boolean;
}

export interface ConsentEntry {
  providerId: string;
  /** Consent is for this host; changing the provider's address asks again. */
  host: string;
  grantedAt: string;
}

export interface CloudProvider {
  id: string;
  kind: CloudProviderKind;
  name: string;
  /** null: the preset's default address. */
  baseUrl: string | null;
  model: string;
  apiVersion: string | null;
  /** Where text goes ("api.openai.com"). */
  host: string;
  requiresKey: boolean;
  runsLocally: boolean;
  /** Current consent for this provider's host, or null. */
  consent: ConsentEntry | null;
}

export interface LedgerEntry {
  id: number;
  at: string;
  host: string;
  /** 'feedback', 'tailoring', 'coverLetter', 'model-download'… never content. */
  feature: string;
  bytesOut: number;
  bytesIn: number;
}

// ---------------------------------------------------------------------------------------------
// Local models

export type FitVerdict = 'fits' | 'tight' | 'wont-fit';

export interface ModelFit {
  verdict: FitVerdict;
  /** One sentence for the person. */
  reason: string;
  placement: 'gpu' | 'cpu';
}

export interface MachineSummary {
  ramBytes: number;
  freeRamBytes: number;
  vramBytes: number;
  gpu: 'cuda' | 'metal' | 'vulkan' | false;
}

export interface CatalogModelView {
  id: string;
  name: string;
  kind: 'chat' | 'embedding';
  sizeBytes: number;
  ramBytes: number;
  licence: string;
  licenceUrl: string | null;
  /** The catalog records a sha256 that downloads are checked against. */
  verified: boolean;
  contextLength: number;
  notes: string | null;
  installed: boolean;
  /** Bytes of an interrupted download that a pull resumes from. */
  partialBytes: number;
  /** The running download's task id (to follow its progress after a reload), or null. */
  downloadTaskId: string | null;
  fit: ModelFit | null;
}

export interface InstalledModelView {
  id: string;
  name: string;
  kind: 'chat' | 'embedding' | 'unknown';
  fileName: string;
  sizeBytes: number;
  source: 'catalog' | 'disk';
  verified: boolean;
  sha256: string | null;
  fit: ModelFit | null;
  active: boolean;
}

export interface ModelsOverview {
  /** null when the machine could not be measured (fit verdicts are then null too). */
  machine: MachineSummary | null;
  installed: InstalledModelView[];
  catalog: CatalogModelView[];
  activeModelId: string | null;
}

// ---------------------------------------------------------------------------------------------
// Coach results stored with a job

export interface SavedCoverLetter {
  id: number;
  jobId: number;
  /** The resume it was grounded on; null once that resume was deleted. */
  resumeId: number | null;
  tone: CoverLetterTone;
  length: CoverLetterLength;
  text: string;
  producedBy: ProducedBy;
  /** Sentences with facts the resume does not evidence (re-checked after every edit). */
  flagged: FlaggedSentence[];
  createdAt: string;
  updatedAt: string;
}

export interface ExportedFile {
  fileName: string;
  mime: string;
  dataBase64: string;
}

/** `coach:chunk`: generated text as it arrives, for a `coach:feedback` or `coach:coverLetter` task. */
export interface CoachChunkEvent {
  taskId: string;
  text: string;
}

// ---------------------------------------------------------------------------------------------
// Input schemas

const ProviderIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Not a provider id.');
const ModelIdSchema = z
  .string()
  .max(120)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'Not a model id.');
const ResumeId = z.number().int().positive();
const JobId = z.number().int().positive();

export const ProviderChoiceSchema = z.union([z.literal('offline'), z.literal('local'), z.object({ cloud: ProviderIdSchema }).strict()]);

const HttpUrlSchema = z
  .string()
  .trim()
  .max(500)
  .url()
  .refine((value) => /^https?:\/\//i.test(value), 'The address must start with https:// (or http:// for a server on this computer).');

export const ProviderInputSchema = z
  .object({
    /** Omit to add a new provider. */
    id: ProviderIdSchema.optional(),
    kind: z.enum(['openai', 'azure', 'groq', 'openrouter', 'ollama', 'lmstudio', 'custom', 'anthropic']),
    name: z.string().trim().min(1).max(80).optional(),
    baseUrl: z.union([HttpUrlSchema, z.null()]).optional(),
    model: z.string().trim().min(1).max(200),
    apiVersion: z.union([z.string().regex(/^[0-9a-z.-]{1,40}$/i, 'Not an API version.'), z.null()]).optional(),
  })
  .strict();

/** Printable ASCII without spaces: every provider's key format, and nothing that could smuggle a newline into a header. */
const ApiKeySchema = z
  .string()
  .trim()
  .min(8, 'That key looks too short.')
  .max(1000)
  .regex(/^[\x21-\x7e]+$/, 'An API key has letters, digits and symbols, with no spaces.');

/** An absolute path to a .gguf file (from an Open dialog in the desktop app). */
const GgufPathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((value) => !value.includes('\0'), 'Not a file path.')
  .refine((value) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(value), 'Give the full path to the file.')
  .refine((value) => /\.gguf$/i.test(value), 'Choose a .gguf model file.');

const ClaimSchema = z
  .object({
    kind: z.enum(['employer', 'title', 'date', 'number', 'degree', 'skill', 'certification']),
    text: z.string().max(500),
    reason: z.string().max(500),
  })
  .strict();

/** A suggestion as the `coach:tailor` task returned it; main re-checks its grounding before applying. */
export const TailoringSuggestionSchema = z
  .object({
    id: z.string().min(1).max(200),
    kind: z.enum(['reorder', 'rewrite']),
    target: z
      .object({
        path: z
          .string()
          .regex(/^(basics\.summary|work\[\d{1,3}\]\.highlights\[\d{1,3}\])$/, 'Not a tailoring path.')
          .transform((path) => path as TailoringPath),
      })
      .strict(),
    original: z.string().max(5000),
    suggested: z.string().max(5000),
    reason: z.string().max(2000),
    sourceBullet: z.string().max(5000),
    moveTo: z.number().int().min(0).max(999).optional(),
    grounded: z.boolean(),
    claims: z.array(ClaimSchema).max(50),
  })
  .strict();

const ToneSchema = z.enum(['professional', 'warm', 'concise']);
const LengthSchema = z.enum(['short', 'medium', 'long']);
/** Use the offline coach for this call even when a model is chosen ("use the offline coach instead"). */
const OfflineFlag = z.boolean().optional();

const ProviderRef = z.object({ providerId: ProviderIdSchema }).strict();

export const aiChannels = {
  'ai:getSettings': channel<AiSettings>()(z.undefined()),
  'ai:updateSettings': channel<AiSettings>()(
    z
      .object({
        features: z
          .object({
            feedback: ProviderChoiceSchema.optional(),
            tailoring: ProviderChoiceSchema.optional(),
            coverLetter: ProviderChoiceSchema.optional(),
          })
          .strict(),
      })
      .strict(),
  ),
  'ai:status': channel<AiFeatureStatus[]>()(z.undefined()),

  'models:list': channel<ModelsOverview>()(z.undefined()),
  'models:pull': channel<TaskStarted>()(z.object({ id: ModelIdSchema }).strict()),
  'models:addFromDisk': channel<TaskStarted>()(z.object({ path: GgufPathSchema }).strict()),
  'models:remove': channel<{ removed: boolean }>()(z.object({ id: ModelIdSchema }).strict()),
  'models:setActive': channel<AiSettings>()(
    z.object({ id: z.union([ModelIdSchema, z.null()]), allowWontFit: z.boolean().optional() }).strict(),
  ),

  'providers:presets': channel<ProviderPreset[]>()(z.undefined()),
  'providers:list': channel<CloudProvider[]>()(z.undefined()),
  'providers:save': channel<CloudProvider>()(ProviderInputSchema),
  'providers:remove': channel<{ removed: boolean }>()(z.object({ id: ProviderIdSchema }).strict()),

  'secrets:status': channel<SecretStatus>()(z.undefined()),
  'secrets:hasKey': channel<KeyPresence>()(ProviderRef),
  'secrets:setKey': channel<KeyPresence>()(z.object({ providerId: ProviderIdSchema, key: ApiKeySchema }).strict()),
  'secrets:deleteKey': channel<{ deleted: boolean }>()(ProviderRef),

  'consent:list': channel<ConsentEntry[]>()(z.undefined()),
  'consent:grant': channel<ConsentEntry>()(ProviderRef),
  'consent:revoke': channel<{ revoked: boolean }>()(ProviderRef),

  'ledger:list': channel<LedgerEntry[]>()(
    z
      .object({ limit: z.number().int().min(1).max(1000).default(200) })
      .strict()
      .optional(),
  ),

  'coach:feedback': channel<TaskStarted>()(z.object({ resumeId: ResumeId, offline: OfflineFlag }).strict()),
  /** A task: progress per step and per suggestion checked, item 0 is the TailoringResult; `task:cancel` stops the model. */
  'coach:tailor': channel<TaskStarted>()(z.object({ resumeId: ResumeId, jobId: JobId, offline: OfflineFlag }).strict()),
  'coach:applySuggestions': channel<ResumeSummary>()(
    z
      .object({
        resumeId: ResumeId,
        jobId: JobId,
        suggestionIds: z.array(z.string().min(1).max(200)).min(1).max(200),
        suggestions: z.array(TailoringSuggestionSchema).min(1).max(200),
      })
      .strict(),
  ),
  'coach:coverLetter': channel<TaskStarted>()(
    z.object({ jobId: JobId, resumeId: ResumeId.optional(), tone: ToneSchema, length: LengthSchema, offline: OfflineFlag }).strict(),
  ),

  'letters:list': channel<SavedCoverLetter[]>()(z.object({ jobId: JobId }).strict()),
  'letters:update': channel<SavedCoverLetter>()(
    z.object({ id: z.number().int().positive(), text: z.string().trim().min(1).max(20_000) }).strict(),
  ),
  'letters:delete': channel<{ deleted: boolean }>()(z.object({ id: z.number().int().positive() }).strict()),
  'letters:export': channel<ExportedFile>()(z.object({ id: z.number().int().positive(), format: z.enum(['txt', 'md', 'docx']) }).strict()),
};
