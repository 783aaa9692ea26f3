import { route } from "../../shared/routing/route.js";
import { NewProposalScreen } from "./NewProposalScreen.js";
import { newProposalPath, proposalPath } from "./paths.js";
import { ProposalScreen } from "./ProposalScreen.js";

/** The proposals' screens, registered by src/app/features.ts. */
export const proposalRoutes = [
  route(
    newProposalPath,
    ({ organisation, chapter }) => <NewProposalScreen organisation={organisation} chapter={chapter} />,
    ({ organisation, chapter }) => ({ organisation, chapter }),
  ),
  route(
    proposalPath,
    ({ organisation, chapter, proposal }) => (
      <ProposalScreen key={`${organisation}/${chapter}/${proposal}`} organisation={organisation} chapter={chapter} proposal={proposal} />
    ),
    ({ organisation, chapter }) => ({ organisation, chapter }),
  ),
];
