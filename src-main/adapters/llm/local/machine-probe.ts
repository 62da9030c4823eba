/**
 * MachineProbe on this computer: RAM from node:os, GPU and video memory from node-llama-cpp. The
 * library is only imported when a probe is asked for (model settings, a load), never at start-up.
 */
import os from 'node:os';
import type { MachineInfo, MachineProbe } from '../../../core/models/fit';
import { sharedLlamaRuntime, type LlamaRuntime } from './llama-runtime';

export function createMachineProbe(runtime: LlamaRuntime = sharedLlamaRuntime()): MachineProbe {
  return {
    async probe(): Promise<MachineInfo> {
      const base = { totalRamBytes: os.totalmem(), freeRamBytes: os.freemem() };
      try {
        const llama = await runtime.getLlama();
        if (!llama.gpu) return { ...base, vramBytes: 0, gpu: false };
        const vram = await llama.getVramState();
        return { ...base, vramBytes: vram.total, gpu: llama.gpu };
      } catch {
        // No usable llama.cpp binary: judge by RAM alone.
        return { ...base, vramBytes: 0, gpu: false };
      }
    },
  };
}
