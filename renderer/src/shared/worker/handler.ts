/**
 * A worker handler (STYLE.md habit 20, the typed handler map): a named function of the
 * verification worker, declared by its feature in `worker-handlers.ts` with the guard that checks
 * its input at the edge and the work, given the worker's context. The composition root gathers
 * every feature's handlers in one object (src/app/worker/handlers.ts); `bindHandlers` gives it the
 * context, and the page calls the result — in the worker through comlink, or in the page itself
 * where no worker starts — with the same types end to end.
 */
import type { Guard } from "./guard.js";
import { nextTask } from "../documents/time-slices.js";
import { ReadLanes } from "./read-lanes.js";

/** One handler: the guard its input must pass, what it does with it, and its lane (`ReadLanes`). */
export interface Handler<I, O, C> {
  readonly guard: Guard<I>;
  /** Background reads run one at a time, each starting only when no foreground read runs (HOME4). */
  readonly lane: "foreground" | "background";
  run(input: I, context: C): Promise<O>;
}

/** Declares a handler: a screen's read or an action's, in the foreground. */
export function handler<I, O, C>(guard: Guard<I>, run: (input: I, context: C) => Promise<O>): Handler<I, O, C> {
  return { guard, lane: "foreground", run };
}

/** Declares a background handler: a read for what is not on screen now (the home's), run one at a time when no foreground read runs (HOME4). */
export function backgroundHandler<I, O, C>(guard: Guard<I>, run: (input: I, context: C) => Promise<O>): Handler<I, O, C> {
  return { guard, lane: "background", run };
}

/** The lanes the handlers given each context run in (`giveWay`). */
const lanesOf = new WeakMap<object, ReadLanes>();

/**
 * Where a background handler may stop between two documents: in a task of its own (messages that
 * arrived meanwhile are taken), and then only once no foreground read runs (`ReadLanes.idle`), so
 * a screen's read that arrived during a long background read (after a reload, `keepDocuments`
 * reading back what the store holds of every document followed) runs to its end before the
 * background read goes on, not task by task beside it. Only background handlers call it: a
 * foreground one would wait for itself.
 */
export async function giveWay(context: object): Promise<void> {
  await nextTask();
  await lanesOf.get(context)?.idle();
}

/** A map of named handlers (each with its own input and output). */
export type HandlerMap<C> = { readonly [name: string]: Handler<unknown, unknown, C> };

/** What the page calls: each handler as a function of its input alone. */
export type Bound<H> = {
  readonly [K in keyof H]: H[K] extends Handler<infer I, infer O, never> ? (input: I) => Promise<O> : never;
};

/** Why a handler refused its input: a caller's bug, said with the handler's name. */
export class MalformedInput extends TypeError {
  constructor(name: string) {
    super(`${name}: the worker refused a malformed input`);
    this.name = "MalformedInput";
  }
}

/**
 * The handlers as functions of their input, each checking it with its guard first and then
 * running with `context` (awaited once it is ready) in its lane: background handlers run one at a
 * time and wait while any foreground one runs (HOME4).
 * @returns functions that reject with `MalformedInput` for an input their guard refuses.
 */
export function bindHandlers<C, H extends HandlerMap<C>>(handlers: H, context: Promise<C>): Bound<H> {
  const lanes = new ReadLanes();
  void context.then((ready) => {
    if (typeof ready === "object" && ready !== null) lanesOf.set(ready, lanes);
  }, () => undefined);
  const bound: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [name, entry] of Object.entries(handlers)) {
    bound[name] = async (input: unknown) => {
      if (!entry.guard(input)) throw new MalformedInput(name);
      const ready = await context;
      return lanes[entry.lane](() => entry.run(input, ready));
    };
  }
  return bound as Bound<H>;
}
