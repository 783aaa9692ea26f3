/** Chapters and membership (PROTOCOL.md M): the public API of this folder. */
export { foldMembership, type FoldOptions, type MembershipFold } from "./fold-membership.js";
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
export {
  CHAPTER_KINDS,
  FACILITATOR,
  LEVELS,
  ORGANISATION_KINDS,
  isEndRecord,
  isMembershipKind,
  type Level,
  type MembershipKind,
} from "./kinds.js";
export {
  MAX_FOUNDERS,
  MAX_INVITE_USES,
  MAX_NAME_LENGTH,
  MAX_SPONSORS,
  namedIds,
  parseBody,
  type AdmissionPolicy,
  type AdmitBody,
  type BodyResult,
  type CandidacyBody,
  type ChapterOnlyBody,
  type GenesisBody,
  type InviteBody,
  type MembershipBody,
  type Place,
  type RedeemBody,
  type RemoveBody,
  type RoleBody,
  type RotateBody,
  type RotateProofBody,
  type UninviteBody,
} from "./bodies.js";
export { SMALL_ORDER_Y_HEX, isSmallOrderKey, type SmallOrderTest } from "./small-order.js";
