import { describe, expect, it } from 'vitest';
import {
  encodeExportQuery,
  EXPORT_PAGE_LIMIT,
  exportFiltersFor,
  type ExportQuery,
} from '../../src/upstreams/enneo/export-query.js';

/**
 * The report filter → enneo export query translation, as exact strings: the inclusive date range
 * as `between`, every list filter as `in` with `values[]`, wire action names, `format=json` always,
 * and the PHP-style bracket parameters encoded the way a real query string carries them.
 */

const query = (overrides: Partial<ExportQuery> = {}): ExportQuery => ({
  filters: exportFiltersFor({ from: '2025-09-01', to: '2025-11-30' }),
  limit: 1000,
  offset: 0,
  orderByField: 'date',
  orderByDirection: 'asc',
  ...overrides,
});

describe('exportFiltersFor', () => {
  it('always bounds the dates with an inclusive between on date, and nothing else when no lists are given', () => {
    expect(exportFiltersFor({ from: '2025-09-01', to: '2025-11-30' })).toEqual([
      { key: 'date', comparator: 'between', from: '2025-09-01', to: '2025-11-30' },
    ]);
  });

  it('turns every list into an in filter on its export column, in a fixed order, with wire values as strings', () => {
    expect(
      exportFiltersFor({
        from: '2025-11-03',
        to: '2025-11-03',
        topics: ['Billing', 'Meter'],
        channels: ['email', 'walkIn'],
        ticketIds: [8842, 8850],
        userIds: [104, 107],
        actions: ['STATUS_ACTION', 'AUTO_PROCESS_ACTION', 'CLOSE_ACTION', 'READ_ACTION', 'WRITE_ACTION'],
      }),
    ).toEqual([
      { key: 'date', comparator: 'between', from: '2025-11-03', to: '2025-11-03' },
      {
        key: 'action',
        comparator: 'in',
        values: ['statusAction', 'autoProcessAction', 'closeAction', 'readAction', 'writeAction'],
      },
      { key: 'userId', comparator: 'in', values: ['104', '107'] },
      { key: 'ticketId', comparator: 'in', values: ['8842', '8850'] },
      { key: 'channel', comparator: 'in', values: ['email', 'walkIn'] },
      { key: 'topic', comparator: 'in', values: ['Billing', 'Meter'] },
    ]);
  });

  it('leaves out empty and null lists (an empty in would match nothing)', () => {
    expect(
      exportFiltersFor({ from: '2025-11-03', to: '2025-11-04', actions: [], userIds: null, topics: undefined }),
    ).toHaveLength(1);
  });
});

describe('encodeExportQuery', () => {
  it('writes the exact query string of a date-bounded page', () => {
    expect(encodeExportQuery(query()).toString()).toBe(
      'format=json&limit=1000&offset=0&orderByField=date&orderByDirection=asc' +
        '&filters%5B0%5D%5Bkey%5D=date&filters%5B0%5D%5Bcomparator%5D=between' +
        '&filters%5B0%5D%5Bfrom%5D=2025-09-01&filters%5B0%5D%5Bto%5D=2025-11-30',
    );
  });

  it('writes in filters as values[] repeated, numbered in filter order', () => {
    const filters = exportFiltersFor({
      from: '2025-11-03',
      to: '2025-11-05',
      actions: ['WRITE_ACTION', 'CLOSE_ACTION'],
      ticketIds: [8842],
    });
    const text = encodeExportQuery(
      query({ filters, limit: 7, offset: 14, orderByField: 'userWorklogId', orderByDirection: 'desc' }),
    ).toString();
    expect(decodeURIComponent(text)).toBe(
      'format=json&limit=7&offset=14&orderByField=userWorklogId&orderByDirection=desc' +
        '&filters[0][key]=date&filters[0][comparator]=between&filters[0][from]=2025-11-03&filters[0][to]=2025-11-05' +
        '&filters[1][key]=action&filters[1][comparator]=in&filters[1][values][]=writeAction&filters[1][values][]=closeAction' +
        '&filters[2][key]=ticketId&filters[2][comparator]=in&filters[2][values][]=8842',
    );
    expect(text).toContain('filters%5B1%5D%5Bvalues%5D%5B%5D=writeAction&filters%5B1%5D%5Bvalues%5D%5B%5D=closeAction');
  });

  it('writes scalar comparators with value', () => {
    const text = encodeExportQuery(query({ filters: [{ key: 'duration', comparator: '>=', value: '600' }] })).toString();
    expect(decodeURIComponent(text)).toBe(
      'format=json&limit=1000&offset=0&orderByField=date&orderByDirection=asc&filters[0][key]=duration&filters[0][comparator]=>=&filters[0][value]=600',
    );
    expect(text).toContain('filters%5B0%5D%5Bcomparator%5D=%3E%3D');
  });

  it('encodes values with spaces, ampersands and brackets so they cannot break out of their parameter', () => {
    const filters = exportFiltersFor({ from: '2025-11-03', to: '2025-11-03', topics: ['Double charge', 'A&B=[c]'] });
    const params = encodeExportQuery(query({ filters }));
    expect(params.toString()).toContain(
      'filters%5B1%5D%5Bvalues%5D%5B%5D=Double+charge&filters%5B1%5D%5Bvalues%5D%5B%5D=A%26B%3D%5Bc%5D',
    );
    // Read back the way a server parses it.
    expect(new URLSearchParams(params.toString()).getAll('filters[1][values][]')).toEqual(['Double charge', 'A&B=[c]']);
  });

  it('sends format=json on every call, whatever else the query holds', () => {
    for (const q of [query(), query({ filters: [] }), query({ limit: 1, offset: 999_999, orderByDirection: 'desc' })]) {
      const params = encodeExportQuery(q);
      expect(params.getAll('format')).toEqual(['json']);
      expect(params.toString().startsWith('format=json&')).toBe(true);
    }
  });

  it('sends no filters parameters for an unfiltered query', () => {
    expect(encodeExportQuery(query({ filters: [] })).toString()).toBe(
      'format=json&limit=1000&offset=0&orderByField=date&orderByDirection=asc',
    );
  });

  it("uses enneo's documented per-call maximum", () => {
    expect(EXPORT_PAGE_LIMIT).toBe(1000);
  });
});
