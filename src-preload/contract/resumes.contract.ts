import { z } from 'zod';
import { channel } from './define';
import type { TaskStarted } from './tasks.contract';
import type { ResumeAnalysis, ResumeProfile, SourceFormat } from './resume.types';

export interface ResumeSummary {
  id: number;
  title: string;
  fileName: string;
  format: SourceFormat;
  isPrimary: boolean;
  score: number | null;
  bytes: number;
  sha256: string;
  createdAt: string;
  updatedAt: string;
}

/** One line as extracted, for the "what an ATS sees" view. */
export interface ExtractedLineView {
  page: number;
  line: number;
  text: string;
  column: number;
  /** Position as a fraction of the page size (0..1), to redraw the page layout. */
  x: number;
  y: number;
  width: number;
  fontSize: number;
  bold: boolean;
}

export interface ResumeDetail extends ResumeSummary {
  profile: ResumeProfile;
  analysis: ResumeAnalysis;
  text: string;
  pages: { number: number; widthPt: number; heightPt: number; columns: number; lines: ExtractedLineView[] }[];
  corrections: Record<string, unknown>;
}

export interface ResumeImportItem {
  fileName: string;
  resumeId: number;
  /** True when the same file (by content hash) was already imported. */
  duplicate: boolean;
}

export interface ResumeOriginal {
  fileName: string;
  mime: string;
  dataBase64: string;
}

/** 15 MB files, base64-encoded (4/3), plus a little slack. */
const MAX_BASE64 = Math.ceil((15 * 1024 * 1024 * 4) / 3) + 16;

export const ResumeFileSchema = z
  .object({
    name: z.string().min(1).max(255),
    dataBase64: z.string().max(MAX_BASE64 + 1024 * 1024, 'The file is larger than 15 MB.'),
  })
  .strict();

const IdSchema = z.object({ id: z.number().int().positive() }).strict();

/** JSON path into the profile, e.g. `basics.email` or `work[2].position`. */
export const ProfilePathSchema = z
  .string()
  .max(120)
  .regex(/^[a-zA-Z]+(\[\d{1,3}\])?(\.[a-zA-Z]+(\[\d{1,3}\])?)*$/, 'Not a profile field path.');

export const resumeChannels = {
  'resumes:list': channel<ResumeSummary[]>()(z.undefined()),
  'resumes:get': channel<ResumeDetail>()(IdSchema),
  'resumes:import': channel<TaskStarted>()(z.object({ files: z.array(ResumeFileSchema).min(1).max(50) }).strict()),
  'resumes:setPrimary': channel<ResumeSummary>()(IdSchema),
  'resumes:delete': channel<{ deleted: boolean }>()(IdSchema),
  'resumes:rename': channel<ResumeSummary>()(
    z.object({ id: z.number().int().positive(), title: z.string().trim().min(1).max(120) }).strict(),
  ),
  'resumes:correct': channel<ResumeDetail>()(
    z
      .object({
        id: z.number().int().positive(),
        path: ProfilePathSchema,
        value: z.union([z.string().max(5000), z.null()]),
      })
      .strict(),
  ),
  'resumes:reanalyze': channel<ResumeDetail>()(IdSchema),
  'resumes:original': channel<ResumeOriginal>()(IdSchema),
};
