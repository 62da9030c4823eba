/**
 * The bullet points of a resume, each labelled so a fix can name it ("Bullet 3 of your "Acme" role").
 * Work, project and volunteer highlights; a role without highlights contributes its summary sentences.
 */
import type { ResumeProfile } from '../../../../src-preload/contract/resume.types';
import { workLabel } from './experience';

export interface Bullet {
  text: string;
  /** e.g. `Bullet 3 of your "Acme" role`. */
  label: string;
}

const BULLET_MARK = /^[\s•·▪●◦‣∙*+–—-]+/;

export function cleanBullet(text: string): string {
  return text.replace(BULLET_MARK, '').replace(/\s+/g, ' ').trim();
}

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z])|\n+/)
    .map(cleanBullet)
    .filter((sentence) => sentence.length > 0);
}

function labelled(items: readonly string[], owner: string, kind: string): Bullet[] {
  return items
    .map(cleanBullet)
    .filter((text) => text.length > 0)
    .map((text, index) => ({ text, label: `Bullet ${index + 1} of your "${owner}" ${kind}` }));
}

export function collectBullets(profile: ResumeProfile): Bullet[] {
  const bullets: Bullet[] = [];
  (profile.work ?? []).forEach((work, index) => {
    const items = work.highlights?.length ? work.highlights : splitSentences(work.summary ?? '');
    bullets.push(...labelled(items, workLabel(work, index), 'role'));
  });
  (profile.projects ?? []).forEach((project, index) => {
    bullets.push(...labelled(project.highlights ?? [], project.name?.trim() || `project ${index + 1}`, 'project'));
  });
  (profile.volunteer ?? []).forEach((entry, index) => {
    const owner = entry.organization?.trim() || entry.position?.trim() || `volunteer role ${index + 1}`;
    bullets.push(...labelled(entry.highlights ?? [], owner, 'volunteer role'));
  });
  return bullets;
}
