import { route } from "../../shared/routing/route.js";
import { ChapterScreen } from "./ChapterScreen.js";
import { FoundChapterScreen } from "./FoundChapterScreen.js";
import { JoinScreen } from "./JoinScreen.js";
import { OrganisationScreen } from "./OrganisationScreen.js";
import { chapterPath, chapterSectionPath, foundChapterPath, joinPath, OVERVIEW, organisationPath, startOrganisationPath } from "./paths.js";
import { StartOrganisationScreen } from "./StartOrganisationScreen.js";

/** The organisation's screens, registered by src/app/features.ts. */
export const organisationRoutes = [
  route(startOrganisationPath, () => <StartOrganisationScreen />),
  route(
    organisationPath,
    ({ organisation }) => <OrganisationScreen organisation={organisation} />,
    ({ organisation }) => ({ organisation }),
  ),
  // One screen per chapter (its key), whichever section shows: moving between sections keeps it.
  route(
    chapterPath,
    ({ organisation, chapter }) => <ChapterScreen key={`${organisation}/${chapter}`} organisation={organisation} chapter={chapter} section={OVERVIEW} />,
    ({ organisation, chapter }) => ({ organisation, chapter }),
  ),
  route(
    chapterSectionPath,
    ({ organisation, chapter, section }) => <ChapterScreen key={`${organisation}/${chapter}`} organisation={organisation} chapter={chapter} section={section} />,
    ({ organisation, chapter }) => ({ organisation, chapter }),
  ),
  route(
    foundChapterPath,
    ({ organisation, parent }) => <FoundChapterScreen organisation={organisation} parent={parent} />,
    ({ organisation, parent }) => ({ organisation, chapter: parent }),
  ),
  route(joinPath, ({ query }) => <JoinScreen query={query} />),
];
