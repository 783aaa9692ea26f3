import { IdentityContext } from "../features/identity/index.js";
import { MemberSpaceContext } from "../features/organisation/index.js";
import { ProposalReadsContext } from "../features/proposals/index.js";
import { VerificationInfoContext } from "../features/settings/index.js";
import { OpenedVoteBundleContext, VoteReadsContext } from "../features/votes/index.js";
import { AppDataContext } from "../shared/data/app-data-context.js";
import type { ObservableValue } from "../shared/data/observable-value.js";
import type { AppServices } from "./open-app-services.js";
import { Shell } from "./shell/Shell.js";

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
  const { data, reader, identity, openedVoteBundle } = services;
  return (
    <AppDataContext.Provider value={data}>
      <IdentityContext.Provider value={identity}>
        <MemberSpaceContext.Provider value={identity.space}>
          <ProposalReadsContext.Provider value={reader}>
          <VoteReadsContext.Provider value={reader}>
            <VerificationInfoContext.Provider value={reader}>
              <OpenedVoteBundleContext.Provider value={openedVoteBundle}>
                <Shell problems={problems} onError={onError} />
              </OpenedVoteBundleContext.Provider>
            </VerificationInfoContext.Provider>
          </VoteReadsContext.Provider>
          </ProposalReadsContext.Provider>
        </MemberSpaceContext.Provider>
      </IdentityContext.Provider>
    </AppDataContext.Provider>
  );
}
