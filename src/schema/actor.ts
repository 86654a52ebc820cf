import { SOURCE_SCOPE } from '../sources/index.js';
import type { AccountRef } from '../people/people-session.js';
import type { Source } from '../sources/source.js';
import type { SocialboardsUser } from '../sources/socialboards/models.js';
import type { TrackerUser } from '../sources/tracker/models.js';
import { builder } from './builder.js';
import { SourceEnum } from './source.js';

export type ActorKindValue = 'AGENT' | 'CUSTOMER' | 'BOT' | 'UNKNOWN';

/**
 * Someone who did something, as one source names them. Sources that send names inline set `name`
 * and `email`; enneo sends only a user id, so those stay undefined and are fetched from
 * `/profile/{id}` when — and only when — a query selects them.
 */
export interface ActorModel {
  source: Source;
  id: string;
  kind: ActorKindValue;
  name?: string | null;
  email?: string | null;
  /** enneo user id whose profile supplies name and email. */
  enneoUserId?: number;
}

/** enneo names users by id only; name and email come from the profile when asked for. */
export function enneoActor(userId: number | null, isBot = false): ActorModel | null {
  if (userId === null) return null;
  return { source: 'ENNEO', id: String(userId), kind: isBot ? 'BOT' : 'AGENT', enneoUserId: userId };
}

/** Socialboards sends users whole: `isBot` → BOT, `team` → AGENT, `client` → CUSTOMER. */
export function socialboardsActor(user: SocialboardsUser | null): ActorModel | null {
  return user && { source: 'SOCIALBOARDS', id: user.id, kind: user.kind, name: user.name, email: user.email };
}

/**
 * Tracker users are staff of the organisation. References carry no e-mail: it comes from
 * `GET /users/{login}` when — and only when — a query selects it (or links the account to a person).
 */
export function trackerActor(user: TrackerUser | null): ActorModel | null {
  return user && { source: 'TRACKER', id: user.id, kind: 'AGENT', name: user.display };
}

/** The account an actor is, for linking it to a person. */
export function accountOf(actor: ActorModel): AccountRef {
  return { source: actor.source, id: actor.id, name: actor.name, email: actor.email };
}

export const ActorKindEnum = builder.enumType('ActorKind', {
  values: {
    AGENT: { description: 'A member of the support team.' },
    CUSTOMER: { description: 'The customer or another outside person.' },
    BOT: { description: 'An automation: an AI agent or a bot user.' },
    UNKNOWN: { description: 'The source does not say.' },
  } as const,
});

export const Actor = builder.objectRef<ActorModel>('Actor');

Actor.implement({
  description: 'A person or bot as a source identifies them.',
  fields: (t) => ({
    source: t.field({ type: SourceEnum, resolve: (a) => a.source }),
    id: t.exposeString('id', {
      description: "The source's own user id (enneo user id, Socialboards uuid, Tracker login or uid).",
    }),
    name: t.string({
      nullable: true,
      // Reached from any source's entries (and people's accounts): each actor needs its own source's scope.
      authScopes: (a) => ({ [SOURCE_SCOPE[a.source]]: true }),
      resolve: (a, _args, ctx) => (a.name !== undefined ? a.name : ctx.people.nameOf(accountOf(a))),
    }),
    email: t.string({
      nullable: true,
      description:
        "enneo: from the profile; Tracker: from the user record; Socialboards: as sent. Needs pii:read and the scope of the actor's source.",
      authScopes: (a) => ({ $all: { [SOURCE_SCOPE[a.source]]: true, 'pii:read': true } }),
      resolve: (a, _args, ctx) => (a.email !== undefined ? a.email : ctx.people.emailOf(accountOf(a))),
    }),
    kind: t.field({ type: ActorKindEnum, resolve: (a) => a.kind }),
  }),
});
