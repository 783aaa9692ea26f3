/**
 * What an action that must be refused was refused with: the error, if it is an instance of
 * `problem` (a feature's problem class, such as RoleProblem or DuesProblem, whose `code` the
 * screens translate). The data-layer tests of each feature check refusals by their code this way.
 * @throws {Error} if the action succeeded, or failed with anything else.
 */
export async function refusal<P extends Error>(action: Promise<unknown>, problem: abstract new (...args: never[]) => P): Promise<P> {
  const failure = await action.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(failure instanceof problem)) throw new Error(`expected a ${problem.name}, got ${String(failure)}`);
  return failure;
}
