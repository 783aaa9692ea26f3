import { ChatWorkerContext } from "../features/chat/index.js";
import { AidWorkerContext } from "../features/aid/index.js";
import { ResourcesWorkerContext } from "../features/resources/index.js";
import { ProjectsWorkerContext } from "../features/projects/index.js";
import { DuesWorkerContext } from "../features/dues/index.js";
import { DissentWorkerContext } from "../features/dissent/index.js";
import { ForumsWorkerContext } from "../features/forums/index.js";
import { BlogWorkerContext } from "../features/blog/index.js";
import { ModerationWorkerContext } from "../features/moderation/index.js";
import { CurrentsWorkerContext } from "../features/currents/index.js";
import { EventsWorkerContext } from "../features/events/index.js";
import { AssembliesWorkerContext } from "../features/assemblies/index.js";
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
import { SearchWorkerContext } from "../features/search/index.js";
import { useSiteSections } from "../features/site/index.js";
import { ProfilesWorkerContext } from "../features/profiles/index.js";
import { ProposalsWorkerContext } from "../features/proposals/index.js";
import { VerificationInfoContext } from "../features/settings/index.js";
import { OpenedVoteBundleContext, VotesWorkerContext } from "../features/votes/index.js";
import { AppDataContext } from "../shared/data/app-data-context.js";
import type { ObservableValue } from "../shared/data/observable-value.js";
import { DocumentLayerContext } from "../shared/documents/use-query.js";
import { ShownSectionsContext } from "../shared/routing/shown-sections.js";
import type { AppServices } from "./open-app-services.js";
import { provide, ProvideAll } from "./provide.js";
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
  // Every service a feature declared, the first outermost; the features' worker services are
  // each a typed view of the one verification worker's handlers (ARCHITECTURE "Adding a feature").
  const { handlers } = verification;
  const provided = [
    provide(AppDataContext, data),
    provide(DocumentLayerContext, documents),
    provide(IdentityContext, identity),
    provide(MemberSpaceContext, identity.space),
    provide(ProposalsWorkerContext, handlers),
    provide(VotesWorkerContext, handlers),
    provide(ProfilesWorkerContext, handlers),
    provide(MessagesWorkerContext, handlers),
    provide(SearchWorkerContext, handlers),
    provide(ChatWorkerContext, handlers),
    provide(DuesWorkerContext, handlers),
    provide(AidWorkerContext, handlers),
    provide(ResourcesWorkerContext, handlers),
    provide(ProjectsWorkerContext, handlers),
    provide(ForumsWorkerContext, handlers),
    provide(BlogWorkerContext, handlers),
    provide(DissentWorkerContext, handlers),
    provide(ModerationWorkerContext, handlers),
    provide(CurrentsWorkerContext, handlers),
    provide(EventsWorkerContext, handlers),
    provide(AssembliesWorkerContext, handlers),
    provide(DelegationWorkerContext, handlers),
    provide(VerificationInfoContext, info),
    provide(OpenedVoteBundleContext, openedVoteBundle),
    provide(LastVisitsContext, visits),
    provide(ShownSectionsContext, useSiteSections),
    provide(NotificationStateContext, notifications),
  ];
  return (
    <ProvideAll services={provided}>
      <Shell problems={problems} onError={onError} />
    </ProvideAll>
  );
}
