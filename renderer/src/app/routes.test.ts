import { describe, expect, it } from "vitest";
import { createIdentityPath, identityPath, restoreIdentityPath } from "../features/identity/index.js";
import { meetingsPath } from "../features/meetings/index.js";
import { chapterPath, foundChapterPath, homePath, joinPath, organisationPath, startOrganisationPath } from "../features/organisation/index.js";
import { newProposalPath, proposalPath, proposalViewPath } from "../features/proposals/index.js";
import { settingsPath } from "../features/settings/index.js";
import { syncFilesPath } from "../features/sync-files/index.js";
import { checkBundlePath, decisionsPath } from "../features/votes/index.js";
import { routes } from "../shared/routing/route-registry.js";
import "./features.js";

const docId = "4NMNnkMhL8jXrdJ9jamS58PAVdXu";
const chapterId = "dHOa-_fVS-vNpyNWC-ycguVXCe66mF03NUGTzSOHhDA";

/** The pattern of the route `hash` leads to, or "not found". */
function patternAt(hash: string): string {
  return routes.locate(hash).open?.route.pattern ?? "not found";
}

describe("routes", () => {
  it("reads the start from an empty hash, `#` and `#/`", () => {
    for (const hash of ["", "#", "#/"]) expect(patternAt(hash)).toBe(homePath.pattern);
  });

  it("keeps every address the app has linked to, invite links and the desktop's File menu included", () => {
    const addresses: [string, string][] = [
      [homePath.href(), "#/"],
      [identityPath.href(), "#/identity"],
      [createIdentityPath.href(), "#/identity/create"],
      [restoreIdentityPath.href(), "#/identity/restore"],
      [settingsPath.href(), "#/settings"],
      [startOrganisationPath.href(), "#/organisations/new"],
      [meetingsPath.href(), "#/meetings"],
      [checkBundlePath.href(), "#/check"],
      [organisationPath.href({ organisation: docId }), `#/org/${docId}`],
      [chapterPath.href({ organisation: docId, chapter: chapterId }), `#/org/${docId}/chapter/${chapterId}`],
      [foundChapterPath.href({ organisation: docId, parent: chapterId }), `#/org/${docId}/chapter/${chapterId}/new`],
      [decisionsPath.href({ organisation: docId, chapter: chapterId }), `#/org/${docId}/chapter/${chapterId}/decisions`],
      [newProposalPath.href({ organisation: docId, chapter: chapterId }), `#/org/${docId}/chapter/${chapterId}/proposals/new`],
      [proposalPath.href({ organisation: docId, chapter: chapterId, proposal: chapterId }), `#/org/${docId}/chapter/${chapterId}/proposal/${chapterId}`],
      [joinPath.href({ query: "o=abc&c=def&t=ghi&r=ws%3A%2F%2F127.0.0.1%3A3030%2F" }), "#/join?o=abc&c=def&t=ghi&r=ws%3A%2F%2F127.0.0.1%3A3030%2F"],
      [syncFilesPath.href({}), "#/files"],
      [syncFilesPath.href({ action: "import" }), "#/files?do=import"],
      [syncFilesPath.href({ action: "export", organisation: docId }), `#/files?do=export&o=${docId}`],
    ];
    for (const [href, address] of addresses) expect(href).toBe(address);
  });

  it("round-trips every linkable route through its href, each to its own route", () => {
    const hrefs = [
      [homePath, homePath.href()],
      [identityPath, identityPath.href()],
      [createIdentityPath, createIdentityPath.href()],
      [restoreIdentityPath, restoreIdentityPath.href()],
      [settingsPath, settingsPath.href()],
      [startOrganisationPath, startOrganisationPath.href()],
      [meetingsPath, meetingsPath.href()],
      [checkBundlePath, checkBundlePath.href()],
      [organisationPath, organisationPath.href({ organisation: docId })],
      [chapterPath, chapterPath.href({ organisation: docId, chapter: chapterId })],
      [foundChapterPath, foundChapterPath.href({ organisation: docId, parent: chapterId })],
      [decisionsPath, decisionsPath.href({ organisation: docId, chapter: chapterId })],
      [newProposalPath, newProposalPath.href({ organisation: docId, chapter: chapterId })],
      [proposalPath, proposalPath.href({ organisation: docId, chapter: chapterId, proposal: chapterId })],
      [joinPath, joinPath.href({ query: "o=abc&c=def&t=ghi&r=ws%3A%2F%2F127.0.0.1%3A3030%2F" })],
      [syncFilesPath, syncFilesPath.href({})],
      [syncFilesPath, syncFilesPath.href({ action: "import" })],
      [syncFilesPath, syncFilesPath.href({ action: "export", organisation: docId })],
    ] as const;
    for (const [path, href] of hrefs) {
      const open = routes.locate(href).open;
      expect(open?.route.pattern).toBe(path.pattern);
      expect(open?.href).toBe(href);
    }
  });

  it("reads the parts of an address the screen needs: ids, the invite's query, sync by file's flow", () => {
    expect(syncFilesPath.match("/files", `do=export&o=${docId}`)).toEqual({ action: "export", organisation: docId });
    expect(joinPath.match("/join", "o=abc&t=x")).toEqual({ query: "o=abc&t=x" });
    expect(foundChapterPath.match(`/org/${docId}/chapter/${chapterId}/new`, "")).toEqual({ organisation: docId, parent: chapterId });
    expect(routes.locate(`#/org/${docId}/chapter/${chapterId}/proposal/${chapterId}`).open?.place).toEqual({ organisation: docId, chapter: chapterId });
    expect(routes.locate(`#/org/${docId}/chapter/${chapterId}/new`).open?.place).toEqual({ organisation: docId, chapter: chapterId });
    expect(routes.locate(`#/org/${docId}`).open?.place).toEqual({ organisation: docId });
    expect(routes.locate("#/settings").open?.place).toEqual({});
  });

  it("reads sync by file's flow and organisation, leaving out what is not one", () => {
    expect(syncFilesPath.match("/files", "do=delete&o=a.b")).toEqual({});
    expect(routes.locate("#/files?do=delete&o=a.b").open?.href).toBe("#/files");
  });

  it("gives a proposal's views one route, whose page says when it has no such view", () => {
    expect(patternAt(`#/org/${docId}/chapter/${chapterId}/proposal/${chapterId}/discussion`)).toBe(proposalViewPath.pattern);
    expect(patternAt(`#/org/${docId}/chapter/${chapterId}/proposal/${chapterId}/more`)).toBe(proposalViewPath.pattern);
  });

  it("ignores one trailing slash", () => {
    expect(patternAt("#/settings/")).toBe(settingsPath.pattern);
  });

  it("reports an unknown path, or an id with characters no id has, as not found, keeping the path", () => {
    expect(routes.locate("#/nowhere")).toEqual({ path: "/nowhere", query: "", open: undefined });
    expect(routes.locate("#/org/a.b/chapter/c")).toEqual({ path: "/org/a.b/chapter/c", query: "", open: undefined });
    expect(patternAt(`#/org/${docId}/chapter/${chapterId}/new/more`)).toBe("not found");
    expect(patternAt(`#/org/${docId}/chapter/${chapterId}/proposals/old`)).toBe("not found");
    expect(patternAt(`#/org/${docId}/chapter/${chapterId}/proposal/${chapterId}/vote/more`)).toBe("not found");
  });

});
