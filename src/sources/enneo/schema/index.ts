// enneo's GraphQL types, loaded by the schema through the registry (`sources/index.ts`).
import './enneo-action.js';
import './enneo-worklog-parts.js';
import './enneo-ticket.js';
import './enneo-worklog.js';
import './assessment.js';
import './scorecard.js';
import './worklog-report.js';
