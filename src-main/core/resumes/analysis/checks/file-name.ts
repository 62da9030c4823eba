/** File name and format: "Firstname-Lastname-Resume.pdf" beats "resume_final_v3 (1).pdf". */
import type { AnalysisCheck } from '../../../../../src-preload/contract/resume.types';
import { makeCheck, type AnalysisContext } from '../check';

export const FILE_WEIGHT = 10;

const FORMAT_SCORES: Record<string, number> = { pdf: 1, docx: 1, doc: 0.6, odt: 0.6, rtf: 0.5, txt: 0.4, md: 0.4, json: 0.7 };
const MESSY_NAME = /\b(final|draft|copy|new|updated|untitled|document|scan|template|v\d+|version\s*\d+)\b|\(\d+\)|\s-\s?copy|_\d{3,}$/i;

function nameParts(name: string | undefined): string[] {
  return (name ?? '')
    .split(/\s+/)
    .map((part) => part.replace(/[^\p{L}'-]/gu, ''))
    .filter((part) => part.length > 1);
}

export function suggestedFileName(name: string | undefined): string {
  const parts = nameParts(name);
  const first = parts[0];
  const last = parts.length > 1 ? parts[parts.length - 1] : undefined;
  return [first, last, 'Resume'].filter(Boolean).join('-') + '.pdf';
}

export function checkFileName(context: AnalysisContext): AnalysisCheck {
  const fileName = context.fileName.split(/[\\/]/).pop() ?? context.fileName;
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const formatScore = FORMAT_SCORES[extension] ?? 0.3;
  const parts = nameParts(context.profile.basics?.name).map((part) => part.toLowerCase());
  const hasName = parts.some((part) => stem.toLowerCase().includes(part));
  const messy = MESSY_NAME.test(stem.replace(/[_.]/g, ' '));
  const nameScore = (hasName ? 0.6 : 0) + (messy ? 0 : 0.4);
  const result = formatScore * 0.5 + nameScore * 0.5;
  const suggestion = suggestedFileName(context.profile.basics?.name);
  const problems: string[] = [];
  if (!hasName) problems.push('does not include your name');
  if (messy) problems.push('looks like a working draft (words such as "final", "copy", "v3" or "(1)")');
  if (formatScore < 1) problems.push(`is a .${extension || 'unknown'} file; PDF or DOCX is safest`);
  return makeCheck({
    id: 'file-name-format',
    title: 'File name and format',
    category: 'file',
    weight: FILE_WEIGHT,
    result,
    detail: problems.length === 0 ? `"${fileName}" is a clear, professional file name.` : `"${fileName}" ${problems.join('; ')}.`,
    fix: `Save the file as "${suggestion}"${formatScore < 1 ? ' (export as PDF, or DOCX if the employer asks for Word)' : ''}.`,
  });
}
