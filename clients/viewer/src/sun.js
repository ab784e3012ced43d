// Date and local hour in Hilversum (Europe/Amsterdam, CET/CEST) to an instant, for the sun's position.

const zone = 'Europe/Amsterdam';
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
});

// Minutes the zone is ahead of UTC at the given instant (60 in winter, 120 in summer).
function offsetMinutes(utcMillis) {
  const p = Object.fromEntries(parts.formatToParts(new Date(utcMillis)).map(x => [x.type, x.value]));
  const local = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute);
  return Math.round((local - Math.floor(utcMillis / 60000) * 60000) / 60000);
}

/**
 * The instant at which the clock in Hilversum shows `isoDate` (YYYY-MM-DD) and `hour` (may be
 * fractional). Around the switch to summer time a missing hour maps to the hour after it.
 */
export function amsterdamTime(isoDate, hour) {
  const [year, month, day] = isoDate.split('-').map(Number);
  const wall = Date.UTC(year, month - 1, day) + Math.round(hour * 60) * 60000;
  let utc = wall - offsetMinutes(wall) * 60000;
  utc = wall - offsetMinutes(utc) * 60000;
  return new Date(utc);
}

/** Today's date in Hilversum as YYYY-MM-DD. */
export function todayInAmsterdam(now = new Date()) {
  const p = Object.fromEntries(parts.formatToParts(now).map(x => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}
