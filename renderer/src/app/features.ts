/**
 * Every feature's registrations, in one place: the composition root is the only code that
 * imports every feature (docs/ARCHITECTURE.md, "Adding a feature"). main.tsx imports it once.
 */
import { chatChapterSections, chatRoutes, chatNotificationSources, chatSearchSources } from "../features/chat/index.js";
import { aidChapterSections, aidMemberActions, aidRoutes } from "../features/aid/index.js";
import { assemblyRoutes } from "../features/assemblies/index.js";
import { blogChapterSections, blogProposalSections, blogRoutes, blogSearchSources } from "../features/blog/index.js";
import { duesChapterSections } from "../features/dues/index.js";
import { forumChapterSections, forumNotificationSources, forumProposalSections, forumRoutes, forumSearchSources } from "../features/forums/index.js";
import { eventChapterSections, eventHomeItems, eventNotificationSources, eventRoutes, eventSearchSources } from "../features/events/index.js";
import { delegationChapterSections, delegationProposalSections } from "../features/delegation/index.js";
import { homeRoutes } from "../features/home/index.js";
import { identityRoutes } from "../features/identity/index.js";
import { mapChapterSections, mapRoutes } from "../features/map/index.js";
import { meetingRoutes } from "../features/meetings/index.js";
import { messageMemberActions, messageNotificationSources, messageRoutes, messageSearchSources } from "../features/messages/index.js";
import { moderationChapterSections, moderationRoutes } from "../features/moderation/index.js";
import { currentChapterSections, currentRoutes, currentSearchSources } from "../features/currents/index.js";
import { notificationRoutes, notificationSettingsSections } from "../features/notifications/index.js";
import { organisationChapterSections, organisationHomeItems, organisationRoutes } from "../features/organisation/index.js";
import { profileRoutes, profileSearchSources } from "../features/profiles/index.js";
import { resourceChapterSections, resourceRoutes, resourceSearchSources } from "../features/resources/index.js";
import { projectChapterSections, projectRoutes, projectSearchSources } from "../features/projects/index.js";
import { proposalChapterSections, proposalHomeItems, proposalNotificationSources, proposalRoutes, proposalSearchSources } from "../features/proposals/index.js";
import { roleChapterSections } from "../features/roles/index.js";
import { searchRoutes } from "../features/search/index.js";
import { settingsRoutes } from "../features/settings/index.js";
import { siteChapterSections } from "../features/site/index.js";
import { syncFilesRoutes } from "../features/sync-files/index.js";
import { voteChapterSections, voteHomeItems, voteNotificationSources, voteProposalSections, voteRoutes } from "../features/votes/index.js";
import { chapterSections } from "../shared/routing/chapter-sections.js";
import { homeItems } from "../shared/routing/home-items.js";
import { memberActions } from "../shared/routing/member-actions.js";
import { notificationSources } from "../shared/routing/notification-sources.js";
import { proposalSections } from "../shared/routing/proposal-sections.js";
import { routes } from "../shared/routing/route-registry.js";
import { searchSources } from "../shared/routing/search-sources.js";
import { settingsSections } from "../shared/routing/settings-sections.js";

routes.add(...homeRoutes, ...organisationRoutes, ...profileRoutes, ...identityRoutes, ...proposalRoutes, ...voteRoutes, ...eventRoutes, ...mapRoutes, ...chatRoutes, ...forumRoutes, ...blogRoutes, ...moderationRoutes, ...currentRoutes, ...meetingRoutes, ...messageRoutes, ...syncFilesRoutes, ...settingsRoutes, ...notificationRoutes, ...aidRoutes, ...assemblyRoutes, ...resourceRoutes, ...projectRoutes, ...searchRoutes);
chapterSections.add(...siteChapterSections, ...voteChapterSections, ...mapChapterSections, ...proposalChapterSections, ...eventChapterSections, ...chatChapterSections, ...forumChapterSections, ...blogChapterSections, ...resourceChapterSections, ...projectChapterSections, ...organisationChapterSections, ...roleChapterSections, ...delegationChapterSections, ...duesChapterSections, ...aidChapterSections, ...moderationChapterSections, ...currentChapterSections);
proposalSections.add(...voteProposalSections, ...delegationProposalSections, ...forumProposalSections, ...blogProposalSections);
homeItems.add(...voteHomeItems, ...proposalHomeItems, ...eventHomeItems, ...organisationHomeItems);
notificationSources.add(...messageNotificationSources, ...chatNotificationSources, ...forumNotificationSources, ...voteNotificationSources, ...proposalNotificationSources, ...eventNotificationSources);
settingsSections.add(...notificationSettingsSections);
memberActions.add(...messageMemberActions, ...aidMemberActions);
searchSources.add(...proposalSearchSources, ...forumSearchSources, ...eventSearchSources, ...blogSearchSources, ...resourceSearchSources, ...projectSearchSources, ...chatSearchSources, ...profileSearchSources, ...messageSearchSources);
searchSources.add(...currentSearchSources);
