import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { linkIdentity, newUser, signIn } from './support';

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('two browsers: see both sessions, sign the other one out', async ({ page, browser }) => {
      const user = await newUser(`sec_${javaScriptEnabled ? 'js' : 'plain'}`, 'Sam Secure');
      const elsewhere = await browser.newContext({ javaScriptEnabled });
      const other = await elsewhere.newPage();
      await signIn(other, user, '/profile');
      await signIn(page, user, '/profile');

      await page.getByRole('link', { name: 'Security', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Security');
      await expect(page.locator('.method').filter({ hasText: 'Email address' })).toContainText(user.email);
      const checkup = page.locator('section', { has: page.getByRole('heading', { name: 'Security check-up' }) });
      await expect(checkup.getByRole('listitem').filter({ hasText: 'Sessions' })).toContainText('Other browsers signed in here: 1');
      if (javaScriptEnabled) {
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations).toEqual([]);
      }
      await checkup.getByRole('link', { name: 'Review – Sessions' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText("Where you're signed in");
      const mine = page.locator('section', { has: page.getByRole('heading', { name: 'On this page' }) });
      await expect(mine.getByRole('listitem')).toHaveCount(2);
      await expect(mine.getByRole('listitem').filter({ hasText: 'This browser' })).toHaveCount(1);

      // Signing out needs a fresh proof.
      await mine.getByRole('link', { name: "Confirm it's you" }).click();
      await page.getByLabel('Current password').fill(user.password);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL('/security/sessions?confirmed=1');
      await mine.getByRole('listitem').filter({ hasNotText: 'This browser' }).getByRole('button', { name: /^Sign out/ }).click();
      await expect(page.getByRole('status').filter({ hasText: 'That session was signed out.' })).toBeVisible();
      await expect(mine.getByRole('listitem')).toHaveCount(1);

      // Its Logto sign-in ended too: the other browser is asked to sign in again.
      await other.reload();
      await expect(other.getByLabel('Username or email')).toBeVisible();
      await elsewhere.close();

      if (javaScriptEnabled) {
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations).toEqual([]);
      }
    });

    test('unlink a linked account', async ({ page }) => {
      const user = await newUser(`sec_${javaScriptEnabled ? 'ljs' : 'lplain'}`, 'Sam Secure');
      await linkIdentity(user.id, 'github', { userId: '777', details: { name: 'Sam on GitHub' } });
      await signIn(page, user, '/security');
      const linked = page.locator('section', { has: page.getByRole('heading', { name: 'Linked accounts' }) });
      await expect(linked.getByRole('listitem')).toHaveText(/GitHub\s*Sam on GitHub/);
      await linked.getByRole('link', { name: "Confirm it's you" }).click();
      await page.getByLabel('Current password').fill(user.password);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL('/security?confirmed=1');
      await linked.getByRole('button', { name: 'Unlink – GitHub' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'The account was unlinked.' })).toBeVisible();
      await expect(linked).toContainText('No linked accounts.');
    });
  });
}

test("unlink the demo user's seeded GitHub account", async ({ page }) => {
  await signIn(page, { username: 'demo', password: 'Profile-demo-2026' }, '/security');
  const linked = page.locator('section', { has: page.getByRole('heading', { name: 'Linked accounts' }) });
  await expect(linked.getByRole('listitem')).toHaveText(/GitHub\s*Dana Demo/);
  await linked.getByRole('link', { name: "Confirm it's you" }).click();
  await page.getByLabel('Current password').fill('Profile-demo-2026');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL('/security?confirmed=1');
  await linked.getByRole('button', { name: 'Unlink – GitHub' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The account was unlinked.' })).toBeVisible();
  await expect(linked).toContainText('No linked accounts.');
});
