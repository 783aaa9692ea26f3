/**
 * Why a recovery phrase was refused (PROTOCOL.md K2.4). The message names the problem and,
 * for an unknown word, its position, but never echoes the words themselves: a phrase is a
 * secret, and error messages end up in logs.
 */
export type PhraseProblem =
  /** The phrase does not have exactly PHRASE_WORDS words. */
  | { readonly code: "wrong-count"; readonly count: number }
  /** The word at `position` (1-based) is not in the BIP39 English word list. */
  | { readonly code: "unknown-word"; readonly position: number }
  /** Every word is known but the BIP39 checksum (the last word's low bits) does not match. */
  | { readonly code: "bad-checksum" };

/** Thrown when a recovery phrase is not valid under K2. */
export class PhraseError extends Error {
  readonly code: PhraseProblem["code"];
  constructor(readonly problem: PhraseProblem) {
    super(describe(problem));
    this.name = "PhraseError";
    this.code = problem.code;
  }
}

function describe(problem: PhraseProblem): string {
  switch (problem.code) {
    case "wrong-count":
      return `a recovery phrase has 12 words; this one has ${problem.count}`;
    case "unknown-word":
      return `word ${problem.position} is not in the BIP39 English word list`;
    case "bad-checksum":
      return "the words are all valid but do not form a recovery phrase (bad checksum): a word is probably wrong or out of order";
  }
}
