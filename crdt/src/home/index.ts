/** The Home document's entries (PROTOCOL.md D4.1): their kinds, bodies and builders. */
export {
  MAX_HOME_NAME_LENGTH,
  MAX_HOME_RELAYS,
  MAX_RELAY_LENGTH,
  parseHomeBody,
  type HomeBody,
  type HomeChapterBody,
  type HomeKind,
  type HomeOrganisationBody,
} from "./home-bodies.js";
export { HOME_SPECS } from "./kinds.js";
export { homeChapterDraft, homeOrganisationDraft, type HomeChapter, type HomeOrganisation } from "./home-records.js";
export { homeAuthorise, homeEntries, type HomeEntries } from "./home-entries.js";
