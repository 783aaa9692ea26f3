import { defineService } from "../../shared/data/define-service.js";
import type { ProposalsWorker } from "./proposals-query.js";

const proposalsWorker = defineService<ProposalsWorker>("useProposalsWorker");

/** Provides the worker's proposal handlers (the app's composition root does). */
export const ProposalsWorkerContext = proposalsWorker.Context;

/** The worker's proposal handlers. @throws {Error} outside a `ProposalsWorkerContext` provider. */
export const useProposalsWorker = proposalsWorker.use;
