import type { Plugin } from 'graphql-yoga';
import { TIME_REPORT_DIMENSIONS, type TimeReportDimension } from './time-report.js';

/**
 * `GET /reports/time.csv?from=…&to=…&groupBy=PERSON,SOURCE` — the time report for spreadsheet
 * users. It is not a second implementation: the request becomes the `timeReport` GraphQL
 * operation, executed by the same yoga instance with the caller's own headers, so every plugin
 * of /graphql (authentication, scopes, limits, logging, metrics) applies to it unchanged; the
 * answer's rows become CSV lines.
 */

export const TIME_REPORT_CSV_PATH = '/reports/time.csv';

const OPERATION = /* GraphQL */ `
  query TimeReportCsv($from: Date!, $to: Date!, $groupBy: [TimeReportDimension!], $sources: [Source!], $people: [ID!], $timeZone: String) {
    timeReport(from: $from, to: $to, groupBy: $groupBy, sources: $sources, people: $people, timeZone: $timeZone) {
      coverage { source complete }
      rows { person { id name } source day week month ticketSource ticketKey action seconds entries }
    }
  }
`;

interface CsvRow {
  person: { id: string; name: string | null } | null;
  source: string | null;
  day: string | null;
  week: string | null;
  month: string | null;
  ticketSource: string | null;
  ticketKey: string | null;
  action: string | null;
  seconds: number;
  entries: number;
}

interface GraphQLAnswer {
  data?: { timeReport: { coverage: { source: string; complete: boolean }[]; rows: CsvRow[] } | null } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. Text that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) is prefixed with `'`.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cell(row: CsvRow, dimension: TimeReportDimension): string | null {
  switch (dimension) {
    case 'PERSON':
      return row.person ? (row.person.name ?? row.person.id) : null;
    case 'SOURCE':
      return row.source;
    case 'DAY':
      return row.day;
    case 'WEEK':
      return row.week;
    case 'MONTH':
      return row.month;
    case 'TICKET':
      return row.ticketKey === null ? null : `${row.ticketSource}:${row.ticketKey}`;
    case 'ACTION':
      return row.action;
  }
}

/** The CSV text: a header naming each dimension (lower-case) plus `seconds` and `entries`, then one line per row. */
export function timeReportCsv(groupBy: readonly TimeReportDimension[], rows: readonly CsvRow[]): string {
  const lines = [[...groupBy.map((d) => d.toLowerCase()), 'seconds', 'entries'].join(',')];
  for (const row of rows) lines.push([...groupBy.map((d) => csvField(cell(row, d))), row.seconds, row.entries].join(','));
  return `${lines.join('\r\n')}\r\n`;
}

const list = (value: string | null) =>
  value === null
    ? undefined
    : value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);

/** Query parameters → operation variables, or the message of a 400. */
function variablesOf(params: URLSearchParams): Record<string, unknown> | string {
  for (const name of params.keys()) {
    if (!['from', 'to', 'groupBy', 'sources', 'people', 'timeZone'].includes(name)) {
      return `unknown parameter "${name.slice(0, 40)}"; use from, to, groupBy, sources, people, timeZone`;
    }
  }
  const from = params.get('from');
  const to = params.get('to');
  if (!from || !to) return 'from and to are required, as days YYYY-MM-DD (both inclusive)';
  const groupBy = list(params.get('groupBy')) ?? ['PERSON'];
  const unknown = groupBy.find((d) => !(TIME_REPORT_DIMENSIONS as readonly string[]).includes(d));
  if (unknown !== undefined) return `groupBy "${unknown.slice(0, 40)}" is not one of ${TIME_REPORT_DIMENSIONS.join(', ')}`;
  return {
    from,
    to,
    groupBy,
    sources: list(params.get('sources')),
    people: list(params.get('people')),
    timeZone: params.get('timeZone') ?? undefined,
  };
}

const STATUS_BY_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
};

/** Serves the CSV route on the yoga instance `yoga()` (built after the plugin, hence the getter). */
export function useTimeReportCsv(
  yoga: () => { fetch: (input: string, init: RequestInit) => Response | Promise<Response> },
): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== TIME_REPORT_CSV_PATH) return;
      const text = (status: number, message: string, headers: Record<string, string> = {}) =>
        endResponse(
          new fetchAPI.Response(`${message}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } }),
        );
      if (request.method !== 'GET') return text(405, 'use GET', { allow: 'GET' });
      const variables = variablesOf(url.searchParams);
      if (typeof variables === 'string') return text(400, variables);

      // The caller's headers go along (credentials, request id); the body is ours.
      const headers = new fetchAPI.Headers(request.headers);
      headers.set('content-type', 'application/json');
      headers.set('accept', 'application/graphql-response+json');
      headers.delete('content-length');
      const response = await yoga().fetch(new URL('/graphql', url).toString(), {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: OPERATION, variables, operationName: 'TimeReportCsv' }),
      });
      let answer: GraphQLAnswer;
      try {
        answer = (await response.json()) as GraphQLAnswer;
      } catch {
        return text(response.status >= 400 ? response.status : 502, 'the report could not be produced');
      }
      const report = answer.data?.timeReport;
      if (!report) {
        const first = answer.errors?.[0];
        const status = STATUS_BY_CODE[first?.extensions?.code ?? ''] ?? (response.status >= 400 ? response.status : 502);
        const forward: Record<string, string> = {};
        const challenge = response.headers.get('www-authenticate');
        if (challenge) forward['www-authenticate'] = challenge;
        return text(status, first?.message ?? 'the report could not be produced', forward);
      }
      const incomplete = report.coverage.filter((c) => !c.complete).map((c) => c.source);
      const groupBy = variables.groupBy as TimeReportDimension[];
      return endResponse(
        new fetchAPI.Response(timeReportCsv(groupBy, report.rows), {
          status: 200,
          headers: {
            'content-type': 'text/csv; charset=utf-8; header=present',
            'content-disposition': `attachment; filename="time-report_${variables.from}_${variables.to}.csv"`,
            // A spreadsheet cannot show an error next to the rows: sources that did not count fully are named here.
            ...(incomplete.length > 0 ? { 'x-report-incomplete': incomplete.join(',') } : {}),
          },
        }),
      );
    },
  };
}
