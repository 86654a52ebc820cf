import { builder } from './builder.js';
import './source.js';
import './actor.js';
import './ticket.js';
import './timeline-entry.js';
import './worklog.js';
import './enneo-action.js';
import './enneo-worklog-parts.js';
import './enneo-ticket.js';
import './enneo-worklog.js';
import './assessment.js';
import './scorecard.js';
import './worklog-report.js';
import './log-event.js';
import './socialboards-ticket.js';
import './tracker-issue.js';
import './tracker-worklog.js';

/** The whole schema, assembled from one file per type. */
export const schema = builder.toSchema({ sortSchema: true });
