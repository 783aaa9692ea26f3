/** Profiles (PROTOCOL.md PF): the kinds, bodies and builders, where profiles live, and how the app reads them. */
export { PROFILE_SPECS } from "./kinds.js";
export { MAX_BIO_LENGTH, MAX_MEMBER_NAME_LENGTH, bioProblem, memberNameProblem, parseProfileBody, type ProfileBody } from "./profile-body.js";
export { boxKeyProblem, isSmallOrderBoxKey } from "./box-key.js";
export {
  MAX_PICTURE_BYTES,
  PICTURE_TYPES,
  parseProfilePictureBody,
  pictureBytes,
  pictureRefOf,
  pictureRefProblem,
  type PictureType,
  type ProfilePictureBody,
  type ProfilePictureRef,
} from "./profile-picture.js";
export { profileDraft, profilePictureDraft, type ProfileFields } from "./profile-records.js";
export { judgeProfile, judgeProfilePicture, type ProfileJudgement } from "./judge-profile.js";
export { profileDocumentAuthorise } from "./profile-document-authorise.js";
export { chapterProfiles } from "./chapter-profiles.js";
export { PROFILE_DOCUMENT_ID_BYTES, PROFILE_GENESIS_ACTOR, profileDocumentId, profileDocumentUrl, profileGenesis } from "./profile-document.js";
export { FINGERPRINT_WORDS, keyFingerprint } from "./key-fingerprint.js";
export { memberLabels, sameNameKey } from "./member-labels.js";
export { readProfiles, type CurrentProfile, type InvalidProfile, type MemberProfile, type ProfilesRead } from "./read-profiles.js";
export { profilePictureOf, type ProfilePicture } from "./profile-picture-of.js";
export { nextProfileDraft } from "./next-profile.js";
