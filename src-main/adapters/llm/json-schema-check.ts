/**
 * Validates parsed model output against the JSON Schema subset LlmProvider promises (draft-07:
 * type, properties, required, additionalProperties, items, enum, const, min/max length, items
 * and value bounds, anyOf/oneOf). Hand-written rather than zod's semi-experimental
 * `z.fromJSONSchema` so the messages are short, stable, and can be fed back to the model in the
 * one repair retry.
 */
import type { JsonSchema } from '../../core/llm/llm-provider';

type Schema = Record<string, unknown>;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function check(value: unknown, schema: Schema, at: string, errors: string[]): void {
  if (errors.length >= 10) return;
  const where = at || 'the answer';
  if ('const' in schema && JSON.stringify(value) !== JSON.stringify(schema.const)) {
    errors.push(`${where} must be ${JSON.stringify(schema.const)}`);
    return;
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((option) => JSON.stringify(option) === JSON.stringify(value))) {
    errors.push(`${where} must be one of ${schema.enum.map((o) => JSON.stringify(o)).join(', ')}`);
    return;
  }
  const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (Array.isArray(alternatives)) {
    const fits = alternatives.some((alt) => {
      const inner: string[] = [];
      check(value, alt, at, inner);
      return inner.length === 0;
    });
    if (!fits) errors.push(`${where} matches none of the allowed shapes`);
    return;
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((t) => matchesType(value, t))) {
      errors.push(`${where} must be ${types.join(' or ')} (got ${typeOf(value)})`);
      return;
    }
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) errors.push(`${where} must be at least ${schema.minLength} characters`);
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) errors.push(`${where} must be at most ${schema.maxLength} characters`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${where} must be ≥ ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${where} must be ≤ ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) errors.push(`${where} must have at least ${schema.minItems} items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) errors.push(`${where} must have at most ${schema.maxItems} items`);
    if (schema.items && typeof schema.items === 'object') value.forEach((item, i) => check(item, schema.items as Schema, `${at}[${i}]`, errors));
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) {
      if (!(key in object)) errors.push(`${at ? `${at}.` : ''}${key} is missing`);
    }
    for (const [key, item] of Object.entries(object)) {
      const path = at ? `${at}.${key}` : key;
      if (properties[key]) check(item, properties[key], path, errors);
      else if (schema.additionalProperties === false) errors.push(`${path} is not allowed`);
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') check(item, schema.additionalProperties as Schema, path, errors);
    }
  }
}

/** Problems with `value` against `schema`, in words; empty when it fits. */
export function validateJsonSchema(value: unknown, schema: JsonSchema): string[] {
  const errors: string[] = [];
  check(value, schema, '', errors);
  return errors;
}

/** Parses a model's JSON answer, tolerating a Markdown code fence around it. */
export function parseJsonAnswer(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  let body = text.trim();
  const fenced = /^```(?:json)?\s*([\s\S]*?)\s*```$/i.exec(body);
  if (fenced) body = fenced[1]!;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    return { ok: false, error: `the answer is not valid JSON (${(error as Error).message})` };
  }
}

/** Parse + validate in one step; returns the problems in words, or the value. */
export function checkJsonAnswer(text: string, schema: JsonSchema): { ok: true; value: unknown } | { ok: false; problems: string[] } {
  const parsed = parseJsonAnswer(text);
  if (!parsed.ok) return { ok: false, problems: [parsed.error] };
  const problems = validateJsonSchema(parsed.value, schema);
  return problems.length ? { ok: false, problems } : { ok: true, value: parsed.value };
}

/** The follow-up message for the one repair retry. */
export function repairPrompt(problems: string[], schema: JsonSchema): string {
  return `Your previous answer did not match the required JSON Schema: ${problems.slice(0, 5).join('; ')}. Reply again with only a JSON value that satisfies this schema:\n${JSON.stringify(schema)}`;
}
