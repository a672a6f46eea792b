import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { newUser, signIn } from './support';

// The fields declared in the shipped `profile-fields.toml`, filled and saved as a person does.
for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    const open = async (page: Page, prefix: string) => {
      const user = await newUser(prefix, 'Cleo Custom');
      await signIn(page, user, '/profile');
      if (javaScriptEnabled) await expect(page.locator('[data-hydrated="true"]')).toHaveCount(1);
      return user;
    };
    const save = async (page: Page) => {
      await page.getByRole('button', { name: 'Save changes' }).click();
      if (!javaScriptEnabled) await page.waitForLoadState('load');
    };
    const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'Your profile was saved.' });

    test('declared fields: fill, save, reload, see; the tax id only masked', async ({ page }) => {
      await open(page, `cf_${javaScriptEnabled ? 'js' : 'plain'}`);
      const more = page.getByRole('region', { name: 'More about you' });
      await page.getByLabel('Date of birth').fill('1990-04-23');
      await page.getByLabel('Gender').selectOption({ label: 'Non-binary' });
      await page.getByLabel('Mailing address').fill('PO Box 12\n1000 AA Amsterdam');
      await more.getByLabel('Send me the monthly newsletter').check();
      await more.getByLabel('Events').check();
      await more.getByLabel('Research').check();
      await more.getByLabel('Tax ID').fill('DE 123456789');
      await more.getByLabel('Emergency contact phone').fill('+31 6 1234 5678');
      await save(page);
      await expect(saved(page)).toBeVisible();
      // Saved: the secret is gone from the form and shown by its end only.
      await expect(more.getByLabel('Tax ID')).toHaveValue('');
      await expect(more.getByText('Saved: ••••6789')).toBeVisible();

      await page.reload();
      await expect(page.getByLabel('Date of birth')).toHaveValue('1990-04-23');
      await expect(page.getByLabel('Gender')).toHaveValue('non-binary');
      await expect(page.getByLabel('Mailing address')).toHaveValue('PO Box 12\n1000 AA Amsterdam');
      await expect(more.getByLabel('Send me the monthly newsletter')).toBeChecked();
      await expect(more.getByLabel('Events')).toBeChecked();
      await expect(more.getByLabel('Product news')).not.toBeChecked();
      await expect(more.getByLabel('Emergency contact phone')).toHaveValue('+31 6 1234 5678');
      await expect(more.getByLabel('Tax ID')).toHaveValue('');
      await expect(more.getByText('Saved: ••••6789')).toBeVisible();
      const html = await page.content();
      expect(html).not.toContain('123456789');

      // Untick, clear, remove the secret.
      await more.getByLabel('Send me the monthly newsletter').uncheck();
      await more.getByLabel('Events').uncheck();
      await more.getByLabel('Remove the saved value').check();
      await save(page);
      await expect(saved(page)).toBeVisible();
      await page.reload();
      await expect(more.getByLabel('Send me the monthly newsletter')).not.toBeChecked();
      await expect(more.getByLabel('Events')).not.toBeChecked();
      await expect(more.getByLabel('Research')).toBeChecked();
      await expect(more.getByText(/Saved: /)).toBeHidden();

      if (javaScriptEnabled) {
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      }
    });

    test('declared fields: invalid input gets field errors and keeps the input', async ({ page }) => {
      await open(page, `cf_bad_${javaScriptEnabled ? 'js' : 'plain'}`);
      const more = page.getByRole('region', { name: 'More about you' });
      await more.getByLabel('Tax ID').fill('DE<1234>');
      await more.getByLabel('Emergency contact phone').fill('call my mum');
      await page.getByLabel('Date of birth').fill('2099-01-01');
      if (javaScriptEnabled) {
        // Checked as typed, before anything is sent.
        await expect(more.getByText('Use letters, digits, spaces and hyphens.')).toBeVisible();
      }
      await save(page);
      await expect(more.getByText('Use letters, digits, spaces and hyphens.')).toBeVisible();
      await expect(more.getByText('Enter a phone number: digits, spaces and + ( ) - only.')).toBeVisible();
      await expect(page.getByText(/^Choose 20\d\d-\d\d-\d\d or earlier\.$/)).toBeVisible();
      await expect(more.getByLabel('Emergency contact phone')).toHaveValue('call my mum');
      await expect(more.getByLabel('Emergency contact phone')).toHaveAttribute('aria-invalid', 'true');
      await expect(saved(page)).toHaveCount(0);
    });
  });
}
