/**
 * What the votes feature asks the verification worker (registered in src/app/worker/handlers.ts):
 * the ballot boxes a proposal's opens name, the vote reading (crdt's `readVote`: the verification
 * of the vote and what the screens show, from one pass), the vote bundle to export, a bundle file
 * checked as `chapterhouse verify` does, and a chapter's decisions log. The vote bundle's documents
 * come from the worker's copies through crdt's one conversion (`bundleDocumentOfSnapshot`), once per
 * heads: nothing is converted on the page.
 */
import {
  bundleDocumentOfSnapshot,
  encodeVoteBundle,
  openBoxDocuments,
  readVote,
  voteBundleFor,
  type DocumentUrl,
  type VoteBundleDocument,
  type VoteReading,
} from "@chapterhouse/crdt";
import { isArrayOf, isDocumentUrl, isMemberKey, isNullable, isObjectOf, isProposalId, isRecordId, isString } from "../../shared/worker/guard.js";
import { handler } from "../../shared/worker/handler.js";
import { withVerifiedIds, type WorkerContext } from "../../shared/worker/worker-context.js";
import { checkBundle, type BundleCheck } from "./bundle-check/check-bundle.js";
import { decisionEntries, type DecisionEntry } from "./decision-entries.js";

/** The bundle document (V10.2) of the worker's copy of `url`, converted once per heads. */
function bundleDocument(context: WorkerContext, url: DocumentUrl): VoteBundleDocument {
  return context.mirrors.derived(url, "bundle", () => bundleDocumentOfSnapshot(url, context.mirrors.snapshot(url)));
}

/** The votes feature's handlers. */
export const voteHandlers = {
  /** The ballot box documents every open in a Proposal document names (V2), sorted. */
  voteBoxes: handler(isObjectOf({ proposal: isDocumentUrl }), ({ proposal }, context: WorkerContext): Promise<DocumentUrl[]> => {
    const votes = Object.values(bundleDocument(context, proposal).records["votes"] ?? {});
    return Promise.resolve([...new Set(votes.flatMap((text) => openBoxDocuments(text) ?? []))].sort() as DocumentUrl[]);
  }),

  /**
   * The reading of a proposal's vote (`open`, or the one V12.1 chooses), for `member`, once per
   * change of its documents; `key` changes only when they did. Signatures the device verified
   * before, in this session or an earlier one, are not checked again (S8): when ballots arrive,
   * only theirs are. Never rejects on content.
   */
  readVote: handler(
    isObjectOf({ proposal: isProposalId, open: isNullable(isRecordId), member: isNullable(isMemberKey), documents: isArrayOf(isDocumentUrl) }),
    ({ proposal, open, member, documents }, context: WorkerContext): Promise<{ readonly key: string; readonly reading: VoteReading }> => {
      const urls = [...new Set(documents)].sort();
      const key = `vote ${proposal} ${open ?? "-"} ${member ?? "-"} ${urls.map((url) => `${url}@${context.mirrors.headsKey(url)}`).join(" ")}`;
      return context.results.get(key, async () => ({
        key,
        reading: await withVerifiedIds(context, urls, () =>
          readVote({ proposal, open, member, documents: urls.map((url) => bundleDocument(context, url)) }, context.verifier, { verified: context.verified }),
        ),
      })) as Promise<{ readonly key: string; readonly reading: VoteReading }>;
    },
  ),

  /** The vote bundle file of `open` (V10) from the documents held: the export's text, a line feed at its end. */
  voteBundle: handler(isObjectOf({ proposal: isProposalId, open: isRecordId, documents: isArrayOf(isDocumentUrl) }), ({ proposal, open, documents }, context: WorkerContext): Promise<string> =>
    Promise.resolve(`${encodeVoteBundle(voteBundleFor(documents.map((url) => bundleDocument(context, url)), proposal, open))}\n`),
  ),

  /** A vote bundle file's text checked as `chapterhouse verify` does. Never rejects on the file's content. */
  checkBundle: handler(isString, (text, context: WorkerContext): Promise<BundleCheck> => checkBundle(text, context.verifier)),

  /** The decision records of a Chapter document, newest first (checked one by one with their votes). */
  decisionEntries: handler(isObjectOf({ chapter: isDocumentUrl }), ({ chapter }, context: WorkerContext): Promise<DecisionEntry[]> =>
    Promise.resolve(decisionEntries(bundleDocument(context, chapter))),
  ),
};
