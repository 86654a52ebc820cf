import type { Context } from '../context.js';
import type { AccountRef, PersonModel } from '../people/people-session.js';
import { Actor, accountOf, type ActorModel } from './actor.js';
import { builder } from './builder.js';
import { nodeEntity } from './entity.js';
import { badUserInput } from './user-input.js';

/**
 * One human (or bot) behind accounts in several sources: enneo user 23, Socialboards user
 * `3f2a…` and Tracker login `i.solberg` are one Person when PEOPLE_FILE says so, or — for
 * accounts the file does not list — when their e-mail addresses are the same.
 */
export const Person = builder.objectRef<PersonModel>('Person');

/** Loads a Person by the local part of its global id (`node(id)` and federation). No upstream call. */
export function loadPerson(localId: string, ctx: Context): PersonModel | null {
  const person = ctx.people.personByLocalId(localId);
  if (!person && !/^(file|email|account):/.test(localId)) throw badUserInput('id is not a Person id this gateway issued');
  return person;
}

/** An account as an `Actor` (agents: the only accounts time is booked under). */
export function accountActor(account: AccountRef): ActorModel {
  return {
    source: account.source,
    id: account.id,
    kind: 'AGENT',
    name: account.name,
    email: account.email,
  };
}

builder.node(Person, {
  description:
    'A person behind accounts in several sources, linked by PEOPLE_FILE (authoritative) or by e-mail. The id stays the same across requests.',
  id: { resolve: (p) => p.localId },
  loadOne: loadPerson,
  fields: (t) => ({
    name: t.string({
      nullable: true,
      description: "PEOPLE_FILE's name, else the first linked account's (enneo, then Tracker, then Socialboards).",
      resolve: (p, _args, ctx) => ctx.people.name(p),
    }),
    email: t.string({
      nullable: true,
      authScopes: { 'pii:read': true },
      description:
        'The e-mail the accounts were linked by (PEOPLE_FILE: its email, else the first account e-mail found). Needs pii:read.',
      resolve: (p, _args, ctx) => ctx.people.email(p),
    }),
    accounts: t.field({
      type: [Actor],
      description:
        "The person's accounts: PEOPLE_FILE's list, or — for people linked by e-mail — the accounts with that e-mail this request has met.",
      resolve: (p, _args, ctx) => ctx.people.accountsOf(p).map(accountActor),
    }),
  }),
});

nodeEntity(Person, loadPerson);

builder.objectField(Actor, 'person', (t) =>
  t.field({
    type: Person,
    nullable: true,
    description: 'The person this account belongs to (PEOPLE_FILE, else e-mail); null when the look-up of its e-mail failed.',
    resolve: (a, _args, ctx) => ctx.people.personOf(accountOf(a)),
  }),
);
