import { builder } from '../../../schema/builder.js';

export const EnneoActionEnum = builder.enumType('EnneoAction', {
  description: 'What an enneo worklog session ended with (the worklog `action`).',
  values: {
    CLOSE_ACTION: { description: 'closeAction: the ticket was closed.' },
    READ_ACTION: { description: 'readAction: the ticket was only read.' },
    STATUS_ACTION: { description: 'statusAction: the ticket was set to waiting/pending.' },
    WRITE_ACTION: { description: 'writeAction: a reply was written.' },
    AUTO_PROCESS_ACTION: { description: 'autoProcessAction: an AI agent processed the ticket autonomously.' },
    OTHER: { description: 'A value enneo added after this gateway was written; see rawAction.' },
  } as const,
});
