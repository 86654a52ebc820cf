import { describe, expect, it } from 'vitest';
import { isUpstreamError, requireClient, UpstreamError } from '../../src/transport/errors.js';
import type { Source } from '../../src/sources/source.js';

/** "Source not configured" has one factory; every path (loaders, the export, the report) uses it. */
describe('SOURCE_NOT_CONFIGURED', () => {
  const cases: [Source, RegExp][] = [
    ['ENNEO', /^enneo is not configured on this gateway \(set ENNEO_URL and ENNEO_TOKEN\)$/],
    [
      'SOCIALBOARDS',
      /^Socialboards is not configured .*SOCIALBOARDS_TOKEN, or SOCIALBOARDS_CLIENT_ID and SOCIALBOARDS_REFRESH_TOKEN/,
    ],
    ['TRACKER', /^Yandex Tracker is not configured .*TRACKER_TOKEN and TRACKER_ORG_ID or TRACKER_CLOUD_ORG_ID/],
  ];
  it.each(cases)('%s: names the variables that switch it on, status 0', (source, message) => {
    const error = UpstreamError.notConfigured(source);
    expect(error).toMatchObject({ code: 'SOURCE_NOT_CONFIGURED', source, status: 0 });
    expect(error.message).toMatch(message);
  });

  it('requireClient hands back a configured client and refuses a missing one with that error', () => {
    const client = { name: 'tracker client' };
    expect(requireClient(client, 'TRACKER')).toBe(client);
    let thrown: unknown;
    try {
      requireClient(undefined, 'TRACKER');
    } catch (error) {
      thrown = error;
    }
    expect(isUpstreamError(thrown) && thrown.code === 'SOURCE_NOT_CONFIGURED' && thrown.source === 'TRACKER').toBe(true);
  });
});
