/**
 * Writes GGUF v3 files for tests: a loadable tiny random-weight llama model (SentencePiece-style
 * vocabulary of ~300 pieces with byte fallback, one block, F32 weights), and helpers to make
 * broken variants (bad magic, truncated). The tests never depend on ../shared being present
 * (/work/shared/models/README.md "Notes"); when the shared reference model exists, a few extra
 * tests also run against it.
 *
 * Layout (ggml's gguf.md): magic "GGUF", u32 version, u64 tensor count, u64 metadata count,
 * metadata (key string, u32 type, value), tensor infos (name, u32 n_dims, u64 dims[], u32 type,
 * u64 offset), padding to `general.alignment` (32), then tensor data (each aligned to 32).
 */
import fs from 'node:fs';
import path from 'node:path';

export const SHARED_TINY_MODEL = '/work/shared/models/llama-2-tiny-random.gguf';

type Value =
  | { t: 'u32'; v: number }
  | { t: 'i32'; v: number }
  | { t: 'f32'; v: number }
  | { t: 'bool'; v: boolean }
  | { t: 'str'; v: string }
  | { t: 'arr-str'; v: string[] }
  | { t: 'arr-f32'; v: number[] }
  | { t: 'arr-i32'; v: number[] };

export interface TensorSpec {
  name: string;
  /** ggml order: fastest-varying dimension first. */
  dims: number[];
  data: Float32Array;
}

const ALIGN = 32;

class Writer {
  private readonly parts: Buffer[] = [];
  length = 0;

  push(buf: Buffer): void {
    this.parts.push(buf);
    this.length += buf.length;
  }
  u32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    this.push(b);
  }
  i32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeInt32LE(v);
    this.push(b);
  }
  u64(v: number): void {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    this.push(b);
  }
  f32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeFloatLE(v);
    this.push(b);
  }
  str(s: string): void {
    const bytes = Buffer.from(s, 'utf8');
    this.u64(bytes.length);
    this.push(bytes);
  }
  pad(): void {
    const rest = this.length % ALIGN;
    if (rest) this.push(Buffer.alloc(ALIGN - rest));
  }
  toBuffer(): Buffer {
    return Buffer.concat(this.parts);
  }
}

function writeValue(w: Writer, value: Value): void {
  switch (value.t) {
    case 'u32': return void (w.u32(4), w.u32(value.v));
    case 'i32': return void (w.u32(5), w.i32(value.v));
    case 'f32': return void (w.u32(6), w.f32(value.v));
    case 'bool': return void (w.u32(7), w.push(Buffer.from([value.v ? 1 : 0])));
    case 'str': return void (w.u32(8), w.str(value.v));
    case 'arr-str':
      w.u32(9);
      w.u32(8);
      w.u64(value.v.length);
      for (const s of value.v) w.str(s);
      return;
    case 'arr-f32':
      w.u32(9);
      w.u32(6);
      w.u64(value.v.length);
      for (const f of value.v) w.f32(f);
      return;
    case 'arr-i32':
      w.u32(9);
      w.u32(5);
      w.u64(value.v.length);
      for (const i of value.v) w.i32(i);
      return;
  }
}

/** Serializes a GGUF v3 file from metadata and F32 tensors. */
export function buildGguf(metadata: Record<string, Value>, tensors: TensorSpec[]): Buffer {
  const head = new Writer();
  head.push(Buffer.from('GGUF', 'ascii'));
  head.u32(3);
  head.u64(tensors.length);
  head.u64(Object.keys(metadata).length);
  for (const [key, value] of Object.entries(metadata)) {
    head.str(key);
    writeValue(head, value);
  }
  let offset = 0;
  const offsets: number[] = [];
  for (const tensor of tensors) {
    head.str(tensor.name);
    head.u32(tensor.dims.length);
    for (const d of tensor.dims) head.u64(d);
    head.u32(0); // GGML_TYPE_F32
    head.u64(offset);
    offsets.push(offset);
    offset += Math.ceil((tensor.data.length * 4) / ALIGN) * ALIGN;
  }
  head.pad();
  const data = Buffer.alloc(offset);
  tensors.forEach((tensor, i) => {
    Buffer.from(tensor.data.buffer, tensor.data.byteOffset, tensor.data.byteLength).copy(data, offsets[i]);
  });
  return Buffer.concat([head.toBuffer(), data]);
}

/** Deterministic small random numbers (mulberry32) so the model file is the same every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['the', 'a', 'and', 'to', 'of', 'in', 'is', 'you', 'that', 'it', 'for', 'on', 'with', 'as', 'job', 'work', 'skill', 'resume', 'hello', 'world', 'yes', 'no', 'true', 'false'];

function vocabulary(): { tokens: string[]; scores: number[]; types: number[] } {
  const tokens = ['<unk>', '<s>', '</s>'];
  const types = [2, 3, 3]; // unknown, control, control
  for (let b = 0; b < 256; b++) {
    tokens.push(`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`);
    types.push(6); // byte
  }
  const pieces = ['▁', ...'abcdefghijklmnopqrstuvwxyz'.split(''), ...'{}[]":,0123456789'.split(''), ...WORDS.map((w) => `▁${w}`)];
  for (const piece of pieces) {
    tokens.push(piece);
    types.push(1); // normal
  }
  const scores = tokens.map((t, i) => (types[i] === 1 ? -i / 10 - (t.length === 1 ? 10 : 0) : 0));
  return { tokens, scores, types };
}

/** A loadable llama-architecture GGUF with random weights: ~300-piece vocabulary, 1 block, 16-dim. */
export function buildTinyLlamaGguf(options: { contextLength?: number; seed?: number } = {}): Buffer {
  const nEmbd = 16;
  const nHead = 2;
  const nFf = 32;
  const rand = random(options.seed ?? 42);
  const { tokens, scores, types } = vocabulary();
  const nVocab = tokens.length;
  const weights = (...dims: number[]): Float32Array => Float32Array.from({ length: dims.reduce((a, b) => a * b, 1) }, () => (rand() - 0.5) * 0.5);
  const ones = (n: number): Float32Array => new Float32Array(n).fill(1);
  const tensors: TensorSpec[] = [
    { name: 'token_embd.weight', dims: [nEmbd, nVocab], data: weights(nEmbd, nVocab) },
    { name: 'output_norm.weight', dims: [nEmbd], data: ones(nEmbd) },
    { name: 'output.weight', dims: [nEmbd, nVocab], data: weights(nEmbd, nVocab) },
    { name: 'blk.0.attn_norm.weight', dims: [nEmbd], data: ones(nEmbd) },
    { name: 'blk.0.attn_q.weight', dims: [nEmbd, nEmbd], data: weights(nEmbd, nEmbd) },
    { name: 'blk.0.attn_k.weight', dims: [nEmbd, nEmbd], data: weights(nEmbd, nEmbd) },
    { name: 'blk.0.attn_v.weight', dims: [nEmbd, nEmbd], data: weights(nEmbd, nEmbd) },
    { name: 'blk.0.attn_output.weight', dims: [nEmbd, nEmbd], data: weights(nEmbd, nEmbd) },
    { name: 'blk.0.ffn_norm.weight', dims: [nEmbd], data: ones(nEmbd) },
    { name: 'blk.0.ffn_gate.weight', dims: [nEmbd, nFf], data: weights(nEmbd, nFf) },
    { name: 'blk.0.ffn_down.weight', dims: [nFf, nEmbd], data: weights(nFf, nEmbd) },
    { name: 'blk.0.ffn_up.weight', dims: [nEmbd, nFf], data: weights(nEmbd, nFf) },
  ];
  const metadata: Record<string, Value> = {
    'general.architecture': { t: 'str', v: 'llama' },
    'general.name': { t: 'str', v: 'pathwise-tiny-random' },
    'general.alignment': { t: 'u32', v: ALIGN },
    'general.file_type': { t: 'u32', v: 0 },
    'llama.context_length': { t: 'u32', v: options.contextLength ?? 2048 },
    'llama.embedding_length': { t: 'u32', v: nEmbd },
    'llama.block_count': { t: 'u32', v: 1 },
    'llama.feed_forward_length': { t: 'u32', v: nFf },
    'llama.attention.head_count': { t: 'u32', v: nHead },
    'llama.attention.head_count_kv': { t: 'u32', v: nHead },
    'llama.rope.dimension_count': { t: 'u32', v: nEmbd / nHead },
    'llama.attention.layer_norm_rms_epsilon': { t: 'f32', v: 1e-5 },
    'tokenizer.ggml.model': { t: 'str', v: 'llama' },
    'tokenizer.ggml.tokens': { t: 'arr-str', v: tokens },
    'tokenizer.ggml.scores': { t: 'arr-f32', v: scores },
    'tokenizer.ggml.token_type': { t: 'arr-i32', v: types },
    'tokenizer.ggml.bos_token_id': { t: 'u32', v: 1 },
    'tokenizer.ggml.eos_token_id': { t: 'u32', v: 2 },
    'tokenizer.ggml.unknown_token_id': { t: 'u32', v: 0 },
    'tokenizer.ggml.add_bos_token': { t: 'bool', v: true },
    'tokenizer.ggml.add_eos_token': { t: 'bool', v: false },
  };
  return buildGguf(metadata, tensors);
}

/** Writes the tiny model into `dir` and returns its path. */
export function writeTinyLlamaGguf(dir: string, name = 'tiny.gguf'): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, buildTinyLlamaGguf());
  return file;
}

/** The same file cut short: header intact, tensor data missing (a download that stopped early). */
export function writeTruncatedGguf(dir: string, name = 'truncated.gguf'): string {
  const full = buildTinyLlamaGguf();
  const file = path.join(dir, name);
  fs.writeFileSync(file, full.subarray(0, Math.floor(full.length * 0.6)));
  return file;
}
