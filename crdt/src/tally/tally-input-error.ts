/**
 * Thrown when a tally's input is not meaningful (PROTOCOL.md T1–T3): an unknown rule, a choice
 * that does not fit the rule, two ballots from one member, an unknown option… The message
 * names what is wrong and where.
 */
export class TallyInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TallyInputError";
  }
}
