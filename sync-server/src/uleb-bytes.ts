/** The bytes of `n` (a non-negative integer) as an unsigned LEB128 number: the lengths and counts of Automerge's binary formats. */
export function ulebBytes(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    out.push(byte);
  } while (n > 0);
  return out;
}
