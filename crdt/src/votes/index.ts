/** Votes and ballots (PROTOCOL.md V): bodies, electorate, ballots, closes, decisions. */
export {
  MAX_BOXES,
  MAX_COUNTED,
  MAX_ROSTER_HEADS,
  MAX_SHARDS,
  MAX_SUPERSEDES,
  MAX_WEIGHT,
  MAX_WEIGHTS,
  compareBoxes,
  parseVoteBody,
  voteNamedIds,
  type BallotBody,
  type BoxCount,
  type BoxEntry,
  type CloseBody,
  type CountedBody,
  type DecisionBody,
  type OpenBody,
  type OpenRule,
  type VoteBodyResult,
  type VoteKind,
  type VoteRecordBody,
  type WeightEntry,
} from "./vote-bodies.js";
export { VOTE_KINDS, VOTE_SPECS, isVoteKind } from "./kinds.js";
export { countedHash, shardOf } from "./counted-hash.js";
export { choiceCheck, type ChoiceCheck } from "./choice-check.js";
export { weightedElectorate, type WeightedMember } from "./vote-electorate.js";
export { judgeOpens, tallyRule, type OpenContext, type OpenJudgement } from "./judge-opens.js";
export { judgeBallots, type BallotContext, type BallotJudgement } from "./judge-ballots.js";
export { judgeCloses, type AcceptedClose, type CloseContext, type CloseJudgement } from "./judge-closes.js";
export { judgeDecisions, type DecisionContext } from "./judge-decisions.js";
export {
  ballotDraft,
  closeDraft,
  countedDrafts,
  decisionDraft,
  openDraft,
  signBallot,
  signClose,
  signDecision,
  signOpen,
  type BoxTally,
  type CloseFields,
  type OpenFields,
} from "./vote-records.js";
export { tallyOf, type CountedBallot } from "./tally-of.js";
export {
  BALLOTS_PER_BOX,
  boxFor,
  electoratePlan,
  lowestChapterOf,
  planFits,
  type BoxChapter,
  type ElectoratePlan,
} from "./ballot-boxes.js";
