/** Tracker's part of the configuration (`TRACKER_*`), read through the shared `Reader`. */
import type { Reader } from '../../config-reader.js';

/** How Tracker is read, apart from where and as whom; present even without credentials (the sandbox uses it). */
export interface TrackerSettings {
  /** Default `v3`. */
  apiVersion: 'v2' | 'v3';
  /** `Accept-Language` for display names. Env `TRACKER_ACCEPT_LANGUAGE`, default `en`. */
  acceptLanguage: string;
  /** Business calendar: days per week (`TRACKER_WEEK_DAYS`, default 5) and hours per day (`TRACKER_DAY_HOURS`, default 8). */
  weekDays: number;
  dayHours: number;
}

export interface TrackerConfig extends TrackerSettings {
  /** Default `https://api.tracker.yandex.net`. */
  url: string;
  /** Absent only with `UPSTREAM_CREDENTIALS=forward`, where each request brings its own. */
  token: string | undefined;
  /** `Authorization: <scheme> <token>`. Default `OAuth`. */
  authScheme: 'OAuth' | 'Bearer';
  /** Exactly one organisation header is sent. */
  org: { header: 'X-Org-ID' | 'X-Cloud-Org-ID'; id: string };
}

/** `TRACKER_API_VERSION`, `TRACKER_ACCEPT_LANGUAGE`, `TRACKER_WEEK_DAYS`, `TRACKER_DAY_HOURS`: read whether or not Tracker is configured. */
export function readTrackerSettings(r: Reader): TrackerSettings {
  const apiVersion = r.oneOf('TRACKER_API_VERSION', ['v3', 'v2'] as const, 'v3');
  const acceptLanguage = r.string('TRACKER_ACCEPT_LANGUAGE') ?? 'en';
  if (!/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(acceptLanguage)) {
    r.problem(`TRACKER_ACCEPT_LANGUAGE must be a language tag such as en or ru (got "${acceptLanguage}")`);
  }
  const weekDays = r.number('TRACKER_WEEK_DAYS', 5, 1, 7);
  const dayHours = r.number('TRACKER_DAY_HOURS', 8, 1, 24);
  return { apiVersion, acceptLanguage, weekDays, dayHours };
}

/** `TRACKER_URL`, `TRACKER_TOKEN`, `TRACKER_AUTH_SCHEME` and one organisation id; undefined when Tracker is not configured. */
export function readTrackerConfig(r: Reader, settings: TrackerSettings, forward: boolean): TrackerConfig | undefined {
  const names = ['TRACKER_URL', 'TRACKER_ORG_ID', 'TRACKER_CLOUD_ORG_ID'];
  const anySet = r.isSet('TRACKER_TOKEN') || names.some((n) => r.string(n) !== undefined);
  const url = r.url('TRACKER_URL', 'https://api.tracker.yandex.net');
  const token = r.secret('TRACKER_TOKEN');
  const authScheme = r.oneOf('TRACKER_AUTH_SCHEME', ['OAuth', 'Bearer'] as const, 'OAuth', true);
  const orgId = r.string('TRACKER_ORG_ID');
  const cloudOrgId = r.string('TRACKER_CLOUD_ORG_ID');
  if (!anySet) return undefined;

  if (!forward && !r.isSet('TRACKER_TOKEN')) {
    r.problem('TRACKER_TOKEN is required when TRACKER_URL or an organisation id is set');
  }
  if (orgId !== undefined && cloudOrgId !== undefined) {
    r.problem('TRACKER_ORG_ID and TRACKER_CLOUD_ORG_ID are both set; Tracker takes exactly one organisation header');
    return undefined;
  }
  if (orgId === undefined && cloudOrgId === undefined) {
    r.problem(
      'TRACKER_ORG_ID (Yandex 360 organisation) or TRACKER_CLOUD_ORG_ID (Yandex Cloud organisation) is required with TRACKER_TOKEN',
    );
    return undefined;
  }
  const org =
    orgId !== undefined ? { header: 'X-Org-ID' as const, id: orgId } : { header: 'X-Cloud-Org-ID' as const, id: cloudOrgId! };
  if (/[\s\u0000-\u001f]/.test(org.id)) {
    r.problem(`${orgId !== undefined ? 'TRACKER_ORG_ID' : 'TRACKER_CLOUD_ORG_ID'} must not contain whitespace`);
    return undefined;
  }
  if (!url || (!token && !forward)) return undefined;
  return { url, token, authScheme, org, ...settings };
}
