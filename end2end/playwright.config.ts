import { defineConfig, devices } from '@playwright/test';

import { appPort, baseURL, dataDir, emulatorURL, passkeyBaseURL, passkeyEmulatorURL, passkeyPort } from './env';

// scripts/test.sh picks free ports and builds the release binary first.

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // One worker: the journeys share the emulator's demo user.
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /passkey\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
    {
      name: 'passkey',
      testMatch: /passkey\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        baseURL: passkeyBaseURL,
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
        },
      },
    },
  ],
  webServer: [
    server(baseURL, appPort, emulatorURL.replace('http://', ''), dataDir, {}),
    server(passkeyBaseURL, passkeyPort, passkeyEmulatorURL.replace('http://localhost', '127.0.0.1'), `${dataDir}-passkey`, {
      APP_PUBLIC_URL: passkeyBaseURL,
    }),
  ],
});

/// The release server with its embedded emulator on the given ports.
function server(url: string, port: number, emulatorAddr: string, data: string, extra: Record<string, string>) {
  return {
    command: './target/release/logto-profile',
    cwd: '..',
    url: `${url}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe' as const,
    stderr: 'pipe' as const,
    env: {
      LEPTOS_SITE_ROOT: 'target/site',
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      LEPTOS_ENV: 'PROD',
      APP_EMULATOR_ADDR: emulatorAddr,
      APP_DATA_DIR: data,
      APP_EMULATOR_ADMIN: '1',
      // Logto's sign-in settings, changed by a journey, reach the app within a second.
      LOGTO_SETTINGS_MAX_AGE_SECS: '1',
      RUST_LOG: process.env.RUST_LOG ?? 'warn',
      ...extra,
    },
  };
}
