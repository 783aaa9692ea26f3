import { useEffect, useState } from "react";
import type { VerificationInfo } from "./verification-info.js";

/** How the Settings screen names a verifier backend (`Verifier.backend`). */
export function verifierBackendLabel(backend: string): string {
  if (backend === "webcrypto") return "WebCrypto";
  if (backend === "tweetnacl") return "tweetnacl (fallback)";
  return backend;
}

/** The reader's verifier backend, undefined until it is chosen. */
export function useVerifierBackend(reader: VerificationInfo): string | undefined {
  const [backend, setBackend] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void reader.backend.then((name) => {
      if (live) setBackend(name);
    });
    return () => {
      live = false;
    };
  }, [reader]);
  return backend;
}
