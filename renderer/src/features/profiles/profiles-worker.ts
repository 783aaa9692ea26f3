import { defineService } from "../../shared/data/define-service.js";
import type { PictureWorker } from "./profile-picture-query.js";

const profilesWorker = defineService<PictureWorker>("useProfilesWorker");

/** Provides the worker's profile handlers (the app's composition root does). */
export const ProfilesWorkerContext = profilesWorker.Context;

/** The worker's profile handlers. @throws {Error} outside a `ProfilesWorkerContext` provider. */
export const useProfilesWorker = profilesWorker.use;
