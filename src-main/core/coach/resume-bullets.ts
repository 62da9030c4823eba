/** The rewritable parts of a resume, addressed by JSON path (`basics.summary`, `work[i].highlights[j]`). */
import type { TailoringPath } from '../../../src-preload/contract/coach.types';
import type { ResumeProfile, ResumeWork } from '../../../src-preload/contract/resume.types';

export interface PathedBullet {
  path: TailoringPath;
  workIndex: number;
  bulletIndex: number;
  text: string;
  work: ResumeWork;
}

export function workBullets(profile: ResumeProfile): PathedBullet[] {
  const bullets: PathedBullet[] = [];
  (profile.work ?? []).forEach((work, workIndex) => {
    (work.highlights ?? []).forEach((text, bulletIndex) => {
      if (text.trim()) bullets.push({ path: `work[${workIndex}].highlights[${bulletIndex}]`, workIndex, bulletIndex, text, work });
    });
  });
  return bullets;
}

const BULLET_PATH = /^work\[(\d+)\]\.highlights\[(\d+)\]$/;

export function parsePath(path: string): { kind: 'summary' } | { kind: 'bullet'; workIndex: number; bulletIndex: number } | null {
  if (path === 'basics.summary') return { kind: 'summary' };
  const match = BULLET_PATH.exec(path.trim());
  return match ? { kind: 'bullet', workIndex: Number(match[1]), bulletIndex: Number(match[2]) } : null;
}

/** The text at a path, or null when the path does not exist in this resume. */
export function textAt(profile: ResumeProfile, path: string): string | null {
  const parsed = parsePath(path);
  if (!parsed) return null;
  if (parsed.kind === 'summary') return profile.basics?.summary?.trim() ? profile.basics.summary : null;
  const text = profile.work?.[parsed.workIndex]?.highlights?.[parsed.bulletIndex];
  return text?.trim() ? text : null;
}

export function lowerFirst(text: string): string {
  const first = text.split(/\s+/)[0] ?? '';
  // Keep acronyms and names ("AWS", "iOS", "GitHub") as written.
  if (/^\p{Lu}[\p{Ll}'’-]*$/u.test(first)) return text.charAt(0).toLowerCase() + text.slice(1);
  return text;
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function sentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export function stripEndPunctuation(text: string): string {
  return text.trim().replace(/[.;:,]+$/, '');
}
