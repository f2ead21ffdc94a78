import net from 'node:net';

/** A port the local platform needs is taken by another program. The message is one line for the console. */
export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
  constructor(
    readonly port: number,
    readonly what: string,
    readonly envVar?: string,
  ) {
    super(
      `Port ${port} (${what}) is in use — stop the program using it or start with ${envVar ?? 'PORT'}=${port + 1} npm start`,
    );
  }
}

type ListenOutcome = 'free' | 'in-use' | 'unavailable-address';

function tryListen(port: number, host: string): Promise<ListenOutcome> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve('in-use');
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT') resolve('unavailable-address');
      else reject(error);
    });
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve('free')));
  });
}

export interface AssertPortFreeOptions {
  /** The environment variable that chooses this port, named in the message (default PORT). */
  envVar?: string;
  /**
   * Addresses the program will bind. Default: both loopbacks. DynamoDB Local binds every interface, so pass
   * ['::'] for it ('::' is dual-stack on Linux and also collides with 127.0.0.1 listeners).
   * An address this machine does not have (e.g. ::1 with IPv6 off) is skipped.
   */
  hosts?: readonly string[];
}

/** Throws {@link PortInUseError} when `port` cannot be bound on the given addresses. */
export async function assertPortFree(port: number, what: string, options: AssertPortFreeOptions = {}): Promise<void> {
  const hosts = options.hosts ?? ['127.0.0.1', '::1'];
  let checked = 0;
  for (const host of hosts) {
    let outcome = await tryListen(port, host);
    if (outcome === 'unavailable-address' && host === '::') outcome = await tryListen(port, '0.0.0.0');
    if (outcome === 'in-use') throw new PortInUseError(port, what, options.envVar);
    if (outcome === 'free') checked += 1;
  }
  if (checked === 0)
    throw new Error(`Could not check port ${port} (${what}): none of ${hosts.join(', ')} is available`);
}

/** A port that is free on 127.0.0.1 right now (for tests; another program may take it before you do). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('freePort: no TCP address'));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}
