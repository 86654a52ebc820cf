import { type EnneoAction, WIRE_BY_ACTION } from './models.js';
import type { ExportComparator } from './wire.js';

/**
 * The reporting export's query language: `filters[N][key|comparator|value|from|to|values][]`,
 * `limit`/`offset`, `orderByField` (only `date` or `userWorklogId` on this export) and
 * `format=json`, which is always sent because the instance default may be xlsx or csv.
 */

export type ExportFilter =
  | { key: string; comparator: 'between'; from: string; to: string }
  | { key: string; comparator: 'in'; values: readonly string[] }
  | { key: string; comparator: Exclude<ExportComparator, 'between' | 'in'>; value: string };

export interface ExportQuery {
  filters: readonly ExportFilter[];
  /** Rows to read; more than enneo's 1,000 per call is split into several calls. */
  limit: number;
  offset: number;
  orderByField: 'date' | 'userWorklogId';
  orderByDirection: 'asc' | 'desc';
}

/** Largest `limit` enneo accepts on one export call. */
export const EXPORT_PAGE_LIMIT = 1000;

/** The report filter as the schema hands it over (`WorklogReportFilter`). */
export interface ReportFilter {
  /** Inclusive calendar dates, `YYYY-MM-DD`, in the instance's time zone. */
  from: string;
  to: string;
  actions?: readonly Exclude<EnneoAction, 'OTHER'>[] | null;
  userIds?: readonly number[] | null;
  ticketIds?: readonly number[] | null;
  channels?: readonly string[] | null;
  topics?: readonly string[] | null;
}

/** Translates a report filter into export filters, every one applied upstream. */
export function exportFiltersFor(filter: ReportFilter): ExportFilter[] {
  // A date-only `to` on `between` is extended by enneo to 23:59:59, so the range is inclusive.
  const filters: ExportFilter[] = [{ key: 'date', comparator: 'between', from: filter.from, to: filter.to }];
  const list = (key: string, values: readonly (string | number)[] | null | undefined) => {
    if (values && values.length > 0) filters.push({ key, comparator: 'in', values: values.map(String) });
  };
  list(
    'action',
    filter.actions?.map((a) => WIRE_BY_ACTION[a]),
  );
  list('userId', filter.userIds);
  list('ticketId', filter.ticketIds);
  list('channel', filter.channels);
  list('topic', filter.topics);
  return filters;
}

/** The query string of one export call (`limit` must already be ≤ 1,000). */
export function encodeExportQuery(query: ExportQuery): URLSearchParams {
  const params = new URLSearchParams({
    format: 'json',
    limit: String(query.limit),
    offset: String(query.offset),
    orderByField: query.orderByField,
    orderByDirection: query.orderByDirection,
  });
  query.filters.forEach((filter, i) => {
    const at = (field: string) => `filters[${i}][${field}]`;
    params.append(at('key'), filter.key);
    params.append(at('comparator'), filter.comparator);
    if (filter.comparator === 'between') {
      params.append(at('from'), filter.from);
      params.append(at('to'), filter.to);
    } else if (filter.comparator === 'in') {
      for (const value of filter.values) params.append(`${at('values')}[]`, value);
    } else {
      params.append(at('value'), filter.value);
    }
  });
  return params;
}
