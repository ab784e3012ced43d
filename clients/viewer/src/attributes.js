// The attribute panel: every property of a picked feature, labelled in the chosen language and
// formatted with its unit. The entity id comes first and stands out.
import { kindName, language, propertyLabel, t } from './i18n.js';
import { isSimulated, liveLines } from './live.js';

const units = {
  height: 'm', roofHeight: 'm', groundLevel: 'm NAP', crownDiameter: 'm', depth: 'm', diameter: 'm',
  speedLimit: 'km/h', capacity: 'veh/h',
};
const unitText = { nl: { 'veh/h': 'mvt/uur' }, en: {} };
const decimals = { height: 1, roofHeight: 1, groundLevel: 2, crownDiameter: 1, depth: 2, diameter: 2 };
// Years and ids are read as labels, not quantities: no thousands separator.
const plain = new Set(['constructionYear', 'plantingYear']);
// Yes/no attributes, whether the tiles store them as booleans or as 0/1.
const flags = new Set(['oneWay']);

export function formatValue(name, value) {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean' || flags.has(name)) return value && value !== '0' ? t('yes') : t('no');
  if (name === 'kind') return kindName(value);
  if (typeof value === 'number' || typeof value === 'bigint') {
    if (plain.has(name)) return String(value);
    const number = new Intl.NumberFormat(language() === 'nl' ? 'nl-NL' : 'en-GB', {
      maximumFractionDigits: decimals[name] ?? 2,
      minimumFractionDigits: decimals[name] ?? 0,
    }).format(Number(value));
    const unit = units[name];
    return unit ? `${number} ${unitText[language()][unit] ?? unit}` : number;
  }
  return String(value);
}

/** Fills the panel's body with the feature's properties; returns the feature's kind. */
export function renderAttributes(container, properties) {
  container.replaceChildren();
  const heading = document.createElement('p');
  heading.className = 'feature-id';
  const label = document.createElement('span');
  label.textContent = `${t('panel.id')}: `;
  const id = document.createElement('strong');
  id.dataset.featureId = '';
  id.textContent = String(properties.id ?? '—');
  heading.append(label, id);
  container.append(heading);

  const list = document.createElement('dl');
  for (const [name, value] of Object.entries(properties)) {
    // A property this feature does not have (the table's noData value) reads as undefined.
    if (name === 'id' || value === undefined || value === null) continue;
    const dt = document.createElement('dt');
    dt.textContent = propertyLabel(name);
    const dd = document.createElement('dd');
    dd.textContent = formatValue(name, value);
    list.append(dt, dd);
  }
  container.append(list);

  if (properties.kind === 'sensor') {
    const live = document.createElement('section');
    live.className = 'live-values';
    live.dataset.liveValues = String(properties.id ?? '');
    container.append(live);
    renderLive(live);
  }
  return properties.kind;
}

/** Fills a sensor's live section from the latest values the live feed holds. */
export function renderLive(section) {
  const sensorId = section.dataset.liveValues;
  const title = document.createElement('h3');
  title.textContent = isSimulated(sensorId) ? `${t('panel.live')} ${t('live.simulated')}` : t('panel.live');
  const lines = liveLines(sensorId);
  const list = document.createElement('ul');
  for (const line of lines) {
    const item = document.createElement('li');
    const time = line.time ? ` (${t('live.at')} ${line.time.toLocaleTimeString(language() === 'nl' ? 'nl-NL' : 'en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' })})` : '';
    item.textContent = `${line.text}${time}`;
    list.append(item);
  }
  const empty = document.createElement('p');
  empty.textContent = t('panel.livePending');
  section.replaceChildren(title, lines.length > 0 ? list : empty);
}

/** Reads all properties of a Cesium 3D Tiles feature into a plain object. */
export function featureProperties(feature) {
  const properties = {};
  for (const name of feature.getPropertyIds()) properties[name] = feature.getProperty(name);
  return properties;
}
