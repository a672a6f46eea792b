import { expect, test } from '@playwright/test';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the server sends a complete page', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account, in your hands');
    const status = page.locator('.status-line');
    await expect(status).toHaveCount(1);
    await expect(status).toHaveAttribute('data-checked-at', /\d+/);
    await expect(status).toContainText('Connected to the embedded Logto emulator');
  });

  test('"Check again" reloads the page, which checks again', async ({ page }) => {
    await page.goto('/');
    const first = await page.locator('.status-line').getAttribute('data-checked-at');
    // A check's answer is reused for 2 s (so visitors cannot make the app call Logto per hit):
    // asked again until a new check comes back.
    await expect(async () => {
      await page.getByRole('button', { name: 'Check again' }).click();
      await page.waitForURL(/\/\??$/);
      await expect(page.locator('.status-line')).not.toHaveAttribute('data-checked-at', first!, {
        timeout: 500,
      });
    }).toPass();
    await expect(page.locator('[data-hydrated]')).toHaveCount(0);
  });
});

test.describe('with JavaScript', () => {
  test('"Check again" fetches the page and swaps it in without a reload', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });

    await page.goto('/');
    await expect(page.locator('html[data-enhanced="true"]')).toHaveCount(1);
    const status = page.locator('.status-line');
    const first = await status.getAttribute('data-checked-at');

    // A full reload would lose this marker.
    await page.evaluate(() => ((window as any).__noReload = true));
    // Asked again until a new check comes back (an answer is reused for 2 s).
    await expect(async () => {
      const call = page.waitForResponse(
        (res) => new URL(res.url()).pathname === '/' && res.request().method() === 'GET',
      );
      await page.getByRole('button', { name: 'Check again' }).click();
      expect((await call).status()).toBe(200);
      await expect(status).not.toHaveAttribute('data-checked-at', first!, { timeout: 500 });
    }).toPass();
    expect(await page.evaluate(() => (window as any).__noReload)).toBe(true);
    expect(errors).toEqual([]);
  });

  test('unknown pages show the app 404', async ({ page }) => {
    const res = await page.goto('/nowhere');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(page).toHaveURL('/');
  });
});
