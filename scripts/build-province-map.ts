/**
 * Builds the web map of the 34 provinces (web/src/generated/province-map.json) from
 * ../shared/data/vn-admin/provinces-2025.geojson: each province as one SVG path, projected
 * equirectangularly (longitude scaled by cos 16°N), simplified (Douglas–Peucker, ~1.5 km) and
 * rounded, so the whole map is a few dozen kilobytes. Run: `npx tsx scripts/build-province-map.ts`.
 * The geometry's origin and its unclear licence are in seed/admin-units/SOURCES.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Ring = [number, number][];
interface Feature {
  properties: { code: string; name: string; fullName: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

const src =
  process.argv[2] ??
  join(import.meta.dirname, '..', '..', 'shared', 'data', 'vn-admin', 'provinces-2025.geojson');
const out = join(import.meta.dirname, '..', 'web', 'src', 'generated', 'province-map.json');
const SCALE = 100; // SVG units per degree of latitude
const K = Math.cos((16 * Math.PI) / 180);
const TOLERANCE = 0.015; // degrees

function simplify(points: Ring, tol: number): Ring {
  if (points.length < 4) return points;
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = points[a]!;
    const [bx, by] = points[b]!;
    let worst = -1;
    let dist = 0;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i]!;
      const len = Math.hypot(bx - ax, by - ay) || 1e-12;
      const d = Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
      if (d > dist) [dist, worst] = [d, i];
    }
    if (worst > 0 && dist > tol) {
      keep[worst] = true;
      stack.push([a, worst], [worst, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** A closed ring simplified as two open halves, split at the point farthest from its start. */
function simplifyRing(ring: Ring, tol: number): Ring {
  const [sx, sy] = ring[0]!;
  let far = 0;
  ring.forEach(([x, y], i) => {
    if (Math.hypot(x - sx, y - sy) > Math.hypot(ring[far]![0] - sx, ring[far]![1] - sy)) far = i;
  });
  if (far === 0) return ring;
  return [...simplify(ring.slice(0, far + 1), tol).slice(0, -1), ...simplify(ring.slice(far), tol)];
}

const data = JSON.parse(readFileSync(src, 'utf8')) as { features: Feature[] };
let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
const project = ([lon, lat]: [number, number]): [number, number] => [lon * K * SCALE, -lat * SCALE];
for (const f of data.features) {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const ring of polys.flat())
    for (const p of ring) {
      const [x, y] = project(p);
      [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
    }
}
const provinces = data.features.map((f) => {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const d = polys
    .flat()
    .map((ring) => simplifyRing(ring, TOLERANCE))
    .filter((ring) => ring.length >= 4)
    .map(
      (ring) =>
        'M' +
        ring
          .map(project)
          .map(([x, y]) => `${(x - minX).toFixed(1)} ${(y - minY).toFixed(1)}`)
          .join('L') +
        'Z',
    )
    .join('');
  return { code: f.properties.code, name: f.properties.fullName, d };
});
const map = { viewBox: `0 0 ${(maxX - minX).toFixed(0)} ${(maxY - minY).toFixed(0)}`, provinces };
writeFileSync(out, `${JSON.stringify(map)}\n`);
console.log(`${provinces.length} provinces, ${JSON.stringify(map).length} bytes → ${out}`);
