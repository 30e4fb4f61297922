import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureConsoleBuilt } from '../../dev/console-build.js';
import { consoleClientSource, CONSOLE_CLIENT_FILE } from '../../dev/console-client.js';
import { AdminConfig } from '../../src/modules/admin/admin.config.js';
import { GmailConfig } from '../../src/modules/gmail/gmail.config.js';
import { buildOpenApiDocument } from '../../src/bootstrap/swagger.js';
import { AccountsService } from '../../src/modules/accounts/accounts.service.js';
import { CHROMIUM, chromiumPresent, seriousViolations } from '../support/console-browser.js';
import { PipelineRig } from '../support/pipeline-rig.js';
import { seedDeadLetter, uniqueAddress } from '../support/seed.js';

const PASSWORD = 'console test password';
const ADMIN_KEY = `a-${randomBytes(12).toString('hex')}`;
// Sign-in hashes with scrypt and mail goes through the whole pipeline: slow on a busy machine.
const SLOW = { timeout: 20_000, interval: 100 };
const hasChromium = chromiumPresent('console.test');

/**
 * The web console in headless Chromium against the real app (role all: webhook, workers) and
 * the Gmail fake: sign-in (keyboard only too), connecting a mailbox through Google's consent
 * flow, live activity, a setting that the next email follows, owner isolation in the UI and
 * the API, the knowledge-notes editor, draft quality per day, an operator's dead-letter retry,
 * and axe-core on each page. The app boots once for the whole file.
 */
describe.skipIf(!hasChromium)('web console in a browser', () => {
  const rig = new PipelineRig();
  let browser: Browser;
  let alice: { email: string; id: string };
  let bob: { email: string; id: string };
  const cspErrors: string[] = [];

  async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ baseURL: rig.t.url });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text()))
        cspErrors.push(message.text());
    });
    return { context, page };
  }

  async function signIn(page: Page, email: string): Promise<void> {
    await page.goto('/console/');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Activity' }).waitFor();
  }

  beforeAll(async () => {
    await ensureConsoleBuilt();
    await rig.start({
      GOOGLE_OAUTH_AUTH_URL: 'http://127.0.0.1:1/o/oauth2/v2/auth',
      GOOGLE_OAUTH_REDIRECT_URI: 'http://127.0.0.1:1/api/v1/oauth/google/callback',
      SWAGGER_ENABLED: 'true',
      GMAIL_PUBSUB_TOPIC: 'projects/test/topics/gmail',
      ADMIN_API_KEYS: `admin:${createHash('sha256').update(ADMIN_KEY).digest('hex')}`,
    });
    // Both addresses are known only once the fake and the app listen.
    rig.t.app.get(AdminConfig).GOOGLE_OAUTH_REDIRECT_URI =
      `${rig.t.url}/api/v1/oauth/google/callback`;
    rig.t.app.get(GmailConfig).GOOGLE_OAUTH_AUTH_URL = `${rig.gmail.rootUrl}o/oauth2/v2/auth`;
    const accounts = rig.t.app.get(AccountsService);
    alice = await accounts.createUser(uniqueAddress('alice'), PASSWORD);
    bob = await accounts.createUser(uniqueAddress('bob'), PASSWORD);
    browser = await chromium.launch({ executablePath: CHROMIUM });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await rig.stop();
  });

  it('has a generated API client that matches the OpenAPI document', async () => {
    const current = await consoleClientSource(buildOpenApiDocument(rig.t.app));
    expect(readFileSync(CONSOLE_CLIENT_FILE, 'utf8')).toBe(current);
  });

  it('signs in with the keyboard alone and passes axe on the sign-in page', async () => {
    const { context, page } = await newPage();
    await page.goto('/console/');
    // The form shows once the page has found no session.
    await page.getByLabel('Email address').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate("document.activeElement?.getAttribute('name')"), SLOW)
      .toBe('email');
    await page.keyboard.type(alice.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type('wrong password');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('alert').textContent(), SLOW)
      .toContain('Wrong email address');
    // Focus stays in the password field after a refused sign-in.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Activity' }).waitFor();
    const cookie = (await context.cookies()).find((c) => c.name === 'ea_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    await context.close();
  });

  it('connects a mailbox through the consent flow, shows mail live and follows a changed setting', async () => {
    const { context, page } = await newPage();
    await signIn(page, alice.email);
    const address = uniqueAddress('alice-box');
    rig.gmail.signInAs(address);
    await page.getByRole('link', { name: 'Mailboxes' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Connect a Gmail mailbox' }).click();
    await page.getByRole('heading', { name: 'Mailbox connected' }).waitFor();
    await page.getByRole('link', { name: 'Back to the console' }).click();
    const card = page.locator(`li[data-mailbox="${address}"]`);
    await expect.poll(() => card.textContent(), SLOW).toContain('active');

    // An email arrives while the activity page is open: it shows up without a reload.
    await page.getByRole('link', { name: 'Activity' }).click();
    const sender = `customer.${randomBytes(3).toString('hex')}@client.example`;
    const first = rig.gmail.deliver(address, {
      from: `Pat Customer <${sender}>`,
      subject: 'Question about my order',
      text: 'Hello, could you tell me when my order #1234 will ship? Thanks, Pat',
    });
    await rig.push(address, first.historyId);
    const firstRow = page.locator('tr', { hasText: 'Question about my order' });
    await expect.poll(() => firstRow.textContent(), SLOW).toContain('completed');
    expect(await firstRow.textContent()).toContain('Draft in Gmail');
    expect(await firstRow.getByRole('link').getAttribute('href')).toContain('mail.google.com');
    expect(await seriousViolations(page)).toEqual([]);

    // Never draft for this sender: the next email from them is skipped by that rule.
    await page.getByRole('link', { name: 'Mailboxes' }).click();
    await card.getByRole('button', { name: 'Settings' }).click();
    await card.getByLabel('Confidence threshold').fill('7');
    await card.getByRole('button', { name: 'Save settings' }).click();
    await expect
      .poll(() => card.locator('.error').first().textContent(), SLOW)
      .toContain('confidence_threshold');
    await card.getByLabel('Confidence threshold').fill('');
    await card.getByLabel('Never draft for').fill(sender);
    await card.getByRole('button', { name: 'Save settings' }).click();
    await expect
      .poll(
        () =>
          card.getByRole('form', { name: 'Mailbox settings' }).getByRole('status').textContent(),
        SLOW,
      )
      .toContain('Settings saved');
    expect(await seriousViolations(page)).toEqual([]);

    // The preview answers with the current settings and creates nothing.
    const preview = card.getByRole('form', { name: 'Preview an email' });
    await preview.getByLabel('From (address)').fill('someone.else@client.example');
    await preview.getByLabel('Subject').fill('Opening hours');
    await preview
      .getByLabel('Email text')
      .fill('Hello, are you open on Sunday? Could you let me know? Sam');
    await preview.getByRole('button', { name: 'Preview triage and reply' }).click();
    await expect
      .poll(() => preview.getByRole('status').textContent(), SLOW)
      .toContain('A reply draft would be written');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Activity' }).click();
    const second = rig.gmail.deliver(address, {
      from: `Pat Customer <${sender}>`,
      subject: 'Another question',
      text: 'Hello again, can I change the delivery address for order #1234? Pat',
    });
    await rig.push(address, second.historyId);
    const secondRow = page.locator('tr', { hasText: 'Another question' });
    // The row can read "skipped" a moment before the run records the rule that decided it.
    await expect.poll(() => secondRow.textContent(), SLOW).toContain('never-draft');
    expect(await secondRow.textContent()).toContain('skipped');

    await page.getByRole('link', { name: 'Quality and cost' }).click();
    await page.getByRole('heading', { name: 'LLM use per day (UTC)' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 90_000);

  it("keeps another owner's mailbox and mail out of sight, in the UI and through the API", async () => {
    const [aliceBox] = await listOwned(alice.id);
    expect(aliceBox).toBeDefined();
    const { context, page } = await newPage();
    await signIn(page, bob.email);
    await expect
      .poll(() => page.getByRole('status').first().textContent(), SLOW)
      .toContain('0 emails');
    expect(await page.locator('tbody tr').count()).toBe(0);
    await page.getByRole('link', { name: 'Mailboxes' }).click();
    await page.getByText('No mailboxes yet.').waitFor();
    // The browser's own session, straight at the API: someone else's mailbox does not exist.
    const settings = await page.request.get(`/api/v1/mailboxes/${aliceBox}/settings`);
    expect(settings.status()).toBe(404);
    const pause = await page.request.post(`/api/v1/mailboxes/${aliceBox}/pause`);
    expect(pause.status()).toBe(403); // no CSRF token: refused before anything else
    await context.close();
    expect(cspErrors).toEqual([]);
  });

  it('keeps knowledge notes with validation by field and charts draft quality per day', async () => {
    const [mailboxId] = await listOwned(alice.id);
    const { context, page } = await newPage();
    await signIn(page, alice.email);
    await page.getByRole('link', { name: 'Mailboxes' }).click();
    await page.getByRole('button', { name: 'Knowledge notes' }).click();
    await page.getByText('0 of 200 notes').waitFor();
    const add = page.getByRole('form', { name: 'Add a note' });
    await add.getByLabel('Title').fill('Shipping times');
    await add.getByLabel('Note').fill('Orders ship within two business days of payment.');
    await add.getByLabel('Links').fill('ftp://bakery.example/shipping');
    await add.getByRole('button', { name: 'Add note' }).click();
    const links = add.getByLabel('Links');
    await expect.poll(() => links.getAttribute('aria-invalid'), SLOW).toBe('true');
    expect(await add.locator('.error').first().textContent()).toContain('http(s) URL');
    expect(await seriousViolations(page)).toEqual([]);
    await links.fill('https://bakery.example/shipping');
    await add.getByRole('button', { name: 'Add note' }).click();
    await page.getByText('1 of 200 notes').waitFor();
    await page.getByRole('button', { name: 'Edit note Shipping times' }).click();
    const edit = page.getByRole('form', { name: 'Edit note Shipping times' });
    await edit.getByLabel('Title').fill('Delivery times');
    await edit.getByRole('button', { name: 'Save note' }).click();
    await page.getByRole('heading', { name: 'Delivery times' }).waitFor();
    const stored = await rig
      .db()
      .query('SELECT title, links FROM knowledge_notes WHERE mailbox_id = $1', [mailboxId]);
    expect(stored).toEqual([
      { title: 'Delivery times', links: ['https://bakery.example/shipping'] },
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Delete note Delivery times' }).click();
    await page.getByText('0 of 200 notes').waitFor();

    // Alice edited her first draft before sending it: the quality page charts it by day.
    await rig.db().query(
      `INSERT INTO draft_feedback (ai_response_id, mailbox_id, outcome, similarity)
       SELECT id, mailbox_id, 'sent_edited', 0.8 FROM ai_responses
        WHERE mailbox_id = $1 AND draft_state = 'created' ORDER BY id LIMIT 1`,
      [mailboxId],
    );
    await page.getByRole('link', { name: 'Quality and cost' }).click();
    const quality = page.getByRole('region', { name: /Draft quality per day/ });
    await expect
      .poll(() => quality.getByRole('status').textContent(), SLOW)
      .toBe('1 draft with a known outcome; accepted 100 %, mean similarity 80 %.');
    const row = quality.locator('tbody tr');
    expect(await row.count()).toBe(1);
    const cells = (await row.locator('td').allTextContents()).map((t) => t.trim());
    expect(cells).toEqual(['1', '100 %', '80 %', '0', '1', '0', '0', '0']);
    expect(await seriousViolations(page)).toEqual([]);

    // The activity list shows what became of that draft, and filters by it.
    await page.getByRole('link', { name: 'Activity' }).click();
    await page.getByLabel('Draft').selectOption('sent_edited');
    const edited = page.locator('tbody tr');
    await expect.poll(() => edited.count(), SLOW).toBe(1);
    expect(await edited.first().textContent()).toContain('sent after edits (80 % kept)');
    await context.close();
  }, 60_000);

  it('lets an operator signed in with an API key retry a dead letter', async () => {
    const mailbox = await rig.mailbox('dlq');
    const dead = await seedDeadLetter(rig.t.app, mailbox.id);
    const { context, page } = await newPage();
    await page.goto('/console/');
    await page.getByRole('button', { name: 'Operator? Sign in with an API key' }).click();
    await page.getByLabel('Operator API key').fill(ADMIN_KEY);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Activity' }).waitFor();
    await page.getByRole('link', { name: 'Quality and cost' }).click();
    const letters = page.getByRole('region', { name: 'Dead letters' });
    const retry = letters.getByRole('button', { name: `Retry dead letter ${dead.id}` });
    await retry.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await retry.click();
    await expect
      .poll(() => letters.getByRole('status').textContent(), SLOW)
      .toBe(`Dead letter ${dead.id} queued again`);
    const [after] = await rig
      .db()
      .query('SELECT dlq_retries FROM failed_tasks WHERE id = $1', [dead.id]);
    expect(after.dlq_retries).toBe(1);
    // The operator sees every mailbox's drafts together (other test files share the database, so
    // the combined count is not known here), or one mailbox's: Alice's edited draft, or none.
    const quality = page.getByRole('region', { name: /Draft quality per day/ });
    await expect
      .poll(() => quality.getByRole('status').textContent(), SLOW)
      .toMatch(/^\d+ drafts? with a known outcome; accepted \d+ %/);
    const [aliceMailbox] = await listOwned(alice.id);
    await quality.getByLabel('Mailbox').selectOption(aliceMailbox);
    await expect
      .poll(() => quality.getByRole('status').textContent(), SLOW)
      .toBe('1 draft with a known outcome; accepted 100 %, mean similarity 80 %.');
    await quality.getByLabel('Mailbox').selectOption(mailbox.id);
    await expect
      .poll(() => quality.getByRole('status').textContent(), SLOW)
      .toBe('No draft outcomes in this window yet.');
    await context.close();
    expect(cspErrors).toEqual([]);
  }, 60_000);

  async function listOwned(userId: string): Promise<string[]> {
    const rows = await rig.db().query('SELECT id FROM mailboxes WHERE user_id = $1', [userId]);
    return rows.map((r: { id: string }) => r.id);
  }
});
