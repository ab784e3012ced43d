// One real Twin silo for the e2e tests of a test file: the built Twin.Silo.dll on free loopback
// ports, as tests/TestSupport/SiloProcess.cs starts it, with the demo seeded. Started on first use,
// stopped by stopSilo(). TWIN_E2E_SILO=http://127.0.0.1:5080/ (and TWIN_E2E_GRPC=127.0.0.1:5081) uses a silo
// that already runs instead.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const outputDir = join(repositoryRoot, 'tests', 'e2e', 'out');
const startTimeoutMs = 180_000;

function siloDll() {
  for (const configuration of [process.env.TWIN_CONFIGURATION, 'Debug', 'Release'].filter(Boolean)) {
    const path = join(repositoryRoot, 'silo', 'Twin.Silo', 'bin', configuration, 'net10.0', 'Twin.Silo.dll');
    if (existsSync(path)) return path;
  }
  throw new Error('Build the silo first: dotnet build silo/Twin.Silo');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function start(extraArgs) {
  const [http, grpc, silo] = [await freePort(), await freePort(), await freePort()];
  const child = spawn('dotnet', [siloDll(), `--Twin:HttpPort=${http}`, `--Twin:GrpcPort=${grpc}`, `--Orleans:Endpoints:SiloPort=${silo}`, ...extraArgs], {
    cwd: mkdtempSync(join(tmpdir(), 'twin-e2e-')),
    env: { ...process.env, DOTNET_gcServer: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', d => { log += d; });
  child.stderr.on('data', d => { log += d; });
  process.on('exit', () => child.kill('SIGKILL'));

  const address = `http://127.0.0.1:${http}/`;
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The silo exited with code ${child.exitCode} while starting:\n${log}`);
    try {
      const response = await fetch(new URL('healthz', address), { signal: AbortSignal.timeout(5000) });
      if ((await response.text()) === 'Healthy') return { address, grpc: `127.0.0.1:${grpc}`, child, log: () => log };
    } catch {
      // Not listening yet, or busy starting.
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`The silo did not become healthy within ${startTimeoutMs / 1000} s:\n${log}`);
}

let running;
/** The shared silo: { address (HTTP), grpc (host:port), child?, log() }; extraArgs (settings) count on the first call only. */
export function silo(extraArgs = []) {
  const given = process.env.TWIN_E2E_SILO;
  running ??= given
    ? Promise.resolve({ address: new URL(given).href, grpc: process.env.TWIN_E2E_GRPC ?? '127.0.0.1:5081', log: () => '(a silo started elsewhere)' })
    : start(extraArgs);
  return running;
}

let tiles;
/** Where the baseline tileset is: the silo's /tiles/base/tileset.json, which must answer. Resolves to { url }. */
export function baselineTileset() {
  tiles ??= (async () => {
    const { address } = await silo();
    const url = new URL('tiles/base/tileset.json', address).href;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`the silo answers ${response.status} for ${url}: ${await response.text()}`);
    return { url };
  })();
  return tiles;
}

/** Stops the shared silo (tests call this in their after hook). */
export async function stopSilo() {
  tiles = undefined;
  if (!running) return;
  const { child } = await running.catch(() => ({}));
  running = undefined;
  if (child && child.exitCode === null) {
    child.kill('SIGINT');
    await new Promise(resolve => { child.once('exit', resolve); setTimeout(resolve, 10_000); });
  }
}
