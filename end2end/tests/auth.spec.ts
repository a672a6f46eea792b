import { expect, test, type Page } from '@playwright/test';

async function signInAndOut(page: Page, javaScript: boolean) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Sign in' }).click();

  // The embedded Logto emulator's sign-in page.
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Username or email').fill('demo');
  await page.getByLabel('Password').fill('Profile-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();

  // Back on the page we started from, signed in.
  await page.waitForURL('/');
  await expect(page.getByTestId('user-name')).toHaveText('Dana Demo');

  await page.getByRole('button', { name: 'Sign out' }).click();
  if (!javaScript) {
    // Logto's end-session page submits itself with a script; without one, a person clicks on.
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.waitForURL('/');
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByTestId('user-name')).toHaveCount(0);
}

test('sign in through the emulator, see your name, sign out', async ({ page }) => {
  await signInAndOut(page, true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('sign in and out work as plain links and forms', async ({ page }) => {
    await signInAndOut(page, false);
  });
});
