import type { ChapterId } from "@chapterhouse/crdt/records";
import { useSyncExternalStore } from "react";
import { useT } from "../../shared/i18n/use-t.js";
import { ancestorsOf } from "@chapterhouse/crdt/membership";
import type { OpenOrganisation } from "./open-organisation.js";

/**
 * Which chapter, of which organisation, an invite is for, as the organisation's own signed geneses
 * say (never the link, which anyone can write): shown as soon as this device holds them — at once
 * for an organisation it already has, else when the join has received it.
 */
export function InviteTarget({ session, chapter }: { readonly session: OpenOrganisation | undefined; readonly chapter: ChapterId }) {
  const t = useT("organisation");
  const view = useSyncExternalStore(session?.view.subscribe ?? noSubscribe, session?.view.get ?? noView, session?.view.get ?? noView);
  const roster = view?.roster;
  const target = roster?.chapters.get(chapter);
  if (roster === undefined || target === undefined) return null;
  const root = roster.chapters.get(ancestorsOf(roster, chapter).at(-1)!)!;
  const level = t(`levelInSentence.${target.level}`);
  return (
    <p className="chapter-invite-target" data-testid="invite-target">
      {root.id === target.id ? t("join.target", { chapter: target.name, level }) : t("join.targetIn", { chapter: target.name, level, organisation: root.name })}
    </p>
  );
}

const noSubscribe = () => () => undefined;
const noView = () => undefined;
