// Ports and paths chosen by scripts/test.sh (free ports, a throwaway data directory).
export const appPort = Number(process.env.E2E_PORT ?? 3400);
export const baseURL = `http://127.0.0.1:${appPort}`;
// The app starts its embedded Logto emulator here.
export const emulatorURL = `http://127.0.0.1:${Number(process.env.E2E_EMULATOR_PORT ?? 3401)}`;
export const dataDir = process.env.E2E_DATA_DIR ?? 'target/e2e-data';
