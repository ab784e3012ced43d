// The Cesium scene: no ion, no internet imagery, no globe (our tiles carry their own ground),
// sun shadows, and the opening view on the Stationsgebied.
import * as Cesium from './cesium/index.js';

// Hilversum station; the height is a first guess (NAP + geoid) until the tileset says better.
export const station = { lon: 5.1816, lat: 52.2262, height: 45 };

export function createViewer(container) {
  Cesium.Ion.defaultAccessToken = '';
  const viewer = new Cesium.Viewer(container, {
    baseLayer: false,
    terrainProvider: undefined,
    geocoder: false,
    baseLayerPicker: false,
    homeButton: false,
    sceneModePicker: false,
    navigationHelpButton: false,
    animation: false,
    timeline: false,
    fullscreenButton: false,
    infoBox: false,
    selectionIndicator: false,
    creditContainer: document.createElement('div'),
    shadows: true,
    requestRenderMode: true,
    maximumRenderTimeChange: Infinity,
  });
  const scene = viewer.scene;
  scene.globe.show = false;
  // Without a globe the atmosphere and star box draw black space above the horizon; a plain
  // daylight sky reads better on a projector.
  scene.skyAtmosphere.show = false;
  scene.skyBox.show = false;
  scene.backgroundColor = Cesium.Color.fromCssColorString('#b9d3ea');
  scene.light = new Cesium.SunLight();
  scene.screenSpaceCameraController.enableCollisionDetection = false;
  // Hard shadows from a large map over a short distance: soft shadows and a longer reach showed
  // acne stripes on every wall.
  viewer.shadowMap.softShadows = false;
  viewer.shadowMap.size = 4096;
  viewer.shadowMap.maximumDistance = 1000;
  viewer.clock.shouldAnimate = false;
  return viewer;
}

/** An oblique view from the south-west, some 600 m from the station. */
export function flyHome(viewer, height = station.height, duration = 0) {
  const target = Cesium.Cartesian3.fromDegrees(station.lon, station.lat, height);
  const offset = new Cesium.HeadingPitchRange(Cesium.Math.toRadians(45), Cesium.Math.toRadians(-33), 620);
  viewer.camera.flyToBoundingSphere(new Cesium.BoundingSphere(target, 1), { offset, duration });
}

/** The ground height of a tileset: the bottom of its root bounding region, else the first guess. */
export function groundHeight(tileset) {
  const region = tileset.root?.boundingVolume?.rectangle ? tileset.root.boundingVolume : null;
  if (region && Number.isFinite(region.minimumHeight)) return region.minimumHeight;
  return station.height;
}

export async function loadTileset(viewer, url) {
  const tileset = await Cesium.Cesium3DTileset.fromUrl(url, {
    shadows: Cesium.ShadowMode.ENABLED,
    maximumScreenSpaceError: 8,
  });
  viewer.scene.primitives.add(tileset);
  return tileset;
}

/** Resolves once the tileset's first tiles for the view are in (or after `timeoutMs`, if given). */
export function whenLoaded(viewer, tileset, timeoutMs) {
  return new Promise(resolve => {
    if (tileset.tilesLoaded) return resolve();
    tileset.initialTilesLoaded.addEventListener(resolve);
    viewer.scene.requestRender();
    if (timeoutMs) setTimeout(resolve, timeoutMs);
  });
}

export function setSplit(tileset, side) {
  tileset.splitDirection = side === 'left' ? Cesium.SplitDirection.LEFT
    : side === 'right' ? Cesium.SplitDirection.RIGHT : Cesium.SplitDirection.NONE;
}

export function setTime(viewer, date) {
  viewer.clock.currentTime = Cesium.JulianDate.fromDate(date);
  viewer.scene.requestRender();
}

export function applyStyle(tileset, styleJson) {
  tileset.style = new Cesium.Cesium3DTileStyle(styleJson);
}

/** Calls `onPick(properties | null)` on a left click: the properties of the picked tile feature. */
export function onFeatureClick(viewer, onPick) {
  const handler = new Cesium.ScreenSpaceEventHandler(viewer.scene.canvas);
  handler.setInputAction(click => onPick(viewer.scene.pick(click.position)), Cesium.ScreenSpaceEventType.LEFT_CLICK);
}

export function canvasPoint(x, y) {
  return new Cesium.Cartesian2(x, y);
}

export function isTileFeature(picked) {
  return picked instanceof Cesium.Cesium3DTileFeature;
}

export const highlight = Cesium.Color.fromCssColorString('#ffd400');
