import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { guardedIntFields, TYPE_SOURCE } from '../../src/schema/upstream-ints.js';

/**
 * Every `Int` field of a source-backed type is guarded against values beyond 32 bits, and each
 * knows its source (from the model's `source` or the table), so a new type cannot slip through
 * as an unlabelled INTERNAL_SERVER_ERROR.
 */
describe('guardUpstreamInts', () => {
  const fields = guardedIntFields(schema);

  it('covers the duration fields and sums', () => {
    expect(fields).toEqual(
      expect.arrayContaining([
        'EnneoWorklog.durationSeconds',
        'TrackerWorklog.durationSeconds',
        'WorklogReportRow.durationSeconds',
        'EnneoTicket.timeSpentSeconds',
        'TrackerIssue.timeSpentSeconds',
        'WorkSegment.durationSeconds',
      ]),
    );
  });

  it('names a source for every guarded type', () => {
    for (const coordinate of fields) {
      const typename = coordinate.split('.')[0]!;
      const type = schema.getType(typename);
      const hasSourceField = isObjectType(type) && 'source' in type.getFields();
      expect({ coordinate, labelled: hasSourceField || typename in TYPE_SOURCE }).toEqual({ coordinate, labelled: true });
    }
  });
});
