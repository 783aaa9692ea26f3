import { describe, expect, it } from "vitest";
import { canonicalize } from "../records/canonical.js";
import { tally } from "./tally.js";
import { TallyInputError } from "./tally-input-error.js";
import type { TallyInput } from "./types.js";

/** Parsed JSON, as the CLI hands it over: the tally must check it at run time. */
function input(value: object): TallyInput {
  return value as TallyInput;
}

const electorate = [
  { member: "alice", weight: 1 },
  { member: "bob", weight: 1 },
];

function refused(value: object, message: RegExp): void {
  expect(() => tally(input(value))).toThrow(TallyInputError);
  expect(() => tally(input(value))).toThrow(message);
}

describe("tally input", () => {
  it("[T1.1] an unknown rule is refused, naming it", () => {
    refused({ rule: { type: "borda" }, electorate, ballots: [] }, /unknown rule "borda"/);
    refused({ rule: {}, electorate, ballots: [] }, /rule lacks the member "type"/);
  });

  it("[T1.1] a parameter that is not the rule's own is refused", () => {
    refused({ rule: { type: "majority", threshold: { num: 1, den: 2 } }, electorate, ballots: [] }, /unknown member "threshold"/);
    refused({ rule: { type: "plurality", maxScore: 3 }, options: ["A", "B"], electorate, ballots: [] }, /unknown member "maxScore"/);
  });

  it("[T1.1] required parameters must be present and in range", () => {
    refused({ rule: { type: "supermajority" }, electorate, ballots: [] }, /rule.threshold must be an object/);
    refused({ rule: { type: "supermajority", threshold: { num: 0, den: 3 } }, electorate, ballots: [] }, /more than 0/);
    refused({ rule: { type: "supermajority", threshold: { num: 4, den: 3 } }, electorate, ballots: [] }, /at most 1/);
    refused({ rule: { type: "majority", quorum: { num: 1, den: 0 } }, electorate, ballots: [] }, /rule.quorum.den/);
    refused({ rule: { type: "majority", quorum: 0.5 }, electorate, ballots: [] }, /rule.quorum must be an object/);
    refused({ rule: { type: "consent", maxBlocks: -1 }, electorate, ballots: [] }, /rule.maxBlocks/);
    refused({ rule: { type: "score" }, options: ["A", "B"], electorate, ballots: [] }, /rule.maxScore/);
    refused({ rule: { type: "score", maxScore: 1_000_001 }, options: ["A", "B"], electorate, ballots: [] }, /rule.maxScore/);
  });

  it("[T1.2] yes/no rules take no options; option rules need two or more distinct options", () => {
    refused({ rule: { type: "majority" }, options: ["A"], electorate, ballots: [] }, /takes no options/);
    refused({ rule: { type: "irv" }, options: ["A"], electorate, ballots: [] }, /at least two options/);
    refused({ rule: { type: "irv" }, electorate, ballots: [] }, /at least two options/);
    refused({ rule: { type: "schulze" }, options: ["A", "B", "A"], electorate, ballots: [] }, /"A" is listed twice/);
    refused({ rule: { type: "schulze" }, options: ["A", ""], electorate, ballots: [] }, /options\[1\]/);
    refused({ rule: { type: "schulze" }, options: Array.from({ length: 257 }, (_, i) => `o${i}`), electorate, ballots: [] }, /more than 256/);
  });

  it("[T1.3] ids must be non-empty strings without lone surrogates", () => {
    refused({ rule: { type: "majority" }, electorate: [{ member: "\uD800", weight: 1 }], ballots: [] }, /lone surrogate/);
    refused({ rule: { type: "majority" }, electorate: [{ member: 7, weight: 1 }], ballots: [] }, /electorate\[0\].member/);
  });

  it("[T3.1] a ballot that is not { member, choice } with an id for member is refused, naming its place", () => {
    const ok = { member: "alice", choice: "for" };
    const majority = (ballots: unknown[]) => ({ rule: { type: "majority" }, electorate, ballots });
    refused(majority([ok, { member: "bob" }]), /ballots\[1\] lacks the member "choice"/);
    refused(majority([ok, { choice: "for", member: "bob", note: 1 }]), /ballots\[1\] has an unknown member "note"/);
    refused(majority([ok, { member: "", choice: "for" }]), /ballots\[1\]\.member must be a non-empty string/);
    refused(majority([ok, { member: "\uDC00", choice: "for" }]), /ballots\[1\]\.member holds a lone surrogate/);
    refused(majority([ok, ["bob", "for"]]), /ballots\[1\] must be an object/);
    expect(tally(input(majority([{ choice: "against", member: "bob" }, ok]))).turnout.ballots).toBe(2);
  });

  it("[T1.4] members the input does not define are refused", () => {
    refused({ rule: { type: "majority" }, electorate, ballots: [], ballot: [] }, /input has an unknown member "ballot"/);
    refused({ rule: { type: "majority" }, electorate, ballots: [{ member: "alice", choice: "for", seq: 1 }] }, /ballots\[0\] has an unknown member "seq"/);
  });

  it("[T2.1] the electorate must be non-empty with integer weights of at least 1", () => {
    refused({ rule: { type: "majority" }, electorate: [], ballots: [] }, /electorate is empty/);
    refused({ rule: { type: "majority" }, electorate: [{ member: "alice", weight: 0 }], ballots: [] }, /weight must be an integer from 1/);
    refused({ rule: { type: "majority" }, electorate: [{ member: "alice", weight: 1.5 }], ballots: [] }, /weight must be an integer/);
    refused({ rule: { type: "majority" }, electorate: [{ member: "a", weight: 2 ** 31 }, { member: "b", weight: 2 ** 31 }], ballots: [] }, /electorate weight exceeds/);
  });

  it("[T3.1] two ballots from one member are refused", () => {
    refused(
      { rule: { type: "majority" }, electorate, ballots: [{ member: "bob", choice: "for" }, { member: "alice", choice: "for" }, { member: "bob", choice: "against" }] },
      /two ballots from member "bob"/,
    );
  });

  it("[T3.3] a choice that does not fit the rule is refused, naming the member", () => {
    refused({ rule: { type: "majority" }, electorate, ballots: [{ member: "bob", choice: "yes" }] }, /ballot of member "bob": choice "yes" is not one of for, against, abstain/);
    refused({ rule: { type: "consent" }, electorate, ballots: [{ member: "bob", choice: "agree" }] }, /not one of consent, concern, stand-aside, block/);
    refused({ rule: { type: "consensus" }, electorate, ballots: [{ member: "bob", choice: "consent" }] }, /not one of agree, stand-aside, block/);
    refused({ rule: { type: "plurality" }, options: ["A", "B"], electorate, ballots: [{ member: "bob", choice: ["A"] }] }, /choice \["A"\] is not an option/);
    refused({ rule: { type: "approval" }, options: ["A", "B"], electorate, ballots: [{ member: "bob", choice: "A" }] }, /is not a list of options/);
    refused({ rule: { type: "score", maxScore: 5 }, options: ["A", "B"], electorate, ballots: [{ member: "bob", choice: ["A"] }] }, /not an object of scores/);
  });

  it("[T3.3] a choice naming an unknown option, or an option twice, or a score out of range is refused", () => {
    const options = ["A", "B"];
    refused({ rule: { type: "plurality" }, options, electorate, ballots: [{ member: "bob", choice: "C" }] }, /"C" is not an option/);
    refused({ rule: { type: "irv" }, options, electorate, ballots: [{ member: "bob", choice: ["A", "C"] }] }, /"C", which is not an option/);
    refused({ rule: { type: "schulze" }, options, electorate, ballots: [{ member: "bob", choice: ["A", "B", "A"] }] }, /option "A" twice/);
    refused({ rule: { type: "approval" }, options, electorate, ballots: [{ member: "bob", choice: ["B", "B"] }] }, /option "B" twice/);
    refused({ rule: { type: "score", maxScore: 5 }, options, electorate, ballots: [{ member: "bob", choice: { A: 6 } }] }, /score of "A" must be an integer from 0 to 5/);
    refused({ rule: { type: "score", maxScore: 5 }, options, electorate, ballots: [{ member: "bob", choice: { Z: 1 } }] }, /"Z", which is not an option/);
  });

  it("[T3.2] a ballot outside the electorate is still refused if its choice does not fit the rule", () => {
    refused({ rule: { type: "majority" }, electorate, ballots: [{ member: "mallory", choice: "maybe" }] }, /ballot of member "mallory"/);
  });

  it("[T6.1] yes/no rules report no winners and no ranking", () => {
    const result = tally(input({ rule: { type: "majority" }, electorate, ballots: [{ member: "alice", choice: "for" }] }));
    expect(result.outcome).toBe("passed");
    expect(result.winners).toEqual([]);
    expect(result.ranking).toEqual([]);
  });

  it("[T6.2] an option vote with no ballots ties all its options", () => {
    const result = tally(input({ rule: { type: "irv" }, options: ["B", "A"], electorate, ballots: [] }));
    expect(result.outcome).toBe("tie");
    expect(result.winners).toEqual(["A", "B"]);
  });

  it("[T17] the result is plain canonical JSON data: integers and {num, den} only", () => {
    const result = tally(
      input({
        rule: { type: "supermajority", threshold: { num: 3, den: 5 }, quorum: { num: 10, den: 20 } },
        electorate,
        ballots: [{ member: "alice", choice: "for" }, { member: "bob", choice: "against" }],
      }),
    );
    expect(canonicalize(result)).toBe(
      '{"ignored":[],"outcome":"rejected","quorumMet":true,"ranking":[],' +
        '"rule":{"quorum":{"den":2,"num":1},"threshold":{"den":5,"num":3},"type":"supermajority"},' +
        '"totals":{"choices":{"abstain":{"ballots":0,"weight":0},"against":{"ballots":1,"weight":1},"for":{"ballots":1,"weight":1}},"share":{"den":2,"num":1}},' +
        '"turnout":{"ballots":2,"electorateMembers":2,"electorateWeight":2,"weight":2},"winners":[]}',
    );
  });

  it("[T17] option ids that are also Object.prototype names are ordinary keys", () => {
    const result = tally(
      input({ rule: { type: "score", maxScore: 2 }, options: ["__proto__", "constructor"], electorate, ballots: [{ member: "alice", choice: JSON.parse('{"__proto__":2}') as object }] }),
    );
    expect(result.winners).toEqual(["__proto__"]);
    expect(canonicalize(result.totals)).toBe('{"options":{"__proto__":2,"constructor":0}}');
  });
});
