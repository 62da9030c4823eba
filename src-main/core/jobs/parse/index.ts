export { parseJobText, type JobHints, type ParseJobInput } from './parse-job';
export { htmlToText } from '../intake/html/text';
export { decodeEntities } from '../intake/html/entities';
export { sanitizeHtml } from '../intake/sanitize';
export { parseSalary } from './salary';
