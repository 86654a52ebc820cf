import type { Context } from '../../../context.js';
import { enneoDurationOf, type EnneoWorklog as EnneoWorklogModel } from '../models.js';
import { Actor, type ActorModel } from '../../../schema/actor.js';
import { enneoActor } from '../actors.js';
import { Assessment, type AssessmentParent, EnneoWorklog } from './refs.js';
import { builder } from '../../../schema/builder.js';
import { nodeEntity } from '../../../schema/entity.js';
import { EnneoActionEnum } from './enneo-action.js';
import { AiAgent, CustomerExperience, WorkSegment } from './enneo-worklog-parts.js';
import { formatDuration } from '../../../schema/format.js';
import { Ticket } from '../../../schema/ticket.js';
import { requireTicketOf } from '../../../schema/ticket-source.js';
import { TimelineEntry } from '../../../schema/timeline-entry.js';
import { registerLocalId } from '../../../schema/global-id.js';
import { badUserInput } from '../../../schema/user-input.js';
import { Worklog } from '../../../schema/worklog.js';

export { EnneoWorklog };

const ACTION_LABEL: Record<EnneoWorklogModel['action'], string> = {
  CLOSE_ACTION: 'Closed',
  READ_ACTION: 'Read',
  STATUS_ACTION: 'Status changed',
  WRITE_ACTION: 'Wrote',
  AUTO_PROCESS_ACTION: 'Processed by AI',
  OTHER: 'Worked',
};

function author(w: EnneoWorklogModel): ActorModel | null {
  return enneoActor(w.userId, w.action === 'AUTO_PROCESS_ACTION');
}

function summary(w: EnneoWorklogModel): string {
  const label = w.action === 'OTHER' ? `${ACTION_LABEL.OTHER} (${w.rawAction})` : ACTION_LABEL[w.action];
  const what = w.actionTexts.length > 0 ? `: ${w.actionTexts.join(', ')}` : '';
  return `${label}${what}${w.durationSeconds === null ? '' : ` — ${formatDuration(w.durationSeconds)}`}`;
}

/** `ticketId:worklogId`; any id enneo can send as a JSON number survives (the mapping only accepts safe integers). */
const parseEnneoWorklogId = registerLocalId('EnneoWorklog', (id: string) => {
  const match = /^(-?\d{1,16}):(-?\d{1,16})$/.exec(id);
  const [ticketId, worklogId] = [Number(match?.[1]), Number(match?.[2])];
  if (!match || !Number.isSafeInteger(ticketId) || !Number.isSafeInteger(worklogId)) {
    throw badUserInput('id is not an EnneoWorklog id this gateway issued');
  }
  return { ticketId, worklogId };
});

/** Loads an EnneoWorklog by the local part of its global id (`node(id)` and federation). */
async function loadEnneoWorklog(id: string, ctx: Context): Promise<EnneoWorklogModel | null> {
  const { ticketId, worklogId } = parseEnneoWorklogId(id);
  const worklogs = await ctx.loaders.enneo.worklogsByTicket.load(ticketId);
  return worklogs?.find((w) => w.worklogId === worklogId) ?? null;
}

builder.node(EnneoWorklog, {
  description: 'One enneo worklog: a session of work on a ticket, with its AI usage, SLA facts and assessments.',
  interfaces: () => [Worklog, TimelineEntry],
  id: { resolve: (w) => `${w.ticketId}:${w.worklogId}` },
  loadOne: loadEnneoWorklog,
  fields: (t) => ({
    occurredAt: t.field({ type: 'DateTime', resolve: (w) => w.startedAt }),
    actor: t.field({ type: Actor, nullable: true, resolve: author }),
    ticket: t.field({ type: Ticket, resolve: (w, _args, ctx) => requireTicketOf(ctx, w) }),
    summary: t.string({ resolve: summary }),
    startedAt: t.field({
      type: 'DateTime',
      description: 'First tracked segment start (else latest interaction − duration).',
      resolve: (w) => w.startedAt,
    }),
    durationSeconds: t.int({
      nullable: true,
      description: 'time.duration: handling time in seconds; an UPSTREAM_BAD_RESPONSE here alone when enneo sent something else.',
      resolve: (w) => enneoDurationOf(w, `worklog ${w.worklogId} of ticket ${w.ticketId}`),
    }),
    author: t.field({ type: Actor, nullable: true, resolve: author }),
    comment: t.string({ nullable: true, description: 'enneo worklogs have no comment: always null.', resolve: () => null }),
    worklogId: t.exposeInt('worklogId'),
    ticketId: t.exposeInt('ticketId'),
    conversationId: t.exposeInt('conversationId', { nullable: true }),
    date: t.field({ type: 'Date', description: 'The worklog day as enneo sent it.', resolve: (w) => w.date }),
    latestInteraction: t.field({ type: 'DateTime', nullable: true, resolve: (w) => w.latestInteraction }),
    action: t.field({ type: EnneoActionEnum, resolve: (w) => w.action }),
    rawAction: t.exposeString('rawAction', { description: 'The action exactly as sent (for values newer than this gateway).' }),
    actions: t.exposeStringList('actions', { description: 'actionList, e.g. ["reply", "closed"].' }),
    actionTexts: t.exposeStringList('actionTexts', { description: 'actionListText (display text; do not parse).' }),
    durationAfterWorkSeconds: t.exposeInt('durationAfterWorkSeconds', {
      nullable: true,
      description: 'time.durationAfterWork, in seconds.',
    }),
    automationLevel: t.exposeInt('automationLevel', {
      nullable: true,
      description: '0 (no AI) to 5 (dark processing without approval).',
    }),
    automationLevelLabel: t.exposeString('automationLevelLabel', { nullable: true, description: 'Display text only.' }),
    aiAgents: t.field({ type: [AiAgent], resolve: (w) => w.aiAgents }),
    segments: t.field({ type: [WorkSegment], resolve: (w) => w.segments }),
    customerExperience: t.field({ type: CustomerExperience, nullable: true, resolve: (w) => w.customerExperience }),
    assessments: t.field({
      type: [Assessment],
      resolve: (w) => w.assessments.map((a): AssessmentParent => ({ ...a, ticketId: w.ticketId, worklogId: w.worklogId })),
    }),
    raw: t.field({
      type: 'JSONObject',
      nullable: true,
      authScopes: { 'pii:read': true },
      description: 'The worklog entry exactly as enneo sent it (needs pii:read).',
      resolve: (w) => w.raw,
    }),
  }),
});

nodeEntity(EnneoWorklog, loadEnneoWorklog);
