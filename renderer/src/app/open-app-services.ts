import { IdentityManager } from "../features/identity/index.js";
import { MemberSpace } from "../features/organisation/index.js";
import type { OpenedVoteBundle } from "../features/votes/index.js";
import { openAppData, type AppData } from "../shared/data/app-data.js";
import { ObservableValue } from "../shared/data/observable-value.js";
import { DocumentLayer } from "../shared/documents/document-layer.js";
import type { Platform } from "../shared/platform/platform.js";
import type { WorkerClient } from "../shared/worker/worker-client.js";
import type { Handlers } from "./worker/handlers.js";
import { startVerification } from "./worker/start-verification.js";

/** The device's data and what the features add on top of it; App.tsx provides each to the screens. */
export interface AppServices {
  readonly data: AppData;
  /** The verification worker's handlers (or the page's, as a fallback). */
  readonly verification: WorkerClient<Handlers>;
  /** The one way to documents: following, live queries, writes, keeping and write-back. */
  readonly documents: DocumentLayer;
  /** The member's identity and, while unlocked, their space. */
  readonly identity: IdentityManager<MemberSpace>;
  /** The vote bundle file last opened (import, file picker, drop), which the check page shows. */
  readonly openedVoteBundle: ObservableValue<OpenedVoteBundle | undefined>;
  /** Closes connections and databases (tests, page unload). */
  close(): Promise<void>;
}

/**
 * Opens the device's data, starts the verification worker and the document layer over it, and the
 * identity (which opens the member's space once unlocked).
 * @param onError where background failures (storage, settings queries) are reported.
 */
export function openAppServices(platform: Platform, onError: (error: unknown) => void): AppServices {
  const data = openAppData(platform, onError);
  const { repo, db, verifier, store, announcements, relays } = data;
  const verification = startVerification({ storageNamespace: platform.storageNamespace, db, store, verifier, now: () => platform.now() });
  const documents = new DocumentLayer({ repo, announcements, worker: verification, onError });
  const identity = new IdentityManager(
    platform.vault,
    (member) =>
      Promise.resolve(
        new MemberSpace(member, {
          repo,
          documents,
          worker: verification.handlers,
          relays,
          vault: platform.vault,
          pageProtocol: platform.pageProtocol,
          now: () => platform.now(),
          randomBytes: (length) => platform.randomBytes(length),
          onError,
        }),
      ),
    onError,
  );
  identity.refresh().catch(onError);
  return {
    data,
    verification,
    documents,
    identity,
    openedVoteBundle: new ObservableValue<OpenedVoteBundle | undefined>(undefined),
    async close() {
      identity.close();
      documents.close();
      verification.close();
      await data.close();
    },
  };
}
