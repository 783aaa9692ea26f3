/** Chapters and membership (PROTOCOL.md M): the public API of this folder. */
export { foldMembership, type FoldOptions, type HeldIds, type MembershipFold } from "./fold-membership.js";
export { isFoldSummary, summariseFold, type FoldSummary } from "./fold-summary.js";
export {
  rosterToCanonical,
  type ChapterRoster,
  type InviteEntry,
  type MemberEntry,
  type RoleEntry,
  type Roster,
} from "./roster.js";
export { electorate, holdsRole, isMember, subtreeOf, type ElectorateEntry } from "./electorate.js";
export { RosterAuthority, type CitedFacilitator } from "./roster-authority.js";
export { CHAPTER_KINDS, FACILITATOR, MEMBERSHIP_SPECS, ORGANISATION_KINDS, isEndRecord, isMembershipKind } from "./kinds.js";
export {
  LEVELS,
  MAX_FOUNDERS,
  MAX_INVITE_USES,
  MAX_NAME_LENGTH,
  MAX_SPONSORS,
  namedIds,
  parseBody,
  parseMembershipBody,
  type AdmissionPolicy,
  type AdmitBody,
  type BodyResult,
  type CandidacyBody,
  type ChapterOnlyBody,
  type GenesisBody,
  type InviteBody,
  type Level,
  type MembershipBody,
  type MembershipKind,
  type Place,
  type RedeemBody,
  type RemoveBody,
  type RoleBody,
  type RotateBody,
  type RotateProofBody,
  type UninviteBody,
} from "./bodies.js";
export {
  admitDraft,
  countersignDraft,
  endorseDraft,
  genesisDraft,
  inviteDraft,
  leaveDraft,
  redeemDraft,
  removeDraft,
  roleDraft,
  rotateDraft,
  rotateProofDraft,
  sponsorDraft,
  uninviteDraft,
} from "./membership-records.js";
export { SMALL_ORDER_Y_HEX, isSmallOrderKey, type SmallOrderTest } from "./small-order.js";
export { ancestorsOf, depsWithFrontier, facilitatorAuthority, founderGrant, memberGrant } from "./authority-deps.js";
