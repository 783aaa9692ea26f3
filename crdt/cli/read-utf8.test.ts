import { describe, expect, it } from "vitest";
import { MAX_INPUT_BYTES } from "./command.js";
import { readUtf8 } from "./read-utf8.js";
import { verifyCommand } from "./verify-command.js";

/** A stream of `count` chunks of `size` bytes of "[", counting how many were pulled. */
function chunks(count: number, size: number): Iterable<Uint8Array> & { pulled: number } {
  const stream = {
    pulled: 0,
    *[Symbol.iterator]() {
      for (let i = 0; i < count; i++) {
        stream.pulled++;
        yield new Uint8Array(size).fill(0x5b);
      }
    },
  };
  return stream;
}

describe("reading standard input", () => {
  it("[V11.1] more than the cap is refused, and reading stops at the first chunk past it", async () => {
    const stream = chunks(1000, 10);
    await expect(readUtf8(stream, 25)).rejects.toThrow(/larger than 25 bytes/);
    expect(stream.pulled).toBe(3);
    expect(await readUtf8(chunks(2, 10), 20)).toBe("[".repeat(20));
  });

  it("[V11.1] text split inside a character is decoded whole; a byte order mark is dropped; invalid UTF-8 is refused", async () => {
    const bytes = new TextEncoder().encode("\uFEFFé€");
    expect(await readUtf8([...bytes].map((byte) => new Uint8Array([byte])), 100)).toBe("é€");
    await expect(readUtf8([new Uint8Array([0x7b, 0xff, 0x7d])], 100)).rejects.toThrow(TypeError);
  });

  it("[V11.1] verify - reads standard input with the same cap as a file", async () => {
    const asked: number[] = [];
    const result = await verifyCommand.run(["-"], {
      readStdin: (maxBytes) => {
        asked.push(maxBytes);
        return readUtf8(chunks(3, 10), 25);
      },
    });
    expect(asked).toEqual([MAX_INPUT_BYTES]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("chapterhouse verify: cannot read -: larger than 25 bytes\n");
  });
});
