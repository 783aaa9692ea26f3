import { createContext, useContext, type Context } from "react";

/** A service the app's composition root provides (src/app/App.tsx) and screens read with a hook. */
export interface Service<T> {
  /** Its React context: render `<Context.Provider value={…}>` above the screens that use it. */
  readonly Context: Context<T | undefined>;
  /**
   * The service (a React hook).
   * @throws {Error} if called outside its provider (a programming error).
   */
  readonly use: () => T;
}

/**
 * Declares a service: a feature declares what it needs (its reads, the identity) without
 * knowing who makes it, and the composition root provides it. `hook` names the hook in errors.
 */
export function defineService<T>(hook: string): Service<T> {
  const context = createContext<T | undefined>(undefined);
  return {
    Context: context,
    use() {
      const value = useContext(context);
      if (value === undefined) throw new Error(`${hook}: no provider above this component`);
      return value;
    },
  };
}
