import { join } from "node:path";
import { writeFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { createRelaySettings } from "../src/relay-settings.js";
import { textFileStore } from "../src/text-file-store.js";
import { useTempFolders } from "./helpers/temp-folder.js";

const tempFolder = useTempFolders();

describe("the relays the page may connect to", () => {
  it("[E2.4] valid relays are stored normalised and once, and survive a restart", async () => {
    const path = join(await tempFolder(), "relays.json");
    const settings = createRelaySettings(textFileStore(path));
    expect(await settings.load()).toEqual([]);
    expect(
      await settings.set(["WSS://Relay.Example.org", "wss://relay.example.org/", "ws://192.168.1.20:3030/"]),
    ).toEqual({
      type: "saved",
      relays: ["wss://relay.example.org/", "ws://192.168.1.20:3030/"],
    });
    const restarted = createRelaySettings(textFileStore(path));
    expect(await restarted.load()).toEqual(["wss://relay.example.org/", "ws://192.168.1.20:3030/"]);
    expect(restarted.current()).toEqual(["wss://relay.example.org/", "ws://192.168.1.20:3030/"]);
  });

  it("[E2.4] one invalid relay refuses the whole list and keeps the previous one", async () => {
    const settings = createRelaySettings(textFileStore(join(await tempFolder(), "relays.json")));
    await settings.set(["wss://relay.example.org/"]);
    expect(await settings.set(["wss://ok.example/", "wss://evil;script-src/"])).toEqual({
      type: "invalid",
      url: "wss://evil;script-src/",
      reason: "the relay's host name is not valid",
    });
    expect(settings.current()).toEqual(["wss://relay.example.org/"]);
  });

  it("[E2.4] a damaged or edited file can only shorten the list", async () => {
    const folder = await tempFolder();
    await writeFile(
      join(folder, "a.json"),
      '{"relays":["wss://ok.example/","wss://a\'b/","https://x/"],"type":"chapterhouse-relays","v":1}',
    );
    expect(await createRelaySettings(textFileStore(join(folder, "a.json"))).load()).toEqual([
      "wss://ok.example/",
    ]);
    await writeFile(join(folder, "b.json"), "not json");
    expect(await createRelaySettings(textFileStore(join(folder, "b.json"))).load()).toEqual([]);
  });
});
