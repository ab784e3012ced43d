// Every glb the viewer would load is valid glTF (Khronos glTF Validator, 0 errors), carries the
// feature metadata of our tile contract, and the tileset JSON is well formed: asset.version 1.1,
// geometricError everywhere, refine on the root, children's regions inside their parent's.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import validator from 'gltf-validator';
import { baselineTileset, stopSilo } from './support/silo.mjs';

after(stopSilo);

// Follows content URIs and external tilesets; resolves to { tilesets: [{url, json}], glbs: [url] }.
async function walk(url, found = { tilesets: [], glbs: [] }) {
  const json = await fetchJson(url);
  found.tilesets.push({ url, json });
  const visit = async (tile, path) => {
    for (const content of [tile.content, ...(tile.contents ?? [])].filter(Boolean)) {
      assert.ok(!content.uri.includes('{'), `${url} ${path}: implicit tiling templates are not walked (${content.uri})`);
      const child = new URL(content.uri, url).href;
      if (new URL(child).pathname.endsWith('.json')) await walk(child, found);
      else found.glbs.push(child);
    }
    for (const [i, c] of (tile.children ?? []).entries()) await visit(c, `${path}.children[${i}]`);
  };
  await visit(json.root, 'root');
  return found;
}

async function fetchJson(url) {
  const response = await fetch(url);
  assert.equal(response.status, 200, `GET ${url}`);
  return response.json();
}

function checkTile(tile, path, problems, parentRegion) {
  if (typeof tile.geometricError !== 'number' || tile.geometricError < 0) problems.push(`${path}: geometricError missing or negative`);
  const region = tile.boundingVolume?.region;
  if (!tile.boundingVolume) problems.push(`${path}: no boundingVolume`);
  if (region && parentRegion && !inside(region, parentRegion)) {
    problems.push(`${path}: region ${JSON.stringify(region)} is not inside its parent's ${JSON.stringify(parentRegion)}`);
  }
  for (const [i, child] of (tile.children ?? []).entries()) checkTile(child, `${path}.children[${i}]`, problems, region ?? parentRegion);
}

// A millimetre's worth of slack for rounding in radians and metres.
function inside([w, s, e, n, lo, hi], [pw, ps, pe, pn, plo, phi]) {
  const eps = 1e-9;
  return w >= pw - eps && s >= ps - eps && e <= pe + eps && n <= pn + eps && lo >= plo - 1e-3 && hi <= phi + 1e-3;
}

let walked;
async function tileset(t) {
  const tiles = await baselineTileset();
  walked ??= await walk(tiles.url);
  return walked;
}

test('the tileset JSON is well formed', async t => {
  const { tilesets } = await tileset(t);
  const problems = [];
  for (const { url, json } of tilesets) {
    if (json.asset?.version !== '1.1') problems.push(`${url}: asset.version is ${json.asset?.version}, not "1.1"`);
    if (typeof json.geometricError !== 'number') problems.push(`${url}: no top-level geometricError`);
    if (!['ADD', 'REPLACE'].includes(json.root?.refine)) problems.push(`${url}: root has no refine`);
    checkTile(json.root, `${url} root`, problems);
  }
  const extras = tilesets[0].json.extras;
  if (typeof extras?.scenario !== 'string') problems.push('extras.scenario missing');
  if (!Array.isArray(extras?.layers)) problems.push('extras.layers is not an array');
  assert.deepEqual(problems, []);
});

test('every glb validates with 0 errors and carries id and kind per feature', async t => {
  const { glbs } = await tileset(t);
  assert.ok(glbs.length > 0, 'the tileset has no glb content');
  const problems = [];
  for (const url of glbs) {
    const response = await fetch(url);
    assert.equal(response.status, 200, `GET ${url}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const report = await validator.validateBytes(bytes, { uri: url, maxIssues: 50 });
    if (report.issues.numErrors > 0) {
      const errors = report.issues.messages.filter(m => m.severity === 0).map(m => `  ${m.code} ${m.pointer ?? ''}: ${m.message}`);
      problems.push(`${url}: ${report.issues.numErrors} errors\n${errors.join('\n')}`);
    }
    problems.push(...metadataProblems(url, glbJson(bytes)));
  }
  t.diagnostic(`${glbs.length} glb files validated`);
  assert.deepEqual(problems, []);
});

function glbJson(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(12, true);
  return JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + length)));
}

// The glTF Validator does not check EXT_mesh_features or EXT_structural_metadata (it reports them
// as unsupported), so the parts the viewer depends on are checked here. CesiumJS picks and
// styles through one feature table per content: every primitive must point at the same one.
function metadataProblems(url, gltf) {
  const problems = [];
  const metadata = gltf.extensions?.EXT_structural_metadata;
  if (!metadata) return [`${url}: no EXT_structural_metadata`];
  const tables = new Set();
  for (const mesh of gltf.meshes ?? []) {
    for (const primitive of mesh.primitives) {
      for (const ids of primitive.extensions?.EXT_mesh_features?.featureIds ?? []) tables.add(ids.propertyTable);
    }
  }
  if (tables.size !== 1) problems.push(`${url}: primitives use ${tables.size} property tables; the viewer needs exactly one`);
  for (const index of tables) {
    const table = metadata.propertyTables?.[index];
    const properties = metadata.schema?.classes?.[table?.class]?.properties ?? {};
    for (const name of ['id', 'kind']) {
      if (!table?.properties?.[name] || !properties[name]) problems.push(`${url}: property table ${index} has no '${name}'`);
    }
  }
  return problems;
}
