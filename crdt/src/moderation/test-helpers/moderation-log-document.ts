/** North's moderation log document (PROTOCOL.md MOD1) holding `records` in its `messages`, as a plain snapshot (D5). */
import * as A from "@automerge/automerge";
import type { ChatScenario } from "../../chat/test-helpers/chat-scenario.js";
import { threadGenesis } from "../../chat/thread-page-document.js";
import { snapshotDocument } from "../../chokepoint/snapshot-document.js";
import { addRecord } from "../../documents/record-map.js";
import { THREAD_DOCUMENT, type ThreadDoc } from "../../documents/thread.js";
import type { ParsedRecord } from "../../records/record.js";
import type { LocatedSnapshot } from "../../report/read-proposals.js";
import { moderationLogUrl } from "../moderation-log-id.js";

/** The log of `chapter` (North unless given) holding `records`. */
export function moderationLogDocument(s: ChatScenario, records: readonly ParsedRecord[], chapter = s.north): LocatedSnapshot {
  const doc = A.change(A.load<ThreadDoc>(threadGenesis()), (d) => records.forEach((record) => addRecord(d.messages, record)));
  return { url: moderationLogUrl(chapter), snapshot: snapshotDocument(THREAD_DOCUMENT, doc) };
}
