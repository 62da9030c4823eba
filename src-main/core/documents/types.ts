/**
 * What document extraction hands to the parsers: text with positions, never raw bytes.
 * Produced in a separate, killable process (SECURITY.md B-1) by src-main/adapters/documents.
 */
import type { ImportFailureReason, SourceFormat } from '../../../src-preload/contract/resume.types';

/** One run of text on a page, in PDF user-space units with the origin at the top-left. */
export interface PositionedText {
  text: string;
  x: number;
  /** Top of the text box (distance from the top of the page). */
  y: number;
  width: number;
  height: number;
  fontSize: number;
  fontName?: string;
  bold?: boolean;
  italic?: boolean;
}

/** A visual line: runs that share a baseline within one column, in reading order. */
export interface DocumentLine {
  /** 1-based page number. */
  page: number;
  /** 1-based line number within the page, in reading order. */
  line: number;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  bold: boolean;
  /** 0 for the main (or only) column, 1 for a second column, ... */
  column: number;
  /** Style hint from DOCX/Markdown: heading level when the source marks it (1..6). */
  headingLevel?: number;
  /** True for list items (bullets or numbering in the source). */
  listItem?: boolean;
}

export interface DocumentPage {
  number: number;
  width: number;
  height: number;
  lines: DocumentLine[];
  /** Number of columns detected on the page (1 or 2+). */
  columns: number;
}

/** Signals the ATS-readiness checks read (layout risks). */
export interface LayoutSignals {
  multiColumn: boolean;
  tables: boolean;
  /** Images with little or no text layer on the same page. */
  images: number;
  /** Contact details found only in the page header/footer band. */
  contactInHeaderFooter: boolean;
}

export interface ExtractedDocument {
  format: SourceFormat;
  pages: DocumentPage[];
  /** All lines joined in reading order, pages separated by a form feed. */
  text: string;
  layout: LayoutSignals;
  /** Link targets found in the file (PDF link annotations), e.g. behind an icon-only GitHub link. */
  links?: string[];
  /** Structured data when the source is already structured (JSON Resume, LinkedIn export). */
  structured?: unknown;
  meta: {
    pageCount: number;
    characters: number;
    title?: string;
    producer?: string;
    /** Set when the text was cut at `maxOutputChars` (the rest of the file was not read). */
    truncated?: boolean;
  };
}

export interface ExtractionLimits {
  /** Wall-clock limit for one file (ms). */
  timeoutMs: number;
  maxInputBytes: number;
  maxPages: number;
  maxOutputChars: number;
  /** Heap cap for the extraction process (MB). */
  maxMemoryMb: number;
}

export const DEFAULT_EXTRACTION_LIMITS: ExtractionLimits = {
  timeoutMs: 20_000,
  maxInputBytes: 15 * 1024 * 1024,
  maxPages: 50,
  maxOutputChars: 200_000,
  maxMemoryMb: 512,
};

/** A failed extraction: one typed reason, a sentence for people, nothing saved. */
export class ExtractionError extends Error {
  constructor(
    readonly reason: ImportFailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractionError';
  }
}

/** The port core uses; the adapter runs the work in a child process. */
export interface DocumentExtractor {
  extract(input: { bytes: Uint8Array; fileName: string }, options?: { signal?: AbortSignal }): Promise<ExtractedDocument>;
  /** Stops the worker process (app shutdown). */
  dispose(): Promise<void>;
}
