import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { emulatorURL } from '../env';
import { newUser, signIn } from './support';

// A security notice reaches the old address after an email change (the embedded emulator's SMTP
// server feeds its mailbox); its "This wasn't me" link, opened in another browser without a
// session, puts the address back, signs everyone out and sets a new password with a code.

type Mail = { to: string; subject: string; body: string; code: string; type: string };

async function mailbox(to: string): Promise<Mail[]> {
  const res = await fetch(`${emulatorURL}/__emulator/mailbox.json?to=${encodeURIComponent(to)}`);
  return res.json();
}

/// The newest notice to `to` with this subject, once it has arrived.
async function notice(to: string, subject: string): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(async () => {
      found = (await mailbox(to)).find((m) => m.type === 'Notice' && m.subject === subject);
      return !!found;
    })
    .toBe(true);
  return found!;
}

async function changeEmail(page: Page, password: string, to: string, javaScriptEnabled: boolean) {
  await page.getByRole('link', { name: "Confirm it's you" }).click();
  await page.getByLabel('Current password').fill(password);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL('/security/email?confirmed=1');
  await page.getByLabel('New email address').fill(to);
  await page.getByRole('button', { name: 'Send code' }).click();
  await expect(page.getByText(`We sent a 6-digit code to ${to}.`)).toBeVisible();
  const code = (await mailbox(to)).find((m) => m.code)!.code;
  await page.getByLabel('6-digit code').fill(code);
  if (!javaScriptEnabled) await page.getByRole('button', { name: 'Verify and save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your email address was saved.' })).toBeVisible();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });
    const tag = javaScriptEnabled ? 'nmjs' : 'nmplain';

    test("a notice's “This wasn't me” puts the email back and sets a new password", async ({ page, browser }) => {
      const user = await newUser(tag, 'Nora Notice');
      await signIn(page, user, '/security/email');
      const taken = `taken-${user.email}`;
      await changeEmail(page, user.password, taken, javaScriptEnabled);

      const mail = await notice(user.email, 'Security notice: Email address changed');
      expect(mail.body).toContain(`From ${user.email} to ${taken}.`);
      const link = mail.body.split(/\s+/).find((w) => w.includes('/not-me?t='))!;

      // The owner, locked out, in a browser of their own.
      const owner = await browser.newContext({ javaScriptEnabled });
      const own = await owner.newPage();
      await own.goto(link);
      await expect(own.getByRole('heading', { level: 1 })).toHaveText("This wasn't me");
      await expect(own.getByText('Email address changed')).toBeVisible();
      await expect(own.getByText(`put your email address back to ${user.email};`)).toBeVisible();
      if (javaScriptEnabled) {
        const axe = await new AxeBuilder({ page: own }).analyze();
        expect(axe.violations).toEqual([]);
      }
      await own.getByRole('button', { name: 'Secure my account' }).click();
      await expect(own.getByText(`Your email address is ${user.email} again.`)).toBeVisible();
      await expect(own.getByText('Signed out everywhere in this app. Sessions ended: 1.')).toBeVisible();
      await expect(own.getByText(`We sent a code to ${user.email}.`)).toBeVisible();
      if (javaScriptEnabled) {
        const axe = await new AxeBuilder({ page: own }).analyze();
        expect(axe.violations).toEqual([]);
      }

      const code = (await mailbox(user.email)).find((m) => m.code)!.code;
      await own.getByLabel('6-digit code').fill(code);
      await own.getByLabel('New password', { exact: true }).fill('Silver-Meadow-7714');
      await own.getByLabel('Repeat new password').fill('Silver-Meadow-7714');
      await own.getByRole('button', { name: 'Set the new password' }).click();
      await expect(own.getByText('Your new password is set. Sign in with it.')).toBeVisible();

      // The other browser was signed out; the new password signs in.
      await page.goto('/security');
      await expect(page.getByLabel('Username or email')).toBeVisible();
      await own.goto(link);
      await expect(own.getByText('This link is not valid or has expired')).toBeVisible();
      await owner.close();
    });
  });
}
