import type { Services } from '../services';
import type { Handlers } from './dispatch';

type AiChannel = Extract<
  keyof Handlers,
  | `ai:${string}`
  | `models:${string}`
  | `providers:${string}`
  | `secrets:${string}`
  | `consent:${string}`
  | `ledger:${string}`
  | `coach:${string}`
  | `letters:${string}`
>;

export function aiHandlers(s: Services): Pick<Handlers, AiChannel> {
  const { config, secrets, ledger, models, resolver, coach, letters } = s.ai;
  return {
    'ai:getSettings': () => config.getSettings(),
    'ai:updateSettings': ({ features }) => config.updateFeatures(features),
    'ai:status': () => resolver.describe(),

    'models:list': () => models.list(),
    'models:pull': ({ id }) => models.pull(id),
    'models:addFromDisk': ({ path }) => models.addFromDisk(path),
    'models:remove': ({ id }) => models.remove(id),
    'models:setActive': ({ id, allowWontFit }) => models.setActive(id, allowWontFit),

    'providers:presets': () => config.presetList(),
    'providers:list': () => config.listProviders(),
    'providers:save': (input) => config.saveProvider(input),
    'providers:remove': async ({ id }) => {
      const removed = await config.removeProvider(id);
      if (removed) await secrets.deleteKey(id).catch(() => false);
      return { removed };
    },

    'secrets:status': () => secrets.status(),
    'secrets:hasKey': ({ providerId }) => secrets.hasKey(providerId),
    'secrets:setKey': async ({ providerId, key }) => {
      await config.providerConfig(providerId); // keys only for configured providers
      return secrets.setKey(providerId, key);
    },
    'secrets:deleteKey': async ({ providerId }) => ({ deleted: await secrets.deleteKey(providerId) }),

    'consent:list': () => config.listConsents(),
    'consent:grant': ({ providerId }) => config.grantConsent(providerId),
    'consent:revoke': async ({ providerId }) => ({ revoked: await config.revokeConsent(providerId) }),

    'ledger:list': (input) => ledger.list(input?.limit ?? 200),

    'coach:feedback': ({ resumeId, offline }) => coach.startFeedback(resumeId, offline),
    'coach:tailor': ({ resumeId, jobId, offline }) => coach.startTailoring(resumeId, jobId, offline),
    'coach:applySuggestions': ({ resumeId, jobId, suggestions, suggestionIds }) =>
      coach.applySuggestions(resumeId, jobId, suggestions, suggestionIds),
    'coach:coverLetter': (input) => coach.startCoverLetter(input),

    'letters:list': ({ jobId }) => letters.list(jobId),
    'letters:update': ({ id, text }) => letters.update(id, text),
    'letters:delete': ({ id }) => letters.delete(id),
    'letters:export': ({ id, format }) => letters.export(id, format),
  };
}
