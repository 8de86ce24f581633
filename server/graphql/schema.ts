// Assembles the schema: importing a type file registers it on the builder.
import { builder } from './builder.ts';
import './scalars.ts';
import './types/accounts.ts';
import './types/addressees.ts';
import './types/auth.ts';
import './types/case.ts';
import './types/case-membership.ts';
import './types/chain.ts';
import './types/chain-party.ts';
import './types/demo.ts';
import './types/enforcement-file.ts';
import './types/evidence.ts';
import './types/follow-up.ts';
import './types/graph-node.ts';
import './types/health.ts';
import './types/hosters.ts';
import './types/hosting-timeline.ts';
import './types/late-orders.ts';
import './types/notices.ts';
import './types/orders.ts';
import './types/order-documents.ts';
import './types/order-sending.ts';
import './types/refusals.ts';
import './types/packs.ts';
import './types/resolve-job.ts';
import './types/search.ts';
import './types/transparency.ts';

/** Pothos 4 sorts the schema lexicographically, so the printed SDL is stable. */
export const schema = builder.toSchema();
