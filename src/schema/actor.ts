import { SOURCE_SCOPE } from '../sources/index.js';
import type { AccountRef } from '../people/people-session.js';
import type { Source } from '../sources/source.js';
import { builder } from './builder.js';
import { SourceEnum } from './source.js';

export type ActorKindValue = 'AGENT' | 'CUSTOMER' | 'BOT' | 'UNKNOWN';

/**
 * Someone who did something, as one source names them (each source makes its own, in
 * `sources/<name>/actors.ts`). Sources that send names inline set `name` and `email`; where a
 * source sends only a user id, those stay undefined and come from its module's `lookUpAccount`
 * (through the request's people session) when — and only when — a query selects them.
 */
export interface ActorModel {
  source: Source;
  id: string;
  kind: ActorKindValue;
  name?: string | null;
  email?: string | null;
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
