import { IdentityManager } from "../features/identity/index.js";
import { MemberSpace } from "../features/organisation/index.js";
import type { OpenedVoteBundle } from "../features/votes/index.js";
import { openAppData, type AppData } from "../shared/data/app-data.js";
import { ObservableValue } from "../shared/data/observable-value.js";
import type { Platform } from "../shared/platform/platform.js";
import { createVerifiedIdSet } from "../shared/worker/verified-id-set.js";
import { createOrganisationReader } from "./worker/create-organisation-reader.js";
import type { OrganisationReader } from "./worker/organisation-reader.js";

/** The device's data and what the features add on top of it; App.tsx provides each to the screens. */
export interface AppServices {
  readonly data: AppData;
  /** Reads organisations, proposals and votes in the verification worker, or the page as a fallback. */
  readonly reader: OrganisationReader;
  /** The member's identity and, while unlocked, their space. */
  readonly identity: IdentityManager<MemberSpace>;
  /** The vote bundle file last opened (import, file picker, drop), which the check page shows. */
  readonly openedVoteBundle: ObservableValue<OpenedVoteBundle | undefined>;
  /** Closes connections and databases (tests, page unload). */
  close(): Promise<void>;
}

/**
 * Opens the device's data, starts the verification worker and the identity (which opens the
 * member's space once unlocked).
 * @param onError where background failures (storage, settings queries) are reported.
 */
export function openAppServices(platform: Platform, onError: (error: unknown) => void): AppServices {
  const data = openAppData(platform, onError);
  const { repo, db, verifier, store, announcements, relays } = data;
  const verified = createVerifiedIdSet();
  const reader = createOrganisationReader({ storageNamespace: platform.storageNamespace, db, verifier, now: () => platform.now() });
  const identity = new IdentityManager(
    platform.vault,
    async (member) =>
      new MemberSpace(member, {
        repo,
        verifier: await verifier,
        verified,
        reader,
        store,
        announcements,
        relays,
        vault: platform.vault,
        pageProtocol: platform.pageProtocol,
        now: () => platform.now(),
        randomBytes: (length) => platform.randomBytes(length),
        onError,
      }),
    onError,
  );
  identity.refresh().catch(onError);
  return {
    data,
    reader,
    identity,
    openedVoteBundle: new ObservableValue<OpenedVoteBundle | undefined>(undefined),
    async close() {
      identity.close();
      reader.close();
      await data.close();
    },
  };
}
