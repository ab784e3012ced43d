// A synthetic tileset in the shape of Twin's tile contract, around Hilversum station: 2 x 2 tiles
// of buildings, trees, streets, utility lines, sensors and a ground surface, each feature with `id`,
// `kind` and its class attributes. The e2e tests use it while the silo serves no /tiles yet, and
// developers can point the viewer at it (?tileset=URL). Deterministic: the same files every run.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeGlb } from './glb-writer.mjs';

export const STATION = { lon: 5.1816, lat: 52.2262, height: 45 }; // ellipsoidal height of NAP ~ +2 m
const TILE = 300; // metres; the fixture covers 600 m x 600 m centred on the station
const STRING = { type: 'STRING' };
const F32 = { type: 'SCALAR', componentType: 'FLOAT32' };
const U8 = { type: 'SCALAR', componentType: 'UINT8' };
const U16 = { type: 'SCALAR', componentType: 'UINT16' };

const CLASSES = {
  ground: { color: [0.62, 0.68, 0.55, 1], properties: { id: STRING, kind: STRING } },
  building: {
    color: [0.86, 0.84, 0.8, 1],
    properties: { id: STRING, kind: STRING, use: STRING, storeys: U8, roofHeight: F32, groundLevel: F32, height: F32, constructionYear: U16, dwellings: U16 },
  },
  tree: { color: [0.3, 0.55, 0.25, 1], properties: { id: STRING, kind: STRING, species: STRING, height: F32, crownDiameter: F32, plantingYear: U16, protection: STRING } },
  street: {
    color: [0.35, 0.35, 0.38, 1],
    properties: { id: STRING, kind: STRING, name: STRING, speedLimit: U8, lanes: U8, capacity: U16, roadClass: STRING, oneWay: U8, vc: F32 },
  },
  utility: { color: [0.85, 0.3, 0.1, 1], properties: { id: STRING, kind: STRING, utilityKind: STRING, depth: F32, diameter: F32, material: STRING, owner: STRING } },
  sensor: { color: [1, 0.6, 0, 1], properties: { id: STRING, kind: STRING, name: STRING, sensorKind: STRING, owner: STRING, purpose: STRING, status: STRING } },
};

/** Writes tileset.json and its glb files into `dir`; returns the tileset JSON. */
export async function writeFixtureTileset(dir) {
  await mkdir(join(dir, 'content'), { recursive: true });
  const children = [];
  let serial = 0;
  for (const [i, j] of [[0, 0], [1, 0], [0, 1], [1, 1]]) {
    const x0 = (i - 1) * TILE, y0 = (j - 1) * TILE; // east, north of the station in metres
    const groups = tileFeatures(x0, y0, () => serial++);
    const uri = `content/${i}_${j}.glb`;
    await writeFile(join(dir, uri), writeGlb(groups));
    children.push({ boundingVolume: { region: region(x0, y0, x0 + TILE, y0 + TILE, -4, 45) }, geometricError: 0, content: { uri } });
  }
  const tileset = {
    asset: { version: '1.1', generator: 'Twin e2e fixture' },
    extras: { scenario: 'base', name: 'Huidige situatie (fixture)', layers: [{ id: 'vc', name: 'I/C-verhouding', unit: '' }], datasetVersion: 1 },
    geometricError: 500,
    root: {
      transform: enuToEcef(STATION),
      boundingVolume: { region: region(-TILE, -TILE, TILE, TILE, -5, 46) },
      geometricError: 100,
      refine: 'ADD',
      children,
    },
  };
  await writeFile(join(dir, 'tileset.json'), JSON.stringify(tileset, null, 1));
  return tileset;
}

function tileFeatures(x0, y0, next) {
  const random = seeded(Math.abs(x0 * 7 + y0 * 13) + 1);
  const g = Object.fromEntries(Object.keys(CLASSES).map(k => [k, []]));
  const box = (x, y, w, d, z0, z1) => ({ min: [x, z0, -(y + d)], max: [x + w, z1, -y] }); // east/north -> glTF x/y/z
  g.ground.push({ boxes: [box(x0, y0, TILE, TILE, -0.3, 0)], values: { id: `ground-${x0}-${y0}`, kind: 'ground' } });

  const streets = [[x0, y0 + 140, TILE, 12, 'Snelliuslaan'], [x0 + 140, y0, 12, TILE, 'Stationsstraat']];
  for (const [x, y, w, d, name] of streets) {
    const n = next();
    g.street.push({
      boxes: [box(x, y, w, d, 0, 0.08)],
      values: { id: `seg-${String(n).padStart(5, '0')}`, kind: 'street', name, speedLimit: name === 'Snelliuslaan' ? 30 : 50, lanes: 2, capacity: 1200, roadClass: 'collector', oneWay: 0, vc: (n % 10) / 10 },
    });
    g.utility.push({
      boxes: [box(x + (w > d ? 0 : 4), y + (w > d ? 4 : 0), w > d ? w : 0.6, w > d ? 0.6 : d, -2.2, -1.6)],
      values: { id: `util-${n}`, kind: 'utility', utilityKind: 'sewer', depth: 1.9, diameter: 0.6, material: 'concrete', owner: 'Gemeente Hilversum' },
    });
  }
  for (const [qx, qy] of [[10, 10], [160, 10], [10, 160], [160, 160]]) {
    for (let k = 0; k < 6; k++) {
      const n = next();
      const storeys = 2 + Math.floor(random() * 6);
      const height = storeys * 3.2 + 1.5;
      g.building.push({
        boxes: [box(x0 + qx + (k % 3) * 42, y0 + qy + Math.floor(k / 3) * 62, 30, 44, 0, height)],
        values: {
          id: `NL.IMBAG.Pand.04021000000${String(n).padStart(5, '0')}`, kind: 'building', use: ['wonen', 'winkel', 'kantoor'][n % 3],
          storeys, roofHeight: height + 2, groundLevel: 2, height, constructionYear: 1900 + Math.floor(random() * 120), dwellings: n % 3 === 0 ? storeys * 4 : 0,
        },
      });
    }
    const t = next();
    g.tree.push({
      boxes: [box(x0 + qx + 132, y0 + qy + 8, 1, 1, 0, 4), box(x0 + qx + 129, y0 + qy + 5, 7, 7, 4, 11)],
      values: { id: `tree-${t}`, kind: 'tree', species: 'Tilia x europaea', height: 11, crownDiameter: 7, plantingYear: 1975, protection: t % 2 ? 'monumentaal' : 'geen' },
    });
  }
  const s = next();
  g.sensor.push({
    boxes: [box(x0 + 150, y0 + 160, 0.4, 0.4, 0, 4), box(x0 + 149.6, y0 + 159.6, 1.2, 1.2, 4, 5)],
    values: { id: `sensor-${s}`, kind: 'sensor', name: `Luchtmeetpunt ${s}`, sensorKind: 'air-quality', owner: 'Gemeente Hilversum', purpose: 'NO2 en fijnstof', status: 'active' },
  });
  const properties = Object.assign({}, ...Object.values(CLASSES).map(c => c.properties));
  return { className: 'cityObject', properties, groups: Object.entries(g).map(([name, features]) => ({ name, color: CLASSES[name].color, features })) };
}

// A 4x4 column-major matrix from the station's east-north-up frame to ECEF (WGS84).
export function enuToEcef({ lon, lat, height }) {
  const [l, p] = [lon * Math.PI / 180, lat * Math.PI / 180];
  const a = 6378137, e2 = 6.69437999014e-3;
  const n = a / Math.sqrt(1 - e2 * Math.sin(p) ** 2);
  const origin = [(n + height) * Math.cos(p) * Math.cos(l), (n + height) * Math.cos(p) * Math.sin(l), (n * (1 - e2) + height) * Math.sin(p)];
  const east = [-Math.sin(l), Math.cos(l), 0];
  const north = [-Math.sin(p) * Math.cos(l), -Math.sin(p) * Math.sin(l), Math.cos(p)];
  const up = [Math.cos(p) * Math.cos(l), Math.cos(p) * Math.sin(l), Math.sin(p)];
  return [...east, 0, ...north, 0, ...up, 0, ...origin, 1];
}

// A bounding region (radians, ellipsoidal heights) around a local east/north box; a metre of
// margin covers the flat-earth approximation over 600 m.
function region(e0, n0, e1, n1, h0, h1) {
  const metresPerDegreeLat = 111_250, metresPerDegreeLon = 111_320 * Math.cos(STATION.lat * Math.PI / 180);
  const rad = d => d * Math.PI / 180;
  return [
    rad(STATION.lon + (e0 - 1) / metresPerDegreeLon), rad(STATION.lat + (n0 - 1) / metresPerDegreeLat),
    rad(STATION.lon + (e1 + 1) / metresPerDegreeLon), rad(STATION.lat + (n1 + 1) / metresPerDegreeLat),
    STATION.height + h0, STATION.height + h1,
  ];
}

function seeded(seed) {
  let state = seed >>> 0;
  return () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
