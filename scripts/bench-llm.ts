/**
 * npm run bench:llm -- <model.gguf> [--rounds N] [--prompt-tokens N] [--gen-tokens N] [--threads N]
 *
 * Loads the model through the app's own LlamaRuntime and prints: load time, prompt (prefill)
 * tokens/s, generation tokens/s, and generation speed as a share of the memory-bandwidth ceiling
 * (PERFORMANCE.md: decode tokens/s ≈ memory bandwidth ÷ model bytes; target ≥ 0.7×). Memory
 * bandwidth is measured in the same run, alternating with generation rounds, so noise on these
 * shared machines hits both sides; medians are reported.
 */
import fs from 'node:fs';
import { LlamaRuntime } from '../src-main/adapters/llm/local/llama-runtime';

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Copy bandwidth: a 256 MiB Float64Array copied with TypedArray.set (memcpy underneath), counting
 * bytes read + written. Single-threaded, so it is a floor for what llama.cpp's threads can reach.
 */
function measureBandwidth(src: Float64Array, dst: Float64Array): number {
  dst.set(src); // warm the pages
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    dst.set(src);
    times.push(performance.now() - t0);
  }
  return (2 * src.byteLength) / (Math.min(...times) / 1000);
}

/** Read-only bandwidth: summing the array (what decode mostly does: stream the weights once). */
function measureReadBandwidth(src: Float64Array): number {
  let sum = 0;
  const t0 = performance.now();
  for (let i = 0; i < src.length; i += 1) sum += src[i]!;
  const ms = performance.now() - t0;
  if (sum === 42) console.log(''); // keep the loop from being optimised away
  return src.byteLength / (ms / 1000);
}

async function main(): Promise<void> {
  const modelPath = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !(all[i - 1] ?? '').startsWith('--'));
  if (!modelPath || !fs.existsSync(modelPath)) {
    process.stderr.write('usage: npm run bench:llm -- <model.gguf> [--rounds 3] [--prompt-tokens 128] [--gen-tokens 64] [--threads N]\n');
    process.exit(2);
  }
  const rounds = arg('rounds', 3);
  const threadsArg = arg('threads', 0);
  const modelBytes = fs.statSync(modelPath).size;

  const runtime = new LlamaRuntime({ idleUnloadMs: 0 });
  const t0 = performance.now();
  const llama = await runtime.getLlama();
  const startMs = performance.now() - t0;

  const spec = { path: modelPath, contextSize: 1024, threads: threadsArg || undefined };
  const loadMs = await runtime.withModel(spec, new AbortController().signal, async (loaded) => loaded.loadMs);

  const words = 'Pathwise reads a resume and a job posting and explains which skills match and which are missing. '.repeat(64);
  const n = 32 * 1024 * 1024; // 256 MiB of float64
  const src = new Float64Array(n).map((_, i) => i % 7);
  const dst = new Float64Array(n);

  const prefill: number[] = [];
  const decode: number[] = [];
  const bandwidth: number[] = [];
  const readBandwidth: number[] = [];
  let threads = 0;
  let contextSize = 0;
  for (let round = 0; round < rounds + 1; round++) {
    const bw = measureBandwidth(src, dst);
    const rbw = measureReadBandwidth(src);
    const [p, d] = await runtime.withModel(spec, new AbortController().signal, async (loaded) => {
      threads = loaded.threads;
      contextSize = loaded.contextSize;
      const promptTokens = loaded.model.tokenize(words).slice(0, Math.min(arg('prompt-tokens', 128), contextSize / 2));
      const genTokens = Math.min(arg('gen-tokens', 64), contextSize - promptTokens.length - 1);
      await loaded.resetSequence();
      const sequence = await loaded.sequence();
      const tp = performance.now();
      await sequence.evaluateWithoutGeneratingNewTokens(promptTokens);
      const prefillRate = promptTokens.length / ((performance.now() - tp) / 1000);
      let generated = 0;
      const tg = performance.now();
      for await (const _ of sequence.evaluate([promptTokens.at(-1)!], { temperature: 0 })) {
        if (++generated >= genTokens) break;
      }
      const decodeRate = generated / ((performance.now() - tg) / 1000);
      await loaded.resetSequence();
      return [prefillRate, decodeRate] as const;
    });
    if (round === 0) continue; // warm-up
    prefill.push(p);
    decode.push(d);
    bandwidth.push(bw);
    readBandwidth.push(rbw);
  }
  await runtime.dispose();

  const gb = (bytesPerSecond: number): string => `${(bytesPerSecond / 1e9).toFixed(2)} GB/s`;
  const bw = median(bandwidth);
  const ceiling = bw / modelBytes;
  const decodeRate = median(decode);
  const lines = [
    `model            ${modelPath} (${(modelBytes / 1e6).toFixed(1)} MB)`,
    `runtime          gpu: ${llama.gpu || 'none'}, threads: ${threads}, context: ${contextSize}, rounds: ${rounds} (+1 warm-up)`,
    `llama.cpp start  ${startMs.toFixed(0)} ms`,
    `model load       ${loadMs.toFixed(0)} ms`,
    `prompt           ${median(prefill).toFixed(1)} tokens/s (median)`,
    `generation       ${decodeRate.toFixed(1)} tokens/s (median)`,
    `memory bandwidth ${gb(bw)} copy (read+write, single thread), ${gb(median(readBandwidth))} read (JS sum loop)`,
    `ceiling          ${ceiling.toFixed(1)} tokens/s (bandwidth ÷ model bytes)`,
    `ratio            ${(decodeRate / ceiling).toFixed(2)}× of the ceiling (target ≥ 0.7×)`,
  ];
  if (modelBytes < 64 * 1024 * 1024) {
    lines.push('note             a model this small fits in CPU cache and is bound by per-token overhead, not memory; the ratio is only meaningful for real (≥ ~300 MB) models.');
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

void main();
