/**
 * The worker's vote judge (crdt's `VoteJudge`): `judgeVote` over the worker's copies, kept by the
 * bundle's documents and their heads (`context.judgements`), so the vote's reading (`readVote`) and
 * the proposal's stage (`readProposals`, P7) judge a vote once per change, not once each, and the
 * stage skips the signatures the device verified before (S8) as the reading does. Record ids are
 * the worker's remembered ones: a vote judged again (a ballot arrived) hashes only the new texts; a
 * document the worker read already (or is reading: a box checked as it arrived) is taken from that
 * read, neither parsed nor checked again (`keptChecks`).
 */
import type { DocumentUrl } from "@chapterhouse/crdt/records";
import { judgeVote, type VoteJudge } from "@chapterhouse/crdt/report";
import { keptChecks } from "./bundle-document.js";
import type { WorkerContext } from "./worker-context.js";

/**
 * A judge of bundles made from the worker's copies of `urls` as they are now: their heads are
 * taken here, before any wait, so a judgement is kept under the heads its documents were read at.
 * A bundle naming a document not in `urls` is judged without being kept.
 */
export function voteJudge(context: WorkerContext, urls: readonly DocumentUrl[]): VoteJudge {
  const heads = new Map(urls.map((url) => [url, context.mirrors.headsKey(url)]));
  const checked = keptChecks(context);
  const judge: VoteJudge = (bundle) => judgeVote(bundle, context.verifier, { verified: context.verified, recordIdOf: context.recordIdOf, checked });
  return (bundle) => {
    const versions = bundle.documents.map((document) => [document.url, heads.get(document.url)] as const);
    if (versions.some(([, version]) => version === undefined)) return judge(bundle);
    const key = `${bundle.vote.proposal} ${bundle.vote.open} ${versions.map(([url, version]) => `${url}@${version}`).sort().join(" ")}`;
    return context.judgements.get(key, () => judge(bundle));
  };
}
