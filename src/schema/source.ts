import { SOURCES } from '../sources/index.js';
import type { Source } from '../sources/source.js';
import { builder } from './builder.js';

/** One value per registered source (`sources/index.ts`), described by its module. */
export const SourceEnum = builder.enumType('Source', {
  description: 'A ticket-log source behind the gateway.',
  values: Object.fromEntries(SOURCES.map((m) => [m.source, { description: m.description }])) as Record<
    Source,
    { description: string }
  >,
});
