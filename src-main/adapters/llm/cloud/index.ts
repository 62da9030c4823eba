/** Cloud LLM adapters (opt-in). API keys come in per instance from the keychain; never stored or logged here. */
export { AnthropicProvider, type AnthropicOptions } from './anthropic.provider';
export { CloudHttpError, parseRetryAfterMs, redact, type CloudTransportOptions } from './cloud-http';
export { OpenAiCompatibleProvider, type OpenAiCompatibleOptions } from './openai-compatible.provider';
export { ANTHROPIC_DEFAULTS, OPENAI_PRESETS, type JsonMode, type OpenAiPreset, type OpenAiPresetId } from './presets';
export { SseParser, type SseEvent } from './sse';
