#!/usr/bin/env node
// Validates e2e.mjs against anvil (a real EVM node from npm: devDependency @foundry-rs/anvil, no other download).
// Starts anvil on 127.0.0.1:$ANVIL_PORT (default 18545) with a 2-second block time like NOS, runs e2e.mjs against it
// (extra arguments are passed through), stops anvil (by its own pid) and exits with e2e.mjs's exit code.
//
//   npm run test:anvil [-- --timeout 30]
//
// --steps-tracing is needed for anvil to record geth-style struct logs (debug_traceTransaction); --prune-history 64
// keeps anvil's memory bounded but keeps the last 64 states, which debug_traceTransaction with callTracer replays on
// (plain --prune-history keeps none and answers -32001 "Resource not found").
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.join(here, 'node_modules', '@foundry-rs', 'anvil-linux-amd64', 'bin', 'anvil');
if (!existsSync(bin)) {
  console.error(`anvil not found at ${bin}: run "npm ci" in e2e/ (linux-amd64 only)`);
  process.exit(2);
}
const port = process.env.ANVIL_PORT || '18545';
const url = `http://127.0.0.1:${port}`;
const anvil = spawn(bin, ['--host', '127.0.0.1', '--port', port, '--block-time', '2', '--prune-history', '64', '--steps-tracing', '--silent'],
  { stdio: ['ignore', 'inherit', 'inherit'] });
let anvilExited = false;
anvil.on('exit', (code) => { anvilExited = true; if (code) console.error(`anvil exited with ${code}`); });
const stop = () => { if (!anvilExited) anvil.kill('SIGTERM'); };
process.on('SIGINT', () => { stop(); process.exit(130); });
process.on('SIGTERM', () => { stop(); process.exit(143); });

// wait until anvil answers
const t0 = Date.now();
for (;;) {
  try {
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }) });
    if (r.ok) break;
  } catch { /* not up yet */ }
  if (anvilExited || Date.now() - t0 > 15000) { console.error('anvil did not start'); stop(); process.exit(2); }
  await new Promise((r) => setTimeout(r, 100));
}
console.log(`anvil (pid ${anvil.pid}) up on ${url} in ${Date.now() - t0} ms`);

const e2e = spawn(process.execPath, [path.join(here, 'e2e.mjs'), url, ...process.argv.slice(2)], { stdio: 'inherit' });
e2e.on('exit', (code, signal) => {
  stop();
  process.exit(code ?? (signal ? 1 : 0));
});
