/**
 * Maps with at most `limit` calls in flight, results in input order. Signing is asynchronous
 * (WebCrypto), so a few dozen concurrent calls keep the crypto threads busy.
 * @throws (as a rejected promise) the first error a call throws.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
