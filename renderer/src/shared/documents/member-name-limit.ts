/**
 * A member's name is 1–200 UTF-16 code units (PROTOCOL.md M14.1): the name given with the
 * identity is the one signed into each chapter's `names` map. Here, not in a feature, because
 * the verification worker reads member-name records and must not load a feature's screens.
 */
export const MEMBER_NAME_LIMIT = 200;
