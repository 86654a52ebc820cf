import type { Context } from '../../../context.js';
import type { Assessment as AssessmentModel, AssessmentCriterion as CriterionModel } from '../models.js';
import { Actor } from '../../../schema/actor.js';
import { enneoActor } from '../actors.js';
import { builder } from '../../../schema/builder.js';
import { nodeEntity } from '../../../schema/entity.js';
import { Assessment, type AssessmentParent, EnneoTicket, EnneoWorklog } from './refs.js';
import { Scorecard } from './scorecard.js';
import { checkArgs } from '../../../schema/argument-precheck.js';
import { registerLocalId } from '../../../schema/global-id.js';
import { badUserInput } from '../../../schema/user-input.js';

export { Assessment, type AssessmentParent };

function detailOf(parent: AssessmentParent, ctx: Context): Promise<AssessmentModel | null> {
  return parent.detail ? Promise.resolve(parent.detail) : ctx.loaders.enneo.assessmentById.load(parent.assessmentId);
}

/** A field read from the loaded assessment; null when enneo no longer has it. */
function fromDetail<T>(pick: (a: AssessmentModel) => T) {
  return async (parent: AssessmentParent, _args: object, ctx: Context): Promise<T | null> => {
    const detail = await detailOf(parent, ctx);
    return detail ? pick(detail) : null;
  };
}

export function toAssessmentParent(detail: AssessmentModel): AssessmentParent {
  return {
    assessmentId: detail.assessmentId,
    scorecardId: detail.scorecardId,
    ticketId: detail.ticketId,
    worklogId: detail.worklogId,
    detail,
  };
}

const AssessmentCriterion = builder.objectRef<CriterionModel>('AssessmentCriterion');
AssessmentCriterion.implement({
  description: 'The score given on one scorecard criterion.',
  fields: (t) => ({
    criterionId: t.exposeInt('id'),
    score: t.exposeFloat('score', { nullable: true }),
    reason: t.exposeString('reason', { nullable: true }),
    state: t.exposeString('state', { nullable: true, description: 'unscored, aiGenerated or humanVerified.' }),
    lastEditedBy: t.field({ type: Actor, nullable: true, resolve: (c) => enneoActor(c.lastEditedByUserId) }),
    lastEditedAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.lastEditedAt }),
  }),
});

const AssessmentCategory = builder.objectRef<AssessmentModel['categories'][number]>('AssessmentCategory');
AssessmentCategory.implement({
  fields: (t) => ({
    categoryId: t.exposeInt('categoryId'),
    criteria: t.field({ type: [AssessmentCriterion], resolve: (c) => c.criteria }),
  }),
});

/** Loads an Assessment by the local part of its global id (`node(id)` and federation). */
const parseAssessmentId = registerLocalId('Assessment', (id: string) => {
  if (!/^\d{1,16}$/.test(id) || !Number.isSafeInteger(Number(id)))
    throw badUserInput('id is not an Assessment id this gateway issued');
  return Number(id);
});

async function loadAssessment(id: string, ctx: Context): Promise<AssessmentParent | null> {
  const detail = await ctx.loaders.enneo.assessmentById.load(parseAssessmentId(id));
  return detail ? toAssessmentParent(detail) : null;
}

builder.node(Assessment, {
  description: 'An enneo quality assessment of one worklog against a scorecard.',
  id: { resolve: (a) => a.assessmentId },
  loadOne: loadAssessment,
  fields: (t) => ({
    assessmentId: t.exposeInt('assessmentId'),
    scorecardId: t.exposeInt('scorecardId', { description: 'The scorecard revision used.' }),
    scorecardBaseId: t.int({
      nullable: true,
      description: 'Identifies the scorecard across revisions.',
      resolve: fromDetail((a) => a.scorecardBaseId),
    }),
    state: t.string({
      nullable: true,
      description:
        'unprocessed, aiInProgress, aiReady, reviewOngoing, reviewedBySupervisor, discussedWithAssessee, error, deleted.',
      resolve: fromDetail((a) => a.state),
    }),
    scorePercentage: t.float({
      nullable: true,
      description: 'data.totals.percentage (0–100).',
      resolve: fromDetail((a) => a.scorePercentage),
    }),
    scoredPoints: t.float({ nullable: true, resolve: fromDetail((a) => a.scoredPoints) }),
    usedMaxPoints: t.float({ nullable: true, resolve: fromDetail((a) => a.usedMaxPoints) }),
    totalMaxPoints: t.float({ nullable: true, resolve: fromDetail((a) => a.totalMaxPoints) }),
    aiSummary: t.string({ nullable: true, resolve: fromDetail((a) => a.aiSummary) }),
    supervisorAssessment: t.string({ nullable: true, resolve: fromDetail((a) => a.supervisorAssessment) }),
    categories: t.field({ type: [AssessmentCategory], nullable: true, resolve: fromDetail((a) => a.categories) }),
    assessedUser: t.field({ type: Actor, nullable: true, resolve: fromDetail((a) => enneoActor(a.assessedUserId)) }),
    assessedBy: t.field({ type: Actor, nullable: true, resolve: fromDetail((a) => enneoActor(a.assessedByUserId)) }),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: fromDetail((a) => a.createdAt) }),
    modifiedAt: t.field({ type: 'DateTime', nullable: true, resolve: fromDetail((a) => a.modifiedAt) }),
    ticket: t.field({
      type: EnneoTicket,
      nullable: true,
      resolve: async (parent, _args, ctx) => {
        const ticketId = parent.ticketId ?? (await detailOf(parent, ctx))?.ticketId;
        return ticketId ? ctx.loaders.enneo.ticketByKey.load(ticketId) : null;
      },
    }),
    worklog: t.field({
      type: EnneoWorklog,
      nullable: true,
      description: 'The assessed worklog.',
      resolve: async (parent, _args, ctx) => {
        const detail = parent.ticketId && parent.worklogId ? null : await detailOf(parent, ctx);
        const ticketId = parent.ticketId ?? detail?.ticketId;
        const worklogId = parent.worklogId ?? detail?.worklogId;
        if (!ticketId || !worklogId) return null;
        const worklogs = await ctx.loaders.enneo.worklogsByTicket.load(ticketId);
        return worklogs?.find((w) => w.worklogId === worklogId) ?? null;
      },
    }),
    scorecard: t.field({
      type: Scorecard,
      nullable: true,
      resolve: (parent, _args, ctx) => ctx.loaders.enneo.scorecardById.load(parent.scorecardId),
    }),
    raw: t.field({
      type: 'JSONObject',
      nullable: true,
      authScopes: { 'pii:read': true },
      description: 'The assessment exactly as enneo sent it (needs pii:read).',
      resolve: fromDetail((a) => a.raw),
    }),
  }),
});

builder.queryField('assessment', (t) =>
  t.field({
    type: Assessment,
    nullable: true,
    authScopes: { 'enneo:read': true },
    description: 'One enneo quality assessment; null when enneo does not have it.',
    args: { id: t.arg.int({ required: true }) },
    extensions: checkArgs(({ id }) => {
      if ((id as number) < 1) throw badUserInput(`id must be a positive assessment id (got ${String(id)})`);
    }),
    resolve: async (_root, { id }, ctx) => {
      const detail = await ctx.loaders.enneo.assessmentById.load(id);
      return detail ? toAssessmentParent(detail) : null;
    },
  }),
);

nodeEntity(Assessment, loadAssessment);
