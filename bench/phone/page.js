// The phone-class page of bench/phone.js: on an insecure origin (no crypto.subtle, as a phone on
// http://LAN-address), checks the packed signatures of a vote on one Web Worker per core, each
// running the backend `createVerifier` picks there, and sets `globalThis.__result`.
/* global Worker -- a browser page */
const { parts } = await (await fetch("/parts.json")).json();
const threads = navigator.hardwareConcurrency;
const workers = Array.from({ length: threads }, () => new Worker(new URL("./worker.js", import.meta.url), { type: "module" }));
const started = performance.now();
let next = 0;
const backends = new Set();
let checks = 0;
let valid = 0;
await Promise.all(
  workers.map(async (worker) => {
    while (next < parts) {
      const part = next++;
      const answer = await new Promise((resolve, reject) => {
        worker.onmessage = (event) => resolve(event.data);
        worker.onerror = (event) => reject(new Error(event.message));
        worker.postMessage({ part });
      });
      backends.add(answer.backend);
      checks += answer.checks;
      valid += answer.valid;
    }
  }),
);
globalThis.__result = { seconds: (performance.now() - started) / 1000, threads, checks, valid, backends: [...backends], secureContext: globalThis.isSecureContext };
