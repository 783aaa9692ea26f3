/**
 * The roles the app offers to appoint (PROTOCOL.md M9.1: any name matching `^[a-z][a-z0-9-]{0,31}$`
 * is a role; these are the ones other sections give a meaning). Their words are the roles
 * catalogue's `names.<role>`; a role held under another name is shown by its name.
 */
export const KNOWN_ROLES = ["facilitator", "moderator", "treasurer", "chair", "secretary", "teller"] as const;

export type KnownRole = (typeof KNOWN_ROLES)[number];

export function isKnownRole(role: string): role is KnownRole {
  return (KNOWN_ROLES as readonly string[]).includes(role);
}
