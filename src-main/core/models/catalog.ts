/**
 * The catalog of recommended GGUF models (models/catalog.json). A model without a recorded
 * sha256 is "unverified": it can be downloaded, its hash is computed and shown, and the UI labels
 * it so; with a sha256, a mismatch is rejected (model-downloader.ts).
 */
import { z } from 'zod';
import catalogJson from '../../../models/catalog.json';

const catalogModelSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
  name: z.string().min(1),
  kind: z.enum(['chat', 'embedding']),
  fileName: z.string().regex(/^[^/\\]+\.gguf$/),
  // https only, except a mirror on this computer (loopback), e.g. a local model server or a test.
  url: z
    .string()
    .url()
    .refine((u) => u.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(u), 'Model downloads must use https:// (or a server on this computer).'),
  sizeBytes: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  verified: z.boolean(),
  licence: z.string().min(1),
  licenceUrl: z.string().url().optional(),
  contextLength: z.number().int().positive(),
  ramBytes: z.number().int().positive(),
  vramBytes: z.number().int().positive(),
  notes: z.string().optional(),
});

const catalogSchema = z.object({ version: z.literal(1), models: z.array(catalogModelSchema) });

export type CatalogModel = z.infer<typeof catalogModelSchema>;

/** Parses a catalog document; throws naming the first problem. */
export function parseCatalog(data: unknown): CatalogModel[] {
  const parsed = catalogSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`The model catalog is invalid at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'unknown problem'}`);
  }
  const ids = new Set<string>();
  for (const model of parsed.data.models) {
    if (ids.has(model.id)) throw new Error(`The model catalog lists ${model.id} twice`);
    ids.add(model.id);
    if (model.verified && !model.sha256) throw new Error(`The model catalog marks ${model.id} verified without a sha256`);
  }
  return parsed.data.models;
}

let bundled: CatalogModel[] | null = null;

/** The catalog shipped with the app. */
export function bundledCatalog(): CatalogModel[] {
  bundled ??= parseCatalog(catalogJson);
  return bundled;
}
