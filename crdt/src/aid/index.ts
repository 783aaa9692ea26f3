/** Mutual aid (PROTOCOL.md AID): offers, requests and "met" with a thank-you on each chapter's board; judging them; the boards a device shows. */
export {
  AID_AUDIENCES,
  AID_CATEGORIES,
  MAX_AID_TEXT,
  MAX_AID_WHEN,
  MAX_PLACE_NAME,
  parseAidBody,
  type AidAudience,
  type AidBody,
  type AidCategory,
  type AidKind,
  type AidMetBody,
  type AidPlace,
  type AidPostBody,
} from "./aid-bodies.js";
export { aidPlace, aidPlaceDegrees, type Degrees } from "./aid-point.js";
export { AID_SPECS } from "./kinds.js";
export { aidMetDraft, aidPostDraft } from "./aid-records.js";
export { judgeAid, metOf, type AidJudged, type AidStatus, type JudgedAid } from "./judge-aid.js";
export { aidBoard, readAid, type AidPost } from "./read-aid.js";
