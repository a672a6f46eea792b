import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { newUser, signIn } from './support';

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('download my data, then delete my account', async ({ page }) => {
      const user = await newUser(`acc_${javaScriptEnabled ? 'js' : 'plain'}`, 'Ada Leaving');
      await signIn(page, user, '/profile');
      await page.getByRole('link', { name: 'Data', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your data');

      // Both need a fresh proof: the download asks for it on the way.
      await page.getByRole('button', { name: 'Download my data' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText("Confirm it's you");
      await page.getByLabel('Current password').fill(user.password);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL('/account?confirmed=1');
      const download = async () => {
        const file = page.waitForEvent('download');
        await page.getByRole('button', { name: 'Download my data' }).click();
        const done = await file;
        expect(done.suggestedFilename()).toBe('my-data.json');
        return JSON.parse(await readFile((await done.path())!, 'utf8'));
      };
      await download();
      const data = await download();
      expect(data.logto.user.username).toBe(user.username);
      expect(data.logto.user.customData).toEqual({});
      expect(data.thisApp.sessions).toHaveLength(1);
      expect(data.thisApp.activity[0].action).toBe('data.exported');
      await page.reload();
      await expect(page.locator('#activity li').first()).toContainText('Your data was downloaded');
      // axe runs as a script in the page: only where scripts run.
      if (javaScriptEnabled) {
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations).toEqual([]);
      }
      await page.getByLabel(`Type ${user.username} to confirm`).fill(user.username);
      await page.getByRole('button', { name: 'Delete my account' }).click();
      await page.waitForURL('/goodbye');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account was deleted');
      await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

      // Signing in again fails: the account is gone.
      await page.getByRole('link', { name: 'Sign in' }).click();
      await page.getByLabel('Username or email').fill(user.username);
      await page.getByLabel('Password').fill(user.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByText('Incorrect username, email or password.')).toBeVisible();
    });
  });
}
