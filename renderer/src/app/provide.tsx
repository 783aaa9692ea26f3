import type { Context, ReactNode } from "react";

/** One service as the composition root provides it: wraps what is below in its context's provider. */
export type Provided = (children: ReactNode) => ReactNode;

/** The service `value` for `context` (typed: the value must be what the feature declared). */
export function provide<T>(context: Context<T | undefined>, value: T): Provided {
  return (children) => <context.Provider value={value}>{children}</context.Provider>;
}

/** `children` inside every provider of `services`, the first outermost. */
export function ProvideAll({ services, children }: { readonly services: readonly Provided[]; readonly children: ReactNode }) {
  return services.reduceRight<ReactNode>((inner, wrap) => wrap(inner), children);
}
