import type { DocumentId } from "@automerge/automerge-repo";
import type { DocumentLedger } from "./document-ledger.js";
import type { RelayLimits } from "./limits.js";
import { violation, type Violation } from "./violation.js";
import type { DocumentCost } from "./wire-messages.js";

/** What one connection has brought into the relay so far (PROTOCOL.md W3.5, W3.9). */
export interface Intake {
  /** Mirror links are exempt from the per-connection bounds (W3.3, W3.5, W3.9). */
  readonly mirror: boolean;
  /** Documents new to the relay that this connection named (W3.5). */
  readonly newDocuments: Set<DocumentId>;
  /** Inflated size its admitted messages made the relay hold (W3.9). */
  inflated: number;
}

/** What to do with a document message that passed the message guard. */
export type Admission =
  /** Pass it to the Repo: its cost is counted. */
  | { readonly kind: "admit" }
  /** It shows nothing about a document nobody holds: answer or drop it (W3.8). */
  | { readonly kind: "unheld" }
  | { readonly kind: "refuse"; readonly violation: Violation }
  /** The connection went away while the relay made room: nothing was counted. */
  | { readonly kind: "gone" };

export interface DocumentAdmissionOptions {
  readonly ledger: DocumentLedger;
  readonly limits: RelayLimits;
  /** True if the relay's Repo has the document in memory, in any state (W3.8). Default: always. */
  readonly isInMemory?: (documentId: DocumentId) => boolean;
  /** Unloads documents no client syncs until `enough()` or none is left (W3.9). */
  readonly makeRoom?: (enough: () => boolean) => Promise<unknown>;
}

/**
 * The resource checks a document message meets before the relay's Repo sees it, in order: the
 * connection's new documents (W3.5), a document nobody holds (W3.8), the document's bytes and
 * operations (W3.4), what the connection made the relay hold (W3.9), and what the relay holds
 * in memory, after unloading idle documents to make room (W3.9). An admitted message's cost is
 * counted at once, so the next message meets the counts it left.
 */
export class DocumentAdmission {
  constructor(private readonly options: DocumentAdmissionOptions) {}

  /**
   * Decides on a message about `documentId` costing `cost`, from a connection whose intake so
   * far is `intake`; `connected()` says whether that connection is still there after the relay
   * waited to make room. Rejects only if storage fails while reading the document's counts.
   */
  async admit(intake: Intake, documentId: DocumentId, cost: DocumentCost, connected: () => boolean): Promise<Admission> {
    const { ledger, limits } = this.options;
    const entry = await ledger.entry(documentId);
    if (!connected()) return { kind: "gone" };
    if (!entry.known && !intake.newDocuments.has(documentId) && !intake.mirror) {
      if (intake.newDocuments.size >= limits.maxNewDocumentsPerConnection) {
        return refuse("too-many-documents", `more than ${limits.maxNewDocumentsPerConnection} new documents`);
      }
      intake.newDocuments.add(documentId);
    }
    if (!entry.known && this.options.isInMemory?.(documentId) === false && !cost.offersContent) {
      ledger.forgetIfUnknown(documentId);
      return { kind: "unheld" };
    }
    const excess = ledger.excess(entry, cost);
    if (excess !== undefined) return refuse("document-too-large", `document would exceed its ${excess} limit`);
    if (!intake.mirror && intake.inflated + ledger.growth(entry, cost) > limits.maxInflatedBytesPerConnection) {
      return refuse("too-much-data", `more than ${limits.maxInflatedBytesPerConnection} bytes inflated`);
    }
    const fits = () => ledger.inMemoryBytes + ledger.growth(entry, cost) <= limits.maxInflatedBytesInMemory;
    if (!fits()) {
      await this.options.makeRoom?.(fits);
      if (!connected()) return { kind: "gone" };
      if (!fits()) return refuse("relay-full", `more than ${limits.maxInflatedBytesInMemory} bytes inflated in memory`);
    }
    intake.inflated += ledger.growth(entry, cost);
    ledger.charge(documentId, entry, cost);
    return { kind: "admit" };
  }
}

function refuse(reason: Violation["reason"], detail: string): Admission {
  return { kind: "refuse", violation: violation(reason, detail) };
}
