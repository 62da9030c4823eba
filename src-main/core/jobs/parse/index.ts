export { parseJobText, type JobHints, type ParseJobInput } from './parse-job';
export { htmlToText, decodeEntities, sanitizeHtml } from './html-to-text';
export { parseSalary } from './salary';
