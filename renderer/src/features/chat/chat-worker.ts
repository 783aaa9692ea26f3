import { defineService } from "../../shared/data/define-service.js";
import type { ChatWorker } from "./rooms-query.js";

const chatWorker = defineService<ChatWorker>("useChatWorker");

/** Provides the worker's chat handlers (the app's composition root does). */
export const ChatWorkerContext = chatWorker.Context;

/** The worker's chat handlers. @throws {Error} outside a `ChatWorkerContext` provider. */
export const useChatWorker = chatWorker.use;
