import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { emulatorURL } from '../env';
import { manage, newUser, signIn as signInAs } from './support';

async function signIn(page: Page) {
  await page.goto('/profile');
  // Not signed in: sent to the emulator's sign-in page, then back to /profile.
  await page.getByLabel('Username or email').fill('demo');
  await page.getByLabel('Password').fill('Profile-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('/profile');
}

async function fault(body: object | null) {
  const init = body
    ? { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }
    : { method: 'DELETE' };
  const res = await fetch(`${emulatorURL}/__emulator/faults`, init);
  expect(res.ok).toBe(true);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test.beforeEach(async ({ page }) => {
      await signIn(page);
      if (javaScriptEnabled) await expect(page.locator('[data-hydrated="true"]')).toHaveCount(1);
    });

    const save = async (page: Page) => {
      await page.getByRole('button', { name: 'Save changes' }).click();
      if (!javaScriptEnabled) await page.waitForLoadState('load');
    };

    test('edit, save, reload, clear', async ({ page }) => {
      const tag = javaScriptEnabled ? 'JS' : 'Plain';
      await expect(page.getByLabel('Username', { exact: true })).toHaveValue(/\w+/);
      await page.getByLabel('Full name').fill(`Dana ${tag}`);
      await page.getByLabel('Given name').fill(`Dani ${tag}`);
      await page.getByLabel('Street address').fill('1 Canal Street');
      await page.getByLabel('City').fill('Utrecht');
      await page.getByLabel('Country').fill('NL');
      await save(page);
      await expect(page.getByRole('status').filter({ hasText: 'Your profile was saved.' })).toBeVisible();
      // The header follows at once, with or without a page load.
      await expect(page.getByTestId('user-name')).toHaveText(`Dana ${tag}`);

      await page.reload();
      await expect(page.getByLabel('Full name')).toHaveValue(`Dana ${tag}`);
      await expect(page.getByLabel('Given name')).toHaveValue(`Dani ${tag}`);
      await expect(page.getByLabel('City')).toHaveValue('Utrecht');
      await expect(page.getByTestId('user-name')).toHaveText(`Dana ${tag}`);

      await page.getByLabel('Given name').fill('');
      await save(page);
      await expect(page.getByRole('status').filter({ hasText: 'Your profile was saved.' })).toBeVisible();
      await page.reload();
      await expect(page.getByLabel('Given name')).toHaveValue('');
      await expect(page.getByLabel('City')).toHaveValue('Utrecht');
    });

    test('time zone and language come from pickers; dates follow them', async ({ page }) => {
      const [zone, city, locale] = javaScriptEnabled
        ? ['Europe/Amsterdam', 'Amsterdam', 'en-GB']
        : ['Asia/Tokyo', 'Tokyo', 'en-AU'];
      const zonePicker = page.getByLabel('Time zone');
      const localePicker = page.getByLabel('Language and region');
      // Listed by region and city; picked by what it says (its value is a short code until saved).
      await expect(
        zonePicker.locator(`optgroup[label="${zone.split('/')[0]}"] option`, { hasText: new RegExp(`^${city}$`) }),
      ).toHaveCount(1);
      await zonePicker.selectOption({ label: city });
      await localePicker.selectOption(locale);
      await save(page);
      await expect(page.getByRole('status').filter({ hasText: 'Your profile was saved.' })).toBeVisible();
      // Saved: the choice still shows, under the zone's name.
      await expect(zonePicker).toHaveValue(zone);
      await expect(zonePicker.locator('option:checked')).toHaveText(city);

      await page.reload();
      await expect(zonePicker).toHaveValue(zone);
      await expect(localePicker).toHaveValue(locale);
      const created = page.locator('dd time').first();
      const iso = await created.getAttribute('datetime');
      expect(iso).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/);
      if (javaScriptEnabled) {
        // Written by the browser's Intl in the saved locale (the page's language, its regional
        // format) and zone.
        const expected = await page.evaluate(
          ([at, loc, tz]) =>
            new Date(at!).toLocaleString(loc!, { dateStyle: 'long', timeStyle: 'short', timeZone: tz! }),
          [iso, locale, zone],
        );
        await expect(created).toHaveText(expected);
      } else {
        // Without JavaScript: an unambiguous UTC time.
        await expect(created).toHaveText(`${iso!.slice(0, 10)} ${iso!.slice(11, 16)} UTC`);
      }
    });

    test('a username change asks to confirm it is you, keeps the edits, and a taken one is refused', async ({ page }) => {
      await page.getByLabel('Nickname').fill('Dee');
      await page.getByLabel('Username', { exact: true }).fill('alex');
      await save(page);
      // The detour: the edit waits on the server while the user proves who they are.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText("Confirm it's you");
      await page.getByLabel('Current password').fill('Profile-demo-2026');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL('/profile?confirmed=1');
      await expect(page.getByText("You're confirmed. Your changes are back in the form")).toBeVisible();
      await expect(page.getByLabel('Username', { exact: true })).toHaveValue('alex');
      await expect(page.getByLabel('Nickname')).toHaveValue('Dee');
      if (javaScriptEnabled) await expect(page.locator('[data-hydrated="true"]')).toHaveCount(1);
      await save(page);
      await expect(page.locator('#field-username-error')).toHaveText('That username is taken.');
      await expect(page.getByLabel('Username', { exact: true })).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByLabel('Nickname')).toHaveValue('Dee');
    });

    test('when Logto fails the message shows, edits stay, and a retry works', async ({ page }) => {
      // A value no earlier test saved, so the save has something to send.
      const nickname = `Outage ${javaScriptEnabled ? 'JS' : 'Plain'}`;
      await fault({ path: '/api/users', status: 503 });
      try {
        await page.getByLabel('Nickname').fill(nickname);
        await save(page);
        await expect(page.getByRole('alert')).toContainText('Logto is unavailable right now');
        await expect(page.getByLabel('Nickname')).toHaveValue(nickname);
      } finally {
        await fault(null);
      }
      await save(page);
      await expect(page.getByRole('status').filter({ hasText: 'Your profile was saved.' })).toBeVisible();
    });
  });
}

test('a time zone changed elsewhere shows once Logto\'s values arrive', async ({ page }) => {
  const user = await newUser('zone_elsewhere', 'Zoe Zone');
  await signInAs(page, user, '/profile');
  await manage(`/users/${user.id}/profile`, { profile: { zoneinfo: 'Asia/Tokyo' } });
  // The page is drawn from the sign-in's claims (no zone), with Logto's values beside it…
  const html = await (await page.request.get('/profile')).text();
  expect(html).not.toContain('value=Asia/Tokyo selected');
  expect(html).toContain('"zoneinfo":"Asia/Tokyo"');
  // …which the editor takes: the picker shows the zone, though the list writes it as a code.
  await page.goto('/profile');
  await expect(page.locator('[data-hydrated="true"]')).toHaveCount(1);
  const zonePicker = page.getByLabel('Time zone');
  await expect(zonePicker.locator('option:checked')).toHaveText('Tokyo');
  await expect(zonePicker).toHaveValue('Asia/Tokyo');
});

test('validation as you type, before anything is sent', async ({ page }) => {
  // Hydration mismatches and panics surface as page errors or console errors. (Resources that
  // fail to load are not: the emulator page has no favicon, and example.com is offline here.)
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) {
      errors.push(msg.text());
    }
  });
  await signIn(page);
  await expect(page.locator('[data-hydrated="true"]')).toHaveCount(1);
  await page.getByLabel('Username', { exact: true }).fill('1abc');
  await expect(page.locator('#field-username-error')).toHaveText('Start with a letter or an underscore.');
  await page.getByLabel('Time zone').selectOption({ label: 'Kolkata' });
  await expect(page.getByLabel('Time zone').locator('option:checked')).toHaveText('Kolkata');
  expect(errors).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no accessibility violations on /profile (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await signIn(page);
    await expect(page.locator('[data-hydrated="true"]')).toHaveCount(1);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}
