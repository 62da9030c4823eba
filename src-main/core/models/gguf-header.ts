/**
 * Reads and checks a GGUF file's header ourselves before llama.cpp sees it, so a corrupt or
 * truncated model is a clear `model-invalid` error and never a native crash (llama.cpp trusts
 * offsets and sizes it reads). Checks: magic, version, sane counts and string lengths, every
 * metadata value parsable within the file, tensor infos, and that the last tensor's data ends
 * inside the file (a partial download fails here). Format: ggml docs/gguf.md.
 */
import fs from 'node:fs';
import { LlmError } from '../llm/llm-provider';

export interface GgufSummary {
  version: number;
  fileBytes: number;
  tensorCount: number;
  /** Bytes the tensors need (from their shapes and types), when every type is known. */
  tensorBytes: number | null;
  architecture: string | null;
  name: string | null;
  /** Trained context length (`<arch>.context_length`). */
  contextLength: number | null;
  /** Embedding width (`<arch>.embedding_length`). */
  embeddingLength: number | null;
  blockCount: number | null;
  fileType: number | null;
  tokenizerModel: string | null;
  vocabularySize: number | null;
  license: string | null;
}

const MAGIC = 0x46554747; // "GGUF" little-endian
const MAX_COUNT = 10_000_000;
const MAX_STRING = 64 * 1024 * 1024;
const FIRST_READ = 4 * 1024 * 1024;
const MAX_HEADER_READ = 512 * 1024 * 1024;

/** Bytes per block and elements per block for ggml tensor types (ggml.c type_traits). */
const TYPE_SIZES: Record<number, [bytes: number, elements: number]> = {
  0: [4, 1], 1: [2, 1], 2: [18, 32], 3: [20, 32], 6: [22, 32], 7: [24, 32], 8: [34, 32], 9: [36, 32],
  10: [84, 256], 11: [110, 256], 12: [144, 256], 13: [176, 256], 14: [210, 256], 15: [292, 256],
  16: [66, 256], 17: [74, 256], 18: [98, 256], 19: [50, 256], 20: [18, 32], 21: [110, 256],
  22: [82, 256], 23: [136, 256], 24: [1, 1], 25: [2, 1], 26: [4, 1], 27: [8, 1], 28: [8, 1],
  29: [56, 256], 30: [2, 1], 34: [54, 256], 35: [66, 256], 39: [17, 32],
};

class NeedMoreBytes extends Error {}

class Invalid extends Error {}

/** A bounds-checked little-endian cursor over the bytes read so far. */
class Cursor {
  pos = 0;
  constructor(
    private readonly buf: Buffer,
    private readonly fileBytes: number,
  ) {}

  private take(n: number): number {
    if (this.pos + n > this.fileBytes) throw new Invalid('the file ends in the middle of its header');
    if (this.pos + n > this.buf.length) throw new NeedMoreBytes();
    const at = this.pos;
    this.pos += n;
    return at;
  }
  u8(): number { return this.buf.readUInt8(this.take(1)); }
  u32(): number { return this.buf.readUInt32LE(this.take(4)); }
  u64(): number {
    const v = this.buf.readBigUInt64LE(this.take(8));
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new Invalid('a size field is impossibly large');
    return Number(v);
  }
  skip(n: number): void { this.take(n); }
  str(): string {
    const len = this.u64();
    if (len > MAX_STRING) throw new Invalid('a text field is impossibly long');
    const at = this.take(len);
    return this.buf.toString('utf8', at, at + len);
  }
  read(type: number): unknown {
    switch (type) {
      case 0: case 1: case 7: { const v = this.u8(); return type === 7 ? v !== 0 : type === 1 ? (v << 24) >> 24 : v; }
      case 2: return this.buf.readUInt16LE(this.take(2));
      case 3: return this.buf.readInt16LE(this.take(2));
      case 4: return this.u32();
      case 5: return this.buf.readInt32LE(this.take(4));
      case 6: return this.buf.readFloatLE(this.take(4));
      case 8: return this.str();
      case 10: return this.u64();
      case 11: return Number(this.buf.readBigInt64LE(this.take(8)));
      case 12: return this.buf.readDoubleLE(this.take(8));
      case 9: {
        const itemType = this.u32();
        const count = this.u64();
        if (count > MAX_COUNT * 4) throw new Invalid('a metadata list is impossibly long');
        if (itemType === 9) throw new Invalid('nested metadata lists are not supported');
        // Lists (vocabularies, merges) are walked for bounds but only their length is kept.
        for (let i = 0; i < count; i++) this.read(itemType);
        return { length: count };
      }
      default:
        throw new Invalid(`unknown metadata type ${type}`);
    }
  }
}

function parse(buf: Buffer, fileBytes: number): GgufSummary {
  const c = new Cursor(buf, fileBytes);
  if (fileBytes < 24 || c.u32() !== MAGIC) throw new Invalid('it is not a GGUF file (the first bytes are not "GGUF")');
  const version = c.u32();
  if (version < 2 || version > 3) throw new Invalid(`GGUF version ${version} is not supported (expected 2 or 3)`);
  const tensorCount = c.u64();
  const kvCount = c.u64();
  if (tensorCount > MAX_COUNT || kvCount > MAX_COUNT) throw new Invalid('the header declares an impossible number of entries');

  const meta = new Map<string, unknown>();
  for (let i = 0; i < kvCount; i++) {
    const key = c.str();
    meta.set(key, c.read(c.u32()));
  }

  let tensorBytes: number | null = 0;
  let dataEnd = 0;
  for (let i = 0; i < tensorCount; i++) {
    c.str();
    const dims = c.u32();
    if (dims < 1 || dims > 4) throw new Invalid(`tensor ${i} has ${dims} dimensions`);
    let elements = 1;
    for (let d = 0; d < dims; d++) elements *= c.u64();
    const type = c.u32();
    const offset = c.u64();
    const size = TYPE_SIZES[type];
    const bytes = size ? Math.ceil(elements / size[1]) * size[0] : 0;
    if (!size) tensorBytes = null;
    else if (tensorBytes !== null) tensorBytes += bytes;
    dataEnd = Math.max(dataEnd, offset + bytes);
  }

  const alignment = typeof meta.get('general.alignment') === 'number' ? (meta.get('general.alignment') as number) : 32;
  if (alignment <= 0 || alignment % 8 !== 0) throw new Invalid(`alignment ${alignment} is invalid`);
  const dataStart = Math.ceil(c.pos / alignment) * alignment;
  if (dataStart + dataEnd > fileBytes) {
    throw new Invalid(`the file is truncated: its tensors need ${dataStart + dataEnd} bytes but it has ${fileBytes}`);
  }

  const str = (key: string): string | null => (typeof meta.get(key) === 'string' ? (meta.get(key) as string) : null);
  const num = (key: string): number | null => (typeof meta.get(key) === 'number' ? (meta.get(key) as number) : null);
  const architecture = str('general.architecture');
  const tokens = meta.get('tokenizer.ggml.tokens') as { length: number } | undefined;
  return {
    version,
    fileBytes,
    tensorCount,
    tensorBytes,
    architecture,
    name: str('general.name'),
    contextLength: architecture ? num(`${architecture}.context_length`) : null,
    embeddingLength: architecture ? num(`${architecture}.embedding_length`) : null,
    blockCount: architecture ? num(`${architecture}.block_count`) : null,
    fileType: num('general.file_type'),
    tokenizerModel: str('tokenizer.ggml.model'),
    vocabularySize: tokens && typeof tokens === 'object' ? tokens.length : null,
    license: str('general.license'),
  };
}

/**
 * Reads the header of `filePath`. Throws LlmError('model-invalid') naming the file and the
 * problem; never hands a bad file on.
 */
export async function readGgufHeader(filePath: string): Promise<GgufSummary> {
  const label = filePath.split(/[\\/]/).pop() ?? filePath;
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(filePath, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new LlmError(code === 'ENOENT' ? 'no-model' : 'model-invalid', `The model file ${label} ${code === 'ENOENT' ? 'does not exist' : `cannot be opened (${code ?? 'error'})`}.`);
  }
  try {
    const { size } = await handle.stat();
    // Metadata (vocabularies) can run to tens of MB: read more and re-parse until it fits.
    for (let want = Math.min(size, FIRST_READ); ; want = Math.min(size, want * 4)) {
      const buf = Buffer.alloc(want);
      const { bytesRead } = await handle.read(buf, 0, want, 0);
      try {
        return parse(buf.subarray(0, bytesRead), size);
      } catch (error) {
        if (error instanceof NeedMoreBytes && want < size && want < MAX_HEADER_READ) continue;
        if (error instanceof NeedMoreBytes) throw new Invalid('its header is larger than any real model header');
        throw error;
      }
    }
  } catch (error) {
    if (error instanceof Invalid) throw new LlmError('model-invalid', `${label} is not a usable model: ${error.message}.`);
    if (error instanceof RangeError) throw new LlmError('model-invalid', `${label} is not a usable model: its header is corrupt.`);
    throw error;
  } finally {
    await handle.close();
  }
}
