import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { newUser, signIn } from './support';

// Every page in Japanese and in Arabic (right to left), with JavaScript on and off: the page says
// its language and direction, and no English is left on it except what the user typed and the
// names of products and formats.
const languages = [
  { tag: 'ja', name: '日本語', dir: 'ltr', person: '山田 花子', heading: 'プロフィール' },
  { tag: 'ar', name: 'العربية', dir: 'rtl', person: 'ليلى حسن', heading: 'ملفك الشخصي' },
];

const pages = [
  '/',
  '/profile',
  '/profile/photo',
  '/security',
  '/security/sessions',
  '/security/password',
  '/security/email',
  '/security/phone',
  '/security/two-step',
  '/security/tokens',
  '/apps',
  '/account',
  '/confirm?return_to=%2Fprofile',
  '/no-such-page',
];

/// Latin words that are names, not English: products, formats, the Logto console's own words
/// (its menus are English), and examples the messages give.
const NAMES = new Set(
  (
    'Logto JSON JPEG PNG WebP GIF TOTP QR SMS IP URL https http Chrome Edge Firefox Safari ' +
    'Console Account Center center Passkeys MFA Edit WebAuthn Multi factor auth Linux macOS Windows ' +
    'Chromium HeadlessChrome UTC abc qwe aaa example com name MB ms ' +
    // Language tags the language picker shows beside each name ("Filipino · fil").
    'fil ' +
    // Names the Logto administrator gave (the emulator's seeded applications).
    'Profile web'
  ).split(' '),
);

/// The Latin words of the page's text that are neither names nor what the user typed.
async function englishLeft(page: Page, typed: string[]): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  const own = new Set(typed.flatMap((t) => t.split(/[^A-Za-z]+/)));
  const words = text.match(/[A-Za-z]{3,}/g) ?? [];
  return [...new Set(words.filter((w) => !NAMES.has(w) && !own.has(w)))];
}

async function chooseLanguage(page: Page, name: string) {
  await page.locator('summary.lang-current').click();
  await page.getByRole('button', { name, exact: true }).click();
}

for (const lang of languages) {
  for (const javaScriptEnabled of [true, false]) {
    test(`every page in ${lang.tag}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const user = await newUser(`lang_${lang.tag}_${javaScriptEnabled ? 'js' : 'plain'}`, lang.person);
      await signIn(page, user, '/profile');
      await chooseLanguage(page, lang.name);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang.heading);
      // A fresh proof, so the security pages show their forms too.
      const proof = await page.request.post('/confirm/password', {
        headers: { Origin: new URL(page.url()).origin },
        form: { password: user.password, return_to: '/profile' },
      });
      expect(proof.ok()).toBe(true);

      const typed = [user.username, user.email, lang.person];
      for (const path of pages) {
        await page.goto(path);
        if (javaScriptEnabled && path === '/profile') {
          await expect(page.locator('[data-hydrated="true"]')).toHaveCount(1);
        }
        await expect(page.locator('html')).toHaveAttribute('lang', lang.tag);
        await expect(page.locator('html')).toHaveAttribute('dir', lang.dir);
        expect(await englishLeft(page, typed), `English on ${path}`).toEqual([]);
        if (javaScriptEnabled) {
          const results = await new AxeBuilder({ page }).analyze();
          expect(results.violations.map((v) => `${path} ${v.id}: ${v.help}`)).toEqual([]);
        }
      }
      await context.close();
    });
  }
}
