/**
 * Branded identifiers that cross package boundaries. A brand is a compile-time tag only:
 * at run time each is a plain string, checked where it enters (see PROTOCOL.md R2, K1).
 */
declare const brand: unique symbol;
declare const subBrand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };
/** A brand on a branded type: its own symbol, for one tag over another would make the property `never`. */
type SubBrand<T, B extends string> = T & { readonly [subBrand]: B };

/** An ed25519 public key: 32 bytes as unpadded base64url (43 characters). PROTOCOL.md K1. */
export type MemberKey = Brand<string, "MemberKey">;
/** A record id: SHA-256 of the record's canonical bytes, unpadded base64url. PROTOCOL.md R3. */
export type RecordId = Brand<string, "RecordId">;
/** A chapter's id is the id of its genesis record. PROTOCOL.md M1. */
export type ChapterId = SubBrand<RecordId, "ChapterId">;
/** A proposal's id is the id of its creation record. */
export type ProposalId = SubBrand<RecordId, "ProposalId">;
/** An Automerge document URL (`automerge:…`). Never an identity: only where to find data. */
export type DocumentUrl = Brand<string, "DocumentUrl">;
