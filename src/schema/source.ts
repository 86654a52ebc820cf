import { builder } from './builder.js';

export const SourceEnum = builder.enumType('Source', {
  description: 'A ticket-log source behind the gateway.',
  values: {
    ENNEO: { description: 'enneo.MIND: AI customer-service tickets, worklogs, quality assessments, reporting export.' },
    SOCIALBOARDS: { description: 'Socialboards Ticket API: social/inbox tickets and their action logs.' },
    TRACKER: { description: 'Yandex Tracker: issues and their worklogs.' },
  } as const,
});
