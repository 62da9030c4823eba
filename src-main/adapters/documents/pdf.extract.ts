/**
 * PDF → positioned lines, through pdf.js as wrapped by pdf-parse v2 (one pdf.js per process;
 * STYLE.md pitfalls). Runs only inside the extraction worker (SECURITY.md B-1).
 *
 * Order of checks matters for hostile files: the page count is read from the document catalog
 * and refused before any page is touched, so a file claiming 2^31−1 pages costs nothing.
 */
import type { DocumentPage, ExtractedDocument, ExtractionLimits } from '../../core/documents/types';
import { ExtractionError } from '../../core/documents/types';
import { buildDocument, nonSpaceLength } from './build-document';
import { stripRunningHeaders } from './header-footer';
import { PDFParse } from 'pdf-parse';
import { failure } from './messages';
import { inferBoldFonts, layoutPage, type PdfTextRun } from './pdf-layout';

/** The slice of pdf.js's API used here (pdf-parse keeps the document proxy behind `load`). */
interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  fontName?: string;
}
interface PageProxyLike {
  getViewport(params: { scale: number }): { width: number; height: number; convertToViewportPoint(x: number, y: number): number[] };
  getTextContent(params?: { disableNormalization?: boolean }): Promise<{ items: TextItemLike[] }>;
  cleanup(): void;
}
interface DocumentProxyLike {
  numPages: number;
  getPage(n: number): Promise<PageProxyLike>;
  getMetadata(): Promise<{ info?: Record<string, unknown> }>;
}
interface PdfParseLike {
  load(): Promise<DocumentProxyLike>;
  destroy(): Promise<void>;
}

/** B-4: fewer non-space characters than this per page means "looks scanned". */
export const MIN_CHARS_PER_PAGE = 20;

async function openPdf(bytes: Uint8Array): Promise<PdfParseLike> {
  // Copy: pdf.js may transfer/detach the buffer it is given.
  const data = new Uint8Array(bytes);
  const parser = new PDFParse({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    // B-6: nothing is fetched; missing CMaps/standard fonts only degrade glyph mapping.
    disableAutoFetch: true,
    disableStream: true,
  });
  return parser as unknown as PdfParseLike;
}

/**
 * Link targets (/URI actions) read straight from the file bytes. pdf.js's getAnnotations() would
 * double the cost of a one-page resume; icon-only links (a GitHub glyph with a URL behind it) are
 * the reason to look at all. Links inside compressed object streams are not seen.
 */
export function uriActions(bytes: Uint8Array): Set<string> {
  const links = new Set<string>();
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!text.includes('/URI')) return links;
  const re = /\/URI\s*\(((?:[^()\\]|\\.){1,300})\)/g;
  for (let m = re.exec(text); m && links.size < 50; m = re.exec(text)) {
    const url = m[1]!.replace(/\\(.)/g, '$1');
    if (/^https?:\/\/[\x21-\x7e]+$/i.test(url)) links.add(url);
  }
  return links;
}

/**
 * The largest /Count a page-tree node declares in the uncompressed part of the file. pdf.js quietly
 * repairs a lying count by walking the tree; a file that claims 2^31−1 pages is refused as
 * 'too-large' on its claim, before pdf.js is involved.
 */
export function declaredPageCount(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const re = /\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d{1,12})|\/Count\s+(\d{1,12})[^>]*?\/Type\s*\/Pages\b/g;
  let max = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) max = Math.max(max, Number(m[1] ?? m[2]));
  return max;
}

function classify(error: unknown): ExtractionError {
  if (error instanceof ExtractionError) return error;
  const name = (error as { name?: string })?.name ?? '';
  if (name === 'PasswordException') return failure('password-protected');
  return failure('corrupt', 'not a readable PDF');
}

function pageRuns(items: TextItemLike[], viewport: ReturnType<PageProxyLike['getViewport']>): PdfTextRun[] {
  const runs: PdfTextRun[] = [];
  for (const item of items) {
    const text = item.str;
    const tm = item.transform;
    if (!text || !tm || tm.length < 6) continue;
    const [x = 0, baseline = 0] = viewport.convertToViewportPoint(tm[4]!, tm[5]!);
    const fontSize = Math.hypot(tm[2]!, tm[3]!) || item.height || 0;
    runs.push({ text, x, baseline, top: baseline - fontSize * 0.8, width: item.width ?? 0, fontSize, fontName: item.fontName ?? '' });
  }
  return runs;
}

export async function extractPdf(bytes: Uint8Array, limits: ExtractionLimits): Promise<ExtractedDocument> {
  const claimed = declaredPageCount(bytes);
  if (claimed > limits.maxPages) throw failure('too-large', `${claimed} pages; the limit is ${limits.maxPages}`);
  const parser = await openPdf(bytes);
  try {
    let pdf: DocumentProxyLike;
    try {
      pdf = await parser.load();
    } catch (error) {
      throw classify(error);
    }
    const pageCount = pdf.numPages;
    if (!Number.isFinite(pageCount) || pageCount < 1) throw failure('corrupt', 'the PDF has no pages');
    if (pageCount > limits.maxPages) throw failure('too-large', `${pageCount} pages; the limit is ${limits.maxPages}`);

    const perPage: { width: number; height: number; runs: PdfTextRun[] }[] = [];
    let chars = 0;
    const links = uriActions(bytes);
    for (let n = 1; n <= pageCount; n++) {
      try {
        const page = await pdf.getPage(n);
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const runs = pageRuns(content.items, viewport);
        chars += runs.reduce((sum, r) => sum + r.text.length, 0);
        if (chars > limits.maxOutputChars * 4) throw failure('too-large', 'far more text than a resume holds');
        perPage.push({ width: viewport.width, height: viewport.height, runs });
        page.cleanup();
      } catch (error) {
        throw classify(error);
      }
    }
    const textPerPage = perPage.map((p) => p.runs.reduce((sum, r) => sum + nonSpaceLength(r.text), 0));
    const totalText = textPerPage.reduce((a, b) => a + b, 0);
    if (totalText < MIN_CHARS_PER_PAGE * pageCount) throw failure('no-text-layer');

    const boldFonts = inferBoldFonts(perPage.flatMap((p) => p.runs));
    let tables = false;
    const pages: DocumentPage[] = perPage.map((p, i) => {
      const result = layoutPage(i + 1, p.width, p.height, p.runs, boldFonts);
      tables ||= result.tables;
      return result.page;
    });
    const stripped = stripRunningHeaders(pages);
    let title: string | undefined;
    let producer: string | undefined;
    try {
      const { info } = await pdf.getMetadata();
      if (typeof info?.Title === 'string' && info.Title.trim()) title = info.Title.trim().slice(0, 200);
      if (typeof info?.Producer === 'string' && info.Producer.trim()) producer = info.Producer.trim().slice(0, 200);
    } catch {
      // Metadata is optional; a damaged Info dictionary is no reason to refuse the resume.
    }
    const doc = buildDocument(
      {
        format: 'pdf',
        pages: stripped.pages,
        pageCount,
        title,
        producer,
        layout: {
          tables,
          // Pages with (almost) no text layer: images or scans. Counted without a render pass.
          images: textPerPage.filter((n) => n < MIN_CHARS_PER_PAGE).length,
          contactInHeaderFooter: stripped.contactInHeaderFooter,
        },
      },
      limits.maxOutputChars,
    );
    if (links.size) doc.links = [...links];
    return doc;
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
