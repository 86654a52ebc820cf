import type { ActorModel } from '../../schema/actor.js';
import { SOURCE } from './identity.js';
import type { TrackerUser } from './models.js';

/**
 * Tracker users are staff of the organisation. References carry no e-mail: it comes from
 * `GET /users/{login}` (`lookUpAccount`) when — and only when — a query selects it (or links the
 * account to a person).
 */
export function trackerActor(user: TrackerUser | null): ActorModel | null {
  return user && { source: SOURCE, id: user.id, kind: 'AGENT', name: user.display };
}
