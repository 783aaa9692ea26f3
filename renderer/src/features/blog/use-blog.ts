import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import { useMemo } from "react";
import { useDocumentLayer, useQuery } from "../../shared/documents/use-query.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { blogQuery, postQuery, type PostValue } from "./blog-query.js";
import { useBlogWorker } from "./blog-worker.js";
import type { BlogAnswer } from "./worker-handlers.js";

/** The live blogs of the organisation (BL6), and the last read's failure. */
export function useBlog(organisation: OpenOrganisation | undefined): { readonly value: BlogAnswer | undefined; readonly problem: string | undefined } {
  const worker = useBlogWorker();
  const spec = useMemo(() => (organisation === undefined ? undefined : blogQuery(worker, organisation)), [worker, organisation]);
  const state = useQuery(spec);
  return { value: state.value, problem: state.error };
}

/** The live post `post` (its newest pages holding `wanted` messages), the last read's failure, and a read again now. */
export function usePost(space: MemberSpace, organisation: OpenOrganisation | undefined, chapter: ChapterId, post: RecordId, wanted: number) {
  const worker = useBlogWorker();
  const layer = useDocumentLayer();
  const spec = useMemo(
    () => (organisation === undefined ? undefined : postQuery(worker, space.repo, organisation, chapter, post, wanted)),
    [worker, space, organisation, chapter, post, wanted],
  );
  const state = useQuery(spec);
  return {
    value: state.value,
    problem: state.error,
    refresh: async (): Promise<PostValue | undefined> => {
      if (spec === undefined) return undefined;
      const query = layer.query(spec);
      await query.refresh();
      return query.get().value;
    },
  };
}
