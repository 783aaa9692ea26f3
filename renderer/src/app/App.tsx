import { ChatWorkerContext } from "../features/chat/index.js";
import { AidWorkerContext } from "../features/aid/index.js";
import { DuesWorkerContext } from "../features/dues/index.js";
import { DissentWorkerContext } from "../features/dissent/index.js";
import { ForumsWorkerContext } from "../features/forums/index.js";
import { ModerationWorkerContext } from "../features/moderation/index.js";
import { EventsWorkerContext } from "../features/events/index.js";
import { DelegationWorkerContext } from "../features/delegation/index.js";
import { dexieVisitStore, LastVisits, LastVisitsContext } from "../features/home/index.js";
import { IdentityContext } from "../features/identity/index.js";
import {
  dexieDeviceStore,
  NotificationState,
  NotificationStateContext,
} from "../features/notifications/index.js";
import { MemberSpaceContext } from "../features/organisation/index.js";
import { MessagesWorkerContext } from "../features/messages/index.js";
import { ProfilesWorkerContext } from "../features/profiles/index.js";
import { ProposalsWorkerContext } from "../features/proposals/index.js";
import { VerificationInfoContext } from "../features/settings/index.js";
import { OpenedVoteBundleContext, VotesWorkerContext } from "../features/votes/index.js";
import { AppDataContext } from "../shared/data/app-data-context.js";
import type { ObservableValue } from "../shared/data/observable-value.js";
import { DocumentLayerContext } from "../shared/documents/use-query.js";
import type { AppServices } from "./open-app-services.js";
import { Shell } from "./shell/Shell.js";
import { useMemo } from "react";

/** The whole app over one device's data: every service a feature declared, provided once here. */
export function App({
  services,
  problems,
  onError,
}: {
  readonly services: AppServices;
  /** Background failures, newest last; the shell shows them and lets the member dismiss them. */
  readonly problems: ObservableValue<readonly unknown[]>;
  readonly onError: (error: unknown) => void;
}) {
  const { data, documents, verification, identity, openedVoteBundle } = services;
  const info = useMemo(
    () => ({
      backend: verification.handlers.verifierBackend(undefined),
      get runsIn() {
        return verification.runsIn;
      },
    }),
    [verification],
  );
  const visits = useMemo(() => new LastVisits(dexieVisitStore(data.db), onError), [data, onError]);
  const notifications = useMemo(
    () => new NotificationState(dexieDeviceStore(data.db), onError),
    [data, onError],
  );
  return (
    <AppDataContext.Provider value={data}>
      <DocumentLayerContext.Provider value={documents}>
        <IdentityContext.Provider value={identity}>
          <MemberSpaceContext.Provider value={identity.space}>
            <ProposalsWorkerContext.Provider value={verification.handlers}>
              <VotesWorkerContext.Provider value={verification.handlers}>
                <ProfilesWorkerContext.Provider value={verification.handlers}>
                  <MessagesWorkerContext.Provider value={verification.handlers}>
                    <ChatWorkerContext.Provider value={verification.handlers}>
                      <DuesWorkerContext.Provider value={verification.handlers}>
                        <AidWorkerContext.Provider value={verification.handlers}>
                          <ForumsWorkerContext.Provider value={verification.handlers}>
                            <DissentWorkerContext.Provider value={verification.handlers}>
                              <ModerationWorkerContext.Provider value={verification.handlers}>
                                <EventsWorkerContext.Provider value={verification.handlers}>
                                  <DelegationWorkerContext.Provider value={verification.handlers}>
                                    <VerificationInfoContext.Provider value={info}>
                                      <OpenedVoteBundleContext.Provider value={openedVoteBundle}>
                                        <LastVisitsContext.Provider value={visits}>
                                          <NotificationStateContext.Provider value={notifications}>
                                            <Shell problems={problems} onError={onError} />
                                          </NotificationStateContext.Provider>
                                        </LastVisitsContext.Provider>
                                      </OpenedVoteBundleContext.Provider>
                                    </VerificationInfoContext.Provider>
                                  </DelegationWorkerContext.Provider>
                                </EventsWorkerContext.Provider>
                              </ModerationWorkerContext.Provider>
                            </DissentWorkerContext.Provider>
                          </ForumsWorkerContext.Provider>
                        </AidWorkerContext.Provider>
                      </DuesWorkerContext.Provider>
                    </ChatWorkerContext.Provider>
                  </MessagesWorkerContext.Provider>
                </ProfilesWorkerContext.Provider>
              </VotesWorkerContext.Provider>
            </ProposalsWorkerContext.Provider>
          </MemberSpaceContext.Provider>
        </IdentityContext.Provider>
      </DocumentLayerContext.Provider>
    </AppDataContext.Provider>
  );
}
