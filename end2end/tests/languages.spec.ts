import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { newUser, signIn } from './support';

// Every page in every language, on a phone: the page says its language and direction, nothing
// runs off the screen or out of its button, and (in the languages not written in Latin letters,
// with JavaScript on and off) no English is left except what the user typed and the names of
// products and formats, with axe finding nothing.
const PHONE = { width: 360, height: 740 };
const languages = [
  { tag: 'ja', name: '日本語', dir: 'ltr', person: '山田 花子', heading: 'プロフィール', latin: false },
  { tag: 'ar', name: 'العربية', dir: 'rtl', person: 'ليلى حسن', heading: 'ملفك الشخصي', latin: false },
  { tag: 'zh-CN', name: '简体中文', dir: 'ltr', person: '王 芳', heading: '个人资料', latin: false },
  { tag: 'ko', name: '한국어', dir: 'ltr', person: '김 민지', heading: '내 프로필', latin: false },
  { tag: 'fr', name: 'Français', dir: 'ltr', person: 'Amélie Dubois', heading: 'Votre profil', latin: true },
  { tag: 'es', name: 'Español', dir: 'ltr', person: 'Lucía Gómez', heading: 'Tu perfil', latin: true },
  { tag: 'pt-BR', name: 'Português (Brasil)', dir: 'ltr', person: 'João Silva', heading: 'Seu perfil', latin: true },
  { tag: 'de', name: 'Deutsch', dir: 'ltr', person: 'Jürgen Weiß', heading: 'Ihr Profil', latin: true },
  { tag: 'en', name: 'English', dir: 'ltr', person: 'Ada Lovelace', heading: 'Your profile', latin: true },
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
    'Chromium HeadlessChrome UTC abc qwe aaa example com name MB ms JavaScript ' +
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

/// What runs off a phone's screen, or out of its own box (a label wider than its button).
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) {
      found.push(`the page is ${document.documentElement.scrollWidth}px wide`);
    }
    const shown = 'button, a, summary, label, h1, h2, h3, p, li, dt, dd, th, td, legend';
    for (const el of document.querySelectorAll<HTMLElement>(shown)) {
      const box = el.getBoundingClientRect();
      // Not drawn: hidden, in a closed disclosure, or for screen readers only (1 px, clipped).
      if (box.width <= 1 || el.closest('details:not([open]) > :not(summary), .visually-hidden')) continue;
      const clipped =
        getComputedStyle(el).display !== 'inline' && el.scrollWidth > el.clientWidth + 1;
      if (box.left < -1 || box.right > width + 1 || clipped) {
        found.push(`${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 50)}”`);
      }
    }
    return found;
  });
}

async function chooseLanguage(page: Page, name: string) {
  await page.locator('summary.lang-current').click();
  await page.getByRole('button', { name, exact: true }).click();
}

for (const lang of languages) {
  // Latin-script languages: one walk without JavaScript (the layout check; their words cannot be
  // told from English by letters).
  for (const javaScriptEnabled of lang.latin ? [false] : [true, false]) {
    test(`every page in ${lang.tag}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ javaScriptEnabled, viewport: PHONE });
      const page = await context.newPage();
      const user = await newUser(`lang_${lang.tag.replace("-", "_")}_${javaScriptEnabled ? 'js' : 'plain'}`, lang.person);
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
        expect(await overflowing(page), `too wide on ${path}`).toEqual([]);
        if (path === '/') {
          // The switcher open: nine languages, each in its own name.
          await page.locator('summary.lang-current').click();
          expect(await overflowing(page), 'too wide: the language menu').toEqual([]);
          await page.locator('summary.lang-current').click();
        }
        if (!lang.latin) {
          expect(await englishLeft(page, typed), `English on ${path}`).toEqual([]);
        }
        if (javaScriptEnabled) {
          const results = await new AxeBuilder({ page }).analyze();
          expect(results.violations.map((v) => `${path} ${v.id}: ${v.help}`)).toEqual([]);
        }
      }
      await context.close();
    });
  }
}
