import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import { useMemo } from "react";
import { useDocumentLayer, useQuery } from "../../shared/documents/use-query.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { forumQuery, topicQuery, type TopicValue } from "./forum-query.js";
import { useForumsWorker } from "./forums-worker.js";
import type { ForumAnswer } from "./worker-handlers.js";

/** The live forum of `chapter` (FO6), and the last read's failure. */
export function useForum(
  organisation: OpenOrganisation | undefined,
  chapter: ChapterId,
): { readonly value: ForumAnswer | undefined; readonly problem: string | undefined } {
  const worker = useForumsWorker();
  const spec = useMemo(
    () => (organisation === undefined ? undefined : forumQuery(worker, organisation, chapter)),
    [worker, organisation, chapter],
  );
  const state = useQuery(spec);
  return { value: state.value, problem: state.error };
}

/** The live topic `topic` (its newest pages holding `wanted` posts), the last read's failure, and a read again now. */
export function useTopic(
  space: MemberSpace,
  organisation: OpenOrganisation | undefined,
  chapter: ChapterId,
  topic: RecordId,
  wanted: number,
) {
  const worker = useForumsWorker();
  const layer = useDocumentLayer();
  const spec = useMemo(
    () =>
      organisation === undefined
        ? undefined
        : topicQuery(worker, space.repo, organisation, chapter, topic, wanted),
    [worker, space, organisation, chapter, topic, wanted],
  );
  const state = useQuery(spec);
  return {
    value: state.value,
    problem: state.error,
    refresh: async (): Promise<TopicValue | undefined> => {
      if (spec === undefined) return undefined;
      const query = layer.query(spec);
      await query.refresh();
      return query.get().value;
    },
  };
}
