import { safeStorage } from 'electron';
import { FileSecretStore, type SecretCipher } from '../settings/secret-store';

/**
 * The desktop app's secret store: `<data home>/secrets.json` (mode 0600) with every value encrypted by
 * the OS keychain through safeStorage (DPAPI on Windows, Keychain on macOS, libsecret/kwallet on Linux).
 * Where safeStorage cannot really encrypt (no keyring on Linux: its "basic_text" backend uses a fixed
 * key), the private file alone is used, as on the web host. Call after the app is ready.
 */
export function desktopSecretStore(dataHome: string): FileSecretStore {
  return FileSecretStore.inDataHome(dataHome, keychainCipher());
}

function keychainCipher(): SecretCipher | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  if (process.platform === 'linux' && ['basic_text', 'unknown'].includes(safeStorage.getSelectedStorageBackend())) return undefined;
  return {
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (data) => safeStorage.decryptString(Buffer.from(data)),
  };
}
