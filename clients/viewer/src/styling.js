// Tileset styles from the viewer's state: which kinds show, a translucent ground when the
// underground is on, and the colours of a result layer with its legend.

export const kinds = ['building', 'tree', 'street', 'utility', 'sensor'];

// Sequential, colour-blind safe (viridis) classes, low to high.
const ramp = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'];

/**
 * The legend's classes of a result layer: [{ from, to, color }], from the layer's min/max (default
 * 0..1) and the server's colour stops (the tiles carry those colours), else a viridis ramp.
 */
export function legendClasses(layer) {
  const min = Number.isFinite(layer.min) ? layer.min : 0;
  const max = Number.isFinite(layer.max) ? layer.max : 1;
  const colors = Array.isArray(layer.stops) && layer.stops.length > 1 ? layer.stops : ramp;
  const step = (max - min) / colors.length;
  return colors.map((color, i) => ({ from: min + i * step, to: min + (i + 1) * step, color }));
}

/**
 * A Cesium3DTileStyle JSON. `visible` maps kind -> boolean; `layer` is the chosen result layer or
 * null. A result layer's value is read from the feature property named after the layer's id,
 * which the server adds to the content when the tileset URL carries ?layer=ID.
 */
export function tilesetStyle({ visible, layer }) {
  const hidden = kinds.filter(kind => !visible[kind]).map(kind => `\${kind} !== '${kind}'`);
  const conditions = [];
  // Translucent ground lets the cables and pipes below it show through.
  conditions.push(["${kind} === 'ground'", visible.utility ? "color('white', 0.35)" : "color('white')"]);
  if (layer && Array.isArray(layer.stops)) {
    // The server coloured the features by the layer (grey where there is no value): show them as they are.
    conditions.push(['true', "color('white')"]);
  } else if (layer) {
    const value = `\${feature['${(layer.property ?? layer.id).replace(/'/g, '')}']}`;
    conditions.push([`${value} === undefined`, "color('white')"]);
    const classes = legendClasses(layer);
    for (let i = classes.length - 1; i > 0; i--) conditions.push([`${value} >= ${classes[i].from}`, `color('${classes[i].color}')`]);
    conditions.push(['true', `color('${classes[0].color}')`]);
  } else {
    conditions.push(['true', "color('white')"]);
  }
  return { show: hidden.length ? hidden.join(' && ') : 'true', color: { conditions } };
}
