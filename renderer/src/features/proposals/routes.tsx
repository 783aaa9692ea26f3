import { route } from "../../shared/routing/route.js";
import { NewProposalScreen } from "./NewProposalScreen.js";
import { newProposalPath, proposalPath, proposalViewPath } from "./paths.js";
import { ProposalScreen } from "./ProposalScreen.js";

/** The proposals' screens, registered by src/app/features.ts. Every view of one proposal is the same screen (same key), so moving between them keeps it open. */
export const proposalRoutes = [
  route(
    newProposalPath,
    ({ organisation, chapter }) => <NewProposalScreen organisation={organisation} chapter={chapter} />,
    ({ organisation, chapter }) => ({ organisation, chapter }),
  ),
  route(
    proposalPath,
    ({ organisation, chapter, proposal }) => (
      <ProposalScreen key={`${organisation}/${chapter}/${proposal}`} organisation={organisation} chapter={chapter} proposal={proposal} view="text" />
    ),
    ({ organisation, chapter }) => ({ organisation, chapter }),
  ),
  route(
    proposalViewPath,
    ({ organisation, chapter, proposal, view }) => (
      <ProposalScreen key={`${organisation}/${chapter}/${proposal}`} organisation={organisation} chapter={chapter} proposal={proposal} view={view} />
    ),
    ({ organisation, chapter }) => ({ organisation, chapter }),
  ),
];
