import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import { createOrganisationDoc } from "../documents/organisation.js";
import { encodeVoteBundle } from "../report/vote-bundle.js";
import { utf8 } from "../encoding/utf8.js";
import { bundleFileKind } from "./bundle-file-kind.js";
import { encodeDocumentBundle } from "./document-bundle.js";

describe("telling the two bundle formats apart", () => {
  it("[B7] a document bundle is told by its signature, a vote bundle by its opening brace, whatever whitespace comes first", () => {
    const documents = encodeDocumentBundle([
      { documentId: "2o5jPmKyXaS3YwBH2kNDoRxYJQ5A", bytes: A.save(createOrganisationDoc()) },
    ]);
    expect(bundleFileKind(documents)).toBe("documents");
    const vote = encodeVoteBundle({
      vote: { proposal: "p".repeat(43) as never, open: "o".repeat(43) as never },
      documents: [],
    });
    expect(bundleFileKind(utf8(vote))).toBe("vote");
    expect(bundleFileKind(utf8(` \t\r\n${vote}`))).toBe("vote");
    expect(bundleFileKind(utf8(`\ufeff${vote}`))).toBe("vote"); // a byte order mark, which UTF-8 decoding drops
  });

  it("[B7] anything else is neither: a zip file, a JSON list, an empty file, whitespace alone, a signature cut short", () => {
    for (const text of [
      "PK\u0003\u0004 a zip file",
      "[1,2]",
      "",
      "  \n",
      "chapterhouse-bund",
      "\ufeff",
      "\ufeff[]",
    ]) {
      expect(bundleFileKind(utf8(text))).toBe("unknown");
    }
  });
});
