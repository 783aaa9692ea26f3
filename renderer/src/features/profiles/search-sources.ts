/**
 * What profiles give search (shared/routing/search-sources.ts): each member of the organisation
 * with a profile this device holds, found by name and bio (PF5), linked to their page.
 */
import type { ProfilesRead } from "@chapterhouse/crdt/profiles";
import { documentIdOf } from "../../shared/documents/document-ids.js";
import type { SearchItem, SearchSource } from "../../shared/routing/search-sources.js";
import { useMemberSpace } from "../organisation/index.js";
import { memberPath } from "./paths.js";

/** The members of `profiles` as search items of the organisation `organisation` (its document id). Pure; never throws. */
export function memberSearchItems(profiles: ProfilesRead, organisation: string): SearchItem[] {
  return [...profiles.members.values()].flatMap(({ member, chapters, current }) =>
    current === undefined
      ? []
      : [{ key: `member ${member}`, kind: "member", chapter: chapters[0] ?? null, title: current.name, text: current.bio, href: memberPath.href({ organisation, member }), at: current.record.envelope.at }],
  );
}

/** Profiles' search source, registered by src/app/features.ts. */
export const profileSearchSources: readonly SearchSource[] = [
  {
    id: "members",
    order: 50,
    kinds: ["member"],
    useReader() {
      const { space } = useMemberSpace();
      return (context) => Promise.resolve(space === undefined ? [] : memberSearchItems(space.organisation(context.organisation.url).view.get().profiles, documentIdOf(context.organisation.url)));
    },
  },
];
