import { expect, test, type Page } from '@playwright/test';
import { createUser, latestCode } from './support';

// A user of this journey's own: `username` may be left out (then email and password sign in).
async function newUser(tag: string, withUsername = true) {
  const id = Math.random().toString(36).slice(2, 8);
  const user = { username: `ct_${tag}_${id}`, email: `ct-${tag}-${id}@example.com`, password: 'Amber-Falcon-3391' };
  const body: Record<string, string> = { primaryEmail: user.email, password: user.password, name: 'Sam Contact' };
  if (withUsername) body.username = user.username;
  await createUser(body);
  return user;
}

async function signIn(page: Page, identifier: string, password: string, path: string) {
  await page.goto(path);
  await page.getByLabel('Username or email').fill(identifier);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function confirmWithPassword(page: Page, password: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Confirm it's you");
  await page.getByLabel('Current password').fill(password);
  await page.getByRole('button', { name: 'Continue' }).click();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });
    const tag = javaScriptEnabled ? 'js' : 'plain';

    // With JavaScript a complete code submits itself; without, the button does.
    async function enterCode(page: Page, code: string) {
      await page.getByLabel('6-digit code').fill(code);
      if (!javaScriptEnabled) await page.getByRole('button', { name: 'Verify and save' }).click();
    }

    // With JavaScript the forms post in the background: the page (and this marker) stays.
    async function markPage(page: Page) {
      if (!javaScriptEnabled) return;
      await expect(page.locator('html[data-enhanced]')).toHaveCount(1);
      await page.evaluate(() => ((window as unknown as { stay: number }).stay = 1));
    }
    async function samePage(page: Page) {
      if (!javaScriptEnabled) return;
      expect(await page.evaluate(() => (window as unknown as { stay?: number }).stay)).toBe(1);
    }

    test('change the email with a code, add a phone, remove it', async ({ page }) => {
      const user = await newUser(tag);
      await signIn(page, user.username, user.password, '/profile');
      await page.waitForURL('/profile');
      await page.getByRole('link', { name: 'Change email address' }).click();
      await page.getByRole('link', { name: "Confirm it's you" }).click();
      await confirmWithPassword(page, user.password);
      await page.waitForURL('/security/email?confirmed=1');

      const email = `new-${user.email}`;
      await markPage(page);
      await page.getByLabel('New email address').fill(email);
      await page.getByRole('button', { name: 'Send code' }).click();
      await expect(page.getByText(`We sent a 6-digit code to ${email}.`)).toBeVisible();
      await enterCode(page, '000000');
      await expect(page.locator('#contact-code-error')).toHaveText('That code is not right. Check it and try again.');
      const code = await latestCode(email);
      if (javaScriptEnabled) {
        // A slow answer: the form says it is busy and cannot be sent twice.
        await page.route('**/security/email/verify', async (route) => {
          await new Promise((done) => setTimeout(done, 700));
          await route.continue();
        });
        await page.getByLabel('6-digit code').fill(code);
        await expect(page.locator('form[aria-busy="true"] button[type="submit"]')).toBeDisabled();
      } else {
        await enterCode(page, code);
      }
      await expect(page.getByRole('status').filter({ hasText: 'Your email address was saved.' })).toBeVisible();
      await expect(page.getByText(`Current: ${email}`)).toBeVisible();
      // The header shows the new address at once.
      await expect(page.locator('.user-menu .user-email')).toHaveText(email);
      await samePage(page);
      await page.goto('/profile');
      await expect(page.locator('dd').filter({ hasText: email })).toBeVisible();
      await page.reload();
      await expect(page.locator('dd').filter({ hasText: email })).toBeVisible();

      // A number as dialled in its country, the country chosen beside it.
      await page.goto('/security/phone');
      await markPage(page);
      await expect(page.getByLabel('Country or region')).toHaveValue('US');
      await page.getByLabel('Country or region').selectOption('GB');
      await page.getByLabel('New phone number').fill('020 7946 0958');
      await page.getByRole('button', { name: 'Send code' }).click();
      await expect(page.getByText('We sent a 6-digit code to +44 20 7946 0958.')).toBeVisible();
      await enterCode(page, await latestCode('442079460958'));
      await expect(page.getByText('Current: +44 20 7946 0958')).toBeVisible();
      await page.getByRole('button', { name: 'Remove' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Removed.' })).toBeVisible();
      await expect(page.getByText('None yet.')).toBeVisible();
      await samePage(page);
    });

    test('a taken address and the last way to sign in are refused', async ({ page }) => {
      const other = await newUser(`${tag}o`);
      const user = await newUser(tag, false);
      await signIn(page, user.email, user.password, '/security/email');
      await page.waitForURL('/security/email');
      await page.getByRole('link', { name: "Confirm it's you" }).click();
      await confirmWithPassword(page, user.password);
      await page.getByLabel('New email address').fill(other.email);
      await page.getByRole('button', { name: 'Send code' }).click();
      await enterCode(page, await latestCode(other.email));
      await expect(page.getByRole('alert').or(page.locator('.field-error'))).toContainText(
        'That email address is already used by another account.',
      );
      await page.goto('/security/email');
      await expect(page.getByText(`Current: ${user.email}`)).toBeVisible();
      // No username, no phone, no linked account: the email is the only way in.
      await page.getByRole('button', { name: 'Remove' }).click();
      await expect(page.locator('#contact-address-error')).toHaveText(
        'This is your only way to sign in: add another email or phone, a username, or a linked account first.',
      );
    });
  });
}
