import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { letUsersChooseSecondStep, newUser, signIn, totpNow } from './support';

test.beforeAll(letUsersChooseSecondStep);

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('add an authenticator app, get backup codes, remove the app', async ({ page }) => {
      const user = await newUser(`mfa_${javaScriptEnabled ? 'js' : 'plain'}`, 'Max Factor');
      await signIn(page, user, '/security');
      // The check-up's point with its fix a click away.
      const checkup = page.locator('section', { has: page.getByRole('heading', { name: 'Security check-up' }) });
      await expect(checkup).toContainText('2 of 3 done');
      await expect(checkup.getByRole('listitem').filter({ has: page.getByText('Two-step verification', { exact: true }) })).toContainText('To do');
      await checkup.getByRole('link', { name: 'Turn on – Two-step verification' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Two-step verification');
      await expect(page.getByText('No second step yet.')).toBeVisible();
      await page.getByRole('link', { name: "Confirm it's you" }).click();
      await page.getByLabel('Current password').fill(user.password);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL('/security/two-step?confirmed=1');

      await page.getByRole('button', { name: 'Add an authenticator app' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up your authenticator app');
      await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
      const key = (await page.locator('.totp-key').textContent()) ?? '';
      await page.getByLabel('6-digit code').fill(totpNow(key));
      if (!javaScriptEnabled) await page.getByRole('button', { name: 'Turn on' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Your authenticator app is set up.' })).toBeVisible();
      await expect(page.getByRole('listitem').filter({ hasText: 'Authenticator app' })).toBeVisible();

      // Asked at sign-in, unless the user says otherwise.
      const atSignIn = page.locator('section', { has: page.getByRole('heading', { name: 'When you sign in' }) });
      await expect(async () => {
        await page.reload();
        await expect(atSignIn).toContainText('You are asked for a second step every time you sign in.', { timeout: 500 });
      }).toPass();
      await atSignIn.getByRole('button', { name: 'Stop asking at sign-in' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'You will no longer be asked' })).toBeVisible();
      await expect(atSignIn).toContainText('your password alone lets anyone in');
      await atSignIn.getByRole('button', { name: 'Ask at every sign-in' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'You will be asked for a second step' })).toBeVisible();
      if (javaScriptEnabled) {
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations).toEqual([]);
      }

      await page.getByRole('button', { name: 'Get backup codes' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your backup codes');
      await expect(page.locator('.backup-codes li')).toHaveCount(10);
      await expect(page.getByRole('link', { name: 'Download as a text file' })).toHaveAttribute('download', 'backup-codes.txt');
      // Copying needs a script: the button is there only with one.
      await expect(page.getByRole('button', { name: 'Copy' })).toHaveCount(javaScriptEnabled ? 1 : 0);
      if (javaScriptEnabled) {
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations).toEqual([]);
      }
      await page.getByRole('link', { name: 'Done' }).click();
      await expect(page.getByRole('listitem').filter({ hasText: 'Backup codes' })).toContainText('10 unused');

      // The check-up follows: everything in place.
      await page.getByRole('link', { name: 'Security', exact: true }).click();
      await expect(checkup).toContainText('4 of 4 done');
      await expect(checkup).toContainText('Everything that protects your account is in place.');
      await checkup.getByRole('link', { name: 'Review – Two-step verification' }).click();

      // Replaced: the old app works until the new one's first code is in.
      await page.getByRole('button', { name: 'Replace – Authenticator app' }).click();
      await expect(page.getByText("Your current authenticator app keeps working until this one's first code is confirmed.")).toBeVisible();
      const newKey = (await page.locator('.totp-key').textContent()) ?? '';
      expect(newKey).not.toEqual(key);
      await page.getByLabel('6-digit code').fill(totpNow(newKey));
      if (!javaScriptEnabled) await page.getByRole('button', { name: 'Turn on' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Your new authenticator app is set up' })).toBeVisible();
      await expect(page.getByRole('listitem').filter({ hasText: 'Authenticator app' })).toHaveCount(1);

      await page.getByRole('button', { name: 'Remove – Authenticator app' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'The second step was removed.' })).toBeVisible();
      await expect(page.getByRole('listitem').filter({ hasText: 'Authenticator app' })).toHaveCount(0);
    });
  });
}
