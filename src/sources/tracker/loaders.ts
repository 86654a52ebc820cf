import { SOURCE } from './identity.js';
import type DataLoader from 'dataloader';
import { SharedPromiseLoader } from '../../transport/shared-promise-loader.js';
import { requireClient } from '../../transport/errors.js';
import type { TrackerClient } from './client.js';
import type { TrackerIssue, TrackerUserProfile, TrackerWorklog } from './models.js';

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
  // Without a client every key fails with SOURCE_NOT_CONFIGURED, so fields say why they are empty.
  const tracker = async () => requireClient(client, SOURCE);
  return {
    issueByKey: new SharedPromiseLoader<string, TrackerIssue | null>(async (keys) => {
      try {
        const issues = await (await tracker()).searchIssues(keys);
        const byKey = new Map(issues.map((issue) => [issue.key.toUpperCase(), issue]));
        return keys.map((key) => byKey.get(key) ?? null);
      } catch (error) {
        return keys.map(() => error as Error);
      }
    }),
    worklogsByIssue: new SharedPromiseLoader<string, TrackerWorklog[] | null>((keys) =>
      Promise.all(
        keys.map((key) =>
          tracker()
            .then((t) => t.getIssueWorklogs(key))
            .catch((error: Error) => error),
        ),
      ),
    ),
    userByLogin: new SharedPromiseLoader<string, TrackerUserProfile | null>((logins) =>
      Promise.all(
        logins.map((login) =>
          tracker()
            .then((t) => t.getUser(login))
            .catch((error: Error) => error),
        ),
      ),
    ),
  };
}
