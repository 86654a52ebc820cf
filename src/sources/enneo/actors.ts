import type { ActorModel } from '../../schema/actor.js';
import { SOURCE } from './identity.js';

/** enneo names users by id only; name and email come from the profile (`lookUpAccount`) when asked for. */
export function enneoActor(userId: number | null, isBot = false): ActorModel | null {
  if (userId === null) return null;
  return { source: SOURCE, id: String(userId), kind: isBot ? 'BOT' : 'AGENT' };
}
