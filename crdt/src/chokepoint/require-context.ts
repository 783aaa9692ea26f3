import { isObject } from "../records/canonical.js";
import type { ParsedRecord } from "../records/record.js";
import type { Rejection } from "../records/rejection.js";
import type { Authorise } from "./read-document.js";

/**
 * Per record kind, the body members that must hold exactly these strings in this document,
 * e.g. for one ballot box `{ ballot: { open: openId, chapter: chapterId } }`.
 */
export type ContextRules = { readonly [kind: string]: { readonly [member: string]: string } };

/**
 * Context binding (PROTOCOL.md D7) as an authorisation step: a record of a kind named in
 * `rules` whose body does not name this document's context (another chapter, proposal, open,
 * text hash…) is rejected as "unauthorised" here, whatever its signature; the others go on to
 * `next`. A signature moved to another document is thus worthless there.
 * @throws nothing itself; whatever `next` throws.
 */
export function requireContext(rules: ContextRules, next: Authorise): Authorise {
  return async (records) => {
    const bound: ParsedRecord[] = [];
    const refused: Rejection[] = [];
    for (const record of records) {
      const problem = contextProblem(rules, record);
      if (problem === undefined) bound.push(record);
      else refused.push({ key: record.id, id: record.id, reason: "unauthorised", detail: `context: ${problem}` });
    }
    const decision = await next(bound);
    return { accepted: decision.accepted, rejections: [...refused, ...decision.rejections] };
  };
}

function contextProblem(rules: ContextRules, record: ParsedRecord): string | undefined {
  const { kind, body } = record.envelope;
  if (!Object.prototype.hasOwnProperty.call(rules, kind)) return undefined;
  const expected = rules[kind] ?? {};
  for (const [member, value] of Object.entries(expected)) {
    const found = isObject(body) && Object.prototype.hasOwnProperty.call(body, member) ? body[member] : undefined;
    if (found !== value) return `body.${member} is ${found === undefined ? "missing" : JSON.stringify(found)}, not ${JSON.stringify(value)}`;
  }
  return undefined;
}
