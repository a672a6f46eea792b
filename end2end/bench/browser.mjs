// What a browser pays, measured in headless Chromium (Debian's) against a running server:
// bytes on the wire of every page, signed in and with an empty cache, and when hydration finished
// after the load event over 20 loads of /profile. Prints one JSON object; run by
// `cargo run --release -p logto-profile-bench --bin browser`, which starts the server.
//
// Env: BENCH_BASE (the app), BENCH_USER, BENCH_PASSWORD.
import { chromium } from 'playwright';

const base = process.env.BENCH_BASE;
const user = process.env.BENCH_USER ?? 'demo';
const password = process.env.BENCH_PASSWORD;
const LOADS = 20;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const context = await browser.newContext();
// Set when the WASM's `hydrate()` has returned (src/lib.rs marks <html data-hydrated>).
await context.addInitScript(() => {
  window.__hydratedAt = null;
  new MutationObserver(() => {
    if (window.__hydratedAt === null && document.documentElement.hasAttribute('data-hydrated')) {
      window.__hydratedAt = performance.now();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-hydrated'] });
});
const page = await context.newPage();

await page.goto(`${base}/profile`);
await page.getByLabel('Username or email').fill(user);
await page.getByLabel('Password').fill(password);
await page.getByRole('button', { name: 'Sign in' }).click();
await page.waitForURL(`${base}/profile`);

const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');

/// Loads `path` with the cache off and adds up every response's encoded bytes (headers and body
/// as they came over the connection).
async function weigh(path) {
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const kinds = new Map();
  const files = {};
  const onResponse = (e) => kinds.set(e.requestId, e.type);
  const onFinished = (e) => {
    const kind = kinds.get(e.requestId) ?? 'Other';
    files[kind] = (files[kind] ?? 0) + e.encodedDataLength;
  };
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.loadingFinished', onFinished);
  const res = await page.goto(`${base}${path}`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  cdp.off('Network.responseReceived', onResponse);
  cdp.off('Network.loadingFinished', onFinished);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  const bytes = Object.values(files).reduce((a, b) => a + b, 0);
  return { path, status: res.status(), landed: new URL(page.url()).pathname, bytes, files };
}

const pages = [await weigh('/confirm?return_to=%2Fprofile')];
// Proved (the security pages then show their forms) and an authenticator setup started (its page
// draws the QR code): every page at its heaviest.
const origin = { Origin: base };
let res = await page.request.post(`${base}/confirm/password`, {
  headers: origin,
  form: { password, return_to: '/profile' },
});
if (!res.ok()) throw new Error(`the proof: ${res.status()}`);
res = await page.request.post(`${base}/security/two-step/totp/start`, { headers: origin });
if (res.status() >= 400) throw new Error(`the authenticator setup: ${res.status()}`);
for (const path of [
  '/',
  '/profile',
  '/security',
  '/security/sessions',
  '/security/password',
  '/security/email',
  '/security/phone',
  '/security/two-step',
  '/security/two-step/totp',
  '/security/tokens',
  '/apps',
  '/profile/photo',
  '/account',
  // "This wasn't me" as a link nobody sealed shows it (signed out, no island).
  '/not-me?t=none',
]) {
  pages.push(await weigh(path));
}

// The heaviest pages in every other interface language: the words the WASM shows are sent in the
// page's language only, so a language costs its own words' bytes in the HTML and nothing else.
for (const tag of ['de', 'fr', 'es', 'pt-BR', 'ja', 'zh-CN', 'ko', 'ar']) {
  await context.addCookies([{ name: 'lang', value: tag, url: base }]);
  for (const path of ['/profile', '/security']) pages.push(await weigh(`${path}?lang=${tag}`));
}
await context.addCookies([{ name: 'lang', value: 'en', url: base }]);

// A returning visitor: assets come from the cache, the page itself is rendered again.
const afterLoad = [];
for (let i = 0; i < LOADS; i++) {
  await page.goto(`${base}/profile`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__hydratedAt !== null, null, { timeout: 10_000 });
  afterLoad.push(
    await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return window.__hydratedAt - nav.loadEventStart;
    }),
  );
}

await browser.close();
console.log(JSON.stringify({ pages, hydration: { path: '/profile', afterLoadMs: afterLoad } }));
