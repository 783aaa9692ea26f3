import type { AgendaNode } from "@chapterhouse/crdt/assemblies";
import type { RecordId } from "@chapterhouse/crdt/records";

/** One item of the agenda with where it sits: its depth, its parent and its siblings (for moving it). */
export interface PlacedItem {
  readonly node: AgendaNode;
  readonly depth: number;
  readonly parent: RecordId | null;
  readonly siblings: readonly AgendaNode[];
  /** Its number as read aloud: "2", "2.1". */
  readonly number: string;
}

/** The agenda in reading order (depth first), each item placed. Never throws. */
export function agendaList(agenda: readonly AgendaNode[]): PlacedItem[] {
  const out: PlacedItem[] = [];
  const walk = (nodes: readonly AgendaNode[], parent: RecordId | null, depth: number, prefix: string) =>
    nodes.forEach((node, i) => {
      const number = `${prefix}${i + 1}`;
      out.push({ node, depth, parent, siblings: nodes, number });
      walk(node.children, node.id, depth + 1, `${number}.`);
    });
  walk(agenda, null, 0, "");
  return out;
}
