// Screenshots of the account area for the README: each page in light and dark, phone and
// desktop, as the demo user (the embedded emulator's data). Run by
// `cargo run --release -p logto-profile-bench --bin screenshots`, which starts the server and
// says where the files went (docs/screenshots/).
//
// Env: BENCH_BASE (the app), BENCH_USER, BENCH_PASSWORD, SCREENSHOTS_DIR.
import { chromium } from 'playwright';

const base = process.env.BENCH_BASE;
const dir = process.env.SCREENSHOTS_DIR;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});

const looks = {
  desktop: { viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};

/// What each screenshot shows: the page, then what to do on it first.
const shots = [
  ['security-checkup', '/security', async () => {}],
  ['security-sessions', '/security/sessions', async () => {}],
  ['apps', '/apps', async () => {}],
  ['tokens', '/security/tokens', async (page, round) => {
    // One user across the rounds: a name each (names are unique per user).
    await page.getByLabel('Name', { exact: true }).fill(['Deploy script', 'Backup job', 'CI pipeline', 'Laptop sync'][round]);
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.locator('.created-token').waitFor();
  }],
  ['two-step', '/security/two-step', async () => {}],
  // Only the section: in a fresh Logto it lists what the administrator must switch on.
  ['passkey', '/security/two-step', async (page) => {
    await page.locator('section[aria-labelledby="passkey-add-title"]').scrollIntoViewIfNeeded();
  }, 'section[aria-labelledby="passkey-add-title"]'],
  ['photo-framing', '/profile/photo', async (page) => {
    await page.getByLabel('Choose a photo').setInputFiles('../tests/fixtures/wide.png');
    await page.locator('#photo-frame').waitFor();
    await page.locator('#photo-frame').focus();
    await page.keyboard.press('ArrowLeft');
  }],
];

/** Signs the demo user in through the emulator's page. */
async function signIn(page) {
  await page.goto(`${base}/profile`);
  await page.getByLabel('Username or email').fill(process.env.BENCH_USER);
  await page.getByLabel('Password').fill(process.env.BENCH_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}/profile`);
}

const rounds = [['desktop', 'light'], ['phone', 'dark'], ['desktop', 'dark'], ['phone', 'light']];
for (const [round, [look, scheme]] of rounds.entries()) {
  const context = await browser.newContext({ ...looks[look], colorScheme: scheme });
  const page = await context.newPage();
  await signIn(page);
  // A fresh proof, so the pages show their forms.
  await page.goto(`${base}/confirm?return_to=/security`);
  await page.getByLabel('Current password').fill(process.env.BENCH_PASSWORD);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(`${base}/security?confirmed=1`);
  for (const [name, path, prepare, only] of shots) {
    await page.goto(`${base}${path}`);
    await page.waitForLoadState('networkidle');
    await prepare(page, round);
    const shot = { path: `${dir}/${name}-${look}-${scheme}.jpg`, type: 'jpeg', quality: 80 };
    if (only) await page.locator(only).screenshot(shot);
    else await page.screenshot({ ...shot, fullPage: look === 'desktop' });
  }
  await context.close();
}
// /profile and /security in Japanese and in Arabic (right to left), desktop light and phone dark.
for (const lang of ['ja', 'ar']) {
  for (const [look, scheme] of [['desktop', 'light'], ['phone', 'dark']]) {
    const context = await browser.newContext({ ...looks[look], colorScheme: scheme });
    const page = await context.newPage();
    await signIn(page);
    const origin = { Origin: base };
    await page.request.post(`${base}/confirm/password`, {
      headers: origin,
      form: { password: process.env.BENCH_PASSWORD, return_to: '/profile' },
    });
    await page.request.post(`${base}/language`, { headers: origin, form: { lang, return_to: '/profile' } });
    for (const [name, path] of [['profile', '/profile'], ['security', '/security']]) {
      await page.goto(`${base}${path}`);
      await page.waitForLoadState('networkidle');
      const shot = { path: `${dir}/${name}-${lang}-${look}-${scheme}.jpg`, type: 'jpeg', quality: 80 };
      await page.screenshot({ ...shot, fullPage: look === 'desktop' });
    }
    await context.close();
  }
}
await browser.close();
