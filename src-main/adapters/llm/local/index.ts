/** Local LLM adapter (node-llama-cpp, imported lazily). */
export { LocalLlmProvider, type LocalCallUsage, type LocalLlmProviderOptions } from './local-llm-provider';
export { LlamaRuntime, sharedLlamaRuntime, type LlamaRuntimeOptions, type LoadedModel, type ModelSpec } from './llama-runtime';
export { createMachineProbe } from './machine-probe';
