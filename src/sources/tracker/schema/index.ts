// Tracker's GraphQL types, loaded by the schema through the registry (`sources/index.ts`).
import './tracker-issue.js';
import './tracker-worklog.js';
