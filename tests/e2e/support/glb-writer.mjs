// A small glTF 2.0 binary writer for test fixtures: one mesh, one primitive (and material) per
// group of features, flat-shaded boxes, EXT_mesh_features (a feature id per vertex) and
// EXT_structural_metadata. All features share ONE property table and one class: CesiumJS picks and
// styles 3D Tiles content through a single feature table, so features of a second table would be
// neither pickable nor styled. A property a feature lacks holds the class's noData value.
// Only what the fixture tileset needs; the silo writes the real tiles.

const ALIGN = 8;

/** Property types this writer understands, as EXT_structural_metadata names them. */
const SCALARS = {
  UINT8: { size: 1, write: (v, o, x) => v.setUint8(o, x) },
  UINT16: { size: 2, write: (v, o, x) => v.setUint16(o, x, true) },
  INT32: { size: 4, write: (v, o, x) => v.setInt32(o, x, true) },
  FLOAT32: { size: 4, write: (v, o, x) => v.setFloat32(o, x, true) },
};

const NO_DATA = { STRING: '', UINT8: 255, UINT16: 65535, INT32: -9999, FLOAT32: -9999 };

/**
 * @param {{className: string, properties: Record<string, {type: string, componentType?: string}>,
 *   groups: Array<{name: string, color: number[], features: Array<{boxes: Array<{min: number[], max: number[]}>, values: Record<string, unknown>}>}>}} content
 *   boxes are in the glTF frame (x east, y up, z south) in metres.
 * @returns {Uint8Array} the .glb bytes
 */
export function writeGlb({ className, properties, groups }) {
  const chunks = [];
  let length = 0;
  const bufferViews = [];
  const addView = (bytes, target) => {
    const padding = (ALIGN - (length % ALIGN)) % ALIGN;
    if (padding) { chunks.push(new Uint8Array(padding)); length += padding; }
    bufferViews.push({ buffer: 0, byteOffset: length, byteLength: bytes.byteLength, ...(target ? { target } : {}) });
    chunks.push(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    length += bytes.byteLength;
    return bufferViews.length - 1;
  };

  const accessors = [];
  const materials = [];
  const primitives = [];
  const features = groups.flatMap(group => group.features);
  let firstId = 0;

  for (const group of groups) {
    const geometry = boxGeometry(group.features, firstId);
    firstId += group.features.length;
    const position = accessors.push({
      bufferView: addView(geometry.positions, 34962), componentType: 5126, count: geometry.positions.length / 3,
      type: 'VEC3', min: geometry.min, max: geometry.max,
    }) - 1;
    const normal = accessors.push({ bufferView: addView(geometry.normals, 34962), componentType: 5126, count: geometry.normals.length / 3, type: 'VEC3' }) - 1;
    const featureId = accessors.push({ bufferView: addView(geometry.featureIds, 34962), componentType: 5126, count: geometry.featureIds.length, type: 'SCALAR' }) - 1;
    const indices = accessors.push({ bufferView: addView(geometry.indices, 34963), componentType: 5125, count: geometry.indices.length, type: 'SCALAR' }) - 1;
    const material = materials.push({
      name: group.name,
      pbrMetallicRoughness: { baseColorFactor: group.color, metallicFactor: 0, roughnessFactor: 0.9 },
      ...(group.color[3] < 1 ? { alphaMode: 'BLEND' } : {}),
    }) - 1;
    primitives.push({
      attributes: { POSITION: position, NORMAL: normal, _FEATURE_ID_0: featureId },
      indices, material, mode: 4,
      extensions: { EXT_mesh_features: { featureIds: [{ featureCount: features.length, attribute: 0, propertyTable: 0 }] } },
    });
  }
  const classProperties = Object.fromEntries(Object.entries(properties).map(([name, definition]) =>
    [name, definition.type === 'BOOLEAN' || name === 'id' || name === 'kind' ? definition : { ...definition, noData: NO_DATA[definition.componentType ?? definition.type] }]));
  const table = propertyTable(className, classProperties, features, addView);

  const binary = concat(chunks, length);
  const json = {
    asset: { version: '2.0', generator: 'Twin e2e fixture' },
    extensionsUsed: ['EXT_mesh_features', 'EXT_structural_metadata'],
    extensions: { EXT_structural_metadata: { schema: { id: 'twin_fixture', classes: { [className]: { properties: classProperties } } }, propertyTables: [table] } },
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes: [{ mesh: 0 }],
    meshes: [{ primitives }],
    materials,
    accessors,
    bufferViews,
    buffers: [{ byteLength: binary.byteLength }],
  };
  return glbContainer(json, binary);
}

function propertyTable(className, classProperties, features, addView) {
  const count = features.length;
  const properties = {};
  for (const [name, definition] of Object.entries(classProperties)) {
    const values = features.map(f => f.values[name] ?? definition.noData ?? false);
    if (definition.type === 'STRING') {
      const encoded = values.map(v => new TextEncoder().encode(String(v)));
      const offsets = new Uint32Array(count + 1);
      encoded.forEach((bytes, i) => { offsets[i + 1] = offsets[i] + bytes.length; });
      properties[name] = { values: addView(concat(encoded, offsets[count])), stringOffsets: addView(offsets) };
    } else if (definition.type === 'BOOLEAN') {
      const bits = new Uint8Array(Math.ceil(count / 8));
      values.forEach((v, i) => { if (v) bits[i >> 3] |= 1 << (i & 7); });
      properties[name] = { values: addView(bits) };
    } else {
      const scalar = SCALARS[definition.componentType];
      const bytes = new Uint8Array(count * scalar.size);
      const view = new DataView(bytes.buffer);
      values.forEach((v, i) => scalar.write(view, i * scalar.size, v));
      properties[name] = { values: addView(bytes) };
    }
  }
  return { class: className, count, properties };
}

// Each face of a box gets its own four vertices so the normals stay flat (crisp shading and shadows).
const FACES = [
  { n: [1, 0, 0], c: [[1, 0, 0], [1, 1, 0], [1, 1, 1], [1, 0, 1]] },
  { n: [-1, 0, 0], c: [[0, 0, 1], [0, 1, 1], [0, 1, 0], [0, 0, 0]] },
  { n: [0, 1, 0], c: [[0, 1, 0], [0, 1, 1], [1, 1, 1], [1, 1, 0]] },
  { n: [0, -1, 0], c: [[0, 0, 0], [1, 0, 0], [1, 0, 1], [0, 0, 1]] },
  { n: [0, 0, 1], c: [[0, 0, 1], [1, 0, 1], [1, 1, 1], [0, 1, 1]] },
  { n: [0, 0, -1], c: [[1, 0, 0], [0, 0, 0], [0, 1, 0], [1, 1, 0]] },
];

function boxGeometry(features, firstId) {
  const positions = [], normals = [], featureIds = [], indices = [];
  const min = [Infinity, Infinity, Infinity], max = [-Infinity, -Infinity, -Infinity];
  features.forEach((feature, id) => {
    for (const box of feature.boxes) {
      for (const face of FACES) {
        const base = positions.length / 3;
        for (const corner of face.c) {
          for (let axis = 0; axis < 3; axis++) {
            const value = corner[axis] ? box.max[axis] : box.min[axis];
            positions.push(value);
            min[axis] = Math.min(min[axis], Math.fround(value));
            max[axis] = Math.max(max[axis], Math.fround(value));
          }
          normals.push(...face.n);
          featureIds.push(firstId + id);
        }
        indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
      }
    }
  });
  return {
    positions: new Float32Array(positions), normals: new Float32Array(normals),
    featureIds: new Float32Array(featureIds), indices: new Uint32Array(indices), min, max,
  };
}

function glbContainer(json, binary) {
  let text = new TextEncoder().encode(JSON.stringify(json));
  const jsonPadded = concat([text, new Uint8Array((4 - (text.length % 4)) % 4).fill(0x20)]);
  const binPadded = concat([binary, new Uint8Array((4 - (binary.length % 4)) % 4)]);
  const total = 12 + 8 + jsonPadded.length + 8 + binPadded.length;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x46546c67, true);
  view.setUint32(4, 2, true);
  view.setUint32(8, total, true);
  view.setUint32(12, jsonPadded.length, true);
  view.setUint32(16, 0x4e4f534a, true);
  out.set(jsonPadded, 20);
  const bin = 20 + jsonPadded.length;
  view.setUint32(bin, binPadded.length, true);
  view.setUint32(bin + 4, 0x004e4942, true);
  out.set(binPadded, bin + 8);
  return out;
}

function concat(parts, length = parts.reduce((sum, p) => sum + p.byteLength, 0)) {
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), offset);
    offset += part.byteLength;
  }
  return out;
}
