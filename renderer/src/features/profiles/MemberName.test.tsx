// @vitest-environment jsdom
import type { MemberProfile, ProfilesRead } from "@chapterhouse/crdt/profiles";
import type { MemberKey } from "@chapterhouse/crdt/records";
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderTranslated } from "../../shared/i18n/test-helpers/render-translated.js";
import { MemberName } from "./MemberName.js";
import { memberPath } from "./paths.js";
import { ProfilesContext } from "./profiles-context.js";

afterEach(cleanup);

// jsdom's typed arrays are not Node's, which the hashes want: the labels come as readProfiles gives them (its own tests prove PF7).
const [one, two, me, nameless] = ["one", "two", "bea", "nameless"].map((name) => `${name}${"x".repeat(43 - name.length)}` as MemberKey) as [MemberKey, MemberKey, MemberKey, MemberKey];
const profiles: ProfilesRead = {
  members: new Map([[me, { member: me, current: { name: "Bea" } } as unknown as MemberProfile]]),
  labels: new Map([
    [one, "Ana Lima (never tennis)"],
    [two, "ana lima (abandon ability)"],
    [me, "Bea"],
  ]),
  invalid: [{ id: "forged" as never, signer: one, member: nameless, problem: "forged" }],
};

describe("MemberName", () => {
  it("[PF7] a member shows by the label that tells them apart, the device's member as 'You' with their newest name, each linked to their member page", () => {
    renderTranslated(
      <ProfilesContext.Provider value={{ organisation: "org1", profiles, me: { key: me, name: "Old name" } }}>
        <MemberName member={one} />
        <MemberName member={two} />
        <MemberName member={me} />
      </ProfilesContext.Provider>,
    );
    const links = screen.getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual(["Ana Lima (never tennis)", "ana lima (abandon ability)", "You (Bea)"]);
    expect(links[0]!.getAttribute("href")).toBe(memberPath.href({ organisation: "org1", member: one }));
  });

  it("[PF3] a member whose only profile is forged shows by the start of their key, in the language shown, and outside an organisation links nowhere", () => {
    renderTranslated(
      <ProfilesContext.Provider value={{ organisation: undefined, profiles, me: undefined }}>
        <MemberName member={nameless} />
      </ProfilesContext.Provider>,
      "es",
    );
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.getByText(`Miembro ${nameless.slice(0, 8)}…`)).toBeTruthy();
  });
});
