/** Records where each parsed value came from (JSON path → source line + confidence). */
import type { FieldProvenance } from '../../../../src-preload/contract/resume.types';
import type { PLine } from './lines';

export class Provenance {
  readonly map: Record<string, FieldProvenance> = {};

  set(path: string, from: PLine | PLine[] | null, confidence: number, text?: string): void {
    const line = Array.isArray(from) ? from[0] : from;
    this.map[path] = {
      source: line
        ? {
            page: line.page,
            line: line.line,
            text: (text ?? (Array.isArray(from) ? from.map((l) => l.text).join(' ') : line.text)).slice(0, 300),
          }
        : null,
      confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100,
    };
  }
}
