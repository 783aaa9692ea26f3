import type { SafeStorageLike } from "../../src/key-vault.js";

/**
 * A stand-in for Electron's safeStorage: "encrypts" by XOR with a per-machine byte behind a
 * `v10` prefix (as Chromium's OSCrypt marks its ciphertexts), and fails to decrypt what
 * another machine encrypted, as the real one does.
 */
export function fakeKeychain(
  options: { available?: boolean; backend?: string; machine?: number } = {},
): SafeStorageLike {
  const machine = options.machine ?? 0x5a;
  const keychain: SafeStorageLike = {
    isEncryptionAvailable: () => Promise.resolve(options.available ?? true),
    encryptString: (text) =>
      Promise.resolve(
        new Uint8Array([
          0x76,
          0x31,
          0x30,
          machine,
          ...new TextEncoder().encode(text).map((b) => b ^ machine),
        ]),
      ),
    decryptString: (bytes) => {
      if (bytes[0] !== 0x76 || bytes[3] !== machine)
        return Promise.reject(
          new Error("Error while decrypting the ciphertext provided to safeStorage.decryptString."),
        );
      return Promise.resolve(new TextDecoder().decode(bytes.slice(4).map((b) => b ^ machine)));
    },
  };
  return options.backend === undefined
    ? keychain
    : { ...keychain, getSelectedStorageBackend: () => options.backend! };
}
