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
  webServer: [{
    command: './target/release/logto-profile',
    cwd: '..',
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      LEPTOS_SITE_ROOT: 'target/site',
      LEPTOS_SITE_ADDR: `127.0.0.1:${appPort}`,
      LEPTOS_ENV: 'PROD',
      APP_EMULATOR_ADDR: emulatorURL.replace('http://', ''),
      APP_DATA_DIR: dataDir,
      APP_EMULATOR_ADMIN: '1',
      // Logto's sign-in settings, changed by a journey, reach the app within a second.
      LOGTO_SETTINGS_MAX_AGE_SECS: '1',
      RUST_LOG: process.env.RUST_LOG ?? 'warn',
    },
  }, {
    command: './target/release/logto-profile',
    cwd: '..',
    url: `${passkeyBaseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      LEPTOS_SITE_ROOT: 'target/site',
      LEPTOS_SITE_ADDR: `127.0.0.1:${passkeyPort}`,
      LEPTOS_ENV: 'PROD',
      APP_PUBLIC_URL: passkeyBaseURL,
      APP_EMULATOR_ADDR: passkeyEmulatorURL.replace('http://localhost', '127.0.0.1'),
      APP_DATA_DIR: `${dataDir}-passkey`,
      APP_EMULATOR_ADMIN: '1',
      LOGTO_SETTINGS_MAX_AGE_SECS: '1',
      RUST_LOG: process.env.RUST_LOG ?? 'warn',
    },
  }],
});
