// Opens Banana Cake Pop at <baseUrl>/graphql in Debian's chromium, runs one operation through the IDE's own
// editor and Run button, and checks that the page only ever talks to this machine.
// Usage: node ide-check.mjs <baseUrl> [--query "{ __typename }"] [--expect "__typename"] [--screenshot file.png]
// Prints a JSON summary on stdout; exits 0 only when the result showed up and no request left loopback.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
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
  },
});
const baseUrl = (positionals[0] ?? '').replace(/\/+$/, '');
if (!/^https?:\/\//.test(baseUrl)) {
  console.error('usage: node ide-check.mjs <baseUrl> [--query Q] [--expect TEXT] [--screenshot FILE]');
  process.exit(2);
}
const timeout = Number(values.timeout);
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
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(timeout);

  // Fail fast, and say why, when there is no GraphQL endpoint for the IDE to talk to.
  const probe = await fetch(`${baseUrl}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }),
  });
  if (!probe.ok) throw new Error(`POST ${baseUrl}/graphql answered ${probe.status}: is the GraphQL endpoint mapped?`);

  await page.goto(`${baseUrl}/graphql`, { waitUntil: 'load' });
  summary.landedOn = page.url();
  if (!summary.landedOn.endsWith('/graphql/')) throw new Error(`expected a redirect to /graphql/, landed on ${summary.landedOn}`);

  // A fresh profile opens on the welcome screen.
  await page.getByRole('button', { name: 'Create Document' }).click();
  // The Run button only acts once the IDE has introspected the endpoint.
  await page.getByText('Schema available').waitFor();
  const editor = page.locator(operationEditor);
  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  // insertText types the whole document at once, so Monaco does not auto-close the braces.
  await page.keyboard.insertText(values.query);

  // The IDE takes the editor's text into its document model a moment after typing; a Run before that posts
  // an empty document, so run until the posted query is the one typed.
  const response = await runUntilPosted(page, values.query);
  summary.httpStatus = response.status();
  summary.httpBody = await response.text();

  const result = page.locator(responseEditor).locator('.view-lines');
  await result.filter({ hasText: values.expect }).waitFor();
  summary.responseText = (await result.innerText()).replace(/\u00a0/g, ' ');
  // Let late requests (schema reloads, service worker caching) show up before judging the host list.
  await page.waitForLoadState('networkidle');
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

async function runUntilPosted(page, query) {
  const normalize = (text) => text.replace(/\s+/g, ' ').trim();
  const isRun = (request) => request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/graphql')
    && !(request.postData() ?? '').includes('IntrospectionQuery');
  for (let attempt = 1; ; attempt++) {
    const posted = page.waitForResponse((r) => isRun(r.request()));
    await page.getByRole('button', { name: /^Run Operation/ }).click();
    const response = await posted;
    const sent = JSON.parse(response.request().postData() ?? '{}').query ?? '';
    if (normalize(sent) === normalize(query)) return response;
    if (attempt === 10) throw new Error(`the IDE posted ${JSON.stringify(sent)} instead of the typed query`);
    await page.waitForTimeout(500);
  }
}
