import { useEffect, useState } from "react";
import type { VerificationInfo } from "./verification-info.js";

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
