import { describe, expect, it } from "vitest";
import { createVerifier, supportsWebCryptoEd25519 } from "./create-verifier.js";

const subtle = globalThis.crypto.subtle;

/** A SubtleCrypto whose Ed25519 fails like a browser that lacks it. */
function subtleWithoutEd25519(): SubtleCrypto {
  const fail = () => Promise.reject(new DOMException("Unrecognized name.", "NotSupportedError"));
  const fake: Pick<SubtleCrypto, "importKey" | "verify"> = { importKey: fail, verify: fail };
  return fake as SubtleCrypto;
}

/** A broken SubtleCrypto that says yes to every signature. */
function subtleThatAcceptsEverything(): SubtleCrypto {
  return {
    importKey: () => Promise.resolve({} as CryptoKey),
    verify: () => Promise.resolve(true),
  } as unknown as SubtleCrypto;
}

describe("createVerifier", () => {
  it("[S7] picks WebCrypto when crypto.subtle verifies Ed25519 (Node 20)", async () => {
    expect(await supportsWebCryptoEd25519(subtle)).toBe(true);
    expect((await createVerifier({ subtle })).backend).toBe("webcrypto");
  });

  it("[S7] picks tweetnacl when crypto.subtle is absent, as on a phone served over plain http", async () => {
    expect((await createVerifier({})).backend).toBe("tweetnacl");
    expect((await createVerifier({ subtle: undefined })).backend).toBe("tweetnacl");
    expect((await createVerifier({ subtle: null })).backend).toBe("tweetnacl");
  });

  it("[S7] picks tweetnacl when crypto.subtle lacks Ed25519", async () => {
    expect(await supportsWebCryptoEd25519(subtleWithoutEd25519())).toBe(false);
    expect((await createVerifier({ subtle: subtleWithoutEd25519() })).backend).toBe("tweetnacl");
  });

  it("[S7] picks tweetnacl when crypto.subtle accepts a signature over the wrong message", async () => {
    expect(await supportsWebCryptoEd25519(subtleThatAcceptsEverything())).toBe(false);
    expect((await createVerifier({ subtle: subtleThatAcceptsEverything() })).backend).toBe("tweetnacl");
  });

  it("[S7] with no environment given, uses the running process's crypto.subtle", async () => {
    expect((await createVerifier()).backend).toBe("webcrypto");
  });
});
