export { checkGrounding, type GroundingEvidence } from './check-grounding';
export { buildEvidence, type EvidenceIndex } from './evidence';
