import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { passkeyBaseURL, passkeyEmulatorURL } from '../env';
import { manage, newUser, signIn } from './support';

// Runs against the second app (under `localhost`: WebAuthn takes no IP address), whose Logto
// emulator checks the passkey Chromium's virtual authenticator makes.

/// What Logto's administrator switches on: the Account Center with passkeys editable and this
/// app's origin among its related origins, passkeys as a second step.
async function allowPasskeys() {
  await manage('/account-center', {
    enabled: true,
    fields: { mfa: 'Edit', passkey: 'Edit' },
    webauthnRelatedOrigins: [passkeyBaseURL],
  }, passkeyEmulatorURL);
  await manage('/sign-in-exp', { mfa: { factors: ['Totp', 'WebAuthn'], policy: 'UserControlled' } }, passkeyEmulatorURL);
}

/// A platform authenticator with a fingerprint that always matches.
async function virtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
}

const section = (page: Page) =>
  page.locator('section', { has: page.getByRole('heading', { name: 'Add a passkey' }) });

test.describe('with JavaScript', () => {
  test('add a passkey with the password and a name', async ({ page }) => {
    const user = await newUser('passkey_js', 'Pia Key', passkeyEmulatorURL);
    await signIn(page, user, '/security/two-step');
    // Off in a fresh Logto: the page says what the administrator must switch on.
    await expect(section(page)).toContainText('Passkeys can\'t be added here yet.');
    await expect(section(page)).toContainText(`add ${passkeyBaseURL} to the Account Center's WebAuthn related origins`);

    await allowPasskeys();
    await expect(async () => {
      await page.reload();
      await expect(section(page).getByRole('button', { name: 'Add a passkey' })).toBeVisible({ timeout: 500 });
    }).toPass();
    await expect(section(page)).not.toContainText('Adding a passkey needs JavaScript');
    await virtualAuthenticator(page);

    await section(page).getByLabel('Current password').fill('not-my-password');
    await section(page).getByRole('button', { name: 'Add a passkey' }).click();
    await expect(section(page).getByRole('status')).toHaveText('That is not your current password.');
    await expect(section(page).getByLabel('Current password')).toHaveAttribute('aria-invalid', 'true');

    await section(page).getByLabel('Current password').fill(user.password);
    await section(page).getByLabel('Name it (optional)').fill('Test laptop');
    await section(page).getByRole('button', { name: 'Add a passkey' }).click();
    await page.waitForURL('/security/two-step?done=passkey');
    await expect(page.getByRole('status').filter({ hasText: 'Passkey added.' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Test laptop' })).toContainText('Passkey');

    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says adding a passkey needs JavaScript', async ({ page }) => {
    await allowPasskeys();
    const user = await newUser('passkey_plain', 'Pia Plain', passkeyEmulatorURL);
    await signIn(page, user, '/security/two-step');
    await expect(async () => {
      await page.reload();
      await expect(section(page)).toContainText('Adding a passkey needs JavaScript', { timeout: 500 });
    }).toPass();
    // (axe needs JavaScript in the page: it runs in the journey above.)
    await expect(section(page).getByRole('button', { name: 'Add a passkey' })).toBeHidden();
  });
});
