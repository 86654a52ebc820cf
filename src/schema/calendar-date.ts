import { GraphQLScalarType, Kind } from 'graphql';
import { isCalendarDate } from '../transport/time.js';
import { badUserInput } from './user-input.js';

function parse(value: unknown): string {
  if (typeof value === 'string' && isCalendarDate(value)) return value;
  throw badUserInput(`Date must be a calendar date written YYYY-MM-DD, such as 2025-11-03 (got ${JSON.stringify(value)})`);
}

/** `Date`: a calendar date `YYYY-MM-DD`, without time or zone. */
export const CalendarDateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date written YYYY-MM-DD (ISO 8601), without time or time zone.',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize: (value) => {
    if (typeof value === 'string' && isCalendarDate(value)) return value;
    throw new TypeError(`Date cannot represent ${JSON.stringify(value)}`);
  },
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
