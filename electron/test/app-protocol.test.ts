import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, sep } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveAppRequest, serveAppRequest } from "../src/app-protocol.js";
import { useTempFolders } from "./helpers/temp-folder.js";

const ROOT = join(sep, "opt", "chapterhouse", "renderer");
const get = (url: string) => resolveAppRequest("GET", url, ROOT);

describe("the app protocol's file resolution", () => {
  it("[E3.1] / and app routes are index.html; files keep their path and content type", () => {
    expect(get("chapterhouse://app/")).toEqual({
      type: "file",
      path: join(ROOT, "index.html"),
      contentType: "text/html; charset=utf-8",
    });
    expect(get("chapterhouse://app/settings")).toMatchObject({
      type: "file",
      path: join(ROOT, "index.html"),
    });
    expect(get("chapterhouse://app/assets/index-3f2a.js?v=1#x")).toEqual({
      type: "file",
      path: join(ROOT, "assets", "index-3f2a.js"),
      contentType: "text/javascript; charset=utf-8",
    });
    expect(get("chapterhouse://app/assets/automerge_wasm_bg.wasm")).toMatchObject({
      contentType: "application/wasm",
    });
    expect(get("chapterhouse://app/assets/site.CSS")).toMatchObject({
      contentType: "text/css; charset=utf-8",
    });
    expect(get("chapterhouse://app/assets/data.bin")).toMatchObject({
      contentType: "application/octet-stream",
    });
    expect(get("chapterhouse://app/assets/my%20file.png")).toMatchObject({
      path: join(ROOT, "assets", "my file.png"),
    });
  });

  it("[E3.2] dot segments, plain or encoded, are resolved by the URL parser and stay under the root", () => {
    expect(get("chapterhouse://app/../../etc/passwd.txt")).toMatchObject({
      type: "file",
      path: join(ROOT, "etc", "passwd.txt"),
    });
    expect(get("chapterhouse://app/%2e%2e/%2E%2E/etc/passwd.txt")).toMatchObject({
      type: "file",
      path: join(ROOT, "etc", "passwd.txt"),
    });
  });

  it.each([
    ["an encoded slash hiding ..", "chapterhouse://app/a%2f..%2f..%2fsecret.txt"],
    ["encoded ../ segments", "chapterhouse://app/%2e%2e%2f%2e%2e%2fetc%2fpasswd.txt"],
    ["encoded backslashes", "chapterhouse://app/..%5c..%5cwindows%5cwin.ini"],
    ["a raw backslash", "chapterhouse://app/\\..\\secret.txt"],
    ["an absolute path after the host", "chapterhouse://app//etc/passwd.txt"],
    ["an encoded absolute path", "chapterhouse://app/%2fetc%2fpasswd.txt"],
    ["a Windows drive", "chapterhouse://app/C:/Windows/win.ini"],
    ["an encoded Windows drive", "chapterhouse://app/C%3a%5cWindows%5cwin.ini"],
    ["an alternate data stream", "chapterhouse://app/index.html::$DATA"],
    ["a NUL byte", "chapterhouse://app/index.html%00.js"],
    ["a dot file", "chapterhouse://app/.env"],
    ["a dot folder", "chapterhouse://app/.git/config"],
    ["three dots, one encoded", "chapterhouse://app/assets/..%2e/x.js"],
    ["a trailing slash", "chapterhouse://app/assets/"],
    ["another host", "chapterhouse://evil/index.html"],
    ["a host that starts like the app's", "chapterhouse://app.evil/index.html"],
    ["another scheme", "https://app/index.html"],
    ["file:", "file:///etc/passwd"],
    ["malformed percent-encoding", "chapterhouse://app/%E0%A4%A.js"],
  ])("[E3.2] %s is refused", (_why, url) => {
    expect(get(url).type).toBe("refused");
  });

  it("[E3.2] only GET and HEAD are served", () => {
    expect(resolveAppRequest("POST", "chapterhouse://app/index.html", ROOT)).toMatchObject({
      type: "refused",
      status: 405,
    });
    expect(resolveAppRequest("HEAD", "chapterhouse://app/index.html", ROOT).type).toBe("file");
  });

  it("[E3.2] whatever the path, a resolved file is inside the root", () => {
    const segment = fc.oneof(
      fc.constantFrom(
        "..",
        ".",
        "%2e%2e",
        "%2E.",
        "%2f",
        "%5c",
        "\\",
        "",
        "a",
        "b.js",
        "%00",
        ":",
        "C:",
        "%252e%252e",
        "index.html",
      ),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const resolution = get(`chapterhouse://app/${segments.join("/")}`);
        if (resolution.type === "file") expect(resolution.path.startsWith(ROOT + sep)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("serving the app's files", () => {
  const tempFolder = useTempFolders();
  const files = async () => {
    const root = await tempFolder();
    await mkdir(join(root, "assets"));
    await writeFile(join(root, "index.html"), "<!doctype html><title>Chapterhouse</title>");
    await writeFile(join(root, "assets", "app.js"), "console.log(1)");
    return {
      root,
      contentSecurityPolicy: () => "default-src 'self'",
      readFile: (path: string) => readFile(path),
    };
  };

  it("[E3.3] a file is served with its type and the security headers", async () => {
    const response = await serveAppRequest(new Request("chapterhouse://app/assets/app.js"), await files());
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("console.log(1)");
    expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'self'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("[E3.3] the entry page carries the CSP, and a route gets the entry page", async () => {
    const response = await serveAppRequest(new Request("chapterhouse://app/settings"), await files());
    expect(await response.text()).toContain("<title>Chapterhouse</title>");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'self'");
  });

  it("[E3.3] a missing file is 404, a refused path 404 or 400, both with the CSP; HEAD has no body", async () => {
    const served = await files();
    const missing = await serveAppRequest(new Request("chapterhouse://app/assets/none.js"), served);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-security-policy")).toBe("default-src 'self'");
    expect((await serveAppRequest(new Request("chapterhouse://app/a%2f..%2fx.js"), served)).status).toBe(404);
    const head = await serveAppRequest(
      new Request("chapterhouse://app/index.html", { method: "HEAD" }),
      served,
    );
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("[E3.3] a read failure other than a missing file is 500 without detail", async () => {
    const served = {
      ...(await files()),
      readFile: () => Promise.reject(Object.assign(new Error("/secret/path EACCES"), { code: "EACCES" })),
    };
    const response = await serveAppRequest(new Request("chapterhouse://app/index.html"), served);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("/secret/path");
  });
});
