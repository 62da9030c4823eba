import type { ExtractedLineView, ResumeDetail, ResumeSummary } from '../../../src-preload/contract/resumes.contract';
import type { ResumeAnalysis, ResumeProfile, SourceFormat } from '../../../src-preload/contract/resume.types';
import type { ResumeRow } from '../../db/repositories/resumes.repository';
import type { DocumentPage, ExtractedDocument } from '../documents/types';

/** What is stored of an extraction: pages and layout, not the bytes (those live in the file store). */
export type StoredDocument = Omit<ExtractedDocument, 'text'>;

export const MIME_BY_FORMAT: Record<SourceFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  text: 'text/plain',
  markdown: 'text/markdown',
  'json-resume': 'application/json',
  linkedin: 'application/zip',
};

export function toSummary(row: Omit<ResumeRow, 'text' | 'document_json' | 'profile_json' | 'corrections_json' | 'analysis_json' | 'parent_id'> & { bytes: number }): ResumeSummary {
  return {
    id: row.id,
    title: row.title,
    fileName: row.file_name,
    format: row.format as SourceFormat,
    isPrimary: row.is_primary === 1,
    score: row.score,
    bytes: row.bytes,
    sha256: row.sha256,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function pageView(page: DocumentPage): ResumeDetail['pages'][number] {
  const w = page.width || 1;
  const h = page.height || 1;
  const lines: ExtractedLineView[] = page.lines.map((l) => ({
    page: l.page,
    line: l.line,
    text: l.text,
    column: l.column,
    x: l.x / w,
    y: l.y / h,
    width: l.width / w,
    fontSize: l.fontSize,
    bold: l.bold,
  }));
  return { number: page.number, widthPt: page.width, heightPt: page.height, columns: page.columns, lines };
}

export function toDetail(row: ResumeRow & { bytes: number }, profile: ResumeProfile): ResumeDetail {
  const document = JSON.parse(row.document_json) as StoredDocument;
  return {
    ...toSummary(row),
    profile,
    analysis: JSON.parse(row.analysis_json) as ResumeAnalysis,
    text: row.text,
    pages: document.pages.map(pageView),
    corrections: JSON.parse(row.corrections_json) as Record<string, unknown>,
  };
}
