/**
 * DOCX → lines: zip pre-flight first (SECURITY.md B-2), then mammoth to HTML so heading styles and
 * list items survive as headingLevel/listItem. Runs only inside the extraction worker.
 */
import mammoth from 'mammoth';
import type { DocumentLine, ExtractedDocument, ExtractionLimits } from '../../core/documents/types';
import { ExtractionError } from '../../core/documents/types';
import { buildDocument, collapseLetterSpacing, looksLikeContact, plainLine, singlePage } from './build-document';
import { failure } from './messages';
import { checkZip, type CheckedZip } from './zip-preflight';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decode(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

interface Block {
  text: string;
  boldChars: number;
  sizeChars: number;
  sizeSum: number;
  headingLevel?: number;
  listItem?: boolean;
  cell?: number;
}

/** The slice of mammoth's document model read here (mammoth/lib/documents.js). */
interface DocNode {
  type: string;
  children?: DocNode[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: unknown;
  isBold?: boolean;
  isAllCaps?: boolean;
  fontSize?: number | null;
  breakType?: string;
}

interface Walk {
  blocks: Block[];
  tables: boolean;
  images: number;
}

function headingLevelOf(p: DocNode): number | undefined {
  const m = /heading\s*([1-6])/i.exec(`${p.styleName ?? ''} ${p.styleId ?? ''}`);
  return m ? Number(m[1]) : undefined;
}

function paragraphBlocks(p: DocNode, walk: Walk): Block[] {
  const base = (): Block => {
    const b: Block = { text: '', boldChars: 0, sizeChars: 0, sizeSum: 0 };
    const level = headingLevelOf(p);
    if (level) b.headingLevel = level;
    if (p.numbering) b.listItem = true;
    return b;
  };
  const out: Block[] = [base()];
  const visit = (node: DocNode, run: DocNode | null) => {
    const current = out[out.length - 1]!;
    if (node.type === 'text' && node.value) {
      const text = run?.isAllCaps ? node.value.toUpperCase() : node.value;
      const chars = text.replace(/\s/g, '').length;
      current.text += text;
      if (run?.isBold) current.boldChars += chars;
      if (run?.fontSize) {
        current.sizeChars += chars;
        current.sizeSum += chars * run.fontSize;
      }
    } else if (node.type === 'tab') current.text += '\t';
    else if (node.type === 'break') out.push(base());
    else if (node.type === 'image') walk.images++;
    else for (const child of node.children ?? []) visit(child, node.type === 'run' ? node : run);
  };
  for (const child of p.children ?? []) visit(child, null);
  return out;
}

function walkNodes(nodes: DocNode[], walk: Walk, cell?: number): void {
  for (const node of nodes) {
    if (node.type === 'paragraph') {
      for (const b of paragraphBlocks(node, walk)) {
        // Letter-spaced names become words; 3+ spaces used to push dates right are a layout gap.
        b.text = collapseLetterSpacing(b.text)
          .replace(/(?<=\S)[ \u00a0]{3,}(?=\S)/g, '\t')
          .replace(/[ \u00a0]+/g, ' ')
          .replace(/ ?\t ?/g, '\t')
          .trim();
        if (b.text) walk.blocks.push(cell === undefined ? b : { ...b, cell });
      }
    } else if (node.type === 'table') {
      walk.tables = true;
      for (const row of node.children ?? []) {
        const cells = (row.children ?? []).map((c, i) => {
          const inner: Walk = { blocks: [], tables: false, images: 0 };
          walkNodes(c.children ?? [], inner, i);
          walk.images += inner.images;
          return inner.blocks;
        });
        const filled = cells.filter((c) => c.length);
        // Single-line cells read across ("Company <tab> 2019 – 2021"); taller cells one after another.
        if (filled.length > 1 && filled.every((c) => c.length === 1)) {
          const parts = filled.map((c) => c[0]!);
          walk.blocks.push({
            ...parts[0]!,
            text: parts.map((b) => b.text).join('\t'),
            boldChars: parts.reduce((n, b) => n + b.boldChars, 0),
            cell: 0,
          });
        } else for (const c of filled) walk.blocks.push(...c);
      }
    } else if (node.children) walkNodes(node.children, walk, cell);
  }
}

/** Word keeps running headers in separate parts mammoth ignores; contact details often live there. */
async function headerText(zip: CheckedZip): Promise<string[]> {
  const parts = zip.entries.filter((e) => /^word\/header\d*\.xml$/i.test(e.name)).slice(0, 6);
  const lines: string[] = [];
  for (const part of parts) {
    const xml = (await zip.read(part.name, 1024 * 1024)).toString('utf8');
    for (const para of xml.split(/<\/w:p>/)) {
      const text = decode([...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).trim();
      if (text && !lines.includes(text)) lines.push(text);
    }
  }
  return lines;
}

export async function extractDocx(bytes: Uint8Array, limits: ExtractionLimits): Promise<ExtractedDocument> {
  const zip = await checkZip(bytes);
  let header: string[];
  try {
    if (!zip.entries.some((e) => e.name === 'word/document.xml')) throw failure('corrupt', 'word/document.xml is missing');
    header = await headerText(zip);
  } finally {
    zip.close();
  }
  const walk: Walk = { blocks: [], tables: false, images: 0 };
  try {
    // transformDocument hands over mammoth's document model (styles, numbering, bold, sizes);
    // returning an empty document skips HTML generation, which would cost ~30% more than the read.
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        externalFileAccess: false,
        includeDefaultStyleMap: false,
        transformDocument: (document: DocNode) => {
          walkNodes(document.children ?? [], walk);
          return { ...document, children: [] };
        },
      },
    );
  } catch (error) {
    if (error instanceof ExtractionError) throw error;
    throw failure('corrupt', 'not a readable Word document');
  }
  const { blocks, tables, images } = walk;
  const bodyHasContact = blocks.some((b) => looksLikeContact(b.text));
  const headerContact = header.filter((t) => looksLikeContact(t));
  const lines: DocumentLine[] = [];
  const push = (b: Block) =>
    lines.push(
      plainLine(1, lines.length + 1, b.text, {
        bold: b.text.replace(/\s/g, '').length > 0 && b.boldChars / b.text.replace(/\s/g, '').length >= 0.6,
        column: b.cell ?? 0,
        fontSize: b.sizeChars ? Math.round((b.sizeSum / b.sizeChars) * 10) / 10 : 0,
        ...(b.headingLevel ? { headingLevel: b.headingLevel } : {}),
        ...(b.listItem ? { listItem: true } : {}),
      }),
    );
  // Header-part lines with contact details go first, where a reader would see them.
  if (!bodyHasContact) for (const text of header) push({ text, boldChars: 0, sizeChars: 0, sizeSum: 0 });
  for (const b of blocks) push(b);
  if (lines.length === 0) throw failure('no-text-layer', 'the document has no text');
  return buildDocument(
    {
      format: 'docx',
      pages: [singlePage(lines)],
      layout: { tables, images, contactInHeaderFooter: !bodyHasContact && headerContact.length > 0 },
    },
    limits.maxOutputChars,
  );
}
