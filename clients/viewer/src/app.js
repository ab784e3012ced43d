// Twin's web viewer: the city in 3D for participation sessions and planners. State lives here;
// scene.js talks to Cesium, styling.js builds tileset styles, attributes.js fills the panel.
import { applyTranslations, language, setLanguage, t } from './i18n.js';
import { featureProperties, renderAttributes, renderLive } from './attributes.js';
import { labelTexts, relabelAll, showLabels, startLive } from './live.js';
import { kinds, legendClasses, tilesetStyle } from './styling.js';
import { amsterdamTime, todayInAmsterdam } from './sun.js';
import * as scene from './scene.js';

const $ = id => document.getElementById(id);
const params = new URLSearchParams(location.search);

const state = {
  scenarios: [],
  scenario: 'base',
  compare: false,
  visible: Object.fromEntries(kinds.map(kind => [kind, kind !== 'utility'])),
  layers: [],
  baseLayers: [],
  layer: null,
  split: 0.5,
  date: `${new Date().getFullYear()}-03-21`, // the equinox: the usual date of Dutch shadow studies
  hour: 14,
};

const viewer = scene.createViewer($('map'));
const tilesets = new Map(); // url -> Promise<Cesium3DTileset>
let picked = null;

// A developer's override (?tileset=URL) replaces the baseline; scenarios then stay off.
function tilesetUrl(scenarioId) {
  const base = scenarioId === 'base' && params.get('tileset')
    ? new URL(params.get('tileset'), location.href)
    : new URL(`tiles/${encodeURIComponent(scenarioId)}/tileset.json`, location.href);
  // Today lacks a plan's change layers: beside a plan it then shows plainly.
  const has = scenarioId !== 'base' || state.baseLayers.some(l => l.id === state.layer?.id);
  if (state.layer && has) base.searchParams.set('layer', state.layer.id);
  return base.href;
}

function tileset(url) {
  if (!tilesets.has(url)) tilesets.set(url, scene.loadTileset(viewer, url));
  return tilesets.get(url);
}

async function fetchScenarios() {
  const fallback = [{ id: 'base', name: t('scenario.base') }];
  if (params.get('tileset')) return fallback;
  try {
    const response = await fetch(new URL('api/v1/scenarios', location.href));
    if (!response.ok) return fallback;
    const list = await response.json();
    return Array.isArray(list) && list.some(s => s.id === 'base') ? list : [...fallback, ...(list ?? [])];
  } catch {
    return fallback;
  }
}

// Each scenario has its own result layers (a plan adds its changes against today): read them from the
// scenario's tileset before showing it, keeping the chosen layer when the scenario has it too.
async function changeScenario(id) {
  state.scenario = id;
  const url = new URL(tilesetUrl(id));
  url.searchParams.delete('layer');
  if (id === 'base') state.baseLayers = [];
  const response = await fetch(url);
  const json = response.ok ? await response.json() : {};
  state.layers = Array.isArray(json.extras?.layers) ? json.extras.layers : [];
  if (id === 'base') state.baseLayers = state.layers;
  state.layer = state.layers.find(l => l.id === state.layer?.id) ?? null;
  renderResultLayers();
  await showScenario();
}

// Shows the tilesets the state asks for and hides the rest.
async function showScenario() {
  const wanted = new Map([[tilesetUrl(state.scenario), state.compare && state.scenario !== 'base' ? 'right' : 'none']]);
  if (state.compare && state.scenario !== 'base') wanted.set(tilesetUrl('base'), 'left');
  const shown = await Promise.all([...wanted.keys()].map(tileset));
  shown.forEach((set, i) => {
    set.show = true;
    scene.setSplit(set, [...wanted.values()][i]);
    scene.applyStyle(set, tilesetStyle(state));
  });
  // Keep the old view until the new tiles are in: no empty city in between.
  await Promise.all(shown.map(set => scene.whenLoaded(viewer, set, 15_000)));
  for (const [url, promise] of tilesets) {
    const set = await promise.catch(() => null);
    if (set && !wanted.has(url)) set.show = false;
  }
  const comparing = wanted.size > 1;
  $('split').hidden = !comparing;
  viewer.scene.splitPosition = state.split;
  $('split-left').textContent = scenarioName('base');
  $('split-right').textContent = scenarioName(state.scenario);
  viewer.scene.requestRender();
  return shown[0];
}

function scenarioName(id) {
  if (id === 'base') return t('scenario.base');
  return state.scenarios.find(s => s.id === id)?.name ?? id;
}

function restyle() {
  for (const promise of tilesets.values()) {
    promise.then(set => { if (set.show) scene.applyStyle(set, tilesetStyle(state)); }, () => {});
  }
  clearHighlight();
  viewer.scene.requestRender();
}

function renderScenarioOptions() {
  const select = $('scenario');
  select.replaceChildren(...state.scenarios.map(s => new Option(scenarioName(s.id), s.id, false, s.id === state.scenario)));
  $('compare-field').hidden = state.scenarios.length < 2;
}

function renderResultLayers() {
  $('result-field').hidden = state.layers.length === 0;
  const select = $('result');
  select.replaceChildren(new Option(t('result.none'), ''), ...state.layers.map(l => new Option(l.name ?? l.id, l.id, false, l.id === state.layer?.id)));
  const legend = $('legend');
  legend.replaceChildren();
  if (!state.layer) return;
  const number = new Intl.NumberFormat(language() === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 });
  for (const c of legendClasses(state.layer)) {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = c.color;
    item.append(swatch, `${number.format(c.from)} – ${number.format(c.to)} ${state.layer.unit ?? ''}`.trim());
    legend.append(item);
  }
}

function renderTime() {
  const h = Math.floor(state.hour), m = Math.round((state.hour - h) * 60);
  $('hour-text').value = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  $('date').value = state.date;
  scene.setTime(viewer, amsterdamTime(state.date, state.hour));
}

function clearHighlight() {
  if (picked) {
    try { picked.feature.color = picked.color; } catch { /* its tile was unloaded */ }
  }
  picked = null;
}

function showFeature(pick) {
  clearHighlight();
  if (!scene.isTileFeature(pick)) {
    $('panel').hidden = true;
    viewer.scene.requestRender();
    return;
  }
  const properties = featureProperties(pick);
  if (properties.kind === 'ground') return; // the ground is no object to tell about
  picked = { feature: pick, color: pick.color.clone(), properties };
  pick.color = scene.highlight;
  renderAttributes($('panel-body'), properties);
  $('panel').hidden = false;
  viewer.scene.requestRender();
}

function renderTexts() {
  applyTranslations();
  renderScenarioOptions();
  renderResultLayers();
  if (picked) renderAttributes($('panel-body'), picked.properties);
  relabelAll();
  $('split-left').textContent = scenarioName('base');
  $('split-right').textContent = scenarioName(state.scenario);
}

function wireControls() {
  $('scenario').addEventListener('change', e => { changeScenario(e.target.value).catch(reportError); });
  $('compare').addEventListener('change', e => { state.compare = e.target.checked; showScenario().catch(reportError); });
  for (const box of document.querySelectorAll('[data-kind]')) {
    box.addEventListener('change', () => {
      state.visible[box.dataset.kind] = box.checked;
      if (box.dataset.kind === 'sensor') showLabels(box.checked);
      restyle();
    });
  }
  $('result').addEventListener('change', e => {
    state.layer = state.layers.find(l => l.id === e.target.value) ?? null;
    renderResultLayers();
    showScenario().catch(reportError);
  });
  $('date').addEventListener('change', e => { if (e.target.value) { state.date = e.target.value; renderTime(); } });
  $('hour').addEventListener('input', e => { state.hour = Number(e.target.value); renderTime(); });
  $('today').addEventListener('click', () => { state.date = todayInAmsterdam(); renderTime(); });
  $('home').addEventListener('click', () => scene.flyHome(viewer, state.groundHeight, 1.5));
  $('language').addEventListener('click', () => {
    setLanguage(language() === 'nl' ? 'en' : 'nl');
    localStorage.setItem('twin.language', language());
    renderTexts();
  });
  $('panel-close').addEventListener('click', () => showFeature(null));
  document.addEventListener('keydown', e => { if (e.key === 'Escape') showFeature(null); });
  scene.onFeatureClick(viewer, showFeature);
  wireSplit();
}

function wireSplit() {
  const handle = $('split');
  const place = position => {
    state.split = Math.min(0.95, Math.max(0.05, position));
    handle.style.left = `${state.split * 100}%`;
    handle.setAttribute('aria-valuenow', String(Math.round(state.split * 100)));
    viewer.scene.splitPosition = state.split;
    viewer.scene.requestRender();
  };
  handle.addEventListener('pointerdown', e => handle.setPointerCapture(e.pointerId));
  handle.addEventListener('pointermove', e => {
    if (handle.hasPointerCapture(e.pointerId)) place(e.clientX / window.innerWidth);
  });
  handle.addEventListener('keydown', e => {
    const step = { ArrowLeft: -0.05, ArrowRight: 0.05 }[e.key];
    if (step) { place(state.split + step); e.preventDefault(); }
  });
}

function reportError(error) {
  const status = $('status');
  status.hidden = false;
  status.classList.add('error');
  status.textContent = `${t('app.loadFailed')} ${error?.message ?? ''}`.trim();
  console.error(error);
}

async function start() {
  setLanguage(params.get('lang') ?? localStorage.getItem('twin.language') ?? 'nl');
  state.hour = Number($('hour').value);
  applyTranslations();
  wireControls();
  renderTime();
  scene.flyHome(viewer);

  state.scenarios = await fetchScenarios();
  renderScenarioOptions();
  const first = await showScenario();
  state.groundHeight = scene.groundHeight(first);
  state.layers = Array.isArray(first.extras?.layers) ? first.extras.layers : [];
  state.baseLayers = state.layers;
  renderResultLayers();
  scene.flyHome(viewer, state.groundHeight);
  await scene.whenLoaded(viewer, first);
  $('status').hidden = true;
  live = startLive(viewer, sensorId => {
    const section = document.querySelector('[data-live-values]');
    if (section && section.dataset.liveValues === sensorId) renderLive(section);
  });
  await live;
}

let live = null;

const ready = start();
ready.catch(reportError);

// For the browser tests: the viewer, a promise that settles once the first tiles are in, and what
// a click at a canvas point (CSS pixels) would pick. Users never see it.
window.twinViewer = {
  viewer,
  ready,
  state,
  // Settles once the sensor labels have their first values.
  live: () => live,
  labelTexts,
  pickAt(x, y) {
    const pick = viewer.scene.pick(scene.canvasPoint(x, y));
    return scene.isTileFeature(pick) ? featureProperties(pick) : null;
  },
};
