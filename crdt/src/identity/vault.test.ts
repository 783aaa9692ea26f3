import { readFileSync } from "node:fs";
import { bytesToHex, hexToBytes } from "@noble/hashes/utils.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toBase64url } from "../encoding/base64url.js";
import { openVault } from "./open-vault.js";
import { phraseFromEntropy, type RecoveryPhrase } from "./recovery-phrase.js";
import { sealVault, sealVaultWithRandom } from "./seal-vault.js";
import { parseVault } from "./vault-envelope.js";
import { VaultError, type VaultErrorCode } from "./vault-error.js";
import { deriveVaultKeys } from "./vault-key.js";
import { DEFAULT_VAULT_PARAMS, MAX_VAULT_PARAMS, MIN_VAULT_PARAMS, checkVaultParams } from "./vault-params.js";

interface VaultVector {
  readonly passphrase: string;
  readonly passphraseDecomposed: string;
  readonly passphraseNfkdHex: string;
  readonly entropy: string;
  readonly phrase: string;
  readonly salt: string;
  readonly nonce: string;
  readonly params: { readonly N: number; readonly r: number; readonly p: number };
  readonly key: string;
  readonly vault: string;
}
interface ScryptVector {
  readonly P: string;
  readonly S: string;
  readonly N: number;
  readonly r: number;
  readonly p: number;
  readonly DK: string;
}
const load = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../vectors/identity/${name}`, import.meta.url), "utf8"));
const vector = (load("chapterhouse-vault.json") as { readonly vectors: readonly VaultVector[] }).vectors[0]!;
const rfc7914 = (load("scrypt-rfc7914.json") as { readonly vectors: readonly ScryptVector[] }).vectors;

const phrase = vector.phrase as RecoveryPhrase;
const bytes = (length: number, fill: number): Uint8Array => new Uint8Array(length).fill(fill);

/** The VaultError a promise rejects with. */
async function vaultError(promise: Promise<unknown>): Promise<VaultError> {
  const error: unknown = await promise.then(
    () => new Error("expected a VaultError"),
    (e: unknown) => e,
  );
  if (error instanceof VaultError) return error;
  throw error;
}
function parseCode(text: string): VaultErrorCode {
  try {
    parseVault(text);
  } catch (error) {
    if (error instanceof VaultError) return error.code;
    throw error;
  }
  throw new Error("expected a VaultError");
}
/** The known-answer vault with one member changed (the result is re-canonicalised by sorting). */
function edited(change: (vault: Record<string, unknown>) => void): string {
  const vault = JSON.parse(vector.vault) as Record<string, unknown>;
  change(vault);
  return JSON.stringify(sortKeys(vault));
}
function sortKeys(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, sortKeys(v)]),
  );
}
function flipLastByte(base64url: string): string {
  const first = base64url.slice(0, -2);
  const last = base64url.slice(-2) === "AA" ? "BA" : "AA";
  return first + last;
}

describe("vault", () => {
  it("[K4.4] scrypt gives the RFC 7914 §12 outputs (key then check)", async () => {
    for (const v of rfc7914) {
      const { key, check } = await deriveVaultKeys(v.P, new TextEncoder().encode(v.S), v);
      expect(bytesToHex(key) + bytesToHex(check)).toBe(v.DK);
    }
  });

  it("[K4.9] known answer: the fixed passphrase, salt, nonce and phrase seal to the exact vault text", async () => {
    expect(new TextEncoder().encode(vector.passphrase.normalize("NFKD"))).toEqual(hexToBytes(vector.passphraseNfkdHex));
    expect(phraseFromEntropy(hexToBytes(vector.entropy))).toBe(phrase);
    const text = await sealVault({
      phrase,
      passphrase: vector.passphrase,
      salt: hexToBytes(vector.salt),
      nonce: hexToBytes(vector.nonce),
      params: vector.params,
    });
    expect(text).toBe(vector.vault);
    const { key } = await deriveVaultKeys(vector.passphrase, hexToBytes(vector.salt), vector.params);
    expect(bytesToHex(key)).toBe(vector.key);
  });

  it("[K4.4] the passphrase is normalised with NFKD: its decomposed spelling opens the same vault", async () => {
    expect(vector.passphraseDecomposed).not.toBe(vector.passphrase);
    expect(await openVault(vector.vault, vector.passphraseDecomposed)).toBe(phrase);
  });

  it("[K4.7] opening reports progress from 0 to 1", async () => {
    const seen: number[] = [];
    expect(await openVault(vector.vault, vector.passphrase, { onProgress: (f) => seen.push(f) })).toBe(phrase);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((f) => f >= 0 && f <= 1)).toBe(true);
    expect(seen.at(-1)).toBe(1);
  });

  it("[K4.8] a wrong passphrase throws wrong-passphrase and the same text still opens with the right one", async () => {
    const error = await vaultError(openVault(vector.vault, "Chapterhouse cafe 1/2"));
    expect(error.code).toBe("wrong-passphrase");
    expect(error.message).not.toContain("Chapterhouse");
    expect(await openVault(vector.vault, vector.passphrase)).toBe(phrase);
  });

  it("[K4.8] an altered ciphertext or nonce with the right passphrase is corrupt; an altered check reads as a wrong passphrase", async () => {
    const ciphertext = edited((v) => (v["ciphertext"] = flipLastByte(v["ciphertext"] as string)));
    expect((await vaultError(openVault(ciphertext, vector.passphrase))).code).toBe("corrupt");
    const nonce = edited((v) => (v["nonce"] = flipLastByte(v["nonce"] as string)));
    expect((await vaultError(openVault(nonce, vector.passphrase))).code).toBe("corrupt");
    const check = edited((v) => (v["check"] = flipLastByte(v["check"] as string)));
    expect((await vaultError(openVault(check, vector.passphrase))).code).toBe("wrong-passphrase");
  });

  it("[K4.8] truncated, foreign, future and malformed texts get their own codes before any key derivation", () => {
    expect(parseCode(vector.vault.slice(0, -1))).toBe("unreadable");
    expect(parseCode(vector.vault.slice(0, 100))).toBe("unreadable");
    expect(parseCode("")).toBe("unreadable");
    expect(parseCode(" ".repeat(5000))).toBe("unreadable");
    expect(parseCode('{"hello":"world"}')).toBe("not-a-vault");
    expect(parseCode("[1,2]")).toBe("not-a-vault");
    expect(parseCode(edited((v) => (v["v"] = 2)))).toBe("unsupported-version");
    expect(parseCode(edited((v) => delete v["v"]))).toBe("unsupported-version");
    expect(parseCode(vector.vault.replace('"check"', ' "check"'))).toBe("malformed");
    expect(parseCode(edited((v) => (v["extra"] = 1)))).toBe("malformed");
    expect(parseCode(edited((v) => delete v["check"]))).toBe("malformed");
    expect(parseCode(edited((v) => (v["nonce"] = toBase64url(bytes(23, 1)))))).toBe("malformed");
    expect(parseCode(edited((v) => (v["ciphertext"] = "!!")))).toBe("malformed");
    expect(parseCode(edited((v) => ((v["kdf"] as Record<string, unknown>)["salt"] = toBase64url(bytes(8, 1)))))).toBe("malformed");
    expect(parseCode(edited((v) => ((v["kdf"] as Record<string, unknown>)["N"] = "16384")))).toBe("malformed");
    expect(parseCode(edited((v) => ((v["kdf"] as Record<string, unknown>)["name"] = "argon2id")))).toBe("unsupported-kdf");
    expect(parseVault(vector.vault).params).toEqual(vector.params);
  });

  it("[K4.3] out-of-bounds scrypt parameters are refused before any key derivation, when reading and when sealing", async () => {
    const withKdf = (member: string, value: number): string =>
      edited((v) => ((v["kdf"] as Record<string, unknown>)[member] = value));
    for (const [member, value] of [
      ["N", 2 ** 13],
      ["N", 2 ** 19],
      ["N", 2 ** 40],
      ["N", 3 * 2 ** 14],
      ["r", 1],
      ["r", 16],
      ["p", 2],
      ["p", 1000],
    ] as const) {
      // Had scrypt run with these parameters, the check would differ ("wrong-passphrase")
      // or, for the huge ones, the test would time out.
      const error = await vaultError(openVault(withKdf(member, value), vector.passphrase));
      expect(error.code, `${member}=${value}`).toBe("kdf-out-of-bounds");
    }
    const sealing = sealVault({ phrase, passphrase: "x", salt: bytes(16, 1), nonce: bytes(24, 2), params: { N: 2 ** 20, r: 8, p: 1 } });
    expect((await vaultError(sealing)).code).toBe("kdf-out-of-bounds");
    for (const params of [MIN_VAULT_PARAMS, DEFAULT_VAULT_PARAMS, MAX_VAULT_PARAMS]) expect(() => checkVaultParams(params)).not.toThrow();
  });

  it("[K4.6] sealing refuses an empty passphrase and a salt or nonce of the wrong length", async () => {
    const base = { phrase, salt: bytes(16, 1), nonce: bytes(24, 2), params: MIN_VAULT_PARAMS };
    await expect(sealVault({ ...base, passphrase: "" })).rejects.toThrow(TypeError);
    await expect(sealVault({ ...base, passphrase: "x", salt: bytes(15, 1) })).rejects.toThrow(TypeError);
    await expect(sealVault({ ...base, passphrase: "x", nonce: bytes(16, 1) })).rejects.toThrow(TypeError);
  });

  it("[K4.6] sealVaultWithRandom draws a fresh 16-byte salt and 24-byte nonce", async () => {
    const asked: number[] = [];
    const text = await sealVaultWithRandom(phrase, "pass", (n) => (asked.push(n), bytes(n, asked.length)), { params: MIN_VAULT_PARAMS });
    expect(asked).toEqual([16, 24]);
    const vault = parseVault(text);
    expect(vault.salt).toEqual(bytes(16, 1));
    expect(vault.nonce).toEqual(bytes(24, 2));
  });

  it("[K4.7] any phrase sealed under any passphrase opens with it and with no other", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        fc.uint8Array({ minLength: 24, maxLength: 24 }),
        async (entropy, passphrase, salt, nonce) => {
          const sealed = phraseFromEntropy(entropy);
          const text = await sealVault({ phrase: sealed, passphrase, salt, nonce, params: MIN_VAULT_PARAMS });
          expect(await openVault(text, passphrase)).toBe(sealed);
          expect((await vaultError(openVault(text, passphrase + "!"))).code).toBe("wrong-passphrase");
        },
      ),
      { numRuns: 4 },
    );
  });
});
