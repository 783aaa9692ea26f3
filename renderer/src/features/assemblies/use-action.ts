import { useState } from "react";
import { useAssemblyProblem } from "./use-assembly-problem.js";

/** Runs one action at a time: `busy` while it runs, its failure in words (null when none). */
export function useAction(): { readonly busy: boolean; readonly failure: string | null; readonly run: (action: () => Promise<unknown>) => void } {
  const words = useAssemblyProblem();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const run = (action: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    action()
      .catch((problem: unknown) => setFailure(words(problem)))
      .finally(() => setBusy(false));
  };
  return { busy, failure, run };
}
