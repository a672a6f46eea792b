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

    test('change the email with a code, add a phone, remove it', async ({ page }) => {
      const user = await newUser(tag);
      await signIn(page, user.username, user.password, '/profile');
      await page.waitForURL('/profile');
      await page.getByRole('link', { name: 'Change email address' }).click();
      await page.getByRole('link', { name: "Confirm it's you" }).click();
      await confirmWithPassword(page, user.password);
      await page.waitForURL('/security/email?confirmed=1');

      const email = `new-${user.email}`;
      await page.getByLabel('New email address').fill(email);
      await page.getByRole('button', { name: 'Send code' }).click();
      await expect(page.getByText(`We sent a 6-digit code to ${email}.`)).toBeVisible();
      await page.getByLabel('6-digit code').fill('000000');
      await page.getByRole('button', { name: 'Verify and save' }).click();
      await expect(page.locator('#contact-code-error')).toHaveText('That code is not right. Check it and try again.');
      await page.getByLabel('6-digit code').fill(await latestCode(email));
      await page.getByRole('button', { name: 'Verify and save' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Your email address was saved.' })).toBeVisible();
      await expect(page.getByText(`Current: ${email}`)).toBeVisible();
      await page.goto('/profile');
      await expect(page.locator('dd').filter({ hasText: email })).toBeVisible();
      await page.reload();
      await expect(page.locator('dd').filter({ hasText: email })).toBeVisible();

      await page.goto('/security/phone');
      await page.getByLabel('New phone number').fill('+44 20 7946 0958');
      await page.getByRole('button', { name: 'Send code' }).click();
      await page.getByLabel('6-digit code').fill(await latestCode('442079460958'));
      await page.getByRole('button', { name: 'Verify and save' }).click();
      await expect(page.getByText('Current: +44 20 7946 0958')).toBeVisible();
      await page.getByRole('button', { name: 'Remove' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Removed.' })).toBeVisible();
      await expect(page.getByText('None yet.')).toBeVisible();
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
      await page.getByLabel('6-digit code').fill(await latestCode(other.email));
      await page.getByRole('button', { name: 'Verify and save' }).click();
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
