import { AmendmentList } from "./AmendmentList.js";
import { CommentThread } from "./CommentThread.js";
import { acceptAmendment, postComment, proposeAmendment, rejectAmendment, type ProposalContext } from "./proposal-actions.js";
import type { ProposalViewProps } from "./ProposalPage.js";
import { ProposeAmendment } from "./ProposeAmendment.js";

/** The proposal's discussion: its amendments (proposed, accepted, rejected) and its comments. */
export function ProposalDiscussion({ space, proposals, detail, isMember, decides }: ProposalViewProps) {
  const context: ProposalContext = { space, session: proposals };
  const latest = detail.versions.at(-1);
  const drafting = detail.stage === "draft" || detail.stage === "deliberation";
  return (
    <div className="proposal-discussion">
      <AmendmentList
        detail={detail}
        decide={
          decides
            ? {
                accept: (amendment) => acceptAmendment(context, amendment),
                reject: (amendment, reason) => rejectAmendment(context, amendment, reason),
              }
            : undefined
        }
        {...(isMember && latest !== undefined && drafting
          ? { propose: <ProposeAmendment key={latest.id} latest={latest} onPropose={(change, reason) => proposeAmendment(context, { change, reason })} /> }
          : {})}
      />
      <CommentThread detail={detail} onPost={isMember ? (text, replyTo) => postComment(context, { text, replyTo }) : undefined} />
    </div>
  );
}
