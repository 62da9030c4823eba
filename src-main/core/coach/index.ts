export { checkGrounding, buildEvidence, type GroundingEvidence, type EvidenceIndex } from './grounding';
export { offlineFeedback, streamFeedback, feedbackFacts, buildFeedbackPrompt } from './resume-feedback';
export { offlineTailoring, llmTailoring, applySuggestions, buildTailoringPrompt, TAILORING_SCHEMA, type TailoringInput } from './tailoring';
export { runTailoringTask, tailoringError, type TailoringSource } from './tailoring-task';
export {
  offlineCoverLetter,
  streamCoverLetter,
  flagUnsupportedSentences,
  buildCoverLetterPrompt,
  type CoverLetterOptions,
} from './cover-letter';
export { streamWithResult, finishStream, type TextStream } from './stream';
export type { CoachCallOptions } from './prompt';
export type { MatchSkills } from './job-skills';
