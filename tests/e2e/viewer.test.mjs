// The web viewer in a real browser against a real silo: tiles load, a click on a building shows
// its id in the attribute panel, nothing is logged as an error, and the canvas is not blank.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { baselineTileset, outputDir, silo, stopSilo } from './support/silo.mjs';
import { collectErrors, openBrowser } from './support/browser.mjs';

const loadTimeoutMs = 120_000;
let browser, page, errors, tiles;

before(async () => {
  const { address } = await silo();
  tiles = await baselineTileset();
  browser = await openBrowser();
  page = browser.page;
  errors = collectErrors(page);
  const url = new URL(address);
  await page.goto(url.href);
  await page.waitForFunction(() => window.twinViewer, null, { timeout: loadTimeoutMs });
  await page.evaluate(() => window.twinViewer.ready);
});

after(async () => {
  await browser?.close();
  await stopSilo();
});

test('viewer opens on the station area with its tiles loaded and no errors', async t => {
  const view = await page.evaluate(() => {
    const { viewer } = window.twinViewer;
    const c = viewer.camera.positionCartographic;
    return { lon: c.longitude * 180 / Math.PI, lat: c.latitude * 180 / Math.PI, globe: viewer.scene.globe.show, layers: viewer.imageryLayers.length };
  });
  assert.equal(view.globe, false, 'the globe is hidden: the tiles carry their own ground');
  assert.equal(view.layers, 0, 'no internet imagery');
  // South-west of the station (52.2262 N, 5.1816 E).
  assert.ok(view.lat < 52.2262 && view.lon < 5.1816, `camera at ${view.lat}, ${view.lon}`);
  assert.deepEqual(errors, []);
});

test('clicking a building shows its id in the attribute panel', async () => {
  const target = await findFeature(page, 'building');
  assert.ok(target, 'no point on screen picks a building');
  await page.mouse.click(target.x, target.y);
  const panel = page.locator('#panel');
  await panel.waitFor({ state: 'visible', timeout: 10_000 });
  assert.equal(await panel.locator('[data-feature-id]').textContent(), target.id);
  assert.match(await panel.textContent(), /Gebruik|Hoogte|Bouwjaar/, 'Dutch labels');
  assert.deepEqual(errors, []);
});

test('the language switch turns the panel English', async () => {
  await page.locator('#language').click();
  const panel = page.locator('#panel');
  assert.match(await panel.textContent(), /Height|Use|Year built/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.locator('#language').click();
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
});

test('sensor markers carry live values: the Snelliuslaan camera its V85, marked simulated', async () => {
  await page.evaluate(() => window.twinViewer.live());
  const labels = await page.evaluate(() => window.twinViewer.labelTexts());
  assert.match(labels['sensor-traffic-01'] ?? '', /V85 \d+ km\/u · \d+% > 30/);
  assert.match(labels['sensor-traffic-01'], /\(gesimuleerd\)/);
  assert.match(labels['sensor-air-01'] ?? '', /NO₂ \d+ µg\/m³/);
  assert.deepEqual(errors, []);
});

test('a reading posted to the server reaches its marker live, below the privacy threshold as <10', async () => {
  const { address } = await silo();
  const time = new Date().toISOString();
  const response = await fetch(new URL('api/v1/readings', address), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ readings: [{ sensorId: 'sensor-crowd-01', time, quantity: 'visitor_count', value: 4 }] }),
  });
  assert.equal(response.status, 200);
  assert.equal((await response.json()).stored, 1);
  await page.waitForFunction(() => /<10 bezoekers/.test(window.twinViewer.labelTexts()['sensor-crowd-01'] ?? ''), null, { timeout: 15_000 });
  assert.deepEqual(errors, []);
});

test('the example plan offers NO2 per street and sun hours per facade as result layers', async () => {
  await page.selectOption('#scenario', 'voorbeeldplan');
  await page.waitForSelector('#result option[value="sun-hours-change"]', { state: 'attached', timeout: 60_000 });
  const options = await page.$$eval('#result option', all => all.map(o => o.value));
  for (const id of ['no2', 'sun-hours', 'sun-hours-change', 'vc', 'delta-flow']) {
    assert.ok(options.includes(id), `result layer ${id} offered for the plan (got ${options.join(', ')})`);
  }
  await page.selectOption('#result', 'sun-hours');
  await page.waitForFunction(() => document.querySelectorAll('#legend li').length > 0, null, { timeout: 30_000 });
  assert.match(await page.locator('#legend').textContent(), /h/, 'legend in hours');
  await page.selectOption('#result', 'no2');
  await page.waitForFunction(() => /µg\/m³/.test(document.querySelector('#legend').textContent), null, { timeout: 30_000 });
  await page.waitForTimeout(3_000);
  mkdirSync(outputDir, { recursive: true });
  await page.screenshot({ path: join(outputDir, 'viewer-no2.png') });
  assert.deepEqual(errors, []);
  // Back to today without a layer for the tests that follow.
  await page.selectOption('#result', '');
  await page.selectOption('#scenario', 'base');
  await page.waitForTimeout(2_000);
});

test('the rendered city is not a blank canvas', async () => {
  mkdirSync(outputDir, { recursive: true });
  await page.evaluate(() => new Promise(resolve => {
    const { scene } = window.twinViewer.viewer;
    scene.postRender.addEventListener(function done() { scene.postRender.removeEventListener(done); resolve(); });
    scene.requestRender();
  }));
  await page.screenshot({ path: join(outputDir, 'viewer.png') });
  // Only the 3D canvas counts: the panels' text alone would make a blank canvas look busy.
  await page.addStyleTag({ content: '.toolbar, .controls, .panel, .status, .split { visibility: hidden !important; }' });
  const png = await page.screenshot();
  const canvas = await page.locator('#map canvas').boundingBox();
  const colours = await distinctColours(page, png, canvas);
  assert.ok(colours >= 16, `only ${colours} distinct colours on the canvas: blank or flat`);
  assert.deepEqual(errors, []);
});

// Looks for a canvas point not covered by the UI whose pick is a feature of `kind`: rings around the
// centre first (the view opens on the station, where the buildings are), coarse steps, since every
// pick renders the scene once in software.
function findFeature(page, kind) {
  return page.evaluate(kind => {
    const canvas = window.twinViewer.viewer.scene.canvas;
    const box = canvas.getBoundingClientRect();
    const cx = box.left + box.width / 2, cy = box.top + box.height / 2;
    const step = 24;
    for (let ring = 0; ring * step < Math.max(box.width, box.height) / 2; ring++) {
      for (let dy = -ring; dy <= ring; dy++) {
        for (let dx = -ring; dx <= ring; dx++) {
          if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
          const x = cx + dx * step, y = cy + dy * step;
          if (x < box.left || x >= box.right || y < box.top || y >= box.bottom) continue;
          if (document.elementFromPoint(x, y) !== canvas) continue;
          const properties = window.twinViewer.pickAt(x - box.left, y - box.top);
          if (properties?.kind === kind) return { x, y, id: String(properties.id) };
        }
      }
    }
    return null;
  }, kind);
}

// Decodes the screenshot in the page (no PNG decoder needed here) and counts distinct colours
// over a sample of pixels inside the canvas area.
function distinctColours(page, png, area) {
  return page.evaluate(async ({ data, area }) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const seen = new Set();
    for (let y = Math.ceil(area.y); y < area.y + area.height; y += 7) {
      for (let x = Math.ceil(area.x); x < area.x + area.width; x += 7) {
        const i = (y * bitmap.width + x) * 4;
        seen.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
      }
    }
    return seen.size;
  }, { data: png.toString('base64'), area });
}
