import { createHmac } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { emulatorURL } from '../env';

// Journeys that change sign-in details use users of their own, created through the emulator's
// Management API, so they never disturb the shared demo user.
export async function managementToken(logto = emulatorURL): Promise<string> {
  const res = await fetch(`${logto}/oidc/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from('profile-m2m:profile-m2m-dev-secret').toString('base64')}`,
    },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      resource: 'https://default.logto.app/api',
      scope: 'all',
    }),
  });
  expect(res.ok).toBe(true);
  return (await res.json()).access_token;
}

/// Creates a user; returns its Logto id.
export async function createUser(body: Record<string, string>, logto = emulatorURL): Promise<string> {
  const res = await fetch(`${logto}/api/users`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await managementToken(logto)}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.ok).toBe(true);
  return (await res.json()).id;
}

/// Links a social account to a user, as Logto's connector would after a social sign-in.
export async function linkIdentity(userId: string, target: string, identity: object) {
  const res = await fetch(`${emulatorURL}/api/users/${userId}/identities/${target}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${await managementToken()}`, 'content-type': 'application/json' },
    body: JSON.stringify(identity),
  });
  expect(res.ok).toBe(true);
}

/// Logto's sign-in accepts an authenticator app, a passkey or backup codes as a second step, and
/// leaves asking for it to each user (the emulator's sign-in itself never asks).
export async function letUsersChooseSecondStep() {
  const res = await fetch(`${emulatorURL}/api/sign-in-exp`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${await managementToken()}`, 'content-type': 'application/json' },
    body: JSON.stringify({ mfa: { factors: ['Totp', 'WebAuthn', 'BackupCode'], policy: 'UserControlled' } }),
  });
  expect(res.ok).toBe(true);
}

/// A Management API call (`PATCH` by default) that must succeed.
export async function manage(path: string, body: object, logto = emulatorURL, method = 'PATCH') {
  const res = await fetch(`${logto}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${await managementToken(logto)}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.ok).toBe(true);
  return res.json();
}

/// The newest code the emulator's mailbox holds for an email or phone.
export async function latestCode(to: string): Promise<string> {
  const res = await fetch(`${emulatorURL}/__emulator/mailbox.json?to=${encodeURIComponent(to)}`);
  return (await res.json())[0].code;
}

/// The code an authenticator app shows now for a base32 key (RFC 6238: SHA-1, 6 digits, 30 s).
export function totpNow(base32Key: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of base32Key.replace(/[\s=]/g, '').toUpperCase()) {
    bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  }
  const key = Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 1000 / 30)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return value.toString().padStart(6, '0');
}

/// A user of a journey's own (username, email and password), named `name`; `prefix` keeps
/// journeys' users apart.
export async function newUser(prefix: string, name: string, logto = emulatorURL) {
  const id = Math.random().toString(36).slice(2, 8);
  const user = { username: `${prefix}_${id}`, email: `${prefix.replace(/_/g, '-')}-${id}@example.com`, password: 'Amber-Falcon-3391' };
  const userId = await createUser({ username: user.username, primaryEmail: user.email, password: user.password, name }, logto);
  return { ...user, id: userId };
}

/// Signs in through the emulator's page on the way to `path`.
export async function signIn(page: Page, user: { username: string; password: string }, path: string) {
  await page.goto(path);
  await page.getByLabel('Username or email').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(path);
}
