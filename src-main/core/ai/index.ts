/** The AI layer as the app uses it: settings, providers, keys, consent, ledger, models and the coach features. */
export { AiConfigService, DEFAULT_AI_SETTINGS, type CloudProviderConfig, type ProviderInput } from './ai-config.service';
export { AiSecrets, providerAccount } from './ai-secrets';
export { CoachService } from './coach.service';
export { CoverLettersService, type LetterExporter } from './cover-letters.service';
export { OutboundLedger } from './ledger';
export { callLimits, FEATURE_LIMITS } from './limits';
export { ModelsService } from './models.service';
export { OFFLINE_LABEL, ProviderResolver, type ProviderFactories, type ResolvedRoute } from './provider-resolver';
export { regroundSuggestions, TailoredVersions, tailoredTitle } from './tailored-version';
