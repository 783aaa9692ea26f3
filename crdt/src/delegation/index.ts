/** Delegation (PROTOCOL.md DG): its record kinds, bodies, builders, judgement and resolution. */
export {
  MAX_CAP,
  MAX_DEPTH,
  MAX_SET_IDS,
  MAX_SETS,
  MAX_TOPIC,
  delegationNamedIds,
  openDelegationsProblem,
  parseDelegationBody,
  scopeKey,
  type DeclineBody,
  type DelegateBody,
  type DelegationKind,
  type DelegationRecordBody,
  type DelegationScope,
  type DelegationSetBody,
  type OpenDelegations,
} from "./delegation-bodies.js";
export { DELEGATION_KINDS, DELEGATION_SPECS, isDelegationKind } from "./kinds.js";
export { currentDelegations, type CurrentDelegations, type DeclineEntry, type DelegateEntry } from "./current-delegations.js";
export { applicableScopes, delegationOf, type Delegation, type DelegationContext } from "./delegation-of.js";
export { LOST_REASONS, resolveDelegations, type Count, type DelegationOutcome, type LostReason, type MemberLine, type ResolutionInput } from "./resolve-delegations.js";
export { takenDelegations } from "./taken-delegations.js";
export { weightPresent, type WeightPresent } from "./weight-present.js";
export { judgeDelegations, type DelegationJudgement, type DelegationJudgeContext } from "./judge-delegations.js";
export { declineDraft, delegateDraft, delegationSetDrafts, type DelegateFields } from "./delegation-records.js";
