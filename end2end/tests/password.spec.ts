import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createUser, latestCode } from './support';

type User = { username: string; email: string; password: string };

async function newUser(tag: string): Promise<User> {
  const id = Math.random().toString(36).slice(2, 8);
  const user = {
    username: `pw_${tag}_${id}`,
    email: `pw-${tag}-${id}@example.com`,
    password: 'Tidal-Lantern-5082',
  };
  await createUser({ username: user.username, primaryEmail: user.email, password: user.password, name: 'Robin Reyes' });
  return user;
}

async function signIn(page: Page, user: User, password = user.password) {
  await page.goto('/security/password');
  await page.getByLabel('Username or email').fill(user.username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('/security/password');
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });
    const tag = javaScriptEnabled ? 'js' : 'plain';

    test('change it with the current one, then sign in with the new one', async ({ page }) => {
      const user = await newUser(tag);
      await page.goto('/');
      await page.getByRole('link', { name: 'Sign in' }).click();
      await page.getByLabel('Username or email').fill(user.username);
      await page.getByLabel('Password').fill(user.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL('/');
      await page.getByRole('link', { name: 'Security', exact: true }).click();
      await page.locator('dl').getByRole('link', { name: 'Change – Password' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Change password');
      await expect(page.getByLabel('Current password')).toHaveAttribute('autocomplete', 'current-password');
      await expect(page.getByLabel('New password', { exact: true })).toHaveAttribute('autocomplete', 'new-password');

      // A wrong current password: refused, nothing changed.
      await page.getByLabel('Current password').fill('Not-My-Password-1');
      await page.getByLabel('New password', { exact: true }).fill('Copper-Meadow-7731');
      await page.getByLabel('Repeat new password').fill('Copper-Meadow-7731');
      await page.getByRole('button', { name: 'Change password' }).click();
      await expect(page.locator('#password-current-error')).toHaveText('That is not your current password.');

      await page.getByLabel('Current password').fill(user.password);
      await page.getByLabel('New password', { exact: true }).fill('Copper-Meadow-7731');
      await page.getByLabel('Repeat new password').fill('Copper-Meadow-7731');
      await page.getByRole('button', { name: 'Change password' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Your password was changed.' })).toBeVisible();

      await page.getByRole('button', { name: 'Sign out' }).click();
      if (!javaScriptEnabled) await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL('/');
      await page.getByRole('link', { name: 'Sign in' }).click();
      await page.getByLabel('Username or email').fill(user.username);
      await page.getByLabel('Password').fill(user.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByText('Incorrect username, email or password.')).toBeVisible();
      await page.getByLabel('Password').fill('Copper-Meadow-7731');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL('/');
      await expect(page.getByTestId('user-name')).toHaveText('Robin Reyes');
    });

    test('every failed rule of the policy is named', async ({ page }) => {
      const user = await newUser(tag);
      await signIn(page, user);
      const refused = page.locator('#password-new-error');
      const submit = async (current: string, password: string) => {
        if (current) await page.getByLabel('Current password').fill(current);
        await page.getByLabel('New password', { exact: true }).fill(password);
        await page.getByLabel('Repeat new password').fill(password);
        await page.getByRole('button', { name: 'Change password' }).click();
      };
      await submit(user.password, 'abc');
      await expect(refused).toContainText("This password can't be used. It must:");
      await expect(refused.getByRole('listitem')).toHaveText([
        'be at least 8 characters long',
        'not contain a sequence (like abc, 123 or qwe)',
      ]);
      // The current password was right: the proof stands, it is not asked again.
      await expect(page.getByLabel('Current password')).toHaveCount(0);
      await submit('', `${user.username}Q!9`);
      await expect(refused).toContainText('not contain your name, username, email or phone number');
      await submit('', 'ééééééééé');
      await expect(refused).toContainText('mix at least 1 of: lowercase letters, uppercase letters, digits, symbols');
      await expect(refused).toContainText('use only letters a–z and A–Z, digits, spaces and common symbols');
      await expect(page).toHaveTitle('Change password · Logto profile');
      // axe runs as a script in the page: only where scripts run.
      if (javaScriptEnabled) {
        await page.waitForLoadState('load');
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations).toEqual([]);
      }
    });

    test('forgot the current password: a code from the mailbox, then a new password', async ({ page }) => {
      const user = await newUser(tag);
      await signIn(page, user);
      await page.getByRole('link', { name: 'Forgot your current password?' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText("Confirm it's you");
      await expect(page.getByLabel(/^Email to p\*\*\*@example\.com$/)).toBeChecked();
      await page.getByRole('button', { name: 'Send code' }).click();
      await expect(page.getByText(`We sent a 6-digit code to p***@example.com.`)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Send a new code' })).toBeVisible();
      // With JavaScript a complete code submits itself.
      const enterCode = async (code: string) => {
        await page.getByLabel('6-digit code').fill(code);
        if (!javaScriptEnabled) await page.getByRole('button', { name: 'Continue' }).click();
      };
      await enterCode('000000');
      await expect(page.getByRole('alert')).toContainText('That code is not right.');
      await enterCode(await latestCode(user.email));
      await page.waitForURL('/security/password?confirmed=1');
      await expect(page.getByText("Thanks, you're confirmed for the next 10 minutes.")).toBeVisible();
      await expect(page.getByLabel('Current password')).toHaveCount(0);
      await page.getByLabel('New password', { exact: true }).fill('Granite-Harbor-4419');
      await page.getByLabel('Repeat new password').fill('Granite-Harbor-4419');
      await page.getByRole('button', { name: 'Change password' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Your password was changed.' })).toBeVisible();
    });

    test('signing out the other sessions ends the other browser at its next request', async ({ browser }) => {
      const user = await newUser(tag);
      const open = async (b: Browser) => {
        const context = await b.newContext({ javaScriptEnabled });
        const page = await context.newPage();
        await signIn(page, user);
        return page;
      };
      const mine = await open(browser);
      const other = await open(browser);
      await mine.getByLabel('Current password').fill(user.password);
      await mine.getByLabel('New password', { exact: true }).fill('Velvet-Summit-2604');
      await mine.getByLabel('Repeat new password').fill('Velvet-Summit-2604');
      await expect(mine.getByLabel('Sign out my other sessions')).toBeChecked();
      await mine.getByRole('button', { name: 'Change password' }).click();
      await expect(mine.getByRole('status').filter({ hasText: 'Your password was changed.' })).toBeVisible();
      await expect(mine.getByText('Your other sessions, in this app and in Logto, were signed out.')).toBeVisible();

      await other.goto('/profile');
      // Signed out here and at Logto: the sign-in page asks again.
      await expect(other.getByLabel('Username or email')).toBeVisible();
      await mine.goto('/profile');
      await expect(mine.getByTestId('user-name')).toHaveText('Robin Reyes');
    });
  });
}

test('the checklist ticks the rules as the new password is typed', async ({ page }) => {
  const user = await newUser('live');
  await signIn(page, user);
  const rule = (key: string) => page.locator(`#rule-${key}`);
  await expect(page.getByLabel('Show passwords')).toBeVisible();
  await page.getByLabel('New password', { exact: true }).pressSequentially('abc');
  await expect(rule('too_short')).not.toHaveClass('met');
  await expect(rule('sequence')).not.toHaveClass('met');
  await expect(rule('too_short')).toContainText('not met yet', { useInnerText: true });
  await page.getByLabel('New password', { exact: true }).fill('');
  await page.getByLabel('New password', { exact: true }).pressSequentially('Quiet-Ember-58');
  await expect(rule('too_short')).toHaveClass('met');
  await expect(rule('sequence')).toHaveClass('met');
  await expect(rule('user_info')).toHaveClass('met');
  await expect(rule('too_short')).not.toContainText('not met yet', { useInnerText: true });
  await page.getByLabel('Show passwords').check();
  await expect(page.getByLabel('New password', { exact: true })).toHaveAttribute('type', 'text');
  await expect(page.getByLabel('Current password')).toHaveAttribute('type', 'text');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the rules are listed and no switch that cannot work is shown', async ({ page }) => {
    const user = await newUser('static');
    await signIn(page, user);
    await expect(page.locator('#password-rules li')).toHaveCount(5);
    await expect(page.getByLabel('Show passwords')).toBeHidden();
  });
});
