import { defineService } from "../../shared/data/define-service.js";
import type { Bound } from "../../shared/worker/handler.js";
import type { VotesWorker } from "./vote-query.js";
import type { voteHandlers } from "./worker-handlers.js";

/** What the vote screens ask the worker: the vote queries' handlers, and a bundle file checked. */
export type VotesWorkerService = VotesWorker & Pick<Bound<typeof voteHandlers>, "checkBundle" | "homeVotes" | "homeDecisions" | "voteNotices" | "voteCards">;

const votesWorker = defineService<VotesWorkerService>("useVotesWorker");

/** Provides the worker's vote handlers (the app's composition root does). */
export const VotesWorkerContext = votesWorker.Context;

/** The worker's vote handlers. @throws {Error} outside a `VotesWorkerContext` provider. */
export const useVotesWorker = votesWorker.use;
