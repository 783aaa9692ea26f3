import type { ChapterId, RecordId } from "@chapterhouse/crdt/records";
import { useCallback, useMemo } from "react";
import { useDocumentLayer, useQuery } from "../../shared/documents/use-query.js";
import type { MemberSpace, OpenOrganisation } from "../organisation/index.js";
import { useChatWorker } from "./chat-worker.js";
import { roomsQuery, type RoomsValue } from "./rooms-query.js";

/** A chapter's rooms (and maybe one room) as a screen shows them. */
export interface UseRooms {
  readonly value: RoomsValue | undefined;
  /** The last read's failure (a verifier or storage fault, never document content). */
  readonly problem: string | undefined;
  /** Reads again now and resolves with what it shows. */
  readonly refresh: () => Promise<RoomsValue | undefined>;
}

/** The live rooms of `chapter` and, unless `room` is null, that room's newest pages holding `wanted` messages. */
export function useRooms(space: MemberSpace, organisation: OpenOrganisation | undefined, chapter: ChapterId, room: RecordId | null, wanted: number): UseRooms {
  const worker = useChatWorker();
  const layer = useDocumentLayer();
  const spec = useMemo(
    () => (organisation === undefined ? undefined : roomsQuery(worker, space.repo, organisation, chapter, room, wanted)),
    [worker, space, organisation, chapter, room, wanted],
  );
  const state = useQuery(spec);
  const refresh = useCallback(async () => {
    if (spec === undefined) return undefined;
    const query = layer.query(spec);
    await query.refresh();
    return query.get().value;
  }, [layer, spec]);
  return { value: state.value, problem: state.error, refresh };
}
