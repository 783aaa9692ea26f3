/** A URL fit for logs and the console: the value of any `token` query parameter replaced by `…`. */
export function redactToken(url: string): string {
  return url.replace(/([?&]token=)[^&#]*/g, "$1…");
}
