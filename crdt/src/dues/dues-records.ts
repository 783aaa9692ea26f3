/**
 * The dues records to sign (PROTOCOL.md DU2, DU3), one builder per kind, each writing exactly the
 * members its kind lists with every id its body names in `deps` (DU1.4). `deps` carry what the
 * caller cites besides: the signer's treasurer (or facilitator) holding and the setting it replaces.
 */
import type { RecordId } from "../records/ids.js";
import { withNamed, type BodyFields, type RecordDraft } from "../kinds/record-draft.js";
import type { DuesSettingBody, LedgerEntryBody } from "./dues-bodies.js";

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A `dues-setting` (DU2): `scale` sorted without repeats, `passUp` sorted by chapter. Never throws. */
export function duesSettingDraft(fields: BodyFields<DuesSettingBody>, deps?: Iterable<RecordId>): RecordDraft<"dues-setting", BodyFields<DuesSettingBody>> {
  const scale = [...new Set(fields.scale)].sort((a, b) => a - b);
  const passUp = [...fields.passUp].sort((a, b) => byText(a.chapter, b.chapter));
  return {
    kind: "dues-setting",
    body: { ...fields, scale, passUp },
    deps: withNamed(deps, fields.chapter, fields.decision, ...passUp.map((share) => share.chapter)),
  };
}

/** The ids a ledger entry's body names (DU1.4). */
function namedBy(fields: BodyFields<LedgerEntryBody>): (RecordId | null)[] {
  const own = fields.entry === "disbursement" ? fields.decision : fields.entry === "passed-up" ? fields.to : fields.entry === "from-below" ? fields.from : null;
  return [fields.chapter, fields.corrects, own];
}

/** A `ledger-entry` (DU3). Never throws. */
export function ledgerEntryDraft(fields: BodyFields<LedgerEntryBody>, deps?: Iterable<RecordId>): RecordDraft<"ledger-entry", BodyFields<LedgerEntryBody>> {
  return { kind: "ledger-entry", body: fields, deps: withNamed(deps, ...namedBy(fields)) };
}
