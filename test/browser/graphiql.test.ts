import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getOperationAST, parse } from 'graphql';
import { type BrowserContext, chromium, type Locator, type Page, type Response } from 'playwright-core';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE_TABS } from '../../src/graphiql-examples.js';
import { launchChromium } from '../support/chromium.js';
import { type Stack, startStack } from '../support/stack.js';

/**
 * GraphiQL as a developer meets it: the gateway with no configuration (development mode, the
 * sandbox), built in this process as `npm start` builds it (test/support/stack.ts; that the
 * process prints this URL and serves this page is test/server.test.ts), its URL opened in Chromium
 * (from npm, else the system's: test/support/chromium.ts) with a fresh profile. The example tabs are
 * there, the default operation runs with one click and the result pane shows the showcase case
 * from all three sources, another tab runs too, and the page never asked anything of a host other
 * than the gateway (no CDN, no web fonts) nor saw a request fail.
 */

// Without the background-networking switches Chromium phones home at start-up (connections that
// are refused here, and that the last test would count as requests to another origin).
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const BROWSER_TIMEOUT = 60_000;
// A test may start the gateway and Chromium (the first one does) and then wait on the browser.
const TEST_TIMEOUT = 180_000;

const EXECUTE_BUTTON = '.graphiql-execute-button';
const TAB_BUTTON = '.graphiql-tab-button';
const RESULT_PANE = '.graphiql-response';

/** Operation names of the example tabs, in order: what GraphiQL labels its tabs with. */
const TAB_NAMES = EXAMPLE_TABS.map(({ query }) => getOperationAST(parse(query))?.name?.value ?? '(unnamed)');

interface Traffic {
  requests: { method: string; url: string; type: string }[];
  failed: { url: string; error: string }[];
  responses: { status: number; url: string }[];
  webSockets: string[];
  pageErrors: string[];
}

interface Session {
  gateway: Stack;
  origin: string;
  context: BrowserContext;
  page: Page;
  traffic: Traffic;
}

const cleanups: (() => Promise<void>)[] = [];
let opening: Promise<Session> | undefined;

/**
 * Starts the gateway and the browser once, for the first test that needs them. Not in beforeAll:
 * a failing hook would leave the tests skipped, and a missing Chromium must fail them.
 */
function session(): Promise<Session> {
  opening ??= openSession();
  return opening;
}

async function openSession(): Promise<Session> {
  const gateway = await startStack();
  cleanups.push(() => gateway.close());
  const origin = new URL(gateway.url).origin;

  const profile = await mkdtemp(join(tmpdir(), 'ticketlog-graphiql-'));
  cleanups.push(() => rm(profile, { recursive: true, force: true }));
  // A fresh profile: GraphiQL keeps its tabs in localStorage, so a used one would hide the defaults.
  const context = await launchChromium(({ executablePath, env }) =>
    chromium.launchPersistentContext(profile, {
      executablePath,
      env,
      headless: true,
      args: CHROMIUM_ARGS,
      // Tall, so the result editor renders every line of the example answers.
      viewport: { width: 1280, height: 6000 },
      timeout: BROWSER_TIMEOUT,
    }),
  );
  cleanups.unshift(() => context.close());
  context.setDefaultTimeout(BROWSER_TIMEOUT);

  // Recorded on the context, so requests of every page and of GraphiQL's editor workers count.
  const traffic: Traffic = { requests: [], failed: [], responses: [], webSockets: [], pageErrors: [] };
  context.on('request', (request) =>
    traffic.requests.push({ method: request.method(), url: request.url(), type: request.resourceType() }),
  );
  context.on('requestfailed', (request) =>
    traffic.failed.push({ url: request.url(), error: request.failure()?.errorText ?? 'failed' }),
  );
  context.on('response', (response) => traffic.responses.push({ status: response.status(), url: response.url() }));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('websocket', (socket) => traffic.webSockets.push(socket.url()));
  page.on('pageerror', (error) => traffic.pageErrors.push(String(error)));

  await page.goto(gateway.url);
  await page.locator(EXECUTE_BUTTON).waitFor();
  return { gateway, origin, context, page, traffic };
}

afterAll(async () => {
  for (const cleanup of cleanups) await cleanup().catch(() => undefined);
}, BROWSER_TIMEOUT);

beforeEach(({ onTestFailed }) => {
  onTestFailed(async () => {
    const page = opening && (await opening.catch(() => undefined))?.page;
    if (!page || page.isClosed()) return;
    const path = join(tmpdir(), `ticketlog-graphiql-failure-${Date.now()}.png`);
    await page.screenshot({ path }).catch(() => undefined);
    console.error(`GraphiQL screenshot at the failure: ${path}`);
  });
});

/**
 * Waits until GraphiQL's result pane shows every one of `texts`, and returns the pane's text.
 * The window is tall enough that the result editor (Monaco, which renders only the lines in
 * view) holds every line of these answers.
 */
async function waitForResultPane(page: Page, texts: readonly string[]): Promise<string> {
  const pane = page.locator(RESULT_PANE);
  let shown = '';
  await expect
    .poll(
      async () => {
        shown = await paneText(pane);
        return texts.filter((text) => !shown.includes(text));
      },
      { timeout: BROWSER_TIMEOUT, message: 'texts missing from the result pane' },
    )
    .toEqual([]);
  return shown;
}

/** The result editor's text: its rendered lines in the order of their position. */
async function paneText(pane: Locator): Promise<string> {
  const lines = await pane.locator('.view-line').evaluateAll((elements) =>
    elements.map((element) => ({
      top: parseFloat((element as HTMLElement).style.top || '0'),
      text: element.textContent ?? '',
    })),
  );
  return lines
    .sort((a, b) => a.top - b.top)
    .map((line) => line.text)
    .join('\n')
    .replace(/\u00a0/g, ' ');
}

/**
 * Selects an example tab with one mouse click, and checks that click was not lost. GraphiQL 5 (as
 * bundled by @graphql-yoga/render-graphiql 5.24.1) leaves a stale `translateX` on every tab but
 * the last of `defaultTabs`, applied only while the tab has focus: mouse-down focused the tab, it
 * jumped sideways, mouse-up landed elsewhere and the first click was lost. The gateway's page pins
 * the tabs in place (`src/plugins/graphiql-page.ts`), so the first click must select.
 */
async function selectTab(page: Page, name: string): Promise<void> {
  const button = page.locator(TAB_BUTTON).filter({ hasText: new RegExp(`^${name}$`) });
  await button.click();
  await expect.poll(() => page.locator('.graphiql-tab-active').innerText(), { timeout: BROWSER_TIMEOUT }).toBe(name);
  // The tab label changes first; the run button only runs the new operation once the editor holds it.
  await expect
    .poll(() => paneText(page.locator('.graphiql-query-editor')), { timeout: BROWSER_TIMEOUT })
    .toContain(`query ${name}`);
}

/**
 * Clicks the execute button and waits for the gateway's answer to the named operation. Right
 * after a tab switch GraphiQL may still be settling and swallow a click (under load especially),
 * so a click that sends nothing within a few seconds is repeated; running a query twice is harmless.
 */
async function execute(page: Page, operationName: string): Promise<Response> {
  const isAnswer = (response: Response) =>
    response.request().method() === 'POST' &&
    new URL(response.url()).pathname === '/graphql' &&
    (response.request().postData() ?? '').includes(`query ${operationName}`);
  const deadline = Date.now() + BROWSER_TIMEOUT;
  for (;;) {
    const answered = page.waitForResponse(isAnswer, { timeout: 5_000 });
    await page.locator(EXECUTE_BUTTON).click();
    try {
      return await answered;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}

describe('GraphiQL in Chromium, served by the gateway with no configuration (the sandbox)', () => {
  it(
    'opens with the example tabs, the default operation first',
    async () => {
      const { page } = await session();
      expect(TAB_NAMES).toEqual(['CaseTimeline', 'OneEnneoTicket', 'CaseTickets', 'WorklogReport', 'TimeReport']);
      const tabs = page.locator(TAB_BUTTON);
      await expect.poll(() => tabs.allInnerTexts(), { timeout: BROWSER_TIMEOUT }).toEqual(TAB_NAMES);
      await expect
        .poll(() => page.locator('.graphiql-tab-active').innerText(), { timeout: BROWSER_TIMEOUT })
        .toBe('CaseTimeline');
      expect(await page.locator(EXECUTE_BUTTON).getAttribute('aria-label')).toMatch(/^Execute query/);
    },
    TEST_TIMEOUT,
  );

  it(
    'runs the default operation: the result pane shows the case from all three sources',
    async () => {
      const { page } = await session();
      const response = await execute(page, 'CaseTimeline');
      expect(response.status()).toBe(200);
      const answer = (await response.json()) as Record<string, unknown>;

      // The pane shows the showcase case of Kari Nordmann, merged from enneo, Socialboards and Tracker ...
      await waitForResultPane(page, ['"SOCIALBOARDS"', '"TRACKER"', '"ENNEO"', 'Kari Nordmann']);
      // ... as the gateway answered it: no errors, every source in the merged timeline.
      expect(answer).not.toHaveProperty('errors');
      const timeline = (
        answer.data as { timeline: { totalCount: number; edges: { node: { source: string; actor: { name: string } | null } }[] } }
      ).timeline;
      expect(timeline.totalCount).toBe(timeline.edges.length);
      expect(new Set(timeline.edges.map(({ node }) => node.source))).toEqual(new Set(['ENNEO', 'SOCIALBOARDS', 'TRACKER']));
      expect(timeline.edges.map(({ node }) => node.actor?.name)).toContain('Kari Nordmann');
    },
    TEST_TIMEOUT,
  );

  it(
    'runs another example tab: the case tickets, one of each source',
    async () => {
      const { page } = await session();
      await selectTab(page, 'CaseTickets');
      const response = await execute(page, 'CaseTickets');
      expect(response.status()).toBe(200);
      const answer = (await response.json()) as Record<string, unknown>;

      await waitForResultPane(page, ['"EnneoTicket"', '"SocialboardsTicket"', '"TrackerIssue"', '"PAY-12"']);
      expect(answer).not.toHaveProperty('errors');
      const tickets = (answer.data as { tickets: { __typename: string; key: string }[] }).tickets;
      expect(tickets.map(({ __typename, key }) => `${__typename} ${key}`)).toEqual([
        'EnneoTicket 8842',
        'SocialboardsTicket 5501',
        'TrackerIssue PAY-12',
      ]);
    },
    TEST_TIMEOUT,
  );

  it(
    "asked nothing of any host but the gateway's own origin, and nothing failed",
    async () => {
      const { page, origin, traffic } = await session();
      // A moment for anything the runs above set off late (a lazily created editor worker) to show up.
      await page.waitForTimeout(1_000);

      expect(traffic.requests.length).toBeGreaterThan(0);
      // The page itself, its introspection and both operations went to the gateway.
      expect(traffic.requests.filter(({ url }) => url.startsWith(`${origin}/graphql`)).length).toBeGreaterThanOrEqual(4);
      // A blob: URL (GraphiQL's editor workers) carries the origin of the page that made it; data:
      // URLs never leave the page. Everything else must be the gateway itself.
      const elsewhere = traffic.requests.filter(({ url }) => !url.startsWith('data:') && new URL(url).origin !== origin);
      expect(elsewhere, `requests to other origins than ${origin}`).toEqual([]);
      expect(traffic.webSockets).toEqual([]);
      expect(traffic.failed).toEqual([]);
      expect(traffic.responses.filter(({ status }) => status >= 400)).toEqual([]);
      expect(traffic.pageErrors).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});
