import { useSyncExternalStore } from "react";
import type { ChapterId } from "@chapterhouse/crdt";
import { ancestorsOf } from "@chapterhouse/crdt";
import type { OpenOrganisation } from "./open-organisation.js";
import { LEVEL_LABEL } from "./level-label.js";

/**
 * Which chapter, of which organisation, an invite is for, as the organisation's own signed geneses
 * say (never the link, which anyone can write): shown as soon as this device holds them — at once
 * for an organisation it already has, else when the join has received it.
 */
export function InviteTarget({ session, chapter }: { readonly session: OpenOrganisation | undefined; readonly chapter: ChapterId }) {
  const view = useSyncExternalStore(session?.view.subscribe ?? noSubscribe, session?.view.get ?? noView, session?.view.get ?? noView);
  const roster = view?.roster;
  const target = roster?.chapters.get(chapter);
  if (roster === undefined || target === undefined) return null;
  const root = roster.chapters.get(ancestorsOf(roster, chapter).at(-1)!)!;
  return (
    <p className="invite-target" data-testid="invite-target">
      You are invited to join <strong>{target.name}</strong> ({LEVEL_LABEL[target.level].toLowerCase()})
      {root.id === target.id ? null : (
        <>
          {" "}
          in <strong>{root.name}</strong>
        </>
      )}
      .
    </p>
  );
}

const noSubscribe = () => () => undefined;
const noView = () => undefined;
