/**
 * What the assemblies feature asks the verification worker (registered in src/app/worker/handlers.ts):
 * one assembly read (crdt's `readAssembly`, PROTOCOL.md AS) over the worker's copies of the
 * organisation's documents and the assembly's own, once per change of them.
 */
import { readAssembly, type AssemblyRead } from "@chapterhouse/crdt/assemblies";
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

/** The assembly asked for (AS2–AS6). Never rejects on document content. */
function readOne(request: AssemblyRequest, context: WorkerContext): Promise<AssemblyAnswer> {
  const { organisation, chapters, assembly, document, now } = request;
  const urls: DocumentUrl[] = [organisation, ...chapters, ...(document === null ? [] : [document])];
  const at = (url: DocumentUrl) => ({ url, snapshot: context.mirrors.snapshot(url) });
  const key = `assembly ${assembly} ${urls.map((url) => `${url}@${context.mirrors.headsKey(url)}`).join(" ")}`;
  return context.results.get(key, () =>
    withVerifiedIds(context, urls, async (): Promise<AssemblyAnswer> => {
      const read = await readAssembly({ organisation: at(organisation), chapters: chapters.map(at) }, assembly, document === null ? null : at(document), context.verifier, context.verified, now);
      return { key, ...read };
    }),
  ) as Promise<AssemblyAnswer>;
}

/** The assemblies feature's handlers. */
export const assemblyHandlers = {
  /** One assembly, for its screen and its projector view. */
  readAssembly: handler(isAssemblyRequest, readOne),
};
