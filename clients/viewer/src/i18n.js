// Texts of the viewer in Dutch (the default) and English. Elements carry data-i18n="key" (text),
// data-i18n-title="key" (tooltip) or data-i18n-aria="key" (aria-label); applyTranslations fills them.

const texts = {
  nl: {
    'app.title': 'Twin — 3D Hilversum',
    'app.loading': '3D-stad wordt geladen…',
    'app.loadFailed': 'De 3D-stad kon niet worden geladen.',
    'scenario.label': 'Situatie',
    'scenario.base': 'Huidige situatie',
    'compare.label': 'Vergelijk met nu',
    'compare.handle': 'Schuif om te vergelijken',
    'layers.title': 'Lagen',
    'layer.building': 'Gebouwen',
    'layer.tree': 'Bomen',
    'layer.street': 'Straten',
    'layer.utility': 'Ondergrond (kabels en leidingen)',
    'layer.sensor': 'Sensoren',
    'result.label': 'Resultaat',
    'result.none': 'Geen',
    'sun.title': 'Zon en schaduw',
    'sun.date': 'Datum',
    'sun.hour': 'Tijd',
    'sun.today': 'Vandaag',
    'home': 'Terug naar het Stationsgebied',
    'about': 'Over deze server',
    'language': 'Language: English',
    'panel.title': 'Gegevens',
    'panel.close': 'Sluiten',
    'panel.id': 'Id',
    'panel.hint': 'Klik op een gebouw, boom, straat of sensor.',
    'panel.live': 'Actuele meetwaarden',
    'panel.livePending': 'Nog geen metingen ontvangen.',
    'live.speed': 'V85 {v85} km/u · {share}% > {limit}',
    'live.speedPlain': 'gem. {mean} km/u',
    'live.vehicles': '{count} voertuigen dit uur',
    'live.visitors': '{count} bezoekers',
    'live.simulated': '(gesimuleerd)',
    'live.at': 'om',
    'yes': 'ja',
    'no': 'nee',
  },
  en: {
    'app.title': 'Twin — 3D Hilversum',
    'app.loading': 'Loading the 3D city…',
    'app.loadFailed': 'The 3D city could not be loaded.',
    'scenario.label': 'Situation',
    'scenario.base': 'Today',
    'compare.label': 'Compare with today',
    'compare.handle': 'Drag to compare',
    'layers.title': 'Layers',
    'layer.building': 'Buildings',
    'layer.tree': 'Trees',
    'layer.street': 'Streets',
    'layer.utility': 'Underground (cables and pipes)',
    'layer.sensor': 'Sensors',
    'result.label': 'Result',
    'result.none': 'None',
    'sun.title': 'Sun and shadow',
    'sun.date': 'Date',
    'sun.hour': 'Time',
    'sun.today': 'Today',
    'home': 'Back to the station area',
    'about': 'About this server',
    'language': 'Taal: Nederlands',
    'panel.title': 'Details',
    'panel.close': 'Close',
    'panel.id': 'Id',
    'panel.hint': 'Click a building, tree, street or sensor.',
    'panel.live': 'Live readings',
    'panel.livePending': 'No readings received yet.',
    'live.speed': 'V85 {v85} km/h · {share}% > {limit}',
    'live.speedPlain': 'mean {mean} km/h',
    'live.vehicles': '{count} vehicles this hour',
    'live.visitors': '{count} visitors',
    'live.simulated': '(simulated)',
    'live.at': 'at',
    'yes': 'yes',
    'no': 'no',
  },
};

// Attribute names of the tile contract; unknown ones are shown as they are.
const propertyLabels = {
  nl: {
    kind: 'Soort', use: 'Gebruik', storeys: 'Bouwlagen', roofHeight: 'Dakhoogte', groundLevel: 'Maaiveld',
    height: 'Hoogte', constructionYear: 'Bouwjaar', dwellings: 'Woningen', species: 'Boomsoort',
    crownDiameter: 'Kroondiameter', plantingYear: 'Plantjaar', protection: 'Bescherming', name: 'Naam',
    speedLimit: 'Maximumsnelheid', lanes: 'Rijstroken', capacity: 'Capaciteit', roadClass: 'Wegtype',
    oneWay: 'Eenrichtingsverkeer', utilityKind: 'Soort leiding', depth: 'Diepte', diameter: 'Diameter',
    material: 'Materiaal', owner: 'Eigenaar', sensorKind: 'Soort sensor', purpose: 'Doel', status: 'Status',
  },
  en: {
    kind: 'Kind', use: 'Use', storeys: 'Storeys', roofHeight: 'Roof height', groundLevel: 'Ground level',
    height: 'Height', constructionYear: 'Year built', dwellings: 'Dwellings', species: 'Species',
    crownDiameter: 'Crown diameter', plantingYear: 'Year planted', protection: 'Protection', name: 'Name',
    speedLimit: 'Speed limit', lanes: 'Lanes', capacity: 'Capacity', roadClass: 'Road class',
    oneWay: 'One-way', utilityKind: 'Utility', depth: 'Depth', diameter: 'Diameter',
    material: 'Material', owner: 'Owner', sensorKind: 'Sensor type', purpose: 'Purpose', status: 'Status',
  },
};

const kindNames = {
  nl: { building: 'gebouw', tree: 'boom', street: 'straat', utility: 'kabel of leiding', sensor: 'sensor', ground: 'maaiveld' },
  en: { building: 'building', tree: 'tree', street: 'street', utility: 'cable or pipe', sensor: 'sensor', ground: 'ground' },
};

export const languages = ['nl', 'en'];
let current = 'nl';

export function language() {
  return current;
}

export function setLanguage(lang) {
  current = languages.includes(lang) ? lang : 'nl';
  document.documentElement.lang = current;
}

/** The text of a key in the chosen language, with {name} placeholders filled from values. */
export function t(key, values = {}) {
  const text = texts[current][key] ?? texts.nl[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

export function propertyLabel(name) {
  return propertyLabels[current][name] ?? name;
}

export function kindName(kind) {
  return kindNames[current][kind] ?? kind;
}

export function applyTranslations(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle);
  for (const el of root.querySelectorAll('[data-i18n-aria]')) el.setAttribute('aria-label', t(el.dataset.i18nAria));
  document.title = t('app.title');
}
