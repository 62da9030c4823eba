/**
 * THE IPC contract: every channel main handles, its input schema and output type.
 * Imports nothing from electron, node:* or the DOM (lint-enforced), so main, preload, renderer and
 * the browser-mode bridge all share it.
 */
import type { z } from 'zod';
import { appChannels } from './app.contract';
import { dashboardChannels } from './dashboard.contract';
import { resumeChannels } from './resumes.contract';
import { jobChannels } from './jobs.contract';
import { taskChannels } from './tasks.contract';
import { aiChannels } from './ai.contract';
import type { ChannelSpec } from './define';
import { CHANNEL_NAME_LIST } from './channel-names';

export const contract = {
  ...appChannels,
  ...dashboardChannels,
  ...resumeChannels,
  ...taskChannels,
  ...jobChannels,
  ...aiChannels,
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;

export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> =
  Contract[C] extends ChannelSpec<z.ZodType, infer O> ? O : never;

export const CHANNEL_NAMES: readonly ChannelName[] = CHANNEL_NAME_LIST;

// Compile-time guard: the zod-free name list and the contract hold exactly the same channels.
type Listed = (typeof CHANNEL_NAME_LIST)[number];
const listCoversContract: [Exclude<ChannelName, Listed>] extends [never] ? true : false = true;
const contractCoversList: [Exclude<Listed, ChannelName>] extends [never] ? true : false = true;
void listCoversContract;
void contractCoversList;

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './result';
export * from './app.contract';
export * from './dashboard.contract';
export * from './resumes.contract';
export * from './tasks.contract';
export * from './jobs.contract';
export * from './ai.contract';
export type * from './match.types';
export type * from './coach.types';
export type * from './resume.types';
export type * from './job.types';
