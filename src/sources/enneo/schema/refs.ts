import type {
  Assessment as AssessmentModel,
  EnneoTicket as EnneoTicketModel,
  EnneoWorklog as EnneoWorklogModel,
} from '../models.js';
import { builder } from '../../../schema/builder.js';

/**
 * The refs of enneo's types that point at each other (a ticket's and a worklog's assessments, an
 * assessment's ticket and worklog). Declared here, implemented in their own files, so those files
 * import this one instead of each other (Pothos: a ref may be used before it is implemented).
 */
export const EnneoTicket = builder.objectRef<EnneoTicketModel>('EnneoTicket');
export const EnneoWorklog = builder.objectRef<EnneoWorklogModel>('EnneoWorklog');

/**
 * An assessment as a field receives it. A worklog already names the assessment's id and
 * scorecard, so those fields cost nothing; anything else loads `/quality/assessment/{id}` once.
 */
export interface AssessmentParent {
  assessmentId: number;
  scorecardId: number;
  ticketId?: number | null;
  worklogId?: number | null;
  detail?: AssessmentModel;
}

export const Assessment = builder.objectRef<AssessmentParent>('Assessment');
