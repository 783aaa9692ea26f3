import { describe, expect, it } from "vitest";
import { chatHandlers } from "../../features/chat/worker-handlers.js";
import { proposalHandlers } from "../../features/proposals/worker-handlers.js";
import { voteHandlers } from "../../features/votes/worker-handlers.js";
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
  return { started, read, endAll: () => ends.splice(0).forEach((end) => end()) };
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

  it("[HOME4] the home's and the bell's reads are background reads, the screens' foreground ones", () => {
    expect([voteHandlers.homeVotes.lane, voteHandlers.homeDecisions.lane, proposalHandlers.homeProposals.lane]).toEqual(["background", "background", "background"]);
    expect([voteHandlers.voteNotices.lane, proposalHandlers.newProposals.lane, chatHandlers.roomsForCalls.lane, chatHandlers.roomCalls.lane]).toEqual(["background", "background", "background", "background"]);
    expect(chatHandlers.readRooms.lane).toBe("foreground");
    expect([voteHandlers.readVote.lane, voteHandlers.voteBoxes.lane, proposalHandlers.readProposals.lane]).toEqual(["foreground", "foreground", "foreground"]);
  });
});
