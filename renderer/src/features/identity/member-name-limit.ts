/** A member's name is 1–200 UTF-16 code units (PROTOCOL.md M14.1): the name given with the identity is the one signed in each chapter. */
export const MEMBER_NAME_LIMIT = 200;
