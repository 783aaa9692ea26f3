import { defineService } from "../../shared/data/define-service.js";
import type { MessagesWorker } from "./messages.js";

const messagesWorker = defineService<MessagesWorker>("useMessagesWorker");

/** Provides the worker's message handlers (the app's composition root does). */
export const MessagesWorkerContext = messagesWorker.Context;

/** The worker's message handlers. @throws {Error} outside a `MessagesWorkerContext` provider. */
export const useMessagesWorker = messagesWorker.use;
