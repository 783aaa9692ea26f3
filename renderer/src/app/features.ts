/**
 * Every feature's registrations, in one place: the composition root is the only code that
 * imports every feature (docs/ARCHITECTURE.md, "Adding a feature"). main.tsx imports it once.
 */
import { identityRoutes } from "../features/identity/index.js";
import { meetingRoutes } from "../features/meetings/index.js";
import { organisationChapterSections, organisationRoutes } from "../features/organisation/index.js";
import { proposalChapterSections, proposalRoutes } from "../features/proposals/index.js";
import { settingsRoutes } from "../features/settings/index.js";
import { syncFilesRoutes } from "../features/sync-files/index.js";
import { voteChapterSections, voteProposalSections, voteRoutes } from "../features/votes/index.js";
import { chapterSections } from "../shared/routing/chapter-sections.js";
import { proposalSections } from "../shared/routing/proposal-sections.js";
import { routes } from "../shared/routing/route-registry.js";

routes.add(...organisationRoutes, ...identityRoutes, ...proposalRoutes, ...voteRoutes, ...meetingRoutes, ...syncFilesRoutes, ...settingsRoutes);
chapterSections.add(...voteChapterSections, ...proposalChapterSections, ...organisationChapterSections);
proposalSections.add(...voteProposalSections);
