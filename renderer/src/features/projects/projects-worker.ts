import { defineService } from "../../shared/data/define-service.js";
import type { ProjectsWorker } from "./projects-query.js";

const projectsWorker = defineService<ProjectsWorker>("useProjectsWorker");

/** Provides the worker's projects handlers (the app's composition root does). */
export const ProjectsWorkerContext = projectsWorker.Context;

/** The worker's projects handlers. @throws {Error} outside a `ProjectsWorkerContext` provider. */
export const useProjectsWorker = projectsWorker.use;
