import { useState } from "react";
import { useDuesProblem } from "./use-dues-problem.js";

/** Runs a dues action once at a time, with the busy state, the refusal's sentence and the done sentence. */
export function useDuesAction(): {
  readonly busy: boolean;
  readonly failure: string | undefined;
  readonly done: string | undefined;
  readonly run: (action: () => Promise<unknown>, done: string) => Promise<boolean>;
} {
  const problemText = useDuesProblem();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  async function run(action: () => Promise<unknown>, words: string): Promise<boolean> {
    if (busy) return false;
    setBusy(true);
    setFailure(undefined);
    setDone(undefined);
    try {
      await action();
      setDone(words);
      return true;
    } catch (problem) {
      setFailure(problemText(problem));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { busy, failure, done, run };
}
