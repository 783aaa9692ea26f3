import { useState, type FormEvent } from "react";
import { useProposalProblem } from "./use-proposal-problem.js";

/** A form's proposal action as the form shows it: busy while it runs, the member's sentence when it was refused. */
export interface ProposalAction {
  readonly busy: boolean;
  readonly problem: string | undefined;
  /** Submits the form: runs `action`, then `done` once it succeeded; a refusal becomes `problem`. */
  submit(event: FormEvent<HTMLFormElement>, action: () => Promise<unknown>, done: () => void): Promise<void>;
}

/**
 * One submission at a time for a proposal form. `keepBusy`: after success the form stays busy
 * (it is about to go away, e.g. publishing leaves the draft).
 */
export function useProposalAction({ keepBusy = false }: { readonly keepBusy?: boolean } = {}): ProposalAction {
  const problemText = useProposalProblem();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  return {
    busy,
    problem,
    async submit(event, action, done) {
      event.preventDefault();
      setProblem(undefined);
      setBusy(true);
      try {
        await action();
        done();
        if (!keepBusy) setBusy(false);
      } catch (failure) {
        setProblem(problemText(failure));
        setBusy(false);
      }
    },
  };
}
