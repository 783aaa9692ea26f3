/**
 * What the assemblies feature asks the verification worker (registered in src/app/worker/handlers.ts):
 * one assembly read (crdt's `readAssembly`, PROTOCOL.md AS) over the worker's copies of the
 * organisation's documents and the assembly's own, once per change of them; with its minutes
 * (`readAssemblyMinutes`, AS10) only for the minutes screen.
 */
import { readAssembly, readAssemblyMinutes, type AssemblyMinutesRead, type AssemblyRead } from "@chapterhouse/crdt/assemblies";
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { isArrayOf, isDocumentUrl, isNullable, isObjectOf, isRecordId, isSafeInteger, type Guarded } from "../../shared/worker/guard.js";
import { handler } from "../../shared/worker/handler.js";
import { withVerifiedIds, type WorkerContext } from "../../shared/worker/worker-context.js";

const isAssemblyRequest = isObjectOf({
  /** The Organisation document and the Chapter documents held: every record's membership context (AS3). */
  organisation: isDocumentUrl,
  chapters: isArrayOf(isDocumentUrl),
  assembly: isRecordId,
  /** The assembly's own document, when held. */
  document: isNullable(isDocumentUrl),
  /** The device's clock (ms): which delegations have expired (AS5.3). Not part of the answer's key: a panel, not a verdict. */
  now: isSafeInteger,
});

/** What the assembly screens ask. */
export type AssemblyRequest = Guarded<typeof isAssemblyRequest>;

/** What they get: the assembly as read, and a key that changes only when the documents did. */
export interface AssemblyAnswer extends AssemblyRead {
  readonly key: string;
}

/** What the minutes screen gets: the assembly as read with its minutes, and that key. */
export interface MinutesAnswer extends AssemblyMinutesRead {
  readonly key: string;
}

/** `request` read by `read` (crdt's `readAssembly` or `readAssemblyMinutes`), kept under `name` and the documents' heads. Never rejects on document content. */
function readOne<R extends AssemblyRead>(name: string, read: (...args: Parameters<typeof readAssembly>) => Promise<R>, request: AssemblyRequest, context: WorkerContext): Promise<R & { readonly key: string }> {
  const { organisation, chapters, assembly, document, now } = request;
  const urls: DocumentUrl[] = [organisation, ...chapters, ...(document === null ? [] : [document])];
  const at = (url: DocumentUrl) => ({ url, snapshot: context.mirrors.snapshot(url) });
  const key = `${name} ${assembly} ${urls.map((url) => `${url}@${context.mirrors.headsKey(url)}`).join(" ")}`;
  return context.results.get(key, () =>
    withVerifiedIds(context, urls, async () => {
      const answer = await read({ organisation: at(organisation), chapters: chapters.map(at) }, assembly, document === null ? null : at(document), context.verifier, context.verified, now);
      return { key, ...answer };
    }),
  ) as Promise<R & { readonly key: string }>;
}

/** The assemblies feature's handlers. */
export const assemblyHandlers = {
  /** One assembly, for its screen and its projector view (AS2–AS9). */
  readAssembly: handler(isAssemblyRequest, (request, context: WorkerContext): Promise<AssemblyAnswer> => readOne("assembly", readAssembly, request, context)),
  /** One assembly with its minutes (AS10), for the minutes screen and the signing of them. */
  readAssemblyMinutes: handler(isAssemblyRequest, (request, context: WorkerContext): Promise<MinutesAnswer> => readOne("minutes", readAssemblyMinutes, request, context)),
};
