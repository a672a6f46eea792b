import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function signIn(page: Page) {
  await page.goto('/profile');
  await page.getByLabel('Username or email').fill('demo');
  await page.getByLabel('Password').fill('Profile-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('/profile');
}

/** Opens the header's language menu (a disclosure) and returns its choice named `name`. */
async function languageChoice(page: Page, name: string) {
  await page.locator('summary.lang-current').click();
  return page.getByRole('button', { name, exact: true });
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test.describe('a browser that asks for German', () => {
      test.use({ locale: 'de-DE', extraHTTPHeaders: { 'Accept-Language': 'de-DE,de;q=0.9' } });

      test('gets German pages without choosing anything', async ({ page }) => {
        await page.goto('/');
        await expect(page.locator('html')).toHaveAttribute('lang', 'de');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ihr Konto in Ihrer Hand');
        await expect(page).toHaveTitle('Willkommen · Logto-Profil');
        await expect(page.getByRole('link', { name: 'Anmelden' })).toBeVisible();
        await expect(page.locator('summary.lang-current')).toContainText('Deutsch');
        await expect(await languageChoice(page, 'Deutsch')).toHaveAttribute('aria-pressed', 'true');
        // axe runs as a script in the page: only where scripts run.
        if (javaScriptEnabled) await expectNoAxeViolations(page);
      });
    });

    test('the switcher turns the signed-in profile German, and back', async ({ page }) => {
      await signIn(page);
      if (javaScriptEnabled) await expect(page.locator('[data-hydrated="true"]')).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your profile');

      await (await languageChoice(page, 'Deutsch')).click();
      await page.waitForURL('/profile');
      await expect(page.locator('html')).toHaveAttribute('lang', 'de');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ihr Profil');
      await expect(page.getByLabel('Vorname', { exact: true })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Änderungen speichern' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Abmelden' })).toBeVisible();
      if (javaScriptEnabled) {
        // The island speaks German too: its live validation and its save.
        await expect(page.locator('[data-hydrated="true"]')).toHaveCount(1);
        await page.getByLabel('Benutzername').fill('1x');
        await expect(page.locator('#field-username-error')).toHaveText(
          'Beginnen Sie mit einem Buchstaben oder einem Unterstrich.',
        );
        await page.getByLabel('Benutzername').fill('demo');
      }
      await page.getByLabel('Spitzname').fill(javaScriptEnabled ? 'Dani' : 'Danny');
      await page.getByRole('button', { name: 'Änderungen speichern' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: 'Ihr Profil wurde gespeichert.' }),
      ).toBeVisible();
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      // The choice holds on the next page, then goes back to English.
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ihr Konto in Ihrer Hand');
      await (await languageChoice(page, 'English')).click();
      await page.waitForURL('/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account, in your hands');
    });
  });
}
