import type { ActorModel } from '../../schema/actor.js';
import { SOURCE } from './identity.js';
import type { SocialboardsUser } from './models.js';

/** Socialboards sends users whole: `isBot` → BOT, `team` → AGENT, `client` → CUSTOMER. */
export function socialboardsActor(user: SocialboardsUser | null): ActorModel | null {
  return user && { source: SOURCE, id: user.id, kind: user.kind, name: user.name, email: user.email };
}
