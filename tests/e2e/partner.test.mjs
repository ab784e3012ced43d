// A partner on another stack: a Node.js client that knows Twin only through its .proto files
// (@grpc/grpc-js + @grpc/proto-loader, no generated code from us) queries the city, creates and
// runs a scenario, registers a sensor and sends readings, against a real silo in Keys mode: every
// call carries the partner's API key as gRPC metadata (authorization: ApiKey <key>).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import grpc from '@grpc/grpc-js';
import protoLoader from '@grpc/proto-loader';
import { repositoryRoot, silo, stopSilo } from './support/silo.mjs';

const protos = join(repositoryRoot, 'silo', 'Twin.Silo', 'Protos');
let city, scenarios, sensors, twin, target, readerKey;

const newKey = () => 'twin_' + randomBytes(32).toString('base64url');
const sha256 = key => createHash('sha256').update(key, 'utf8').digest('hex');

/** Adds the key to every call's metadata, as a partner's client does. */
const withKey = key => ({
  interceptors: [(options, nextCall) => new grpc.InterceptingCall(nextCall(options), {
    start(metadata, listener, next) {
      metadata.set('authorization', `ApiKey ${key}`);
      next(metadata, listener);
    },
  })],
});

before(async () => {
  // Keys issued the way the municipality does: the partner gets the key, the silo's key file only its SHA-256.
  const partnerKey = process.env.TWIN_E2E_KEY ?? newKey();
  readerKey = newKey();
  const keyFile = join(mkdtempSync(join(tmpdir(), 'twin-keys-')), 'partners.json');
  writeFileSync(keyFile, JSON.stringify({
    Partners: {
      amersfoort: { Name: 'Gemeente Amersfoort', Scopes: ['read', 'plan', 'ingest', 'admin'], Keys: [{ Id: 'e2e', Sha256: sha256(partnerKey) }] },
      utrecht: { Name: 'Provincie Utrecht', Scopes: ['read'], Keys: [{ Id: 'e2e', Sha256: sha256(readerKey) }] },
    },
  }));
  ({ grpc: target } = await silo(['--Twin:Access:Mode=Keys', `--Twin:Access:KeyFile=${keyFile}`]));
  const definition = protoLoader.loadSync(['twin/v1/city.proto', 'twin/v1/scenarios.proto', 'twin/v1/sensors.proto'], {
    includeDirs: [protos], longs: Number, enums: String, defaults: true, oneofs: true,
  });
  twin = grpc.loadPackageDefinition(definition).twin.v1;
  const credentials = grpc.credentials.createInsecure();
  city = new twin.CityService(target, credentials, withKey(partnerKey));
  scenarios = new twin.ScenarioService(target, credentials, withKey(partnerKey));
  sensors = new twin.SensorService(target, credentials, withKey(partnerKey));
});

after(async () => {
  for (const client of [city, scenarios, sensors]) client?.close();
  await stopSilo();
});

const call = (client, method, request) => new Promise((resolve, reject) =>
  client[method](request, (error, response) => (error ? reject(error) : resolve(response))));

const streamed = stream => new Promise((resolve, reject) => {
  const messages = [];
  stream.on('data', message => messages.push(message));
  stream.on('error', reject);
  stream.on('end', () => resolve(messages));
});

const timestamp = date => ({ seconds: Math.floor(date.getTime() / 1000), nanos: (date.getTime() % 1000) * 1e6 });

test('a partner without a key, or with a key lacking the scope, is refused with a status it can act on', async () => {
  const credentials = grpc.credentials.createInsecure();
  const anonymous = new twin.CityService(target, credentials);
  const reader = new twin.ScenarioService(target, credentials, withKey(readerKey));
  const sensorsAnonymous = new twin.SensorService(target, credentials);
  try {
    const missing = await call(anonymous, 'GetStats', {}).catch(e => e);
    assert.equal(missing.code, grpc.status.UNAUTHENTICATED);
    assert.match(missing.details, /ApiKey/);
    const denied = await call(reader, 'CreateScenario', { id: 'partner-denied', name: 'x' }).catch(e => e);
    assert.equal(denied.code, grpc.status.PERMISSION_DENIED);
    assert.match(denied.details, /scope 'plan'/);
    const register = await call(sensorsAnonymous, 'ListSensors', {});
    assert.ok(register.sensors.length > 0, 'the sensor register is open data');
  } finally {
    for (const client of [anonymous, reader, sensorsAnonymous]) client.close();
  }
});

// Around Hilversum station, RD New.
const stationBox = { minX: 140_800, minY: 470_800, maxX: 141_200, maxY: 471_200 };

test('a partner reads the city: counts, and the streets and buildings around the station', async () => {
  const stats = await call(city, 'GetStats', {});
  assert.ok(stats.counts.buildings > 1000, `buildings: ${stats.counts.buildings}`);
  const entities = await streamed(city.QueryArea({ box: stationBox, kinds: ['ENTITY_KIND_BUILDING', 'ENTITY_KIND_STREET_SEGMENT'] }));
  assert.ok(entities.some(e => e.building), 'a building near the station');
  assert.ok(entities.some(e => e.streetSegment), 'a street segment near the station');
  const building = entities.find(e => e.building).building;
  const one = await call(city, 'GetEntity', { kind: 'ENTITY_KIND_BUILDING', id: building.id });
  assert.equal(one.building.id, building.id);
});

test('a partner plans: creates a scenario that closes a street, runs it and compares it with today', async () => {
  const streets = await streamed(city.QueryArea({ box: stationBox, kinds: ['ENTITY_KIND_STREET_SEGMENT'] }));
  const street = streets.map(e => e.streetSegment).find(s => s.roadClass !== 'ROAD_CLASS_RESIDENTIAL') ?? streets[0].streetSegment;
  await call(scenarios, 'CreateScenario', { id: 'partner-node', name: 'Afsluiting (partner)' });
  const edited = await call(scenarios, 'EditScenario', { id: 'partner-node', edits: [{ closeStreet: street.id }] });
  assert.equal(edited.edits.length, 1);
  const rejected = await call(scenarios, 'EditScenario', { id: 'partner-node', edits: [{ closeStreet: 'no-such-street' }] }).catch(e => e);
  assert.equal(rejected.code, grpc.status.INVALID_ARGUMENT);

  for (const id of ['base', 'partner-node']) {
    const events = await streamed(scenarios.RunScenario({ id }));
    const outcome = events.at(-1).outcome;
    assert.ok(outcome?.succeeded, `run of ${id}: ${JSON.stringify(outcome?.problems)}`);
    assert.ok(events.length > 1, 'iterations are streamed before the outcome');
  }
  const comparison = await call(scenarios, 'CompareScenario', { id: 'partner-node', top: 10 });
  assert.ok(comparison.mostChanged.some(s => s.segmentId === street.id), 'the closed street is among the most changed');
});

test('a partner sends readings: a registered sensor, one batch acknowledged, a forbidden quantity refused', async () => {
  const id = `partner-air-${Date.now()}`;
  await call(sensors, 'RegisterSensor', {
    sensor: {
      id, name: 'Meetpunt partner', kind: 'SENSOR_KIND_AIR_QUALITY', location: { x: 140_950, y: 471_050 }, mountingHeight: 3,
      register: {
        owner: 'Gemeente Amersfoort', purpose: 'test van de koppeling', quantities: ['no2'], legalBasis: 'Gemeentewet art. 160',
        dpiaReference: 'DPIA-PARTNER', retentionDays: 30, startDate: timestamp(new Date('2024-01-01T00:00:00Z')), isPublic: true,
        status: 'SENSOR_STATUS_ACTIVE',
      },
    },
  });
  const now = new Date();
  const acks = await new Promise((resolve, reject) => {
    const stream = sensors.Ingest();
    const received = [];
    stream.on('data', ack => { received.push(ack); if (received.length === 1) stream.end(); });
    stream.on('error', reject);
    stream.on('end', () => resolve(received));
    stream.write({
      sequence: 1,
      readings: [
        { sensorId: id, time: timestamp(new Date(now.getTime() - 60_000)), quantity: 'no2', value: 21.5 },
        { sensorId: id, time: timestamp(now), quantity: 'licence_plate', value: 1 },
      ],
    });
  });
  assert.equal(acks.length, 1);
  assert.equal(acks[0].sequence, 1);
  assert.equal(acks[0].stored, 1);
  assert.equal(acks[0].rejections[0].reason, 'READING_REJECTION_REASON_QUANTITY_NOT_REGISTERED');

  const series = await call(sensors, 'GetSeries', {
    sensorId: id, quantity: 'no2', resolution: 'SERIES_RESOLUTION_RAW',
    from: timestamp(new Date(now.getTime() - 3_600_000)), to: timestamp(new Date(now.getTime() + 60_000)),
  });
  assert.deepEqual(series.readings.map(r => r.value), [21.5]);
});
