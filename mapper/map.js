/* mapper map page. Inlined by mapper/render.py (folium elements) after Leaflet 1.9.4.
 *
 * Defines window.mapper.claims(map, dataId) for render.ClaimsLayer and
 * window.mapper.geography(dataId) for render.Geography. The claims come from a
 * JSON script element (see render.encode_claims for the columnar layout);
 * claims() draws on the given Leaflet map:
 *   - point claims as markers on one canvas: fill = date (viridis over the claims' date range),
 *     ring colour and shape = claimant (a hue family per side, shades and shapes within it), dark
 *     halo = claim of a contested incident;
 *   - the uncertainty of point claims as dotted circles, only where wider than the marker;
 *   - claims known only to a district, region or corridor as dashed outlines without fill (the
 *     radius is the uncertainty), on a canvas below the markers;
 *   - gazetteer places as dots with labels (both languages; towns first, areas last);
 *   - a panel: time window, unknown-date switch, claimant and side toggles, both legends, and the
 *     list of unlocated claims.
 * geography() returns a base layer of Natural Earth land, water and borders.
 *
 * Security: every string in the data is untrusted. It reaches the page only as textContent,
 * through createElement, or as an href after an http/https check. Leaflet treats *string*
 * popup / divIcon content as HTML, so we only ever hand it DOM nodes. No innerHTML, no eval.
 *
 * Speed: claims are typed arrays, not Leaflet layers; two L.Canvas subclasses (ArrayCanvas)
 * repaint them whole by compositing sprites into an ImageData, and a filter change recomputes a
 * `shown` flag per claim and redraws once. Claims at one position get fixed pixel offsets
 * (ring, then sunflower spiral) over the claims currently shown, so none hides another.
 * Click and hover hit-testing is done here, on the arrays, so that stacked canvases do not
 * swallow each other's clicks and one click lists every claim under the mouse. Leaflet
 * internals used (pinned 1.9.4): renderer._ctx/_container/_bounds/_redraw/_draw; our own
 * renderer fields start with _mp.
 */
(function () {
  'use strict';
  const mapper = (window.mapper = window.mapper || {});

  const TAU = Math.PI * 2;
  const DAY_MS = 86400000;
  const MARKER_R = 8; // px: the date fills the marker, a 2.5 px ring in the claimant's colour
  const VIRIDIS = ['#440154', '#482878', '#3e4989', '#31688e', '#26828e',
    '#1f9e89', '#35b779', '#6ece58', '#b5de2b', '#fde725'];
  const UNKNOWN_FILL = '#d0d0d0';
  const MAX_CARDS = 25; // claims per popup
  // Claims spread around one place, each on its own spot; the rest share the last spot, with
  // their count on it: a thousand claims at a village would spread over tens of km.
  const MAX_SPREAD = 40;
  const MAX_UNLOCATED = 200; // entries listed in the panel
  const MAX_LABELS = 300; // gazetteer labels drawn at once
  const MAJOR = new Set(['town', 'city']); // labelled first, in bold, from zoom 7
  const AREAS = new Set(['district', 'region', 'corridor', 'country']); // labelled last, in italics

  // Leaflet's default marker icon (for a user's own folium markers) is the data URI of the
  // inlined CSS; Leaflet's own path detection would ask for a file next to the page. No shadow.
  let defaultIcon;
  L.Icon.Default.include({
    _getIconUrl(name) {
      if (name !== 'icon') return null;
      if (defaultIcon === undefined) {
        const probe = L.DomUtil.create('div', 'leaflet-default-icon-path', document.body);
        const match = /^url\((['"])?(.+)\1\)$/.exec(getComputedStyle(probe).backgroundImage);
        probe.remove();
        defaultIcon = match ? match[2] : null;
      }
      return defaultIcon;
    },
  });

  /* ---- DOM helpers: text only -------------------------------------------------------- */
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  /* ---- marker look: shape (claimant, within a side), ring (claimant), fill (date) --------- */
  function shapePath(ctx, shape, x, y, r) {
    ctx.beginPath();
    if (shape === 'square') {
      const a = r * 0.88;
      ctx.rect(x - a, y - a, 2 * a, 2 * a);
    } else if (shape === 'diamond') {
      const a = r * 1.2;
      ctx.moveTo(x, y - a); ctx.lineTo(x + a, y); ctx.lineTo(x, y + a); ctx.lineTo(x - a, y); ctx.closePath();
    } else if (shape === 'triangle' || shape === 'triangle-down') {
      const a = r * 1.3;
      const s = shape === 'triangle' ? 1 : -1;
      ctx.moveTo(x, y - s * a); ctx.lineTo(x + a * 0.95, y + s * a * 0.62);
      ctx.lineTo(x - a * 0.95, y + s * a * 0.62); ctx.closePath();
    } else if (shape === 'hexagon') {
      for (let k = 0; k < 6; k++) {
        const t = (Math.PI / 3) * k;
        ctx[k ? 'lineTo' : 'moveTo'](x + r * 1.05 * Math.cos(t), y + r * 1.05 * Math.sin(t));
      }
      ctx.closePath();
    } else {
      ctx.arc(x, y, r, 0, TAU);
    }
  }
  function drawMarker(ctx, p, r, shape, ring, fill, isContested) {
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
    if (isContested) { // a dark halo around the whole marker
      shapePath(ctx, shape, p.x, p.y, r + 2.5);
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = '#111';
      ctx.stroke();
    }
    shapePath(ctx, shape, p.x, p.y, r - 1.25); // fill: date, the whole marker
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.lineWidth = 2.5; // ring: claimant
    ctx.strokeStyle = ring;
    ctx.stroke();
    shapePath(ctx, shape, p.x, p.y, r); // thin dark edge: the marker stands out on any fill
    ctx.lineWidth = 0.8;
    ctx.strokeStyle = 'rgba(0,0,0,0.75)';
    ctx.stroke();
  }
  // A legend swatch: the marker itself, painted on a small canvas.
  function swatch(ring, fill, kind, shape) {
    const c = document.createElement('canvas');
    const m = window.devicePixelRatio || 1;
    const size = 2 * (MARKER_R + 4);
    c.width = c.height = size * m;
    c.style.width = c.style.height = size + 'px';
    c.className = 'sw';
    const ctx = c.getContext('2d');
    ctx.scale(m, m);
    const centre = { x: size / 2, y: size / 2 };
    if (kind === 'area' || kind === 'uncertainty') {
      ctx.beginPath();
      ctx.arc(centre.x, centre.y, MARKER_R + 2, 0, TAU);
      ctx.setLineDash(kind === 'area' ? [5, 3] : [2, 2]);
      ctx.lineWidth = kind === 'area' ? 2 : 1;
      ctx.strokeStyle = ring;
      ctx.stroke();
    } else {
      drawMarker(ctx, centre, MARKER_R - 2, shape || 'circle', ring, fill, kind === 'contested');
    }
    return c;
  }

  // The claims layer (render.ClaimsLayer): draws the claims of the JSON element `dataId` on `map`.
  mapper.claims = function (map, dataId) {
  const timings = { start: performance.now() }; // ms since navigation, per stage
  const data = JSON.parse(document.getElementById(dataId).textContent);
  timings.parsed = performance.now();
  const n = data.ids.length;

  /* ---- data access ------------------------------------------------------------------- */
  const F = {}; // group -> field -> position in the group's tuples
  for (const g of Object.keys(data.fields)) {
    F[g] = {};
    data.fields[g].forEach((name, k) => { F[g][name] = k; });
  }
  function tuple(g, i) {
    const col = data.columns[g];
    return data.tables[g][typeof col === 'number' ? col : col[i]];
  }
  function get(i, g, name) { return tuple(g, i)[F[g][name]]; }
  function str(v) { return v === null || v === undefined ? '' : String(v); }
  function iso(day) { return new Date(day * DAY_MS).toISOString().slice(0, 10); }
  function truthy(v) { return v === true || v === 1 || v === 'true'; }


  /* ---- colours ----------------------------------------------------------------------- */
  const RAMP = VIRIDIS.map((h) => [1, 3, 5].map((k) => parseInt(h.slice(k, k + 2), 16)));
  function ramp(t) { // 64 steps: plenty for the eye, and few distinct marker sprites
    const x = (Math.round(Math.min(Math.max(t, 0), 1) * 64) / 64) * (RAMP.length - 1);
    const k = Math.min(Math.floor(x), RAMP.length - 2);
    const f = x - k;
    const c = RAMP[k].map((a, j) => Math.round(a + (RAMP[k + 1][j] - a) * f));
    return 'rgb(' + c.join(',') + ')';
  }
  const range = data.range; // [first day, last day] or null
  function dayColor(day) {
    if (!range) return UNKNOWN_FILL;
    return ramp(range[1] > range[0] ? (day - range[0]) / (range[1] - range[0]) : 0.5);
  }
  // One colour per distinct date tuple, by the midpoint of its range.
  const dateFill = data.tables.date.map((t) => {
    const a = t[F.date._day0];
    return a === null ? UNKNOWN_FILL : dayColor((a + t[F.date._day1]) / 2);
  });

  /* ---- per-claim arrays -------------------------------------------------------------- */
  const legend = data.claimants; // [key, name, side, colour, count, inTable]
  const sides = data.sides; // [code, label, count]
  const sideIndex = new Map(sides.map((s, k) => [s[0], k])); // Maps: data strings never hit a prototype
  const day0 = new Float64Array(n);
  const day1 = new Float64Array(n);
  const legendOf = new Int32Array(n);
  const sideOf = new Int32Array(n);
  const fillOf = new Array(n);
  for (let i = 0; i < n; i++) {
    const d = tuple('date', i);
    day0[i] = d[F.date._day0] === null ? NaN : d[F.date._day0];
    day1[i] = d[F.date._day1] === null ? NaN : d[F.date._day1];
    const dc = data.columns.date;
    fillOf[i] = dateFill[typeof dc === 'number' ? dc : dc[i]];
    const c = tuple('claimant', i);
    legendOf[i] = c[F.claimant._legend];
    sideOf[i] = sideIndex.get(c[F.claimant._side]);
  }
  let incidents = null; // incident id -> claim indices, made when a card first needs it
  function claimsOf(inc) {
    if (!incidents) {
      incidents = new Map();
      for (let i = 0; i < n; i++) {
        const id = str(get(i, 'incident', 'incident_id'));
        if (!id) continue;
        if (!incidents.has(id)) incidents.set(id, []);
        incidents.get(id).push(i);
      }
    }
    return incidents.get(inc) || [];
  }
  function sideLabel(i) { return sides[sideOf[i]][1]; }
  function contested(i) { return truthy(get(i, 'incident', 'contested')); }

  /* ---- map, panes, base layers ------------------------------------------------------- */
  timings.arrays = performance.now();
  map.getContainer().classList.add('mapper-map');
  map.getContainer().setAttribute('aria-label', 'Map of claimed incidents');
  const narrow = map.getSize().x < 600; // a phone's width: the panel starts folded
  map.attributionControl.setPrefix('Leaflet');
  function pane(name, z) {
    const p = map.getPane(name) || map.createPane(name);
    p.style.zIndex = z;
    return p;
  }
  pane('mapper-places', 360);
  pane('mapper-areas', 370);
  pane('mapper-labels', 380).style.pointerEvents = 'none';
  const placeRenderer = L.canvas({ pane: 'mapper-places' });
  L.control.scale({ imperial: false, maxWidth: 150 }).addTo(map);
  function online() { // a tile layer (asked for with --tiles) is on the map
    let found = false;
    map.eachLayer((l) => { if (l instanceof L.TileLayer) found = true; });
    return found;
  }
  // Opened offline, a map made with --tiles would show no land: when the first tiles shown have
  // all failed, the offline base takes their place (once: the viewer may choose the tiles
  // again); one tile that loads keeps them.
  map.on('layeradd', (e) => {
    const tiles = e.layer;
    if (!(tiles instanceof L.TileLayer) || tiles._mapperWatched) return;
    tiles._mapperWatched = true;
    let loaded = false;
    let failed = false;
    const ok = () => { loaded = true; };
    const error = () => { failed = true; };
    function settled() { // every tile in view has answered, loaded or failed
      tiles.off('tileload', ok).off('tileerror', error).off('load', settled);
      if (loaded || !failed || !mapper.geographyLayer) return;
      setTimeout(() => { // after the layer's own handling of its 'load'
        map.removeLayer(tiles);
        map.addLayer(mapper.geographyLayer);
      });
    }
    tiles.on('tileload', ok).on('tileerror', error).on('load', settled);
  });

  /* ---- initial view ------------------------------------------------------------------ */
  const pos = data.positions; // flat [lon, lat, ...]
  let south = 90, west = 180, north = -90, east = -180;
  function extend(lat, lon) {
    south = Math.min(south, lat); north = Math.max(north, lat);
    west = Math.min(west, lon); east = Math.max(east, lon);
  }
  // A stray point (a row's latitude and longitude swapped, far from all the others) is left
  // out of the first view, which would otherwise show mostly empty land: one farther from the
  // points' median than STRAY times their median distance from it and than STRAY_DEG degrees
  // (a region's own villages stay), among five or more. It is drawn, and listed for review,
  // all the same.
  const STRAY = 6, STRAY_DEG = 3;
  const stray = new Set();
  if (pos.length >= 10) {
    const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
    const lats = [], lons = [];
    for (let k = 0; k < pos.length; k += 2) { lons.push(pos[k]); lats.push(pos[k + 1]); }
    const mLat = median(lats), mLon = median(lons);
    const cos = Math.max(Math.cos((mLat * Math.PI) / 180), 0.01);
    const dist = lats.map((lat, j) => Math.hypot(lat - mLat, (lons[j] - mLon) * cos));
    const limit = Math.max(STRAY * median(dist), STRAY_DEG);
    dist.forEach((d, j) => { if (d > limit) stray.add(2 * j); });
    if (stray.size * 2 > dist.length) stray.clear(); // not strays: the points are spread
  }
  for (let k = 0; k < pos.length; k += 2) if (!stray.has(k)) extend(pos[k + 1], pos[k]);
  for (let i = 0; i < n; i++) { // area claims: their whole circle
    const area = data.xy[i] >= 0 && !stray.has(2 * data.xy[i]) && get(i, 'place', '_area_m');
    if (!area) continue;
    const lat = pos[2 * data.xy[i] + 1];
    const dLat = area / 111320;
    const dLon = dLat / Math.max(Math.cos((lat * Math.PI) / 180), 0.01);
    extend(lat - dLat, pos[2 * data.xy[i]] - dLon);
    extend(lat + dLat, pos[2 * data.xy[i]] + dLon);
  }
  if (south > north) data.places.forEach((p) => extend(p[2], p[3]));
  if (south > north) {
    map.setView([20, 0], 2); // nothing to show: the world (no region is assumed)
  } else {
    map.fitBounds([[south, west], [north, east]], { // beside the panel, unless it starts folded
      paddingTopLeft: [40, 40], paddingBottomRight: [narrow ? 40 : 330, 40], maxZoom: 12,
    });
  }

  /* ---- gazetteer places and their labels --------------------------------------------- */
  const placeById = new Map();
  for (const p of data.places) {
    placeById.set(p[0], p);
    if (AREAS.has(p[4])) continue; // an area has a label, not a dot
    L.circleMarker([p[2], p[3]], {
      renderer: placeRenderer, radius: MAJOR.has(p[4]) ? 3.5 : 2.5, weight: 1, color: '#555',
      fillColor: '#fff', fillOpacity: 1, interactive: false,
    }).addTo(map);
  }
  // Towns and cities first, then villages, then areas: an area's label never hides a town's.
  // A label starts right of the claims drawn around its place (extentAt: position -> px).
  const positionOf = new Map();
  for (let k = 0; k < pos.length; k += 2) positionOf.set(pos[k] + ',' + pos[k + 1], k / 2);
  const extentAt = new Map();
  const labelOrder = data.places.filter((p) => MAJOR.has(p[4]))
    .concat(data.places.filter((p) => !MAJOR.has(p[4]) && !AREAS.has(p[4])))
    .concat(data.places.filter((p) => AREAS.has(p[4])));
  const labels = L.layerGroup().addTo(map);
  const measure = document.createElement('canvas').getContext('2d');
  const fontFamily = getComputedStyle(map.getContainer()).fontFamily;
  function labelWidth(text, major) {
    measure.font = (major ? '600 12px ' : '11px ') + fontFamily;
    return measure.measureText(text).width;
  }
  function updateLabels() {
    labels.clearLayers();
    const z = map.getZoom();
    const bounds = map.getBounds();
    const boxes = []; // [x0, y0, x1, y1] of labels placed so far: no label overlaps another
    // The places of the claims shown first, from zoom 7 as towns: a reader looks for their names.
    const claimed = new Set(labelOrder.filter((p) => !AREAS.has(p[4]) &&
      extentAt.has(positionOf.get(p[3] + ',' + p[2]))));
    for (const p of [...claimed, ...labelOrder.filter((p) => !claimed.has(p))]) {
      const major = MAJOR.has(p[4]);
      const area = AREAS.has(p[4]);
      if (z < (major || area || claimed.has(p) ? 7 : 9) || !bounds.contains([p[2], p[3]])) continue;
      const pt = map.latLngToContainerPoint([p[2], p[3]]);
      const width = labelWidth(p[1], major) + 4;
      // An area's label is centred on it; a place's starts right of the claims drawn around it.
      const dx = area ? -width / 2 : Math.max(5, (extentAt.get(positionOf.get(p[3] + ',' + p[2])) || 0) + 2);
      const box = [pt.x + dx, pt.y - 8, pt.x + dx + width, pt.y + 8];
      if (boxes.some((b) => b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3])) continue;
      boxes.push(box);
      const span = el('span', 'mapper-label' + (major ? ' major' : area ? ' area' : ''), p[1]);
      L.marker([p[2], p[3]], {
        icon: L.divIcon({ html: span, className: '', iconSize: null, iconAnchor: [-dx, 8] }),
        interactive: false, keyboard: false, pane: 'mapper-labels',
      }).addTo(labels);
      if (boxes.length >= MAX_LABELS) break;
    }
  }
  map.on('moveend', updateLabels); // and once the filters are applied

  /* ---- claim layers ------------------------------------------------------------------ */
  // A claim is not a Leaflet layer but a row of typed arrays, drawn by two canvas renderers that
  // repaint everything at once: 100,000 layer objects took a second to make and the canvas API
  // another to draw. Each distinct picture (a marker look; an area outline of one colour and
  // pixel radius) is painted once with the canvas API and read back as a sprite, its
  // non-transparent pixels; a redraw composites the sprites into one ImageData in JS, which is
  // several times faster than as many drawImage calls on a software canvas (headless Chromium).
  const HALF = MARKER_R + 6; // half-size of a marker sprite, CSS px (room for the widest shape)
  const MAX_SPRITE_R = 160; // px: wider area outlines are stroked with the canvas API
  const M = L.Browser.retina ? 2 : 1; // device px per CSS px, as L.Canvas scales its canvas
  // Pixels are 32-bit words of premultiplied RGBA while compositing (0xAABBGGRR on little-endian
  // machines, i.e. every browser's), so that `source over` is a multiply and an add per pixel.
  function premultiply(v) {
    const a = v >>> 24;
    if (a === 255 || a === 0) return v;
    const f = a / 255;
    return ((a << 24) | ((((v >>> 16) & 255) * f + 0.5) << 16) | ((((v >>> 8) & 255) * f + 0.5) << 8) |
      ((v & 255) * f + 0.5)) >>> 0;
  }
  // Sprites of (2 half)² CSS px, painted side by side on one canvas and read back at once:
  // paint(ctx, k, centre) paints the k-th. A sprite is its non-transparent pixels.
  function sprites(half, count, paint) {
    const s = 2 * half * M;
    const cols = Math.max(1, Math.ceil(Math.sqrt(count)));
    const c = document.createElement('canvas');
    c.width = cols * s;
    c.height = Math.max(1, Math.ceil(count / cols)) * s;
    const ctx = c.getContext('2d', { willReadFrequently: true });
    ctx.scale(M, M);
    for (let k = 0; k < count; k++) paint(ctx, k, { x: (k % cols) * 2 * half + half, y: Math.floor(k / cols) * 2 * half + half });
    const width = c.width; // a DOM property: read once, not per pixel
    const px = new Uint32Array(ctx.getImageData(0, 0, width, c.height).data.buffer);
    const out = [];
    for (let k = 0; k < count; k++) {
      const x0 = (k % cols) * s;
      const y0 = Math.floor(k / cols) * s;
      const dx = [];
      const dy = [];
      const v = [];
      for (let y = 0; y < s; y++) {
        for (let x = 0; x < s; x++) {
          const p = px[(y0 + y) * width + x0 + x];
          if (!p) continue;
          dx.push(x - half * M);
          dy.push(y - half * M);
          v.push(premultiply(p));
        }
      }
      out.push({ dx: Int16Array.from(dx), dy: Int16Array.from(dy), v: Uint32Array.from(v), r: half * M });
    }
    return out;
  }
  // A sprite centred at device pixel (cx, cy) of a frame, over what the frame holds
  // (premultiplied `source over`, alpha in 256ths).
  function blit(frame, cx, cy, sp) {
    const { px, w, h } = frame;
    const r = sp.r;
    if (cx + r < 0 || cy + r < 0 || cx - r >= w || cy - r >= h) return;
    const { dx, dy, v } = sp;
    const inside = cx - r >= 0 && cy - r >= 0 && cx + r < w && cy + r < h;
    for (let j = 0; j < v.length; j++) {
      const x = cx + dx[j];
      const y = cy + dy[j];
      if (!inside && (x < 0 || y < 0 || x >= w || y >= h)) continue;
      const k = y * w + x;
      const s = v[j];
      const t = 256 - (s >>> 24);
      const d = px[k];
      px[k] = s + ((((d & 0x00ff00ff) * t) >>> 8) & 0x00ff00ff) + ((((d >>> 8) & 0x00ff00ff) * t) & 0xff00ff00);
    }
  }
  // The same, under what the frame holds already ('destination over'), for drawing front to back:
  // a sprite whose whole box is opaque already is skipped (see covered()).
  function blitUnder(frame, cx, cy, sp) {
    const { px, w, h } = frame;
    const r = sp.r;
    if (cx + r < 0 || cy + r < 0 || cx - r >= w || cy - r >= h) return;
    if (covered(frame, cx - r, cy - r, cx + r, cy + r)) return;
    const { dx, dy, v } = sp;
    const inside = cx - r >= 0 && cy - r >= 0 && cx + r < w && cy + r < h;
    for (let j = 0; j < v.length; j++) {
      const x = cx + dx[j];
      const y = cy + dy[j];
      if (!inside && (x < 0 || y < 0 || x >= w || y >= h)) continue;
      const k = y * w + x;
      const d = px[k];
      if (d === 0) { px[k] = v[j]; continue; }
      const t = 256 - (d >>> 24);
      if (t === 1) continue; // opaque already
      const s = v[j];
      px[k] = d + ((((s & 0x00ff00ff) * t) >>> 8) & 0x00ff00ff) + ((((s >>> 8) & 0x00ff00ff) * t) & 0xff00ff00);
    }
  }
  // Whether every pixel of the cells (CELL² device px) that meet a box is opaque. A cell found
  // opaque is remembered for the rest of the frame; a cell is scanned only up to its first
  // pixel that is not.
  const CELL = 8;
  function covered(frame, x0, y0, x1, y1) {
    const { px, w, h, full, cols } = frame;
    const c0 = Math.max(0, Math.floor(x0 / CELL));
    const c1 = Math.min(cols - 1, Math.floor(x1 / CELL));
    const r0 = Math.max(0, Math.floor(y0 / CELL));
    const r1 = Math.min(Math.ceil(h / CELL) - 1, Math.floor(y1 / CELL));
    for (let row = r0; row <= r1; row++) {
      for (let col = c0; col <= c1; col++) {
        if (full[row * cols + col]) continue;
        const yEnd = Math.min(h, (row + 1) * CELL);
        const xEnd = Math.min(w, (col + 1) * CELL);
        for (let y = row * CELL; y < yEnd; y++) {
          for (let x = col * CELL; x < xEnd; x++) if (px[y * w + x] >>> 24 !== 255) return false;
        }
        full[row * cols + col] = 1;
      }
    }
    return true;
  }
  function frameOf(renderer) { // a cleared frame the size of the renderer's canvas
    const c = renderer._container;
    let f = renderer._mpFrame;
    if (!f || f.w !== c.width || f.h !== c.height) {
      const img = new ImageData(Math.max(c.width, 1), Math.max(c.height, 1));
      const cols = Math.ceil(img.width / CELL);
      f = renderer._mpFrame = { img, px: new Uint32Array(img.data.buffer), w: img.width, h: img.height,
        cols, full: new Uint8Array(cols * Math.ceil(img.height / CELL)) };
    } else {
      f.px.fill(0);
      f.full.fill(0);
    }
    f.x0 = renderer._bounds.min.x; // layer point of the canvas's top-left pixel
    f.y0 = renderer._bounds.min.y;
    return f;
  }
  function put(renderer, f) { // back to the straight alpha of ImageData, onto the canvas
    const px = f.px;
    for (let k = 0; k < px.length; k++) {
      const v = px[k];
      const a = v >>> 24;
      if (a === 255 || a === 0) continue;
      const g = 255 / a;
      px[k] = ((a << 24) | (Math.min(255, ((v >>> 16) & 255) * g + 0.5) << 16) |
        (Math.min(255, ((v >>> 8) & 255) * g + 0.5) << 8) | Math.min(255, (v & 255) * g + 0.5)) >>> 0;
    }
    renderer._ctx.putImageData(f.img, 0, 0);
  }
  // A renderer of our own arrays: each redraw repaints the whole canvas with paint(renderer).
  const ArrayCanvas = L.Canvas.extend({
    _draw() { this._ctx.save(); this.options.paint(this); this._ctx.restore(); },
  });

  // Marker looks (shape, ring, fill, contested), numbered as met; their sprites made at once.
  const looks = new Map(); // 'shape|ring|fill|contested' -> look
  const lookSpecs = [];
  let lookSprites = [];
  function lookOf(shape, ring, fill, isContested) {
    const key = shape + '|' + ring + '|' + fill + '|' + (isContested ? 1 : 0);
    if (!looks.has(key)) { looks.set(key, lookSpecs.length); lookSpecs.push([shape, ring, fill, isContested]); }
    return looks.get(key);
  }
  // Area outlines by (legend row, radius in px): dashed, no fill, what lies inside stays readable.
  const AREA_STYLE = { weight: 2, opacity: 0.85, dash: [7, 5] };
  function strokeArea(ctx, c, r, colour) {
    ctx.globalAlpha = AREA_STYLE.opacity;
    ctx.setLineDash(AREA_STYLE.dash);
    ctx.lineWidth = AREA_STYLE.weight;
    ctx.lineCap = ctx.lineJoin = 'round';
    ctx.strokeStyle = colour;
    ctx.beginPath();
    ctx.arc(c.x, c.y, r, 0, TAU);
    ctx.stroke();
  }
  const areaSprites = new Map();
  function areaSprite(who, r) {
    const key = who + ':' + r;
    if (!areaSprites.has(key)) areaSprites.set(key, sprites(r + 3, 1, (ctx, k, c) => strokeArea(ctx, c, r, legend[who][3]))[0]);
    return areaSprites.get(key);
  }

  timings.places = performance.now();
  const located = []; // indices of located claims, in drawing order
  const unlocated = []; // indices of unlocated claims
  const isArea = new Uint8Array(n);
  const areaM = new Float64Array(n); // radius of an area claim, metres
  const look = new Int32Array(n); // marker look of a point claim
  const offX = new Int16Array(n); // pixel offset from the claim's position (stacks)
  const offY = new Int16Array(n);
  const stacks = new Map(); // 2 position + (1 for areas) -> claim indices, for positions shared by several
  const crowded = []; // [a claim on the shared last spot of its place, how many share it]
  const lookByNumber = new Map();
  const dc = data.columns.date;
  for (let i = 0; i < n; i++) {
    const pi = data.xy[i];
    if (pi < 0) { unlocated.push(i); continue; }
    const area = get(i, 'place', '_area_m');
    if (area) {
      isArea[i] = 1;
      areaM[i] = area;
    } else { // lookOf() memoised by (claimant, date tuple, contested) numbers
      const key = (legendOf[i] * data.tables.date.length + (typeof dc === 'number' ? dc : dc[i])) * 2 + (contested(i) ? 1 : 0);
      if (!lookByNumber.has(key)) {
        const who = legend[legendOf[i]];
        lookByNumber.set(key, lookOf(who[6], who[3], fillOf[i], contested(i)));
      }
      look[i] = lookByNumber.get(key);
    }
    const key = 2 * pi + isArea[i];
    if (!stacks.has(key)) stacks.set(key, []);
    stacks.get(key).push(i);
    located.push(i);
  }
  for (const [key, members] of stacks) if (members.length < 2) stacks.delete(key);
  lookSprites = sprites(HALF, lookSpecs.length, (ctx, k, c) => drawMarker(ctx, c, MARKER_R, ...lookSpecs[k]));
  timings.layers = performance.now();

  // Layer points of the positions, reprojected when the zoom or the pixel origin changes.
  const baseX = new Float64Array(pos.length / 2);
  const baseY = new Float64Array(pos.length / 2);
  let projectedFor = '';
  function project() {
    const o = map.getPixelOrigin();
    const key = map.getZoom() + ',' + o.x + ',' + o.y;
    if (key === projectedFor) return;
    projectedFor = key;
    for (let k = 0; k < baseX.length; k++) {
      const p = map.latLngToLayerPoint([pos[2 * k + 1], pos[2 * k]]);
      baseX[k] = p.x;
      baseY[k] = p.y;
    }
  }
  function metresToPx(metres, lat) { // at the current zoom, Web Mercator
    return (metres * Math.pow(2, map.getZoom() + 8)) / (40075016.686 * Math.cos((lat * Math.PI) / 180));
  }
  function areaPx(i) { return Math.max(1, Math.round(metresToPx(areaM[i], pos[2 * data.xy[i] + 1]))); }
  function pointX(i) { return baseX[data.xy[i]] + offX[i]; } // layer point where a claim is drawn
  function pointY(i) { return baseY[data.xy[i]] + offY[i]; }

  function paintMarkers(renderer) {
    project();
    const f = frameOf(renderer);
    for (let k = located.length - 1; k >= 0; k--) { // front to back: the last drawn is on top
      const i = located[k];
      if (!shown[i] || isArea[i]) continue;
      blitUnder(f, (pointX(i) - f.x0) * M, (pointY(i) - f.y0) * M, lookSprites[look[i]]);
    }
    put(renderer, f);
    const ctx = renderer._ctx; // the count on each shared spot, over its marker
    ctx.font = 'bold 10px sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const [i, count] of crowded) {
      const text = String(count);
      const w = ctx.measureText(text).width + 6;
      const x = pointX(i) + MARKER_R;
      const y = pointY(i) - MARKER_R;
      ctx.fillStyle = 'rgba(20,20,20,0.85)';
      ctx.fillRect(x - w / 2, y - 6, w, 12);
      ctx.fillStyle = '#fff';
      ctx.fillText(text, x, y);
    }
  }
  // Area outlines, then the uncertainty of point claims: one dotted circle per (position, radius),
  // drawn only where it is wider than the marker at the current zoom. Both below the markers.
  function paintAreas(renderer) {
    project();
    const f = frameOf(renderer);
    const wide = [];
    const b = renderer._bounds;
    for (const i of located) {
      if (!shown[i] || !isArea[i]) continue;
      const r = areaPx(i);
      const x = pointX(i);
      const y = pointY(i);
      if (x + r < b.min.x || y + r < b.min.y || x - r > b.max.x || y - r > b.max.y) continue;
      if (r > MAX_SPRITE_R) wide.push(i);
      else blit(f, (x - f.x0) * M, (y - f.y0) * M, areaSprite(legendOf[i], r));
    }
    put(renderer, f);
    const ctx = renderer._ctx;
    for (const i of wide) strokeArea(ctx, { x: pointX(i), y: pointY(i) }, areaPx(i), legend[legendOf[i]][3]);
    const done = new Set();
    counts.uncertaintyDrawn = 0;
    ctx.globalAlpha = 1;
    ctx.setLineDash([3, 3]);
    ctx.lineWidth = 1;
    ctx.strokeStyle = 'rgba(40,40,40,0.55)';
    ctx.fillStyle = 'rgba(40,40,40,0.04)';
    for (const i of located) {
      if (!shown[i] || isArea[i]) continue;
      const unc = get(i, 'place', 'uncertainty_m');
      if (typeof unc !== 'number' || unc <= 0) continue;
      const px = metresToPx(unc, pos[2 * data.xy[i] + 1]);
      if (px <= MARKER_R + 3) continue;
      const key = data.xy[i] + ':' + unc;
      if (done.has(key)) continue;
      done.add(key);
      counts.uncertaintyDrawn++;
      ctx.beginPath();
      ctx.arc(baseX[data.xy[i]], baseY[data.xy[i]], px, 0, TAU);
      ctx.fill();
      ctx.stroke();
    }
  }
  const areaRenderer = new ArrayCanvas({ pane: 'mapper-areas', padding: 0.3, paint: paintAreas });
  const claimRenderer = new ArrayCanvas({ padding: 0.3, paint: paintMarkers }); // overlayPane

  // Pixel offset of the k-th of m claims at one position: a ring for a few, else a sunflower
  // spiral (even density, so dozens of claims each get their own spot); from MAX_SPREAD on, the
  // last spot.
  function offset(k, m, area) {
    k = Math.min(k, MAX_SPREAD - 1);
    m = Math.min(m, MAX_SPREAD);
    if (m < 2) return null;
    const gap = area ? 5 : 2 * MARKER_R + 4; // distance between neighbouring centres
    let r, a;
    if (m <= 8) {
      r = Math.max(gap / 2 + 1, (gap * m) / TAU);
      a = Math.PI + (TAU * k) / m;
    } else {
      r = gap * 0.53 * Math.sqrt(k + 0.5);
      a = k * 2.399963; // golden angle
    }
    return [Math.round(r * Math.cos(a)), Math.round(r * Math.sin(a))]; // whole px: crisp sprites
  }

  /* ---- filters ----------------------------------------------------------------------- */
  const state = {
    from: range ? range[0] : 0,
    to: range ? range[1] : 0,
    unknownDates: true,
    claimant: legend.map(() => true),
    side: sides.map(() => true),
  };
  const shown = new Uint8Array(n);
  const counts = {
    visible: 0, visibleLocated: 0, visibleUnlocated: 0, listedUnlocated: 0, uncertaintyDrawn: 0,
  };
  function visible(i) {
    if (!state.claimant[legendOf[i]] || !state.side[sideOf[i]]) return false;
    if (Number.isNaN(day0[i])) return state.unknownDates;
    return day0[i] <= state.to && day1[i] >= state.from; // a date range overlaps the window
  }
  let redrawPending = false;
  function redraw() { // one full redraw per frame, once the renderers are on the map
    if (redrawPending || !claimRenderer._map) return;
    redrawPending = true;
    requestAnimationFrame(() => {
      redrawPending = false;
      for (const r of [claimRenderer, areaRenderer]) if (r._map) r._redraw();
    });
  }
  function apply() {
    counts.visible = counts.visibleLocated = counts.visibleUnlocated = 0;
    for (let i = 0; i < n; i++) {
      const v = visible(i);
      shown[i] = v ? 1 : 0;
      if (!v) continue;
      counts.visible++;
      if (data.xy[i] >= 0) counts.visibleLocated++; else counts.visibleUnlocated++;
    }
    crowded.length = 0;
    for (const [key, members] of stacks) {
      const on = members.filter((i) => shown[i]);
      on.forEach((i, k) => {
        const o = offset(k, on.length, key & 1);
        offX[i] = o ? o[0] : 0;
        offY[i] = o ? o[1] : 0;
      });
      if (on.length > MAX_SPREAD && !(key & 1)) crowded.push([on[MAX_SPREAD - 1], on.length - MAX_SPREAD + 1]);
    }
    extentAt.clear();
    for (const i of located) {
      if (!shown[i] || isArea[i]) continue;
      const e = Math.hypot(offX[i], offY[i]) + MARKER_R + 2;
      extentAt.set(data.xy[i], Math.max(e, extentAt.get(data.xy[i]) || 0));
    }
    redraw();
    updateLabels();
    renderUnlocated();
    statsLine.textContent = 'Showing ' + counts.visibleLocated + ' of ' + located.length +
      ' located claims' + (unlocated.length ? ' · ' + counts.visibleUnlocated + ' of ' +
      unlocated.length + ' unlocated' : '');
  }

  /* ---- claim cards (popups and the unlocated list) ----------------------------------- */
  let popup = null;
  function row(dl, term, ...parts) {
    const values = parts.filter((p) => p !== null && p !== undefined && p !== '');
    if (!values.length) return;
    const dd = el('dd');
    values.forEach((p) => dd.append(p instanceof Node ? p : document.createTextNode(String(p))));
    dl.append(el('dt', null, term), dd);
  }
  function written(text) { return text ? el('span', 'written', '“' + text + '” → ') : null; }
  function dateResolved(i) {
    if (Number.isNaN(day0[i])) return 'unknown';
    const p = str(get(i, 'date', 'date_precision'));
    return (day0[i] === day1[i] ? iso(day0[i]) : iso(day0[i]) + ' – ' + iso(day1[i])) + (p ? ' (' + p + ')' : '');
  }
  function placeResolved(i) {
    const names = str(get(i, 'place', 'place_names')) || str(get(i, 'place', 'place_name'));
    const bits = [];
    const prec = str(get(i, 'place', 'precision'));
    const unc = get(i, 'place', 'uncertainty_m');
    if (prec) bits.push(prec);
    if (typeof unc === 'number') bits.push('±' + (unc >= 1000 ? (unc / 1000).toFixed(1) + ' km' : Math.round(unc) + ' m'));
    const method = str(get(i, 'place', 'method'));
    const score = get(i, 'place', 'score');
    if (method) bits.push(method + (typeof score === 'number' ? ' ' + score.toFixed(2) : ''));
    if (data.xy[i] < 0) return (names || 'not located') + (bits.length ? ' (' + bits.join(', ') + ')' : '');
    return (names || 'located') + (bits.length ? ' (' + bits.join(', ') + ')' : '');
  }
  function candidateText(i) {
    const raw = str(get(i, 'place', 'candidates'));
    if (!raw) return '';
    return raw.split(/\s*;\s*/).filter(Boolean).map((id) => {
      const p = placeById.get(id);
      return p ? p[1] + ' (' + id + ')' : id;
    }).join('; ');
  }
  function eventText(i) {
    const bits = [str(get(i, 'event', 'event_type')).replace(/_/g, ' ')];
    const killed = get(i, 'event', 'killed');
    const wounded = get(i, 'event', 'wounded');
    if (killed !== null && killed !== undefined) bits.push('killed ' + killed);
    if (wounded !== null && wounded !== undefined) bits.push('wounded ' + wounded);
    return bits.filter(Boolean).join(' · ');
  }
  function confidenceText(i) { // of a claim read from a report: how likely a reader records it
    const p = get(i, 'confidence', 'confidence');
    if (p === null || p === undefined || p === '') return '';
    return 'confidence ' + (typeof p === 'number' ? p.toFixed(2) : String(p));
  }
  function sourceNode(i) {
    const url = str(get(i, 'report', 'url')).trim();
    const source = str(get(i, 'report', 'source'));
    if (/^https?:\/\//i.test(url)) {
      const a = el('a', null, source || url);
      a.href = url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.title = url;
      return a;
    }
    return document.createTextNode([source, url].filter(Boolean).join(' '));
  }
  function card(i) {
    const c = el('div', 'mapper-card');
    c.dataset.claim = data.ids[i];
    const who = legend[legendOf[i]];
    const h = el('h3');
    h.append(swatch(who[3], fillOf[i], isArea[i] ? 'area' : contested(i) ? 'contested' : '', who[6]),
      el('span', null, who[1]),
      el('span', 'side', '(' + sideLabel(i) + ')'));
    if (contested(i)) h.append(el('span', 'badge', 'contested'));
    c.append(h);
    const dl = el('dl');
    row(dl, 'Event', eventText(i));
    row(dl, 'Date', written(str(get(i, 'date', 'date_text'))), dateResolved(i));
    row(dl, 'Place', written(str(get(i, 'place', 'place_text'))), placeResolved(i));
    if (data.xy[i] < 0) row(dl, 'Candidates', candidateText(i) || 'none');
    const asWritten = str(get(i, 'claimant', 'claimant_name'));
    if (asWritten && asWritten !== who[1]) row(dl, 'Claimant', '“' + asWritten + '”');
    row(dl, 'Chain', str(get(i, 'claimant', 'claim_chain')));
    row(dl, 'Reported', str(get(i, 'date', 'report_date')));
    row(dl, 'Source', sourceNode(i));
    row(dl, 'Notes', str(get(i, 'quote', 'notes')));
    c.append(dl);
    const quote = str(get(i, 'quote', 'quote'));
    if (quote) c.append(el('blockquote', null, quote));
    const inc = str(get(i, 'incident', 'incident_id'));
    c.append(el('div', 'meta', ['claim ' + data.ids[i], str(get(i, 'report', 'report')) && 'report ' + get(i, 'report', 'report'),
      inc && 'incident ' + inc, confidenceText(i)].filter(Boolean).join(' · ')));
    const others = inc ? claimsOf(inc).filter((j) => j !== i) : [];
    if (inc && others.length) {
      const box = el('div', 'mapper-competing', (contested(i) ? 'Competing claims' : 'Other claims') +
        ' about this incident (' + others.length + '):');
      const ul = el('ul');
      for (const j of others.slice(0, 20)) {
        const li = el('li', null, legend[legendOf[j]][1] + ' (' + sideLabel(j) + '): ' + eventText(j) +
          ' — ' + (str(get(j, 'place', 'place_text')) || placeResolved(j)) + ' — ' + dateResolved(j));
        const show = el('button', null, 'show');
        show.type = 'button';
        show.addEventListener('click', () => {
          c.replaceWith(card(j));
          if (popup && popup.isOpen()) popup.update();
        });
        li.append(show);
        ul.append(li);
      }
      box.append(ul);
      c.append(box);
    }
    return c;
  }
  function openPopup(latlng, hits) {
    const box = el('div', 'mapper-popup');
    if (hits.length > 1) {
      box.append(el('div', 'meta', hits.length + ' claims here' +
        (hits.length > MAX_CARDS ? ' (first ' + MAX_CARDS + ' shown: narrow the filters to see others)' : '')));
    }
    const cards = el('div', 'cards');
    hits.slice(0, MAX_CARDS).forEach((i) => cards.append(card(i)));
    box.append(cards);
    popup = L.popup({
      maxWidth: Math.min(360, map.getSize().x - 50), minWidth: Math.min(240, map.getSize().x - 50),
      autoPanPaddingBottomRight: L.point(narrow ? 20 : 320, 20),
    })
      .setLatLng(latlng).setContent(box).openOn(map);
  }

  /* ---- hit testing ------------------------------------------------------------------- */
  // Markers under the point; with none, area claims whose circle contains it. Nearest first.
  function hitsAt(p) {
    const marks = [];
    const rings = [];
    const inside = [];
    project();
    for (const i of located) {
      if (!shown[i]) continue;
      const d = Math.hypot(p.x - pointX(i), p.y - pointY(i));
      if (isArea[i]) {
        const r = areaPx(i);
        if (Math.abs(d - r) <= 4) rings.push([Math.abs(d - r), i]);
        else if (d <= r) inside.push([r, i]);
      } else if (d <= MARKER_R + 3) marks.push([d, i]);
    }
    const byDistance = (a, b) => a[0] - b[0] || a[1] - b[1];
    // A marker hit never lists the areas around it: an area opens on its outline, or inside it
    // away from every marker.
    const found = marks.length ? marks : rings.length ? rings : inside;
    return found.sort(byDistance).map((h) => h[1]);
  }
  function overSomething(p) {
    project();
    for (const i of located) {
      if (!shown[i]) continue;
      const d = Math.hypot(p.x - pointX(i), p.y - pointY(i));
      if (isArea[i] ? Math.abs(d - areaPx(i)) <= 4 : d <= MARKER_R + 3) return true;
    }
    return false;
  }
  map.on('click', (e) => {
    const hits = hitsAt(e.layerPoint);
    if (hits.length) openPopup(e.latlng, hits);
  });
  // The keyboard: the arrows move the map (Leaflet's), Enter opens the claims drawn nearest
  // its centre, among those in view, and the popup takes the focus.
  map.getContainer().addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.target !== map.getContainer()) return;
    project();
    const c = map.latLngToLayerPoint(map.getCenter());
    const view = L.bounds(map.containerPointToLayerPoint([0, 0]),
      map.containerPointToLayerPoint(map.getSize()));
    let best = -1;
    let bestD = Infinity;
    for (const i of located) {
      if (!shown[i] || isArea[i] || !view.contains([pointX(i), pointY(i)])) continue;
      const d = Math.hypot(c.x - pointX(i), c.y - pointY(i));
      if (d < bestD) { best = i; bestD = d; }
    }
    if (best < 0) return;
    const at = L.point(pointX(best), pointY(best));
    openPopup(map.layerPointToLatLng(at), hitsAt(at));
    const content = popup.getElement().querySelector('.leaflet-popup-content');
    content.tabIndex = -1;
    content.focus();
    content.addEventListener('keydown', (k) => { // Escape: closed, and the map has the keys again
      if (k.key !== 'Escape') return;
      map.closePopup();
      map.getContainer().focus();
    });
    e.preventDefault();
  });
  let hoverPoint = null;
  map.on('mousemove', (e) => {
    const pending = hoverPoint;
    hoverPoint = e.layerPoint;
    if (pending) return;
    requestAnimationFrame(() => {
      map.getContainer().style.cursor = overSomething(hoverPoint) ? 'pointer' : '';
      hoverPoint = null;
    });
  });

  /* ---- panel ------------------------------------------------------------------------- */
  const panel = el('div', 'mapper-panel');
  L.DomEvent.disableClickPropagation(panel);
  L.DomEvent.disableScrollPropagation(panel);
  const head = el('div', 'mapper-head');
  const toggle = el('button', null, narrow ? '+' : '−');
  toggle.type = 'button';
  toggle.title = 'Hide or show the panel';
  toggle.addEventListener('click', () => {
    toggle.textContent = panel.classList.toggle('collapsed') ? '+' : '−';
  });
  if (narrow) panel.classList.add('collapsed'); // a phone: the map first, the panel a tap away
  head.append(el('h1', null, data.title), toggle);
  const statsLine = el('div', 'mapper-stats');
  panel.append(head, statsLine);
  function section(title, open) {
    const d = el('details');
    d.open = open;
    d.append(el('summary', null, title));
    panel.append(d);
    return d;
  }
  function checkbox(label, checked, onChange, ...before) {
    const lab = el('label');
    const box = el('input');
    box.type = 'checkbox';
    box.checked = checked;
    box.addEventListener('change', () => onChange(box.checked));
    lab.append(box, ...before, label);
    return [lab, box];
  }

  // Time window.
  const time = section('Time', true);
  time.classList.add('mapper-time');
  const fromLabel = el('span');
  const toLabel = el('span');
  if (range) {
    const sliders = [range[0], range[1]].map((v, k) => {
      const s = el('input');
      s.type = 'range';
      s.min = range[0];
      s.max = range[1];
      s.step = 1;
      s.value = v;
      s.className = k ? 'mapper-to' : 'mapper-from';
      s.setAttribute('aria-label', k ? 'last date shown' : 'first date shown');
      s.disabled = range[0] === range[1];
      return s;
    });
    const onSlide = (e) => {
      let a = Number(sliders[0].value);
      let b = Number(sliders[1].value);
      if (a > b) {
        if (e && e.target === sliders[0]) sliders[1].value = b = a;
        else sliders[0].value = a = b;
      }
      state.from = a;
      state.to = b;
      fromLabel.textContent = iso(a);
      toLabel.textContent = iso(b);
      apply();
    };
    sliders.forEach((s) => s.addEventListener('input', onSlide));
    const dates = el('div', 'dates');
    dates.append(fromLabel, toLabel);
    time.append(sliders[0], sliders[1], dates,
      el('div', 'mapper-note', 'A claim with a date range stays while its range overlaps the window.'));
    fromLabel.textContent = iso(range[0]);
    toLabel.textContent = iso(range[1]);
  } else {
    time.append(el('div', 'mapper-note', 'No claim has a known date.'));
  }
  let unknownCount = 0;
  for (let i = 0; i < n; i++) if (Number.isNaN(day0[i])) unknownCount++;
  const [unknownLabel, unknownBox] = checkbox('claims with unknown date (' + unknownCount + ')', true,
    (on) => { state.unknownDates = on; apply(); });
  unknownBox.className = 'mapper-unknown-dates';
  time.append(unknownLabel);

  // Date legend: the centre colour.
  const dateLegend = section('Fill colour = date', true);
  if (range) {
    const bar = el('div', 'mapper-ramp');
    bar.style.background = 'linear-gradient(to right, ' + VIRIDIS.join(', ') + ')';
    const ticks = el('div', 'mapper-ticks');
    const span = range[1] - range[0];
    const steps = span === 0 ? 0 : Math.min(2, span); // first, middle, last
    for (let k = 0; k <= steps; k++) {
      const t = steps ? k / steps : 0.5;
      const tick = el('span', k === 0 && steps ? 'first' : k === steps && steps ? 'last' : '',
        iso(Math.round(range[0] + span * t)));
      tick.style.left = t * 100 + '%';
      ticks.append(tick);
    }
    dateLegend.append(bar, ticks, el('div', 'mapper-note', 'A date range takes the colour of its middle day.'));
  }
  const unknownKey = el('div', 'mapper-key');
  unknownKey.append(swatch('#777', UNKNOWN_FILL), 'date unknown');
  dateLegend.append(unknownKey);

  // Claimant legend and toggles: the ring colour.
  const who = section('Ring colour and shape = claimant', true);
  const whoBoxes = [];
  const buttons = el('div', 'buttons');
  for (const [label, on] of [['all', true], ['none', false]]) {
    const b = el('button', null, label);
    b.type = 'button';
    b.addEventListener('click', () => {
      whoBoxes.forEach((box, k) => { box.checked = on; state.claimant[k] = on; });
      apply();
    });
    buttons.append(b);
  }
  const whoList = el('div', 'mapper-claimants');
  legend.forEach((c, k) => {
    const name = el('span', 'name', c[1]);
    name.append(el('span', 'side', sideName(c[2]) + (c[5] ? '' : ' · not in the claimant table')));
    const [lab, box] = checkbox(name, true, (on) => { state.claimant[k] = on; apply(); }, swatch(c[3], '#fff', '', c[6]));
    lab.append(el('span', 'count', c[4]));
    lab.title = c[0] + (c[5] ? '' : ' (not in the claimant table)');
    lab.classList.add('mapper-claimant');
    whoBoxes.push(box);
    whoList.append(lab);
  });
  function sideName(code) {
    const s = sides.find((x) => x[0] === code);
    return s ? s[1] : code === 'unknown' ? 'Side unknown' : code;
  }
  who.append(buttons, whoList);

  // Sides.
  const sideBox = section('Side', true);
  sides.forEach((s, k) => {
    const [lab] = checkbox(s[1], true, (on) => { state.side[k] = on; apply(); });
    lab.append(el('span', 'count', s[2]));
    lab.classList.add('mapper-side');
    sideBox.append(lab);
  });

  // Symbols.
  const symbols = section('Symbols', false);
  for (const [sw, text] of [
    [swatch('#777', dayColor(range ? range[1] : 0)), 'claim at a site, village, town or city'],
    [swatch('#555', null, 'uncertainty'), 'dotted circle: how far off a place may be, when wider than its marker'],
    [swatch('#777', null, 'area'), 'dashed outline: place known only to a district, region or corridor (radius = uncertainty)'],
    [swatch('#777', dayColor(range ? range[0] : 0), 'contested'), 'dark halo: claim of a contested incident'],
  ]) {
    const key = el('div', 'mapper-key');
    key.append(sw, text);
    symbols.append(key);
  }
  symbols.append(el('div', 'mapper-note', 'Claims at one place are spread around it; click one to read it. ' +
    'Past ' + (MAX_SPREAD - 1) + ', the rest share the last spot, which shows their count. ' +
    'With the keyboard: the arrows move the map, Enter opens the claims nearest its centre. ' +
    'White dots are gazetteer places; italic names are districts and regions. Borders, water and land: ' +
    'Natural Earth (public domain).'));

  // Unlocated claims.
  const unlocatedSection = section('Unlocated claims (' + unlocated.length + ')', unlocated.length > 0);
  const unlocatedList = el('div', 'mapper-unlocated');
  unlocatedSection.append(unlocatedList);
  function renderUnlocated() {
    const items = [];
    let more = 0;
    for (const i of unlocated) {
      if (!shown[i]) continue;
      if (items.length >= MAX_UNLOCATED) { more++; continue; }
      const d = el('details');
      d.dataset.claim = data.ids[i];
      const s = el('summary');
      s.append(el('span', 'place', str(get(i, 'place', 'place_text')) || '(no place text)'),
        el('span', 'cands', 'candidates: ' + (candidateText(i) || 'none')),
        el('span', 'who', legend[legendOf[i]][1] + ' · ' + (Number.isNaN(day0[i]) ? 'date unknown' : dateResolved(i))));
      d.append(s);
      d.addEventListener('toggle', () => { if (d.open && d.childElementCount === 1) d.append(card(i)); });
      items.push(d);
    }
    if (more) items.push(el('div', 'mapper-note', '… and ' + more + ' more: narrow the filters.'));
    if (!unlocated.length) items.push(el('div', 'mapper-note', 'Every claim is located.'));
    counts.listedUnlocated = Math.min(counts.visibleUnlocated, MAX_UNLOCATED);
    unlocatedList.replaceChildren(...items);
  }

  const Panel = L.Control.extend({ options: { position: 'topright' }, onAdd: () => panel });
  new Panel().addTo(map);

  /* ---- start ------------------------------------------------------------------------- */
  apply(); // the filters first: the renderers draw what they show as they are added
  timings.filtered = performance.now();
  for (const r of [areaRenderer, claimRenderer]) map.addLayer(r);
  timings.drawn = performance.now();

  // A hook for tests, benchmarks and scripting; the data layer reports `ready` once drawn.
  const hook = {
    map,
    ready: false,
    readyMs: null,
    timings,
    stats: () => ({
      claims: n,
      located: located.length,
      unlocated: unlocated.length,
      areas: located.filter((i) => isArea[i]).length,
      visible: counts.visible,
      visibleLocated: counts.visibleLocated,
      visibleUnlocated: counts.visibleUnlocated,
      listedUnlocated: counts.listedUnlocated,
      uncertaintyDrawn: counts.uncertaintyDrawn,
      offline: !online(),
    }),
    ids: () => data.ids.slice(),
    isArea(id) { return Boolean(isArea[data.ids.indexOf(id)]); },
    // Radius in px of an area claim's outline at the current zoom, or null for any other claim.
    radiusOf(id) { const i = data.ids.indexOf(id); return isArea[i] ? areaPx(i) : null; },
    // Container pixel where a claim is drawn (after offsets), or null if unlocated or hidden.
    pointOf(id) {
      const i = data.ids.indexOf(id);
      if (i < 0 || data.xy[i] < 0 || !shown[i]) return null;
      project();
      const p = map.layerPointToContainerPoint([pointX(i), pointY(i)]);
      return { x: p.x, y: p.y };
    },
  };
  window.mapperMap = hook;
  requestAnimationFrame(() => requestAnimationFrame(() => {
    hook.ready = true;
    hook.readyMs = timings.ready = performance.now();
    document.documentElement.dataset.mapperReady = '1';
  }));
  };

  /* ---- the offline base layer (render.Geography): Natural Earth ------------------------- */
  // Quiet styles: the geography sits beneath the claims and the place labels.
  const GEO_STYLE = {
    land: { stroke: false, fill: true, fillColor: '#f3f1ea', fillOpacity: 1 },
    lake: { color: '#9db9cc', weight: 0.8, fillColor: '#d4e3ec', fillOpacity: 1 },
    reservoir: { color: '#9db9cc', weight: 0.8, fillColor: '#d4e3ec', fillOpacity: 1 },
    river: { color: '#7aa6c6', weight: 1.6, fill: false },
    riverMajor: { color: '#7aa6c6', weight: 2.4, fill: false },
    border: { color: '#8c8686', weight: 1.3, fill: false },
    borderDisputed: { color: '#8c8686', weight: 1.3, dashArray: '6 4', fill: false },
    disputed: { color: '#a09898', weight: 1.1, dashArray: '2 4', fill: false },
    worldBorder: { color: '#a8a3a3', weight: 0.8, fill: false },
  };
  const GeoLayer = L.LayerGroup.extend({
    onAdd(map) {
      for (const [name, z] of [['mapper-geography', 150], ['mapper-geography-labels', 155]]) {
        if (!map.getPane(name)) map.createPane(name).style.zIndex = z;
      }
      map.getPane('mapper-geography-labels').style.pointerEvents = 'none';
      map.getContainer().classList.add('mapper-water');
      L.LayerGroup.prototype.onAdd.call(this, map);
      map.on('zoomend', this._labels, this);
      this._labels();
    },
    onRemove(map) {
      map.off('zoomend', this._labels, this);
      map.getContainer().classList.remove('mapper-water');
      this._labelGroup.remove();
      L.LayerGroup.prototype.onRemove.call(this, map);
    },
    _labels() { // country names while zoomed out, the more prominent ones first
      const z = this._map.getZoom();
      this._labelGroup.clearLayers().addTo(this._map);
      if (z > 8) return;
      for (const [name, lon, lat, rank] of this._names) {
        if (z < rank - 1) continue;
        const span = el('span', 'mapper-country', name);
        L.marker([lat, lon], {
          icon: L.divIcon({ html: span, className: '', iconSize: null, iconAnchor: [0, 0] }),
          interactive: false, keyboard: false, pane: 'mapper-geography-labels',
        }).addTo(this._labelGroup);
      }
    },
  });
  function decode(flat, q) { // [x0, y0, dx1, dy1, ...] in units of q degrees -> [[lat, lon], ...]
    const out = [];
    let x = 0;
    let y = 0;
    for (let k = 0; k < flat.length; k += 2) {
      x += flat[k];
      y += flat[k + 1];
      out.push([+(y * q).toFixed(6), +(x * q).toFixed(6)]);
    }
    return out;
  }
  mapper.geography = function (dataId) {
    const geo = JSON.parse(document.getElementById(dataId).textContent);
    const layer = new GeoLayer();
    mapper.geographyLayer = layer; // the base an online layer falls back to, offline
    layer._names = geo.labels;
    layer._labelGroup = L.layerGroup();
    const renderer = L.canvas({ pane: 'mapper-geography', padding: 0.5 });
    function add(rows, q, style, polygon) {
      for (const [kind, ...parts] of rows || []) {
        const options = Object.assign({ renderer, interactive: false }, style(kind));
        const rings = parts.map((p) => decode(p, q));
        (polygon ? L.polygon(rings, options) : L.polyline(rings, options)).addTo(layer);
      }
    }
    const [qWorld, qRegion] = geo.quantum;
    const w = geo.world || {};
    const r = geo.region || {};
    add(w.land, qWorld, () => GEO_STYLE.land, true);
    add(r.land, qRegion, () => GEO_STYLE.land, true);
    add(r.lakes, qRegion, (kind) => GEO_STYLE[kind] || GEO_STYLE.lake, true);
    add(r.rivers, qRegion, (rank) => (rank <= 5 ? GEO_STYLE.riverMajor : GEO_STYLE.river), false);
    add(w.borders, qWorld, () => GEO_STYLE.worldBorder, false);
    add(r.borders, qRegion, (kind) => (kind === 'International boundary' ? GEO_STYLE.border : GEO_STYLE.borderDisputed), false);
    add(r.disputed, qRegion, () => GEO_STYLE.disputed, false);
    layer.getAttribution = () => 'Natural Earth (public domain)';
    return layer;
  };
})();
