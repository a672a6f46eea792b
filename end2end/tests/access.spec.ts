import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { emulatorURL } from '../env';
import { managementToken, newUser, signIn } from './support';

async function api(method: string, path: string, body?: object) {
  const res = await fetch(`${emulatorURL}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${await managementToken()}`, 'content-type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  expect(res.ok).toBe(true);
  return res.status === 204 ? null : res.json();
}

async function confirmWithPassword(page: Page, password: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Confirm it's you");
  await page.getByLabel('Current password').fill(password);
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function noAxeViolations(page: Page, javaScriptEnabled: boolean) {
  // axe runs as a script in the page: only where scripts run.
  if (javaScriptEnabled) {
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations).toEqual([]);
  }
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('a personal access token is made, shown once and deleted', async ({ page }) => {
      const user = await newUser(`pat_${javaScriptEnabled ? 'js' : 'plain'}`, 'Pat Tokens');
      await signIn(page, user, '/security');
      await page.getByRole('link', { name: 'Manage – Personal access tokens' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personal access tokens');
      await expect(page.getByText('You have no personal access tokens.')).toBeVisible();
      await page.getByRole('link', { name: "Confirm it's you" }).click();
      await confirmWithPassword(page, user.password);
      await page.waitForURL(/\/security\/tokens/);

      await page.getByLabel('Name').fill('Deploy script');
      await page.getByLabel('Expires').selectOption({ label: 'In 90 days' });
      await page.getByRole('button', { name: 'Create token' }).click();
      await expect(page.getByRole('heading', { name: 'Your new token – Deploy script' })).toBeVisible();
      const value = (await page.getByTestId('new-token').textContent())!;
      expect(value).toMatch(/^pat_[0-9A-Za-z]{32}$/);
      const download = page.getByRole('link', { name: 'Download as a file' });
      await expect(download).toHaveAttribute('download', 'token-Deploy-script.txt');
      // The copy button is the script's: only there with JavaScript.
      await expect(page.getByRole('button', { name: 'Copy' })).toHaveCount(javaScriptEnabled ? 1 : 0);
      await noAxeViolations(page, javaScriptEnabled);

      await page.goto('/security/tokens');
      await expect(page.getByText(value)).toHaveCount(0);
      const row = page.locator('li', { hasText: 'Deploy script' });
      await expect(row).toContainText('Created just now · Expires 20');
      await row.getByRole('button', { name: 'Delete – Deploy script' }).click();
      await expect(page.getByText('The token was deleted.')).toBeVisible();
      await expect(page.getByText('You have no personal access tokens.')).toBeVisible();
    });

    test('an authorised app is listed and loses its access; organisations are shown', async ({ page }) => {
      const user = await newUser(`apps_${javaScriptEnabled ? 'js' : 'plain'}`, 'Ava Apps');
      await signIn(page, user, '/apps');
      // The user lets a third-party app in through their Logto session.
      const authorize = new URL(`${emulatorURL}/oidc/auth`);
      authorize.search = new URLSearchParams({
        client_id: 'acme-notes',
        redirect_uri: 'http://127.0.0.1:3900/callback',
        response_type: 'code',
        scope: 'openid profile',
        state: 's',
      }).toString();
      const res = await page.request.get(authorize.toString(), { maxRedirects: 0 });
      expect(res.headers()['location']).toMatch(/^http:\/\/127\.0\.0\.1:3900\/callback\?code=/);

      await page.goto('/profile');
      await page.getByRole('link', { name: 'Apps', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Apps with access');
      const thirdParty = page.locator('section', { has: page.getByRole('heading', { name: 'Third-party apps' }) });
      await expect(thirdParty).toContainText('Acme Notes');
      const own = page.locator('section', { has: page.getByRole('heading', { name: 'Apps of this service' }) });
      await expect(own).toContainText('This page');
      await noAxeViolations(page, javaScriptEnabled);
      await page.getByRole('link', { name: "Confirm it's you" }).click();
      await confirmWithPassword(page, user.password);
      await page.waitForURL(/\/apps/);
      await thirdParty.getByRole('button', { name: 'Remove access – Acme Notes' }).click();
      await expect(page.getByText('That app no longer has access to your account.')).toBeVisible();
      await expect(page.getByText('Acme Notes')).toHaveCount(0);
      await expect(page.getByRole('button', { name: /Remove access/ })).toHaveCount(0);

      const org = await api('POST', '/organizations', { name: `Acme ${user.username}`, description: 'Makers' });
      await api('POST', `/organizations/${org.id}/users`, { userIds: [user.id] });
      await page.getByRole('link', { name: 'Data', exact: true }).click();
      const orgs = page.locator('section', { has: page.getByRole('heading', { name: 'Organisations' }) });
      await expect(orgs).toContainText(`Acme ${user.username}`);
      await expect(orgs).toContainText('Makers · Member, no role');
      await expect(page.locator('#activity')).toContainText('App access removed: Acme Notes');
    });
  });
}
