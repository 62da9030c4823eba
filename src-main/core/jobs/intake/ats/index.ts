/** The ATS clients by kind. */
import type { AtsKind } from '../types';
import { ashby } from './ashby';
import type { AtsClient } from './common';
import { greenhouse } from './greenhouse';
import { lever } from './lever';
import { smartrecruiters } from './smartrecruiters';
import { workable } from './workable';

export const ATS_CLIENTS: Record<AtsKind, AtsClient> = { greenhouse, lever, ashby, workable, smartrecruiters };
export type { AtsClient, AtsRequestOptions } from './common';
export { ashby, greenhouse, lever, smartrecruiters, workable };
