/**
 * What `binhdang serve` says it serves: the addresses it is really bound to (HOST, default
 * 0.0.0.0 = every address of the machine), with the ways to reach a wildcard from here and the LAN.
 */

/** A bound address as `server.addresses()` gives it. */
export interface BoundAddress {
  address: string;
  family: string;
  port: number;
}

/** A network interface's address as `os.networkInterfaces()` gives it. */
export interface InterfaceAddress {
  address: string;
  family: string;
  internal: boolean;
}

const WILDCARDS = new Set(['0.0.0.0', '::']);

const url = (address: string, port: number) =>
  `http://${address.includes(':') ? `[${address}]` : address}:${port}`;

export interface Served {
  /** One line for the log: "http://127.0.0.1:3000" or the wildcard and its ways in. */
  line: string;
  /** The address to open on this machine (the setup link). */
  local: string;
}

export function describeServed(bound: BoundAddress[], interfaces: InterfaceAddress[] = []): Served {
  const urls = [...new Set(bound.map((b) => url(b.address, b.port)))];
  const port = bound[0]?.port ?? 0;
  const wildcard = bound.some((b) => WILDCARDS.has(b.address));
  if (!wildcard) return { line: urls.join(', '), local: urls[0] ?? url('localhost', port) };
  const local = url('localhost', port);
  // 0.0.0.0 takes IPv4 only; '::' IPv6 too (link-local fe80:: addresses need a zone: left out)
  const ipv6 = bound.some((b) => b.address === '::');
  const lan = interfaces
    .filter((i) => !i.internal)
    .filter((i) => i.family === 'IPv4' || (ipv6 && !i.address.startsWith('fe80')))
    .map((i) => url(i.address, port));
  const ways = [`${local} on this machine`, ...(lan.length ? [`${lan.join(', ')} from the network`] : [])];
  return { line: `${urls.join(', ')} = every address of this machine (${ways.join('; ')})`, local };
}
