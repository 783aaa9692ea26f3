import type { ChapterId, DocumentUrl } from "@chapterhouse/crdt/records";
import { describe, expect, it } from "vitest";
import type { DocumentLayer } from "../../shared/documents/document-layer.js";
import type { LiveQuery } from "../../shared/documents/live-query.js";
import { openOrganisation } from "./open-organisation.js";
import type { OrganisationView, OrganisationWorker } from "./organisation-query.js";

const url = "automerge:organisation" as DocumentUrl;
const root = "root" as ChapterId;
const chapter = "chapter" as ChapterId;

/** A layer whose one query counts how often it is asked to read again. */
function countingLayer() {
  const counts = { invalidated: 0 };
  const query = {
    key: `organisation ${url}`,
    get: () => ({ status: "loading", value: undefined, error: undefined, revision: 0 }),
    subscribe: () => () => undefined,
    retain: () => () => undefined,
    invalidate: () => counts.invalidated++,
  } as unknown as LiveQuery<OrganisationView>;
  const layer = { query: () => query } as unknown as DocumentLayer;
  return { layer, counts };
}

const worker = { readOrganisation: () => Promise.reject(new Error("not read here")) } as unknown as OrganisationWorker;

describe("openOrganisation's hints", () => {
  it("reads nothing again when a chapter page opens in an organisation whose root is known", () => {
    const { layer, counts } = countingLayer();
    const { organisation } = openOrganisation(layer, worker, url, { root, focus: undefined });
    organisation.hint({ focus: chapter });
    organisation.hint({ focus: root });
    expect(counts.invalidated).toBe(0);
  });

  it("reads again when a focus or a root arrives while no root is known", () => {
    const { layer, counts } = countingLayer();
    const { organisation } = openOrganisation(layer, worker, url, { root: undefined, focus: undefined });
    organisation.hint({ focus: chapter });
    expect(counts.invalidated).toBe(1);
    organisation.hint({ focus: chapter });
    expect(counts.invalidated).toBe(1);
    organisation.hint({ root });
    expect(counts.invalidated).toBe(2);
    organisation.hint({ root: "another" as ChapterId, focus: "elsewhere" as ChapterId });
    expect(counts.invalidated).toBe(2);
  });
});
