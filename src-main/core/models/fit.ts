/**
 * Will this model run on this machine? Recommendations follow measured RAM/VRAM
 * (ARCHITECTURE.md "LLM"). Core code sees the machine only through MachineProbe; the
 * node-llama-cpp implementation lives in src-main/adapters/llm/local/machine-probe.ts.
 */
import { LlmError } from '../llm/llm-provider';

export type GpuKind = 'cuda' | 'metal' | 'vulkan' | false;

export interface MachineInfo {
  totalRamBytes: number;
  freeRamBytes: number;
  /** Total video memory of the GPU llama.cpp would use (0 without a GPU). */
  vramBytes: number;
  gpu: GpuKind;
}

export interface MachineProbe {
  probe(): Promise<MachineInfo>;
}

/** What a model needs to run with its default context (weights + KV cache + runtime overhead). */
export interface ModelRequirements {
  ramBytes: number;
  /** Video memory for full GPU offload; defaults to ramBytes. */
  vramBytes?: number;
}

export type FitVerdict = 'fits' | 'tight' | 'wont-fit';

export interface FitAssessment {
  verdict: FitVerdict;
  /** One sentence for the person. */
  reason: string;
  /** Where the weights would go. */
  placement: 'gpu' | 'cpu';
}

const GB = 1024 ** 3;
/** Leave this share of total RAM to the OS and the rest of the app. */
const RAM_USABLE_SHARE = 0.8;
const RUNTIME_OVERHEAD_BYTES = 300 * 1024 ** 2;

const gb = (bytes: number): string => `${(bytes / GB).toFixed(1)} GB`;

/**
 * Estimate for a file with no catalog entry: weights are the file, plus a KV cache and scratch
 * buffers that scale roughly with model size at a 4k context, plus fixed overhead.
 */
export function estimateRequirements(fileBytes: number): ModelRequirements {
  const ramBytes = Math.round(fileBytes * 1.2 + RUNTIME_OVERHEAD_BYTES);
  return { ramBytes, vramBytes: ramBytes };
}

export function assessFit(model: ModelRequirements, machine: MachineInfo): FitAssessment {
  const need = model.ramBytes;
  const needVram = model.vramBytes ?? need;
  // Unified memory (Apple silicon) shares RAM with the GPU; a discrete GPU has its own.
  if (machine.gpu && machine.vramBytes > 0 && needVram <= machine.vramBytes * 0.9) {
    return { verdict: 'fits', placement: 'gpu', reason: `Runs on the GPU: needs about ${gb(needVram)} of ${gb(machine.vramBytes)} video memory.` };
  }
  const usable = machine.totalRamBytes * RAM_USABLE_SHARE;
  if (need > usable) {
    return {
      verdict: 'wont-fit',
      placement: 'cpu',
      reason: `Needs about ${gb(need)} of memory; this computer has ${gb(machine.totalRamBytes)} in total, so it would not run well or at all.`,
    };
  }
  if (need > machine.freeRamBytes) {
    return {
      verdict: 'tight',
      placement: 'cpu',
      reason: `Needs about ${gb(need)}; only ${gb(machine.freeRamBytes)} is free right now. Close other programs first, or pick a smaller model.`,
    };
  }
  if (need > usable * 0.75) {
    return { verdict: 'tight', placement: 'cpu', reason: `Needs about ${gb(need)} of ${gb(machine.totalRamBytes)}; it will run, but other programs may slow down.` };
  }
  return { verdict: 'fits', placement: 'cpu', reason: `Runs on the processor: needs about ${gb(need)} of ${gb(machine.freeRamBytes)} free memory.` };
}

/**
 * The load path's guard: a model that will not fit is refused with `model-too-large` unless the
 * person explicitly chose to try anyway.
 */
export function ensureLoadable(model: ModelRequirements, machine: MachineInfo, override = false): FitAssessment {
  const fit = assessFit(model, machine);
  if (fit.verdict === 'wont-fit' && !override) {
    throw new LlmError('model-too-large', `${fit.reason} Choose a smaller model, or load it anyway from the model settings.`);
  }
  return fit;
}
