/**
 * JSON Resume / LinkedIn imports: the extractor already produced a JSON Resume object; copy the
 * known fields (strings only, nothing executable or unexpected) and add provenance.
 */
import type { ResumeProfile } from '../../../../src-preload/contract/resume.types';
import { Provenance } from './provenance';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** Deep copy keeping plain strings, numbers, booleans, arrays and objects (drops anything else). */
function sanitize(value: unknown, depth = 0): unknown {
  if (depth > 6) return undefined;
  if (typeof value === 'string') return value.slice(0, 20_000);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value))
    return value
      .slice(0, 500)
      .map((v) => sanitize(v, depth + 1))
      .filter((v) => v !== undefined);
  if (isObj(value)) {
    const out: Obj = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
      const s = sanitize(v, depth + 1);
      if (s !== undefined) out[k] = s;
    }
    return out;
  }
  return undefined;
}

const SECTIONS = [
  'work',
  'volunteer',
  'education',
  'awards',
  'certificates',
  'publications',
  'skills',
  'languages',
  'interests',
  'projects',
] as const;

export function fromStructured(structured: unknown, format: 'json-resume' | 'linkedin'): ResumeProfile {
  const source = (isObj(structured) ? sanitize(structured) : {}) as Obj;
  const prov = new Provenance();
  const confidence = format === 'json-resume' ? 1 : 0.95;
  const profile: ResumeProfile = {};
  if (isObj(source.basics)) {
    profile.basics = source.basics as ResumeProfile['basics'];
    for (const [k, v] of Object.entries(source.basics)) if (typeof v === 'string' && v) prov.set(`basics.${k}`, null, confidence);
  }
  for (const key of SECTIONS) {
    const list = source[key];
    if (!Array.isArray(list) || !list.length) continue;
    const items = list.filter(isObj);
    (profile as Obj)[key] = items;
    items.forEach((item, i) => {
      for (const [k, v] of Object.entries(item)) if (v !== undefined && v !== '') prov.set(`${key}[${i}].${k}`, null, confidence);
    });
  }
  const meta = isObj(source.meta) ? source.meta : {};
  profile.meta = { ...meta, parser: 'pathwise-structured@1', sourceFormat: format, provenance: prov.map };
  return profile;
}
