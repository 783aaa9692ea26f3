import { describe, expect, it } from "vitest";
import { hashText } from "../encoding/hash.js";
import type { RecordId } from "../records/ids.js";
import { foldOrder } from "./fold-order.js";
import { make } from "./test-helpers/records.js";
import { fakeSigner } from "./test-helpers/signers.js";

const signer = fakeSigner("orderer");

describe("the fold order", () => {
  it("[M2.3] is topological, takes ready end records first, then the smallest id", async () => {
    const root = await make(signer, "genesis", {});
    const sponsorA = await make(signer, "sponsor", { n: 1 }, [root.id]);
    const grantRole = await make(signer, "role", { grant: true }, [root.id]);
    const leave = await make(signer, "leave", {}, [root.id]);
    const revoke = await make(signer, "role", { grant: false }, [root.id]);
    const child = await make(signer, "admit", {}, [sponsorA.id]);
    const records = [child, revoke, leave, grantRole, sponsorA, root];
    const order = foldOrder(records).order.map((r) => r.id);
    const ends = [leave.id, revoke.id].sort();
    const rest = [sponsorA.id, grantRole.id].sort();
    expect(order.slice(0, 3)).toEqual([root.id, ...ends]);
    expect(order.slice(3, 5)).toEqual(rest);
    // child becomes ready once sponsorA is taken; it competes with what is still waiting, by id.
    expect(order.indexOf(child.id)).toBeGreaterThan(order.indexOf(sponsorA.id));
    expect(order).toHaveLength(6);
  });

  it("[M2.3] ignores duplicates and input order", async () => {
    const a = await make(signer, "sponsor", { n: 1 });
    const b = await make(signer, "sponsor", { n: 2 });
    const c = await make(signer, "admit", {}, [a.id, b.id]);
    const one = foldOrder([c, b, a, a, c]).order.map((r) => r.id);
    const two = foldOrder([a, b, c]).order.map((r) => r.id);
    expect(one).toEqual(two);
    expect(one).toEqual([...[a.id, b.id].sort(), c.id]);
  });

  it("[M2.2] counts ids held elsewhere as present", async () => {
    const elsewhere = hashText("a decision") as RecordId;
    const a = await make(signer, "sponsor", { n: 1 }, [elsewhere]);
    expect(foldOrder([a]).missing.has(a.id)).toBe(true);
    expect(foldOrder([a], new Set([elsewhere])).order).toEqual([a]);
  });
});
