// Socialboards' GraphQL types, loaded by the schema through the registry (`sources/index.ts`).
import './log-event.js';
import './socialboards-ticket.js';
