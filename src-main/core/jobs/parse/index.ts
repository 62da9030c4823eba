export { parseJobText, type JobHints, type ParseJobInput } from './parse-job';
export { htmlToText, decodeEntities } from './html-to-text';
export { sanitizeHtml } from '../intake/sanitize';
export { parseSalary } from './salary';
