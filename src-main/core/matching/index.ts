/** Job matching: explainable single match, ranking, and the features both share. */
export { matchJob, type ResumeInput } from './match';
export { rankJobs, rankCorpus, loadRankCorpus, bindToDatabase, staleJobIds, type RankSummary } from './rank';
export { jobIndexFields, type JobIndexFields, type JobSkillRef } from './job-features';
export { PARTS, KEYWORD_MAX_SHARE } from './score';
