// Live sensor values: labels above the sensor markers and lines in the attribute panel, kept up to
// date from the server's event stream (/api/v1/sensors/live). Counts of people below the privacy
// threshold read as "<k"; readings of the demo's simulated feed say so.
import * as Cesium from './cesium/index.js';
import { language, t } from './i18n.js';

const sensors = new Map(); // id -> { sensor, simulated, values: Map(quantity -> LiveValue), label }
let threshold = 10;
let changed = () => {};
let hidden = false;

/** Starts the labels and the event stream; onChange(sensorId) is called after each update. */
export async function startLive(viewer, onChange) {
  changed = onChange;
  const [register, zones] = await Promise.all([json('api/v1/sensors'), json('api/v1/zones').catch(() => null)]);
  threshold = zones?.zones?.[0]?.threshold ?? threshold;
  for (const sensor of register.sensors ?? []) {
    const label = viewer.entities.add({
      position: Cesium.Cartesian3.fromDegrees(sensor.location.x, sensor.location.y, (sensor.mountingHeight ?? 3) + 4),
      label: {
        text: '',
        font: '600 18px system-ui, sans-serif',
        fillColor: Cesium.Color.WHITE,
        outlineColor: Cesium.Color.BLACK,
        outlineWidth: 3,
        style: Cesium.LabelStyle.FILL_AND_OUTLINE,
        showBackground: true,
        backgroundColor: Cesium.Color.fromCssColorString('#1d3557').withAlpha(0.8),
        heightReference: Cesium.HeightReference.RELATIVE_TO_3D_TILE,
        disableDepthTestDistance: Number.POSITIVE_INFINITY,
        distanceDisplayCondition: new Cesium.DistanceDisplayCondition(0, 2500),
        verticalOrigin: Cesium.VerticalOrigin.BOTTOM,
      },
    });
    sensors.set(sensor.id, { sensor, simulated: false, values: new Map(), label });
  }
  await Promise.all([...sensors.keys()].map(async id => {
    const detail = await json(`api/v1/sensors/${encodeURIComponent(id)}`).catch(() => null);
    if (!detail) return;
    const entry = sensors.get(id);
    entry.simulated = detail.simulated === true;
    for (const value of detail.live ?? []) entry.values.set(value.quantity, value);
    relabel(entry);
  }));
  viewer.scene.requestRender();

  const events = new EventSource('api/v1/sensors/live');
  events.addEventListener('update', e => {
    const update = JSON.parse(e.data);
    const entry = sensors.get(update.sensorId);
    if (!entry) return;
    for (const value of update.values ?? []) entry.values.set(value.quantity, value);
    relabel(entry);
    viewer.scene.requestRender();
    changed(update.sensorId);
  });
  return events;
}

/** The live lines of a sensor for the panel: [{ quantity, text, time }]. */
export function liveLines(sensorId) {
  const entry = sensors.get(sensorId);
  if (!entry) return [];
  return [...entry.values.values()].map(value => ({
    quantity: value.quantity,
    text: describe(value),
    time: value.latest?.time ? new Date(value.latest.time) : null,
  }));
}

export function isSimulated(sensorId) {
  return sensors.get(sensorId)?.simulated === true;
}

/** Every sensor label's text, for the browser tests. */
export function labelTexts() {
  return Object.fromEntries([...sensors].map(([id, entry]) => [id, entry.label.label.text.getValue()]));
}

/** Shows or hides every sensor label (with the sensor layer). */
export function showLabels(visible) {
  hidden = !visible;
  for (const entry of sensors.values()) relabel(entry);
}

export function relabelAll() {
  for (const entry of sensors.values()) relabel(entry);
}

function relabel(entry) {
  const lines = [...entry.values.values()].map(describe);
  if (entry.simulated && lines.length > 0) lines.push(t('live.simulated'));
  entry.label.label.text = lines.join('\n');
  entry.label.label.show = !hidden && lines.length > 0;
}

function describe(value) {
  const hour = value.hour ?? {};
  const format = new Intl.NumberFormat(language() === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 0 });
  switch (value.quantity) {
    case 'vehicle_speed':
      return hour.v85 !== undefined
        ? t('live.speed', { v85: format.format(hour.v85), share: format.format(100 * (hour.shareAboveLimit ?? 0)), limit: format.format(hour.speedLimit ?? 0) })
        : t('live.speedPlain', { mean: format.format(hour.mean ?? 0) });
    case 'vehicle_count':
      return t('live.vehicles', { count: format.format(hour.sum ?? 0) });
    case 'visitor_count':
      return value.latest?.value >= threshold
        ? t('live.visitors', { count: format.format(value.latest.value) })
        : t('live.visitors', { count: `<${threshold}` });
    default: {
      const shown = hour.calibratedMean ?? hour.mean ?? value.latest?.value;
      const names = { no2: 'NO₂', pm10: 'PM10', pm2_5: 'PM2,5' };
      return `${names[value.quantity] ?? value.quantity} ${format.format(shown)} µg/m³`;
    }
  }
}

async function json(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}
