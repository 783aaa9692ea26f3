import type { AttachmentRead, ResourceFile } from "@chapterhouse/crdt/resources";
import { useMemo } from "react";
import { useQuery } from "../../shared/documents/use-query.js";
import type { OpenOrganisation } from "../organisation/index.js";
import { attachmentQuery } from "./resources-query.js";
import { useResourcesWorker } from "./resources-worker.js";

/** The live state of a resource's file (RS3.3): intact bytes, damaged, or missing while its document travels. */
export function useAttachment(organisation: OpenOrganisation | undefined, file: ResourceFile | null): AttachmentRead | undefined {
  const worker = useResourcesWorker();
  // Each read of the library makes a new object of the same file: the query is the file's, by its document and hash.
  const { document, size, hash } = file ?? { document: undefined, size: 0, hash: "" };
  const spec = useMemo(() => (organisation === undefined || document === undefined ? undefined : attachmentQuery(worker, organisation, { document, size, hash })), [worker, organisation, document, size, hash]);
  return useQuery(spec).value;
}
