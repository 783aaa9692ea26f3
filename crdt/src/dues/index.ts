/** Dues (PROTOCOL.md DU): money in exact minor units, the dues a chapter sets by decision, the treasurer's ledger, judging it, what it shows, its CSV export, reading it through the chokepoint, and good standing as a condition of a vote's electorate (DU8). */
export { CURRENCY, MAX_AMOUNT, formatMinor, parseMoney, type MoneyParse } from "./money.js";
export {
  LEDGER_ENTRIES,
  MAX_NOTE_LENGTH,
  MAX_PASS_UP,
  MAX_SCALE,
  PERIODS,
  WHOLE_SHARE,
  isCalendarDate,
  parseDuesBody,
  type DisbursementBody,
  type DuesBody,
  type DuesKind,
  type DuesPeriod,
  type DuesSettingBody,
  type FromBelowBody,
  type LedgerEntryBody,
  type LedgerEntryType,
  type PassUp,
  type PassedUpBody,
  type PaymentBody,
} from "./dues-bodies.js";
export { DUES_SPECS, isDuesKind } from "./kinds.js";
export { duesSettingDraft, ledgerEntryDraft } from "./dues-records.js";
export { TREASURER, judgeDues, type DuesContext, type DuesJudged, type DuesStatus, type DuesVerdict, type JudgedEntry, type JudgedSetting } from "./judge-dues.js";
export { duesLedger, shareOf, type CurrencyTotals, type DuesLedger, type ShareOwed } from "./dues-ledger.js";
export { LEDGER_CSV_COLUMNS, csvField, ledgerCsv } from "./ledger-csv.js";
export { readDues, readPaidUp, type DuesRead, type SentFromBelow } from "./read-dues.js";
export { MAX_STANDING_IDS, MAX_STANDING_SETS, openStandingProblem, parseStandingSetBody, standingSetDrafts, type OpenStanding, type StandingSetBody } from "./standing-set.js";
export { dayOf, judgeStanding, type Excluded, type StandingContext, type StandingJudgement } from "./judge-standing.js";
