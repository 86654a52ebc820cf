import type { Context } from '../../../context.js';
import type { TrackerWorklog as TrackerWorklogModel } from '../models.js';
import { Actor } from '../../../schema/actor.js';
import { trackerActor } from '../actors.js';
import { builder } from '../../../schema/builder.js';
import { nodeEntity } from '../../../schema/entity.js';
import { formatDuration } from '../../../schema/format.js';
import { Ticket } from '../../../schema/ticket.js';
import { checkTicketKey, requireTicketOf, worklogSeconds } from '../../../schema/ticket-source.js';
import { TimelineEntry } from '../../../schema/timeline-entry.js';
import { registerLocalId } from '../../../schema/global-id.js';
import { badUserInput } from '../../../schema/user-input.js';
import { Worklog } from '../../../schema/worklog.js';

export const TrackerWorklog = builder.objectRef<TrackerWorklogModel>('TrackerWorklog');

function summary(w: TrackerWorklogModel): string {
  const spent = w.durationSeconds === null ? w.duration : formatDuration(w.durationSeconds);
  return `${w.createdBy?.display ?? 'Someone'} logged ${spent}${w.comment ? `: ${w.comment}` : ''}`;
}

/**
 * `PAY-12:<worklog id>`: an issue key never holds a colon, while a worklog id is any String
 * Tracker sends (it documents them as String), colons included.
 */
const parseTrackerWorklogId = registerLocalId('TrackerWorklog', (id: string) => {
  const colon = id.indexOf(':');
  const worklogId = id.slice(colon + 1);
  if (colon < 0 || worklogId === '') throw badUserInput('id is not a TrackerWorklog id this gateway issued');
  const { key } = checkTicketKey({ source: 'TRACKER', key: id.slice(0, colon) }, 'id');
  return { key, worklogId };
});

/** Loads a TrackerWorklog by the local part of its global id (`node(id)` and federation). */
async function loadTrackerWorklog(id: string, ctx: Context): Promise<TrackerWorklogModel | null> {
  const { key, worklogId } = parseTrackerWorklogId(id);
  const worklogs = await ctx.loaders.tracker.worklogsByIssue.load(key);
  return worklogs?.find((w) => w.worklogId === worklogId) ?? null;
}

builder.node(TrackerWorklog, {
  description: 'A Yandex Tracker worklog record: time spent on an issue.',
  interfaces: () => [Worklog, TimelineEntry],
  id: { resolve: (w) => `${w.issueKey}:${w.worklogId}` },
  loadOne: loadTrackerWorklog,
  fields: (t) => ({
    occurredAt: t.field({ type: 'DateTime', resolve: (w) => w.startedAt }),
    actor: t.field({ type: Actor, nullable: true, resolve: (w) => trackerActor(w.createdBy) }),
    ticket: t.field({ type: Ticket, resolve: (w, _args, ctx) => requireTicketOf(ctx, w) }),
    summary: t.string({ resolve: summary }),
    startedAt: t.field({ type: 'DateTime', description: '`start`: when the work was done.', resolve: (w) => w.startedAt }),
    durationSeconds: t.int({
      nullable: true,
      description: `duration on Tracker's business calendar (1W = TRACKER_WEEK_DAYS days, 1D = TRACKER_DAY_HOURS hours); an error when Tracker sent a duration that cannot be converted.`,
      resolve: (w) => worklogSeconds(w),
    }),
    author: t.field({ type: Actor, nullable: true, description: 'createdBy.', resolve: (w) => trackerActor(w.createdBy) }),
    comment: t.exposeString('comment', { nullable: true }),
    worklogId: t.exposeString('worklogId'),
    issueKey: t.exposeString('issueKey'),
    duration: t.exposeString('duration', { description: 'ISO 8601 duration exactly as Tracker sent it, e.g. P1W2DT3H.' }),
    createdAt: t.field({
      type: 'DateTime',
      description: 'When the record was made (may be days after the work).',
      resolve: (w) => w.createdAt,
    }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, resolve: (w) => w.updatedAt }),
    updatedBy: t.field({ type: Actor, nullable: true, resolve: (w) => trackerActor(w.updatedBy) }),
    raw: t.field({
      type: 'JSONObject',
      nullable: true,
      authScopes: { 'pii:read': true },
      description: 'The record exactly as Tracker sent it (needs pii:read).',
      resolve: (w) => w.raw,
    }),
  }),
});

nodeEntity(TrackerWorklog, loadTrackerWorklog);
