import { useState } from "react";
import { useDuesProblem } from "./use-dues-problem.js";

/** Runs a dues action once at a time, with the busy state, the refusal's sentence and whether the last one was done (its sentence is the screen's, in the language shown). */
export function useDuesAction(): {
  readonly busy: boolean;
  readonly failure: string | undefined;
  readonly done: boolean;
  readonly run: (action: () => Promise<unknown>) => Promise<boolean>;
} {
  const problemText = useDuesProblem();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [done, setDone] = useState(false);
  async function run(action: () => Promise<unknown>): Promise<boolean> {
    if (busy) return false;
    setBusy(true);
    setFailure(undefined);
    setDone(false);
    try {
      await action();
      setDone(true);
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
