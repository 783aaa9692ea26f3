import type { MemberProfile, ProfilesRead } from "@chapterhouse/crdt/profiles";
import type { MemberKey } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import { ObservableValue } from "../../shared/data/observable-value.js";
import { mergedProfiles } from "./merged-profiles.js";

const key = (letter: string) => `${letter.repeat(42)}A` as MemberKey;
const [ana, ben, cat] = [key("a"), key("b"), key("c")];
const profile = (member: MemberKey, name: string) => ({ member, current: { name } }) as unknown as MemberProfile;
const read = (entries: readonly (readonly [MemberKey, string])[]): ProfilesRead => ({
  members: new Map(entries.map(([member, name]) => [member, profile(member, name)])),
  labels: new Map(entries),
  invalid: [],
});

describe("the profiles of every organisation of the member's", () => {
  it("[PF5] [PF7] hold the members of each organisation, by key, a member known to two named by the first's profile; the same object until one changes", () => {
    const first = new ObservableValue({ profiles: read([[cat, "Cat"], [ben, "Ben in the first"]]) });
    const second = new ObservableValue({ profiles: read([[ben, "Ben in the second"], [ana, "Ana"]]) });
    const store = mergedProfiles([{ view: first }, { view: second }]);
    const merged = store.get();
    expect([...merged.members.keys()]).toEqual([ana, ben, cat]);
    expect([...merged.labels]).toEqual([[cat, "Cat"], [ben, "Ben in the first"], [ana, "Ana"]]);
    expect(store.get()).toBe(merged);
    let told = 0;
    const stop = store.subscribe(() => (told += 1));
    second.set({ profiles: read([[ana, "Ana Lima"]]) });
    expect(told).toBe(1);
    expect(store.get()).not.toBe(merged);
    expect(store.get().labels.get(ana)).toBe("Ana Lima");
    stop();
    first.set({ profiles: read([]) });
    expect(told).toBe(1);
  });
});
