import { expect, test } from '@playwright/test';
import { emulatorURL } from '../env';

// The embedded emulator's sign-in page, driven as a person would, for an authorization request
// made by hand (the app's own /sign-in is covered by auth.spec.ts).
function authorizeURL(baseURL: string): string {
  const params = new URLSearchParams({
    client_id: 'profile-web',
    redirect_uri: `${baseURL}/callback`,
    response_type: 'code',
    scope: 'openid profile email',
    state: 'e2e-state',
    prompt: 'login',
  });
  return `${emulatorURL}/oidc/auth?${params}`;
}

test('the emulator sign-in page refuses a wrong password, then signs in', async ({ page, baseURL }) => {
  await page.goto(authorizeURL(baseURL!));
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

  await page.getByLabel('Username or email').fill('demo');
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Incorrect username, email or password.');
  await expect(page.getByLabel('Username or email')).toHaveValue('demo');

  await page.getByLabel('Password').fill('Profile-demo-2026');
  const callback = page.waitForRequest((req) => new URL(req.url()).pathname === '/callback');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const url = new URL((await callback).url());
  expect(url.searchParams.get('code')).toBeTruthy();
  expect(url.searchParams.get('state')).toBe('e2e-state');
  expect(url.searchParams.get('iss')).toBe(`${emulatorURL}/oidc`);
});

test('the dev mailbox lists sent codes', async ({ page }) => {
  await page.goto(`${emulatorURL}/__emulator/mailbox`);
  await expect(page.getByRole('heading', { name: 'Dev mailbox' })).toBeVisible();
});
