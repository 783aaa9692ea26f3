/**
 * One assembly (PROTOCOL.md AS), read in the worker over the organisation's documents and the
 * assembly's own document, followed here (AS1); read again whenever one of them changes. The
 * assembly screens read it without its minutes; the minutes screen reads it with them (AS10).
 */
import type { Repo } from "@automerge/automerge-repo";
import { CHAPTER_DOCUMENT, ORGANISATION_DOCUMENT } from "@chapterhouse/crdt/documents";
import type { DocumentUrl, RecordId } from "@chapterhouse/crdt/records";
import { Pending, type QuerySpec } from "../../shared/documents/live-query.js";
import type { Bound } from "../../shared/worker/handler.js";
import type { OpenOrganisation } from "../organisation/index.js";
import { assemblyRequest } from "./assembly-request.js";
import type { AssemblyAnswer, AssemblyRequest, MinutesAnswer, assemblyHandlers } from "./worker-handlers.js";

/** What the assembly screens ask the worker. */
export type AssembliesWorker = Pick<Bound<typeof assemblyHandlers>, "readAssembly" | "readAssemblyMinutes">;

/** What the screens show: the worker's answer and the assembly's document, when held (where its records are written). */
export type AssemblyValue<A = AssemblyAnswer> = A & { readonly document: DocumentUrl | undefined };

/** What the minutes screen shows: the assembly with its minutes. */
export type MinutesValue = AssemblyValue<MinutesAnswer>;

/** The query of `assembly` read by `ask`, kept under `name`. */
function readQuery<A>(name: string, ask: (request: AssemblyRequest) => Promise<A>, repo: Repo, organisation: OpenOrganisation, assembly: RecordId): QuerySpec<AssemblyValue<A>> {
  const scope = organisation.url;
  return {
    key: `${name} ${scope} ${assembly}`,
    async read(context) {
      const view = context.depend(organisation.query).value;
      if (view?.state !== "ready") throw new Pending(scope);
      const chapters = [...view.roster.chapters.values()].map((entry) => ({ url: entry.document, type: CHAPTER_DOCUMENT, scope }));
      const own = assemblyRequest(repo, assembly, scope);
      const held = await context.documents([{ url: scope, type: ORGANISATION_DOCUMENT, scope }, ...chapters, own]);
      const ready = (entry: { state: string }) => entry.state === "ready";
      const document = ready(held[held.length - 1]!) ? own.url : undefined;
      const answer = await ask({
        organisation: scope,
        chapters: held.slice(1, -1).filter(ready).map((entry) => entry.url),
        assembly,
        document: document ?? null,
        now: Date.now(),
      });
      return { ...answer, document };
    },
  };
}

/** The query of `assembly`, without its minutes. */
export function assemblyQuery(worker: AssembliesWorker, repo: Repo, organisation: OpenOrganisation, assembly: RecordId): QuerySpec<AssemblyValue> {
  return readQuery("assembly", (request) => worker.readAssembly(request), repo, organisation, assembly);
}

/** The query of `assembly` with its minutes (AS10), for the minutes screen. */
export function minutesQuery(worker: AssembliesWorker, repo: Repo, organisation: OpenOrganisation, assembly: RecordId): QuerySpec<MinutesValue> {
  return readQuery("minutes", (request) => worker.readAssemblyMinutes(request), repo, organisation, assembly);
}
