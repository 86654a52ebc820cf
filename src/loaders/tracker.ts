import DataLoader from 'dataloader';
import { UpstreamError } from '../upstreams/errors.js';
import type { TrackerClient } from '../upstreams/tracker/client.js';
import type { TrackerIssue, TrackerUserProfile, TrackerWorklog } from '../upstreams/tracker/models.js';

/**
 * Per-request loaders for Yandex Tracker: the details of every issue key in a request in one
 * `POST /issues/_search` (the client splits above 100 keys), and each issue's worklogs once,
 * all pages followed.
 */
export interface TrackerLoaders {
  /** Keys are upper-case issue keys (`PAY-12`). */
  issueByKey: DataLoader<string, TrackerIssue | null>;
  worklogsByIssue: DataLoader<string, TrackerWorklog[] | null>;
  /** `GET /users/{login}` once per distinct login of a request (Tracker has no batch user lookup). */
  userByLogin: DataLoader<string, TrackerUserProfile | null>;
}

export function createTrackerLoaders(client: TrackerClient | undefined): TrackerLoaders {
  const notConfigured = () => UpstreamError.notConfigured('TRACKER', 'TRACKER_TOKEN and TRACKER_ORG_ID or TRACKER_CLOUD_ORG_ID');
  return {
    issueByKey: new DataLoader<string, TrackerIssue | null>(async (keys) => {
      if (!client) return keys.map(notConfigured);
      try {
        const issues = await client.searchIssues(keys);
        const byKey = new Map(issues.map((issue) => [issue.key.toUpperCase(), issue]));
        return keys.map((key) => byKey.get(key) ?? null);
      } catch (error) {
        return keys.map(() => error as Error);
      }
    }),
    worklogsByIssue: new DataLoader<string, TrackerWorklog[] | null>((keys) =>
      Promise.all(keys.map((key) => (client ? client.getIssueWorklogs(key).catch((error: Error) => error) : notConfigured()))),
    ),
    userByLogin: new DataLoader<string, TrackerUserProfile | null>((logins) =>
      Promise.all(logins.map((login) => (client ? client.getUser(login).catch((error: Error) => error) : notConfigured()))),
    ),
  };
}
