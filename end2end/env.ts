// Ports and paths chosen by scripts/test.sh (free ports, a throwaway data directory).
export const appPort = Number(process.env.E2E_PORT ?? 3400);
export const baseURL = `http://127.0.0.1:${appPort}`;
// The app starts its embedded Logto emulator here.
export const emulatorURL = `http://127.0.0.1:${Number(process.env.E2E_EMULATOR_PORT ?? 3401)}`;
export const dataDir = process.env.E2E_DATA_DIR ?? 'target/e2e-data';

// A second app for the passkey journey, under a host name: WebAuthn takes no IP address, and its
// embedded Logto emulator then goes by the same name.
export const passkeyPort = Number(process.env.E2E_PASSKEY_PORT ?? 3402);
export const passkeyBaseURL = `http://localhost:${passkeyPort}`;
export const passkeyEmulatorURL = `http://localhost:${Number(process.env.E2E_PASSKEY_EMULATOR_PORT ?? 3403)}`;
