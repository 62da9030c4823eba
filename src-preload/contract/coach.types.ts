/**
 * Coach DTOs shared by main, preload and renderer: resume feedback, tailoring suggestions,
 * cover letters, export formats and secret-store status. Plain JSON only (no classes, Dates,
 * Buffers); imports nothing from electron, node:* or the DOM.
 *
 * Every generated result says which path produced it (ARCHITECTURE.md "LLM"): the offline
 * deterministic path or a named model provider.
 */

/** Which path produced a result: the offline rules, or a model provider (its label, e.g. "Local · Qwen2.5 1.5B"). */
export type ProducedBy = 'offline' | { provider: string };

/** A fact in generated text that the master resume does not evidence. */
export type UnsupportedClaimKind = 'employer' | 'title' | 'date' | 'number' | 'degree' | 'skill' | 'certification';

export interface UnsupportedClaim {
  kind: UnsupportedClaimKind;
  /** The text as written in the candidate, e.g. "40%" or "PhD". */
  text: string;
  /** Why it was rejected, in plain words (never contains secrets). */
  reason: string;
}

export interface GroundingResult {
  ok: boolean;
  claims: UnsupportedClaim[];
}

// ---------------------------------------------------------------------------------------------
// Resume feedback

export interface FeedbackFix {
  /** The analysis check this fix comes from. */
  checkId: string;
  title: string;
  fix: string;
  /** Points of the ATS score this fix could win back (weight × share not earned). */
  points: number;
  evidence?: string[];
}

export interface FeedbackResult {
  /** Short plain sentences: what already works. */
  strengths: string[];
  /** The most valuable fixes, best first (at most three). */
  topFixes: FeedbackFix[];
  /** Coach prose (offline template or model text). */
  narrative: string;
  producedBy: ProducedBy;
}

// ---------------------------------------------------------------------------------------------
// Tailoring

/** `basics.summary` or `work[i].highlights[j]` (indices into the master resume). */
export type TailoringPath = 'basics.summary' | `work[${number}].highlights[${number}]`;

export type TailoringKind =
  /** Move a bullet up within its role (text unchanged). */
  | 'reorder'
  /** Rephrase a bullet or the summary. */
  | 'rewrite';

export interface TailoringSuggestion {
  id: string;
  kind: TailoringKind;
  target: { path: TailoringPath };
  original: string;
  suggested: string;
  reason: string;
  /** The master-resume text this suggestion is built from (shown beside it). */
  sourceBullet: string;
  /** For `reorder`: the new 0-based position of the bullet within its role. */
  moveTo?: number;
  grounded: boolean;
  claims: UnsupportedClaim[];
}

export interface TailoringResult {
  jobTitle: string;
  /** Grounded suggestions the person may accept. */
  suggestions: TailoringSuggestion[];
  /** "Claims you can't evidence": shown for information, never applied. */
  unsupported: TailoringSuggestion[];
  producedBy: ProducedBy;
  /** Model suggestions dropped before grounding (unknown path, empty, unchanged…), for the UI to mention. */
  droppedCount?: number;
}

// ---------------------------------------------------------------------------------------------
// Cover letters

export type CoverLetterTone = 'professional' | 'warm' | 'concise';
export type CoverLetterLength = 'short' | 'medium' | 'long';

export interface FlaggedSentence {
  sentence: string;
  claims: UnsupportedClaim[];
}

export interface CoverLetter {
  id?: string;
  jobId?: string;
  tone: CoverLetterTone;
  length: CoverLetterLength;
  text: string;
  producedBy: ProducedBy;
  /** Sentences with facts the resume does not evidence (empty when fully grounded). */
  flagged?: FlaggedSentence[];
}

// ---------------------------------------------------------------------------------------------
// Export

export type ExportFormat = 'txt' | 'md' | 'docx';

// ---------------------------------------------------------------------------------------------
// Secrets: the renderer only ever learns presence and backend, never a key (SECURITY.md S-5).

export type SecretBackend = 'keychain' | 'safe-storage' | 'session-only' | 'unavailable';

export interface SecretStatus {
  backend: SecretBackend;
  /** The OS keyring exists but is locked (SECURITY.md S-4): not the same as "no key". */
  locked?: boolean;
  /** Survives a restart. */
  persistent: boolean;
  /** Why this backend was chosen or why storing is refused, in plain words. */
  reason?: string;
}

export interface KeyPresence {
  hasKey: boolean;
  /** True when presence could not be read because the keyring is locked. */
  locked?: boolean;
}
