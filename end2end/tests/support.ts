import { expect } from '@playwright/test';
import { emulatorURL } from '../env';

// Journeys that change sign-in details use users of their own, created through the emulator's
// Management API, so they never disturb the shared demo user.
export async function managementToken(): Promise<string> {
  const res = await fetch(`${emulatorURL}/oidc/token`, {
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
export async function createUser(body: Record<string, string>): Promise<string> {
  const res = await fetch(`${emulatorURL}/api/users`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await managementToken()}`, 'content-type': 'application/json' },
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

/// The newest code the emulator's mailbox holds for an email or phone.
export async function latestCode(to: string): Promise<string> {
  const res = await fetch(`${emulatorURL}/__emulator/mailbox.json?to=${encodeURIComponent(to)}`);
  return (await res.json())[0].code;
}
