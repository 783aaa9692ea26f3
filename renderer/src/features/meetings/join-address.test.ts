import { describe, expect, it } from "vitest";
import { JoinAddressError, readJoinAddress } from "./join-address.js";

const TOKEN = "AbCdEfGhIjKlMnOpQrStUv";

describe("reading a meeting's join address", () => {
  it("[E8.3] the join address as shown gives the meeting's relay with its token and the phone's address", () => {
    expect(readJoinAddress(` http://192.168.1.20:41234/#/join?token=${TOKEN} `)).toEqual({
      host: "192.168.1.20",
      port: 41234,
      token: TOKEN,
      joinUrl: `http://192.168.1.20:41234/#/join?token=${TOKEN}`,
      relayUrl: `ws://192.168.1.20:41234/?token=${TOKEN}`,
    });
    expect(readJoinAddress(`ws://192.168.1.20:41234/?token=${TOKEN}`).joinUrl).toBe(`http://192.168.1.20:41234/#/join?token=${TOKEN}`);
    expect(readJoinAddress(`https://meeting.example.org/#/join?token=${TOKEN}`).relayUrl).toBe(`wss://meeting.example.org/?token=${TOKEN}`);
  });

  it("[E9.2] a meeting found on the network needs only its code, which the organiser shows", () => {
    const found = { addresses: ["10.0.0.7", "10.0.0.8"], port: 3030 };
    expect(readJoinAddress(TOKEN, found).relayUrl).toBe(`ws://10.0.0.7:3030/?token=${TOKEN}`);
    expect(() => readJoinAddress(TOKEN)).toThrow(/code on its own/);
  });

  it("[E9.2] anything else is refused, saying what is wrong (the screen says what to type instead)", () => {
    const refused = (text: string) => {
      try {
        readJoinAddress(text);
      } catch (error) {
        if (error instanceof JoinAddressError) return error.code;
        throw error;
      }
      throw new Error(`accepted ${text}`);
    };
    expect(refused("")).toBe("empty");
    expect(refused(TOKEN)).toBe("code-alone");
    expect(refused("not an address")).toBe("not-an-address");
    expect(refused("http://192.168.1.20:41234/")).toBe("not-a-join-address");
    expect(refused("http://192.168.1.20:41234/#/join?o=abc&t=def")).toBe("no-code");
    expect(refused("http://192.168.1.20:41234/#/join?token=short")).toBe("no-code");
    expect(refused(`http://user:pw@192.168.1.20/#/join?token=${TOKEN}`)).toBe("has-credentials");
    expect(refused(`ftp://192.168.1.20/#/join?token=${TOKEN}`)).toBe("wrong-scheme");
  });
});
