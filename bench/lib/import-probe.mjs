// Runs under bare `node` (no tsx): node import-probe.mjs <bundle.mjs>
// Imports a bundle with every network entry point trapped, then reports on stdout (one JSON line):
// whether `handler` is a function, which network calls were attempted (during import and in the
// 300 ms after), and which resources keep the event loop alive. Not used for the timed runs.
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';
import { pathToFileURL } from 'node:url';

const attempts = [];
const trap = (name) => {
  return (...args) => {
    attempts.push({ call: name, target: describe(args[0], args[1]) });
    throw new Error(`import-probe: network call ${name} blocked`);
  };
};
function describe(a, b) {
  if (typeof a === 'string' || typeof a === 'number')
    return `${a}${b !== undefined && typeof b !== 'function' && typeof b !== 'object' ? `:${b}` : ''}`;
  if (a instanceof URL) return a.href;
  if (a && typeof a === 'object') return a.href ?? a.url ?? `${a.host ?? a.hostname ?? ''}:${a.port ?? ''}`;
  return String(a);
}

net.Socket.prototype.connect = trap('net.Socket#connect');
net.connect = net.createConnection = trap('net.connect');
tls.connect = trap('tls.connect');
for (const [mod, name] of [
  [http, 'http'],
  [https, 'https'],
]) {
  mod.request = trap(`${name}.request`);
  mod.get = trap(`${name}.get`);
}
dns.lookup = trap('dns.lookup');
dns.resolve = trap('dns.resolve');
dns.promises.lookup = trap('dns.promises.lookup');
dgram.createSocket = trap('dgram.createSocket');
globalThis.fetch = async (input) => {
  attempts.push({ call: 'fetch', target: describe(input) });
  throw new Error('import-probe: fetch blocked');
};
// Named ESM imports of built-ins (`import { request } from 'node:https'`) see the traps only after this.
syncBuiltinESMExports();

const file = process.argv[2];
const report = { handlerIsFunction: false, attempts, error: undefined, activeResources: [] };
try {
  const module = await import(pathToFileURL(file).href);
  report.handlerIsFunction = typeof module.handler === 'function';
} catch (error) {
  report.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
// Lazily scheduled work (timers, promises) would show up here.
await new Promise((resolve) => setTimeout(resolve, 300));
report.activeResources = process.getActiveResourcesInfo();
process.stdout.write(`${JSON.stringify(report)}\n`);
process.exit(0);
