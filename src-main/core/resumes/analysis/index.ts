export { analyzeResume, type AnalyzeResumeInput } from './analyze-resume';
