import { describe, expect, it } from "vitest";
import { chatHandlers } from "../../features/chat/worker-handlers.js";
import { proposalHandlers } from "../../features/proposals/worker-handlers.js";
import { voteHandlers } from "../../features/votes/worker-handlers.js";
import { documentHandlers } from "./document-handlers.js";
import { isString } from "./guard.js";
import { backgroundHandler, bindHandlers, handler } from "./handler.js";

/** A read that ends when `end()` is called, and says when it started. */
function gated() {
  const started: string[] = [];
  const ends: (() => void)[] = [];
  const read = (name: string) => () => {
    started.push(name);
    return new Promise<string>((resolve) => ends.push(() => resolve(name)));
  };
  const named: string[] = [];
  const readNamed = (name: string) => () => {
    named.push(name);
    return read(name)();
  };
  return {
    started,
    read: readNamed,
    endAll: () => {
      named.length = 0;
      ends.splice(0).forEach((end) => end());
    },
    /** Ends the read of `name`. */
    endOne: (name: string) => {
      const at = named.indexOf(name);
      named.splice(at, 1);
      ends.splice(at, 1)[0]!();
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the worker's read lanes", () => {
  it("[HOME4] a background read asked for while a screen's read runs starts only once no foreground read runs; one already running is not held up", async () => {
    const reads = gated();
    const handlers = bindHandlers(
      {
        screen: handler(isString, (name: string) => reads.read(name)()),
        home: backgroundHandler(isString, (name: string) => reads.read(name)()),
      },
      Promise.resolve({}),
    );
    const first = handlers.home("home before");
    await settle();
    const screen = handlers.screen("screen");
    const second = handlers.screen("screen again");
    const home = handlers.home("home after");
    await settle();
    expect(reads.started).toEqual(["home before", "screen", "screen again"]);

    reads.endAll();
    expect(await Promise.all([first, screen, second])).toEqual(["home before", "screen", "screen again"]);
    await settle();
    expect(reads.started).toEqual(["home before", "screen", "screen again", "home after"]);
    reads.endAll();
    expect(await home).toBe("home after");
  });

  it("[HOME4] background reads run one at a time: a screen's read asked for while one runs shares the worker with that one only, and the others wait for it to end", async () => {
    const reads = gated();
    const handlers = bindHandlers(
      {
        screen: handler(isString, (name: string) => reads.read(name)()),
        home: backgroundHandler(isString, (name: string) => reads.read(name)()),
      },
      Promise.resolve({}),
    );
    const homes = [handlers.home("votes"), handlers.home("decisions"), handlers.home("events")];
    await settle();
    expect(reads.started).toEqual(["votes"]);
    const screen = handlers.screen("chapter");
    await settle();
    expect(reads.started).toEqual(["votes", "chapter"]);

    // The running background read ends: the next waits while the screen's read runs.
    reads.endOne("votes");
    await settle();
    expect(reads.started).toEqual(["votes", "chapter"]);
    reads.endOne("chapter");
    expect(await screen).toBe("chapter");
    await settle();
    expect(reads.started).toEqual(["votes", "chapter", "decisions"]);
    reads.endOne("decisions");
    await settle();
    expect(reads.started).toEqual(["votes", "chapter", "decisions", "events"]);
    reads.endAll();
    expect(await Promise.all(homes)).toEqual(["votes", "decisions", "events"]);
  });

  it("[HOME4] a background read that fails lets the next one start", async () => {
    const started: string[] = [];
    const handlers = bindHandlers(
      {
        home: backgroundHandler(isString, (name: string) => {
          started.push(name);
          return name === "broken" ? Promise.reject(new Error("broken")) : Promise.resolve(name);
        }),
      },
      Promise.resolve({}),
    );
    const broken = handlers.home("broken");
    const next = handlers.home("next");
    await expect(broken).rejects.toThrow("broken");
    expect(await next).toBe("next");
    expect(started).toEqual(["broken", "next"]);
  });

  it("[HOME4] the home's and the bell's reads are background reads, the screens' foreground ones", () => {
    expect([voteHandlers.homeVotes.lane, voteHandlers.homeDecisions.lane, proposalHandlers.homeProposals.lane]).toEqual(["background", "background", "background"]);
    expect([voteHandlers.voteNotices.lane, proposalHandlers.newProposals.lane, chatHandlers.roomsForCalls.lane, chatHandlers.roomCalls.lane]).toEqual(["background", "background", "background", "background"]);
    expect(chatHandlers.readRooms.lane).toBe("foreground");
    expect([voteHandlers.readVote.lane, voteHandlers.voteBoxes.lane, proposalHandlers.readProposals.lane]).toEqual(["foreground", "foreground", "foreground"]);
  });

  it("[HOME4] [issue 10] keeping what documents hold (D8, D9) is a background read: after a reload it reads back the store's records of every document followed, and waits while a screen's read runs; copies and records written here are not held up", () => {
    expect(documentHandlers.keepDocuments.lane).toBe("background");
    expect([documentHandlers.syncDocuments.lane, documentHandlers.keepRecords.lane]).toEqual(["foreground", "foreground"]);
  });
});
