import type {
  AiAgent as AiAgentModel,
  Csat as CsatModel,
  CustomerExperience as CxModel,
  WorkSegment as SegmentModel,
} from '../upstreams/enneo/models.js';
import { builder } from './builder.js';

/** The value types inside an enneo worklog: AI agents, tracked segments, customer experience. */

export const AiAgent = builder.objectRef<AiAgentModel>('AiAgent');
AiAgent.implement({
  description: 'An enneo AI agent that took part in a worklog.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    name: t.exposeString('name', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    intelligence: t.exposeString('intelligence', { nullable: true, description: 'e.g. "smart".' }),
    textAssistanceAccuracy: t.exposeFloat('textAssistanceAccuracy', { nullable: true }),
    actions: t.field({
      type: 'JSON',
      nullable: true,
      description: "The agent's actions as enneo sent them.",
      resolve: (a) => a.actions,
    }),
  }),
});

export const WorkSegment = builder.objectRef<SegmentModel>('WorkSegment');
WorkSegment.implement({
  description: 'One tracked stretch of work inside a worklog session.',
  fields: (t) => ({
    userTimeTrackingId: t.exposeInt('userTimeTrackingId', { nullable: true }),
    from: t.field({ type: 'DateTime', resolve: (s) => s.from }),
    to: t.field({ type: 'DateTime', resolve: (s) => s.to }),
    durationSeconds: t.exposeInt('durationSeconds', { nullable: true, description: 'to − from, in seconds.' }),
    actions: t.exposeStringList('actions', { description: 'actionList as sent, e.g. ["reply", "closed"].' }),
    actionTexts: t.exposeStringList('actionTexts', { description: 'actionListText as sent (display text).' }),
  }),
});

export const Csat = builder.objectRef<CsatModel>('Csat');
Csat.implement({
  description: 'A customer-satisfaction answer.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    scale: t.exposeInt('scale', { nullable: true }),
    answerStars: t.exposeFloat('answerStars', { nullable: true }),
    answerText: t.exposeString('answerText', {
      nullable: true,
      authScopes: { 'pii:read': true },
      description: "The customer's own words (needs pii:read).",
    }),
  }),
});

export const CustomerExperience = builder.objectRef<CxModel>('CustomerExperience');
CustomerExperience.implement({
  description: 'SLA and satisfaction facts of a worklog.',
  fields: (t) => ({
    slaMet: t.exposeBoolean('slaMet', { nullable: true }),
    netSecondsClosedAfterSla: t.exposeInt('netSecondsClosedAfterSla', {
      nullable: true,
      description: 'Negative: closed before the SLA deadline.',
    }),
    closingDateForSla: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.closingDateForSla }),
    dueDateForSla: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.dueDateForSla }),
    reopened: t.exposeBoolean('reopened', { nullable: true }),
    csat: t.field({ type: Csat, nullable: true, resolve: (c) => c.csat }),
  }),
});
