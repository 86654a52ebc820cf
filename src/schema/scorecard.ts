import type { Context } from '../context.js';
import type { Scorecard as ScorecardModel } from '../upstreams/enneo/models.js';
import { builder } from './builder.js';
import { nodeEntity } from './entity.js';
import { registerLocalId } from './global-id.js';
import { badUserInput } from './user-input.js';

type CategoryModel = ScorecardModel['categories'][number];

const ScorecardCriterion = builder.objectRef<CategoryModel['criteria'][number]>('ScorecardCriterion');
ScorecardCriterion.implement({
  fields: (t) => ({
    criterionId: t.exposeInt('id'),
    label: t.exposeString('label', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    maxPoints: t.exposeFloat('maxPoints', { nullable: true }),
    scoringType: t.exposeString('scoringType', { nullable: true, description: 'metNotMet or numericScale.' }),
  }),
});

const ScorecardCategory = builder.objectRef<CategoryModel>('ScorecardCategory');
ScorecardCategory.implement({
  fields: (t) => ({
    categoryId: t.exposeInt('categoryId'),
    label: t.exposeString('label', { nullable: true }),
    order: t.exposeInt('order', { nullable: true }),
    criteria: t.field({ type: [ScorecardCriterion], resolve: (c) => c.criteria }),
  }),
});

export const Scorecard = builder.objectRef<ScorecardModel>('Scorecard');

/** Loads a Scorecard by the local part of its global id (`node(id)` and federation). */
const parseScorecardId = registerLocalId('Scorecard', (id: string) => {
  if (!/^\d{1,16}$/.test(id) || !Number.isSafeInteger(Number(id)))
    throw badUserInput('id is not a Scorecard id this gateway issued');
  return Number(id);
});

function loadScorecard(id: string, ctx: Context): Promise<ScorecardModel | null> {
  return ctx.loaders.enneo.scorecardById.load(parseScorecardId(id));
}

builder.node(Scorecard, {
  description: 'One revision of an enneo quality scorecard.',
  id: { resolve: (s) => s.scorecardId },
  loadOne: loadScorecard,
  fields: (t) => ({
    scorecardId: t.exposeInt('scorecardId', { description: 'The revision id (what assessments reference).' }),
    baseId: t.exposeInt('baseId', { nullable: true, description: 'Identifies the scorecard across revisions.' }),
    revision: t.exposeInt('revision', { nullable: true }),
    name: t.exposeString('name', { nullable: true }),
    state: t.exposeString('state', { nullable: true, description: 'draft, active, retired or deleted.' }),
    categories: t.field({ type: [ScorecardCategory], resolve: (s) => s.categories }),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.createdAt }),
    modifiedAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.modifiedAt }),
  }),
});

nodeEntity(Scorecard, loadScorecard);
