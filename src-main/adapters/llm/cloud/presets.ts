/**
 * OpenAI-compatible endpoints Pathwise knows (ARCHITECTURE.md "LLM": OpenAI, Azure OpenAI, Groq,
 * OpenRouter, Ollama, LM Studio), plus "custom" for any other compatible server.
 */
export type OpenAiPresetId = 'openai' | 'azure' | 'groq' | 'openrouter' | 'ollama' | 'lmstudio' | 'custom';

export type JsonMode = 'json_schema' | 'json_object' | 'prompt';

export interface OpenAiPreset {
  id: OpenAiPresetId;
  name: string;
  /** null: the person supplies it (Azure resource, custom server). */
  baseUrl: string | null;
  auth: 'bearer' | 'api-key-header';
  requiresKey: boolean;
  /** Best structured-output mode; downgraded automatically if the server refuses it. */
  jsonMode: JsonMode;
  maxTokensField: 'max_tokens' | 'max_completion_tokens';
  /** Runs on this machine (no data leaves it). */
  local: boolean;
  extraHeaders?: Record<string, string>;
  defaultApiVersion?: string;
}

export const OPENAI_PRESETS: Record<OpenAiPresetId, OpenAiPreset> = {
  openai: { id: 'openai', name: 'OpenAI', baseUrl: 'https://api.openai.com/v1', auth: 'bearer', requiresKey: true, jsonMode: 'json_schema', maxTokensField: 'max_completion_tokens', local: false },
  azure: {
    id: 'azure', name: 'Azure OpenAI', baseUrl: null, auth: 'api-key-header', requiresKey: true, jsonMode: 'json_schema', maxTokensField: 'max_tokens', local: false,
    defaultApiVersion: '2024-10-21',
  },
  groq: { id: 'groq', name: 'Groq', baseUrl: 'https://api.groq.com/openai/v1', auth: 'bearer', requiresKey: true, jsonMode: 'json_object', maxTokensField: 'max_tokens', local: false },
  openrouter: {
    id: 'openrouter', name: 'OpenRouter', baseUrl: 'https://openrouter.ai/api/v1', auth: 'bearer', requiresKey: true, jsonMode: 'json_schema', maxTokensField: 'max_tokens', local: false,
    extraHeaders: { 'X-Title': 'Pathwise' },
  },
  ollama: { id: 'ollama', name: 'Ollama', baseUrl: 'http://127.0.0.1:11434/v1', auth: 'bearer', requiresKey: false, jsonMode: 'json_schema', maxTokensField: 'max_tokens', local: true },
  lmstudio: { id: 'lmstudio', name: 'LM Studio', baseUrl: 'http://127.0.0.1:1234/v1', auth: 'bearer', requiresKey: false, jsonMode: 'json_schema', maxTokensField: 'max_tokens', local: true },
  custom: { id: 'custom', name: 'OpenAI-compatible', baseUrl: null, auth: 'bearer', requiresKey: false, jsonMode: 'json_schema', maxTokensField: 'max_tokens', local: false },
};

export const ANTHROPIC_DEFAULTS = { name: 'Anthropic', baseUrl: 'https://api.anthropic.com', version: '2023-06-01' } as const;
