// @vitest-environment jsdom
import * as A from "@automerge/automerge";
import { decodeDocumentBundle, encodeDocumentBundle, type BundledDocument } from "@chapterhouse/crdt/bundle";
import { createOrganisationDoc } from "@chapterhouse/crdt/documents";
import { afterEach, describe, expect, it } from "vitest";
import { createBrowserBundleFiles, readBundleFile } from "./browser-bundle-files.js";
import { createBrowserMeetings } from "./browser-meetings.js";

const documents: BundledDocument[] = [{ documentId: "2o5jPmKyXaS3YwBH2kNDoRxYJQ5A", bytes: A.save(createOrganisationDoc()) }];

/** The page's bundle files, with the download's blob and link captured. */
function page() {
  const blobs: Blob[] = [];
  const links: { name: string; href: string }[] = [];
  const revoked: string[] = [];
  const timers: (() => void)[] = [];
  document.addEventListener("click", (event) => {
    const target = event.target;
    if (target instanceof HTMLAnchorElement) {
      event.preventDefault();
      links.push({ name: target.download, href: target.href });
    }
  });
  const files = createBrowserBundleFiles({
    document,
    URL: {
      createObjectURL: (blob: Blob) => {
        blobs.push(blob);
        return `blob:test/${blobs.length}`;
      },
      revokeObjectURL: (url: string) => void revoked.push(url),
    },
    setTimeout: (handler) => void timers.push(handler),
  });
  return { files, blobs, links, revoked, timers };
}

/** The file input the import opened, and a way to answer it. */
function chooser() {
  const input = document.body.querySelector<HTMLInputElement>("input[type=file]");
  if (input === null) throw new Error("no file input");
  return {
    input,
    choose: (file: File) => {
      Object.defineProperty(input, "files", { value: [file] });
      input.dispatchEvent(new Event("change"));
    },
    cancel: () => input.dispatchEvent(new Event("cancel")),
  };
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("bundle files in a browser page", () => {
  it("[E10.1] an export is a download named <name>.chapterhouse holding the bundle, its object URL released later", async () => {
    const { files, blobs, links, revoked, timers } = page();
    const result = await files.exportBundle({ suggestedName: "Riverside Tenants", documents });
    expect(result).toEqual({ type: "saved", fileName: "Riverside Tenants.chapterhouse", documents: 1 });
    expect(links).toEqual([{ name: "Riverside Tenants.chapterhouse", href: "blob:test/1" }]);
    expect(document.body.querySelector("a")).toBeNull();
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect(decodeDocumentBundle(bytes)).toEqual(documents);
    timers.forEach((run) => run());
    expect(revoked).toEqual(["blob:test/1"]);
  });

  it("[E10.2] documents that do not load strictly are refused before any download", async () => {
    const { files, links } = page();
    const broken = [{ documentId: documents[0]!.documentId, bytes: new Uint8Array([1, 2, 3]) }];
    await expect(files.exportBundle({ suggestedName: "x", documents: broken })).rejects.toThrow(/^invalid-argument: the documents do not make a valid bundle: bundle refused \(bad-document\)/);
    expect(links).toEqual([]);
  });

  it("[E10.3] an import reads the chosen file whole; a cancelled picker is cancelled, and the input is removed either way", async () => {
    const { files } = page();
    const bytes = encodeDocumentBundle(documents);
    const importing = files.importBundle();
    const { input, choose } = chooser();
    expect(input.accept).toBe(".chapterhouse,.json");
    choose(new File([bytes as Uint8Array<ArrayBuffer>], "carried.chapterhouse"));
    expect(await importing).toEqual({ type: "imported", fileName: "carried.chapterhouse", documents });
    expect(document.body.querySelector("input")).toBeNull();

    const cancelling = files.importBundle();
    chooser().cancel();
    expect(await cancelling).toEqual({ type: "cancelled" });
    expect(document.body.querySelector("input")).toBeNull();
  });

  it("[B4] a truncated, foreign or oversized file is invalid with the reason; nothing of it is returned", async () => {
    const bytes = encodeDocumentBundle(documents);
    expect(await readBundleFile(new File([bytes.slice(0, -5)], "short.chapterhouse"))).toEqual({
      type: "invalid",
      fileName: "short.chapterhouse",
      reason: expect.stringMatching(/^bundle refused \(truncated\)/),
    });
    const foreign = await readBundleFile(new File(["PK\u0003\u0004 a zip"], "photos.zip"));
    expect(foreign).toMatchObject({ type: "invalid", reason: expect.stringMatching(/^bundle refused \(not-a-bundle\)/) });
    const huge = { name: "huge.chapterhouse", size: 2 ** 40, arrayBuffer: () => Promise.reject(new Error("never read")) } as unknown as File;
    expect(await readBundleFile(huge)).toMatchObject({ type: "invalid", reason: expect.stringMatching(/^bundle refused \(too-large\)/) });
  });

  it("[B7] a vote bundle is told from an organisation file and handed back as text to check, merged into nothing", async () => {
    const text = '{"documents":[],"type":"chapterhouse-vote-bundle","v":1,"vote":{}}\n';
    expect(await readBundleFile(new File([text], "stairwell.vote-bundle.json"))).toEqual({ type: "vote-bundle", fileName: "stairwell.vote-bundle.json", text });
    // A file that looks like JSON but is not UTF-8 is refused here, as the command line refuses to read it.
    const latin1 = await readBundleFile(new File([new Uint8Array([0x7b, 0xe9, 0x7d])], "odd.json"));
    expect(latin1).toMatchObject({ type: "invalid", reason: expect.stringMatching(/^bundle refused \(not-a-bundle\): the file looks like a vote bundle but is not UTF-8 text/) });
  });

  it("[E4.5] a page explains that hosting and finding meetings need the desktop app, and hosting is refused", async () => {
    const meetings = createBrowserMeetings();
    expect(meetings.hosting).toMatchObject({ type: "unavailable", reason: expect.stringContaining("desktop app") });
    expect(meetings.discovery.type).toBe("unavailable");
    await expect(meetings.host({ name: "x", address: "192.168.1.2" })).rejects.toThrow(/^hosting-unavailable: /);
    expect(await meetings.status()).toEqual({ type: "idle" });
    expect(await meetings.discover()).toEqual([]);
  });
});
