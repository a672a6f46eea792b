import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { newUser, signIn } from './support';

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('a photo is uploaded, a bad file refused, the photo removed', async ({ page }) => {
      const user = await newUser(`photo_${javaScriptEnabled ? 'js' : 'plain'}`, 'Pia Photo');
      await signIn(page, user, '/profile');
      await expect(page.getByLabel('Avatar URL')).toHaveCount(0);
      await page.getByRole('link', { name: 'Change photo' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Profile photo');
      await expect(page.getByRole('img', { name: 'No photo yet' })).toHaveText('PP');

      // A text file with a photo's name is refused, with the reason at the field.
      await page.getByLabel('Choose a photo').setInputFiles({
        name: 'holiday.jpg',
        mimeType: 'image/jpeg',
        buffer: Buffer.from('not a picture'),
      });
      await page.getByRole('button', { name: 'Upload photo' }).click();
      await expect(page.getByText('That file is not an image.')).toBeVisible();
      await expect(page.getByLabel('Choose a photo')).toHaveAttribute('aria-invalid', 'true');

      // Framed before upload with JavaScript (drag, arrow keys, zoom); centred without.
      await page.getByLabel('Choose a photo').setInputFiles('../tests/fixtures/wide.png');
      const frame = page.getByRole('group', { name: 'Drag to frame your photo, or use the arrow keys.' });
      if (javaScriptEnabled) {
        await expect(frame).toBeVisible();
        await expect(page.locator('#crop_x')).toHaveValue('333333');
        await frame.focus();
        for (let i = 0; i < 12; i++) await frame.press('ArrowLeft');
        await expect(page.locator('#crop_x')).toHaveValue('666667');
        await page.getByLabel('Zoom').fill('2');
        await expect(page.locator('#crop_side')).toHaveValue('500000');
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations).toEqual([]);
      } else {
        await expect(frame).toBeHidden();
      }
      await page.getByRole('button', { name: 'Upload photo' }).click();
      await expect(page.getByText('Your new photo is saved.')).toBeVisible();

      await page.getByLabel('Choose a photo').setInputFiles('../tests/fixtures/gps.jpg');
      await page.getByRole('button', { name: 'Upload photo' }).click();
      await expect(page.getByText('Your new photo is saved.')).toBeVisible();
      const photo = page.getByRole('img', { name: 'Your profile photo' });
      await expect(photo).toHaveAttribute('src', /\/photos\/[0-9a-f]{32}\/256$/);
      // It loaded (the browser decoded what the server made).
      expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(256);
      await expect(page.locator('.user-menu img.avatar')).toHaveAttribute('src', /\/photos\//);
      if (javaScriptEnabled) {
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations).toEqual([]);
      }

      await page.getByRole('button', { name: 'Remove photo' }).click();
      await expect(page.getByText('Your photo was removed.')).toBeVisible();
      await expect(page.getByRole('img', { name: 'No photo yet' })).toBeVisible();
      await page.getByRole('link', { name: 'Back to your profile' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your profile');
    });
  });
}
