/** Renders an ExportDocument as plain text, Markdown or DOCX (through the `docx` package). */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { ExportDocument } from './export-document';

export function toPlainText(doc: ExportDocument): string {
  const out: string[] = [];
  for (const block of doc.blocks) {
    if (block.type === 'heading')
      out.push(block.level === 1 ? block.text.toUpperCase() : block.level === 2 ? `\n${block.text.toUpperCase()}` : block.text);
    else if (block.type === 'bullet') out.push(`  • ${block.text}`);
    else out.push(block.text, '');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** Escapes what Markdown would otherwise format; resume text is data, not markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/^(\s*)([#+-]|\d+\.)(?=\s)/gm, '$1\\$2');
}

export function toMarkdown(doc: ExportDocument): string {
  const out: string[] = [];
  for (const block of doc.blocks) {
    if (block.type === 'heading') out.push(`${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`, '');
    else if (block.type === 'bullet') out.push(`- ${escapeMarkdown(block.text)}`);
    else out.push(escapeMarkdown(block.text).replace(/\n/g, '  \n'), '');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/(^- .*\n)(?!- |\n)/gm, '$1\n')
    .trim()}\n`;
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function runs(text: string): TextRun[] {
  return text.split('\n').map((line, index) => new TextRun({ text: line, ...(index > 0 ? { break: 1 } : {}) }));
}

export async function toDocx(doc: ExportDocument): Promise<Buffer> {
  const children = doc.blocks.map((block) => {
    if (block.type === 'heading') return new Paragraph({ heading: HEADINGS[block.level], children: runs(block.text) });
    if (block.type === 'bullet') return new Paragraph({ bullet: { level: 0 }, children: runs(block.text) });
    return new Paragraph({ children: runs(block.text), spacing: { after: 200 } });
  });
  const document = new Document({ creator: 'Pathwise', title: doc.title, sections: [{ children }] });
  return Packer.toBuffer(document);
}
