import { defineService } from "../../shared/data/define-service.js";
import type { EventsWorker } from "./events-query.js";

const eventsWorker = defineService<EventsWorker>("useEventsWorker");

/** Provides the worker's events handlers (the app's composition root does). */
export const EventsWorkerContext = eventsWorker.Context;

/** The worker's events handlers. @throws {Error} outside an `EventsWorkerContext` provider. */
export const useEventsWorker = eventsWorker.use;
