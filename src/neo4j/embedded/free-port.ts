import { createServer } from "node:net";

/**
 * Asks the OS for an unused loopback port by binding port 0 and releasing it.
 *
 * The port is only free at the moment of asking; another process could take it before the
 * caller binds it. That window is accepted because the JVM reports "port in use" clearly
 * and a caller can simply retry.
 */
export function findFreePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen({ port: 0, host, exclusive: true }, () => {
      const address = server.address();
      if (address === null || typeof address === "string") {
        server.close();
        reject(new Error(`Could not determine a free port on ${host}`));
        return;
      }
      const { port } = address;
      server.close((err) => (err ? reject(err) : resolve(port)));
    });
  });
}
