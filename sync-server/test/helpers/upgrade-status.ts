import WebSocket from "ws";

/** The HTTP status a WebSocket upgrade to `url` gets: 101 if it opened (then closed again). */
export function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.on("error", () => undefined);
    socket.on("unexpected-response", (_req, res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      socket.terminate();
    });
    socket.on("open", () => {
      resolve(101);
      socket.close();
    });
  });
}
