import type { AppData } from "./app-data.js";
import { defineService } from "./define-service.js";

const appData = defineService<AppData>("useAppData");

/** The device's data, provided once at the root of the app. */
export const AppDataContext = appData.Context;

/**
 * The device's data.
 * @throws {Error} if called outside an `AppDataContext` provider (a programming error).
 */
export const useAppData = appData.use;
