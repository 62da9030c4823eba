/**
 * Re-applies the person's corrections on top of a fresh parse, so edits survive re-analysis.
 * Keys are JSON paths as used in meta.provenance: `basics.name`, `work[1].position`,
 * `skills[0].keywords`. A corrected field gets confidence 1 and no source line.
 */
import type { ResumeProfile } from '../../../../src-preload/contract/resume.types';

type Container = Record<string, unknown> | unknown[];
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

const PATH = /^[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*|\[\d{1,4}\])*$/;

export function parsePath(path: string): (string | number)[] | null {
  if (!PATH.test(path)) return null;
  const parts: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[1] !== undefined) {
      if (FORBIDDEN.has(m[1])) return null;
      parts.push(m[1]);
    } else parts.push(Number(m[2]));
  }
  return parts[0] === 'meta' ? null : parts;
}

function setAt(root: Record<string, unknown>, parts: (string | number)[], value: unknown): void {
  let node: Container = root;
  for (let i = 0; i < parts.length - 1; i++) {
    const key = parts[i]!;
    const nextIsIndex = typeof parts[i + 1] === 'number';
    const holder = node as Record<string | number, unknown>;
    let child = holder[key];
    if (!child || typeof child !== 'object') {
      child = nextIsIndex ? [] : {};
      holder[key] = child;
    }
    node = child as Container;
  }
  const last = parts[parts.length - 1]!;
  if (Array.isArray(node) && typeof last === 'number') {
    while (node.length < last) node.push({});
  }
  if (value === undefined || value === null) {
    if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
    else delete (node as Record<string | number, unknown>)[last];
  } else (node as Record<string | number, unknown>)[last] = value;
}

export function applyCorrections(profile: ResumeProfile, corrections: Record<string, unknown>): ResumeProfile {
  const entries = Object.entries(corrections ?? {});
  if (!entries.length) return profile;
  const next = structuredClone(profile) as ResumeProfile & Record<string, unknown>;
  const provenance = { ...(next.meta?.provenance ?? {}) };
  const applied: Record<string, unknown> = {};
  for (const [path, value] of entries) {
    const parts = parsePath(path);
    if (!parts) continue;
    setAt(next, parts, structuredClone(value));
    provenance[path] = { source: null, confidence: 1 };
    applied[path] = value;
  }
  next.meta = { ...(next.meta ?? {}), provenance, corrections: { ...(next.meta?.corrections ?? {}), ...applied } };
  return next;
}
