/**
 * The verification worker's handler map: every feature's handlers in one object (STYLE.md habit
 * 20). A feature adds its `worker-handlers.ts` here; nothing else lists what the worker does. The
 * page calls it through `WorkerClient<Handlers>`, typed end to end from each handler's guard and
 * result. This module and everything it imports is the worker's bundle: no feature's `index.ts`,
 * no screen (renderer/test/lint/worker-imports.test.ts).
 */
import { aidHandlers } from "../../features/aid/worker-handlers.js";
import { resourceHandlers } from "../../features/resources/worker-handlers.js";
import { projectHandlers } from "../../features/projects/worker-handlers.js";
import { chatHandlers } from "../../features/chat/worker-handlers.js";
import { duesHandlers } from "../../features/dues/worker-handlers.js";
import { dissentHandlers } from "../../features/dissent/worker-handlers.js";
import { forumHandlers } from "../../features/forums/worker-handlers.js";
import { blogHandlers } from "../../features/blog/worker-handlers.js";
import { moderationHandlers } from "../../features/moderation/worker-handlers.js";
import { currentHandlers } from "../../features/currents/worker-handlers.js";
import { eventHandlers } from "../../features/events/worker-handlers.js";
import { assemblyHandlers } from "../../features/assemblies/worker-handlers.js";
import { delegationHandlers } from "../../features/delegation/worker-handlers.js";
import { messageHandlers } from "../../features/messages/worker-handlers.js";
import { searchHandlers } from "../../features/search/worker-handlers.js";
import { organisationHandlers } from "../../features/organisation/worker-handlers.js";
import { profileHandlers } from "../../features/profiles/worker-handlers.js";
import { proposalHandlers } from "../../features/proposals/worker-handlers.js";
import { voteHandlers } from "../../features/votes/worker-handlers.js";
import { documentHandlers } from "../../shared/worker/document-handlers.js";
import type { Bound } from "../../shared/worker/handler.js";

/** Every handler of the worker, by name. */
export const handlers = { ...documentHandlers, ...messageHandlers, ...organisationHandlers, ...profileHandlers, ...proposalHandlers, ...voteHandlers, ...chatHandlers, ...duesHandlers, ...aidHandlers, ...forumHandlers, ...blogHandlers, ...dissentHandlers, ...moderationHandlers, ...currentHandlers, ...eventHandlers, ...assemblyHandlers, ...delegationHandlers, ...resourceHandlers, ...projectHandlers, ...searchHandlers };

/** The handlers as the page calls them. */
export type Handlers = Bound<typeof handlers>;
