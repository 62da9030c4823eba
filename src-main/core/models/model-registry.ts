/**
 * The installed models in `<dataDir>/models/`: catalog downloads and any .gguf the person added
 * from disk. A small manifest (`models.json`) remembers where each file came from and its sha256;
 * a .gguf dropped into the folder by hand still shows up (as unverified). Every file that enters
 * the folder has had its GGUF header checked first.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LlmError } from '../llm/llm-provider';
import type { CatalogModel } from './catalog';
import { assessFit, ensureLoadable, estimateRequirements, type FitAssessment, type MachineInfo, type ModelRequirements } from './fit';
import { readGgufHeader } from './gguf-header';
import type { DownloadProgress, ModelDownloader } from './model-downloader';

export interface InstalledModel {
  id: string;
  name: string;
  kind: 'chat' | 'embedding' | 'unknown';
  fileName: string;
  path: string;
  sizeBytes: number;
  source: 'catalog' | 'disk';
  /** True only when the file matched a sha256 recorded before download. */
  verified: boolean;
  sha256: string | null;
  requirements: ModelRequirements;
  catalog: CatalogModel | null;
}

interface ManifestEntry {
  id: string;
  fileName: string;
  source: 'catalog' | 'disk';
  name: string;
  sha256: string | null;
  verified: boolean;
  addedAt: string;
}

export interface CopyProgress {
  copiedBytes: number;
  totalBytes: number;
}

export interface ModelRegistryOptions {
  modelsDir: string;
  catalog: CatalogModel[];
  downloader?: ModelDownloader;
  now?: () => Date;
}

const MANIFEST = 'models.json';

export class ModelRegistryError extends Error {
  override readonly name = 'ModelRegistryError';
  constructor(
    readonly code: 'not-found' | 'invalid-input' | 'conflict',
    message: string,
  ) {
    super(message);
  }
}

function slug(fileName: string): string {
  return fileName.replace(/\.gguf$/i, '').toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'model';
}

export function createModelRegistry(options: ModelRegistryOptions) {
  const dir = options.modelsDir;
  const now = options.now ?? (() => new Date());
  const catalogById = new Map(options.catalog.map((m) => [m.id, m]));
  const catalogByFile = new Map(options.catalog.map((m) => [m.fileName, m]));

  function readManifest(): ManifestEntry[] {
    try {
      const data = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as { models?: ManifestEntry[] };
      return Array.isArray(data.models) ? data.models : [];
    } catch {
      return [];
    }
  }

  function writeManifest(entries: ManifestEntry[]): void {
    fs.mkdirSync(dir, { recursive: true });
    const tmp = path.join(dir, `${MANIFEST}.tmp`);
    fs.writeFileSync(tmp, JSON.stringify({ version: 1, models: entries }, null, 2));
    fs.renameSync(tmp, path.join(dir, MANIFEST));
  }

  function upsert(entry: ManifestEntry): void {
    writeManifest([...readManifest().filter((e) => e.id !== entry.id && e.fileName !== entry.fileName), entry]);
  }

  function toInstalled(entry: ManifestEntry, sizeBytes: number): InstalledModel {
    const catalog = entry.source === 'catalog' ? (catalogById.get(entry.id) ?? null) : null;
    return {
      id: entry.id,
      name: entry.name,
      kind: catalog?.kind ?? 'unknown',
      fileName: entry.fileName,
      path: path.join(dir, entry.fileName),
      sizeBytes,
      source: entry.source,
      verified: entry.verified,
      sha256: entry.sha256,
      requirements: catalog ? { ramBytes: catalog.ramBytes, vramBytes: catalog.vramBytes } : estimateRequirements(sizeBytes),
      catalog,
    };
  }

  function list(): InstalledModel[] {
    let files: string[];
    try {
      files = fs.readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.gguf'));
    } catch {
      return [];
    }
    const manifest = readManifest();
    return files
      .map((fileName) => {
        const size = fs.statSync(path.join(dir, fileName)).size;
        const known = manifest.find((e) => e.fileName === fileName);
        if (known) return toInstalled(known, size);
        // Placed here by hand (or the manifest was lost): usable, but nothing vouches for it.
        const catalog = catalogByFile.get(fileName);
        const entry: ManifestEntry = catalog
          ? { id: catalog.id, fileName, source: 'catalog', name: catalog.name, sha256: null, verified: false, addedAt: '' }
          : { id: `disk-${slug(fileName)}`, fileName, source: 'disk', name: fileName.replace(/\.gguf$/i, ''), sha256: null, verified: false, addedAt: '' };
        return toInstalled(entry, size);
      })
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  function get(id: string): InstalledModel | null {
    return list().find((m) => m.id === id) ?? null;
  }

  async function pull(id: string, pullOptions: { signal?: AbortSignal; onProgress?: (p: DownloadProgress) => void } = {}): Promise<InstalledModel> {
    const model = catalogById.get(id);
    if (!model) throw new ModelRegistryError('not-found', `There is no catalog model called "${id}".`);
    if (!options.downloader) throw new ModelRegistryError('invalid-input', 'Downloads are not available here.');
    const result = await options.downloader.download({
      url: model.url,
      destination: path.join(dir, model.fileName),
      expectedSha256: model.sha256,
      expectedBytes: model.sizeBytes,
      signal: pullOptions.signal,
      onProgress: pullOptions.onProgress,
      validate: async (partPath) => void (await readGgufHeader(partPath)),
    });
    upsert({ id, fileName: model.fileName, source: 'catalog', name: model.name, sha256: result.sha256, verified: result.verified, addedAt: now().toISOString() });
    return toInstalled(readManifest().find((e) => e.id === id)!, result.bytes);
  }

  /** Copies (default) or symlinks a .gguf into the models folder after checking its header. */
  async function addFromDisk(
    source: string,
    addOptions: { mode?: 'copy' | 'link'; signal?: AbortSignal; onProgress?: (p: CopyProgress) => void } = {},
  ): Promise<InstalledModel> {
    const absolute = path.resolve(source);
    if (!absolute.toLowerCase().endsWith('.gguf')) throw new ModelRegistryError('invalid-input', `${path.basename(absolute)} is not a .gguf file.`);
    const header = await readGgufHeader(absolute); // throws LlmError model-invalid / no-model
    fs.mkdirSync(dir, { recursive: true });
    let fileName = path.basename(absolute);
    for (let n = 2; fs.existsSync(path.join(dir, fileName)); n++) fileName = path.basename(absolute).replace(/\.gguf$/i, `-${n}.gguf`);
    const destination = path.join(dir, fileName);
    const hash = crypto.createHash('sha256');
    const total = header.fileBytes;

    if (addOptions.mode === 'link') {
      for await (const chunk of fs.createReadStream(absolute)) hash.update(chunk as Buffer);
      fs.symlinkSync(absolute, destination);
    } else {
      const part = `${destination}.part`;
      let copied = 0;
      const out = await fs.promises.open(part, 'w');
      try {
        for await (const chunk of fs.createReadStream(absolute, { highWaterMark: 1024 * 1024 })) {
          if (addOptions.signal?.aborted) throw new LlmError('cancelled', 'Cancelled.');
          await out.write(chunk as Buffer);
          hash.update(chunk as Buffer);
          copied += (chunk as Buffer).length;
          addOptions.onProgress?.({ copiedBytes: copied, totalBytes: total });
        }
        await out.sync();
      } catch (error) {
        await out.close();
        fs.rmSync(part, { force: true });
        throw error;
      }
      await out.close();
      fs.renameSync(part, destination);
    }
    const id = `disk-${slug(fileName)}`;
    const name = header.name && header.name.trim() ? header.name.trim() : fileName.replace(/\.gguf$/i, '');
    upsert({ id, fileName, source: 'disk', name, sha256: hash.digest('hex'), verified: false, addedAt: now().toISOString() });
    return toInstalled(readManifest().find((e) => e.id === id)!, total);
  }

  function remove(id: string): void {
    const model = get(id);
    if (!model) throw new ModelRegistryError('not-found', `No installed model is called "${id}".`);
    fs.rmSync(model.path, { force: true });
    writeManifest(readManifest().filter((e) => e.id !== id && e.fileName !== model.fileName));
  }

  /** Catalog entries with their install state and, given the machine, how well they fit. */
  function catalogStatus(machine: MachineInfo | null): Array<{ model: CatalogModel; installed: boolean; partialBytes: number; fit: FitAssessment | null }> {
    const installed = new Set(list().map((m) => m.id));
    return options.catalog.map((model) => {
      let partialBytes = 0;
      try {
        partialBytes = fs.statSync(path.join(dir, `${model.fileName}.part`)).size;
      } catch {
        // no partial download
      }
      return { model, installed: installed.has(model.id), partialBytes, fit: machine ? assessFit(model, machine) : null };
    });
  }

  /** The load path: resolves the file and refuses a model that will not fit unless overridden. */
  function prepareLoad(id: string, machine: MachineInfo, override = false): { model: InstalledModel; fit: FitAssessment } {
    const model = get(id);
    if (!model) throw new LlmError('no-model', `No installed model is called "${id}".`);
    return { model, fit: ensureLoadable(model.requirements, machine, override) };
  }

  return { list, get, pull, addFromDisk, remove, catalogStatus, prepareLoad, modelsDir: dir };
}

export type ModelRegistry = ReturnType<typeof createModelRegistry>;
