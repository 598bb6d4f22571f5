// Opens Banana Cake Pop at <baseUrl>/graphql in Debian's chromium, runs one operation through the IDE's own
// editor and Run button, and checks that the page only ever talks to this machine.
// Usage: node ide-check.mjs <baseUrl> [--query "{ __typename }"] [--expect "__typename"] [--screenshot file.png]
//          [--header "Authorization: Bearer …"] [--trigger FILE]
// --header: sent with every request the browser makes, the WebSocket upgrade included (the IDE's own way of
// setting headers is a settings dialog; the server reads credentials from either place).
// --trigger: for a subscription — once the IDE has sent `subscribe` over its WebSocket, POST this JSON body to
// <baseUrl>/graphql (with the header), so the change it makes is what the IDE must then show.
// Prints a JSON summary on stdout; exits 0 only when the result showed up and no request left loopback.
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    query: { type: 'string', default: '{ __typename }' },
    expect: { type: 'string', default: '"__typename"' },
    screenshot: { type: 'string' },
    timeout: { type: 'string', default: '60000' },
    header: { type: 'string' },
    trigger: { type: 'string' },
  },
});
const baseUrl = (positionals[0] ?? '').replace(/\/+$/, '');
if (!/^https?:\/\//.test(baseUrl)) {
  console.error('usage: node ide-check.mjs <baseUrl> [--query Q] [--expect TEXT] [--screenshot FILE]');
  process.exit(2);
}
const timeout = Number(values.timeout);
const extraHeaders = values.header ? Object.fromEntries([values.header.split(/:\s*(.*)/s).slice(0, 2)]) : {};
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

// The IDE's three Monaco editors are told apart by their model URIs.
const operationEditor = '.monaco-editor[data-uri^="file:///operations/"]';
const responseEditor = '.monaco-editor[data-uri^="inmemory://"]';

const summary = { ok: false, baseUrl, query: values.query, expect: values.expect, requests: [], foreignRequests: [] };
const profile = mkdtempSync(join(tmpdir(), 'ide-check-'));
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // On the context, not just the page, so the service worker's fetches are recorded too.
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    summary.requests.push(`${request.method()} ${request.url()}`);
    if (!loopbackHosts.has(url.hostname) && !loopbackHosts.has(url.host)) summary.foreignRequests.push(request.url());
  });
  await context.setExtraHTTPHeaders(extraHeaders);
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(timeout);
  const sockets = [];
  page.on('websocket', (socket) => {
    const entry = { url: socket.url(), openedAt: Date.now(), sent: [], received: [] };
    sockets.push(entry);
    socket.on('framesent', (frame) => entry.sent.push(String(frame.payload)));
    socket.on('framereceived', (frame) => entry.received.push(String(frame.payload)));
    socket.on('close', () => { entry.closedAfterMs = Date.now() - entry.openedAt; });
    socket.on('socketerror', (error) => { entry.error = String(error); });
  });
  summary.sockets = sockets;

  // Fail fast, and say why, when there is no GraphQL endpoint for the IDE to talk to.
  const probe = await fetch(`${baseUrl}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...extraHeaders }, body: JSON.stringify({ query: '{ __typename }' }),
  });
  if (!probe.ok) throw new Error(`POST ${baseUrl}/graphql answered ${probe.status}: is the GraphQL endpoint mapped?`);

  await page.goto(`${baseUrl}/graphql`, { waitUntil: 'load' });
  summary.landedOn = page.url();
  if (!summary.landedOn.endsWith('/graphql/')) throw new Error(`expected a redirect to /graphql/, landed on ${summary.landedOn}`);

  // A fresh profile opens on the welcome screen.
  await page.getByRole('button', { name: 'Create Document' }).click();
  // The Run button only acts once the IDE has introspected the endpoint.
  await page.getByText('Schema available').waitFor();
  await typeQuery(page, values.query);

  // Run as a person would: press Run and read the result the IDE renders. On a loaded machine the IDE can post
  // before it has taken the typed text, or drop a run; then press Run again (up to 6 times).
  const result = page.locator(responseEditor).locator('.view-lines');
  if (values.trigger) {
    await subscribeAndTrigger(page, sockets, result, values.expect, readFileSync(values.trigger, 'utf8'));
  } else {
    const response = await runUntilShown(page, values.query, result, values.expect);
    summary.httpStatus = response.status();
    // Informational only: Chromium may already have dropped the body of a response the page consumed.
    summary.httpBody = await response.text().catch(() => null);
  }
  summary.responseText = (await result.innerText()).replace(/\u00a0/g, ' ');
  // Let late requests (schema reloads, service worker caching) show up before judging the host list. The IDE
  // may keep polling, so "network idle" can never come: wait for it at most 10 s, and at least 2 s.
  await Promise.all([
    page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {}),
    page.waitForTimeout(2_000),
  ]);
  if (values.screenshot) await page.screenshot({ path: values.screenshot });

  if (summary.foreignRequests.length) throw new Error(`requests left this machine: ${summary.foreignRequests.join(', ')}`);
  summary.ok = true;
} catch (error) {
  summary.error = String(error?.message ?? error).split('\n')[0];
  const page = context?.pages()[0];
  if (page && values.screenshot) await page.screenshot({ path: values.screenshot }).catch(() => {});
} finally {
  await context?.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}
summary.requestCount = summary.requests.length;
console.log(JSON.stringify(summary, null, 2));
process.exit(summary.ok ? 0 : 1);

// Types the query into the operation editor and waits until the editor shows it. On a slow machine the first
// click can land before Monaco takes keyboard focus, and the text goes nowhere: then type again.
async function typeQuery(page, query) {
  const normalize = (text) => text.replace(/\u00a0/g, ' ').replace(/\s+/g, '');
  const lines = page.locator(operationEditor).locator('.view-lines');
  for (let attempt = 1; ; attempt++) {
    await lines.click();
    await page.keyboard.press('ControlOrMeta+A');
    // insertText types the whole document at once, so Monaco does not auto-close the braces.
    await page.keyboard.insertText(query);
    const typed = await lines.filter({ hasText: /\S/ }).waitFor({ timeout: 2_000 }).then(() => lines.innerText(), () => '');
    if (normalize(typed) === normalize(query)) return;
    if (attempt === 5) throw new Error(`the operation editor shows ${JSON.stringify(typed)} instead of the typed query`);
  }
}

// A subscription: press Run, wait until the IDE's WebSocket carries a `subscribe` (graphql-transport-ws) or
// `start` (legacy) message, make the change, and wait for the event to show in the result editor. On a loaded
// machine the IDE sometimes ignores a click or drops its own socket after the first event (its client closes the
// connection; seen in the server's log as a close frame from the browser): then run the subscription again — its
// `after:` cursor replays what the dropped socket missed — up to 3 times, and say so in the summary.
async function subscribeAndTrigger(page, sockets, result, expect, trigger) {
  const subscribes = () => sockets.reduce((n, s) => n + s.sent.filter((m) => /"type":"(subscribe|start)"/.test(m)).length, 0);
  await runSubscription(page, subscribes);
  // The server registers the subscription right after `subscribe`; give it a moment before changing anything.
  await page.waitForTimeout(500);
  const changed = await fetch(`${baseUrl}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...extraHeaders }, body: trigger,
  });
  summary.triggerStatus = changed.status;
  summary.triggerBody = await changed.text();
  for (let attempt = 1; ; attempt++) {
    if (await result.filter({ hasText: expect }).waitFor({ timeout: 15_000 }).then(() => true, () => false)) return;
    if (attempt === 3) throw new Error(`after ${attempt} subscriptions the IDE shows no event containing ${expect}`);
    summary.resubscribed = attempt;
    await runSubscription(page, subscribes);
  }
}

async function runSubscription(page, subscribes) {
  const before = subscribes();
  for (let attempt = 1; subscribes() === before; attempt++) {
    await page.getByRole('button', { name: /^Run Operation/ }).click({ timeout: 5_000 }).catch(() => {});
    for (let i = 0; i < 40 && subscribes() === before; i++) await page.waitForTimeout(250);
    if (subscribes() === before && attempt === 6) throw new Error('the IDE never sent a subscribe message over a WebSocket');
  }
}

async function runUntilShown(page, query, result, expect) {
  const normalize = (text) => text.replace(/\s+/g, ' ').trim();
  const postedQuery = (request) => {
    try { return JSON.parse(request.postData() ?? '{}').query ?? ''; } catch { return ''; }
  };
  const isRun = (request) => request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/graphql')
    && normalize(postedQuery(request)) === normalize(query);
  for (let attempt = 1; ; attempt++) {
    const posted = page.waitForResponse((r) => isRun(r.request()), { timeout: 10_000 }).catch(() => null);
    await page.getByRole('button', { name: /^Run Operation/ }).click();
    const response = await posted;
    const shown = response && await result.filter({ hasText: expect }).waitFor({ timeout: 10_000 }).then(() => true, () => false);
    if (shown) return response;
    if (attempt === 6) throw new Error(`after ${attempt} runs the IDE shows no result containing ${expect}`);
  }
}
