/* mapper map page. Inlined by mapper/render.py after Leaflet 1.9.4.
 *
 * Reads the claims from <script id="mapper-data" type="application/json"> (see
 * render.encode_claims for the columnar layout) and draws:
 *   - one L.canvas layer of ClaimMarker (an L.CircleMarker subclass), one per located claim:
 *     centre colour = date (viridis over the claims' date range), thick ring = claimant colour,
 *     extra dark outline = claim of a contested incident;
 *   - AreaCircle (an L.Circle subclass, dashed, on its own canvas below) for claims known only to
 *     a district or region: the radius is the location uncertainty;
 *   - gazetteer places as grey dots with labels (both languages), a graticule when offline;
 *   - a panel: time window, unknown-date switch, claimant and side toggles, both legends, and the
 *     list of unlocated claims.
 *
 * Security: every string in the data is untrusted. It reaches the page only as textContent,
 * through createElement, or as an href after an http/https check. Leaflet treats *string*
 * popup / divIcon content as HTML, so we only ever hand it DOM nodes. No innerHTML, no eval.
 *
 * Speed: a filter change flips a `_mpHidden` flag on each layer and redraws the canvas once, instead
 * of removing and re-adding 100,000 layers. Claims at one position get fixed pixel offsets
 * (ring, then sunflower spiral) over the claims currently shown, so none hides another.
 * Click and hover hit-testing is done here (layers are non-interactive to Leaflet) so that stacked
 * canvases do not swallow each other's clicks and one click lists every claim under the mouse.
 * Our own layer fields start with _mp (Leaflet has _off, _fill, ...). Leaflet internals used
 * (pinned 1.9.4): layer._point/_radius/_pxBounds/_updateBounds/_empty,
 * renderer._ctx/_drawing/_redraw/_redrawBounds.
 */
(function () {
  'use strict';

  const TAU = Math.PI * 2;
  const DAY_MS = 86400000;
  const MARKER_R = 8; // px: a 4 px claimant ring around a 4 px-radius date centre
  const VIRIDIS = ['#440154', '#482878', '#3e4989', '#31688e', '#26828e',
    '#1f9e89', '#35b779', '#6ece58', '#b5de2b', '#fde725'];
  const UNKNOWN_FILL = '#d0d0d0';
  const MAX_CARDS = 25; // claims per popup
  const MAX_UNLOCATED = 200; // entries listed in the panel
  const MAX_LABELS = 300; // gazetteer labels drawn at once
  const MAJOR = new Set(['town', 'city', 'district', 'region', 'country']); // labelled first

  const timings = { start: performance.now() }; // ms since navigation, per stage
  const data = JSON.parse(document.getElementById('mapper-data').textContent);
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

  /* ---- DOM helpers: text only -------------------------------------------------------- */
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function swatch(ring, fill, kind) {
    const s = el('span', 'sw' + (kind ? ' ' + kind : ''));
    s.style.borderColor = ring;
    if (fill) s.style.background = fill;
    return s;
  }

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
  const incidents = new Map(); // incident id -> claim indices
  for (let i = 0; i < n; i++) {
    const d = tuple('date', i);
    day0[i] = d[F.date._day0] === null ? NaN : d[F.date._day0];
    day1[i] = d[F.date._day1] === null ? NaN : d[F.date._day1];
    const dc = data.columns.date;
    fillOf[i] = dateFill[typeof dc === 'number' ? dc : dc[i]];
    const c = tuple('claimant', i);
    legendOf[i] = c[F.claimant._legend];
    sideOf[i] = sideIndex.get(c[F.claimant._side]);
    const inc = str(get(i, 'incident', 'incident_id'));
    if (inc) {
      if (!incidents.has(inc)) incidents.set(inc, []);
      incidents.get(inc).push(i);
    }
  }
  function sideLabel(i) { return sides[sideOf[i]][1]; }
  function contested(i) { return truthy(get(i, 'incident', 'contested')); }

  /* ---- map, panes, base layers ------------------------------------------------------- */
  timings.arrays = performance.now();
  const map = L.map('mapper-map', { zoomControl: true, minZoom: 2, maxZoom: 18 });
  map.attributionControl.setPrefix('Leaflet');
  function pane(name, z) {
    const p = map.createPane(name);
    p.style.zIndex = z;
    return p;
  }
  pane('mapper-places', 360);
  pane('mapper-labels', 370).style.pointerEvents = 'none';
  pane('mapper-areas', 380);
  const placeRenderer = L.canvas({ pane: 'mapper-places' });
  const areaRenderer = L.canvas({ pane: 'mapper-areas', padding: 0.3 });
  const claimRenderer = L.canvas({ padding: 0.3 }); // overlayPane, above places and areas
  L.control.scale({ imperial: false, maxWidth: 150 }).addTo(map);

  // Offline (no tile ever loads): hide broken tiles, show a graticule for orientation.
  const graticule = L.layerGroup();
  let offline = false;
  function setOffline(on) {
    if (on === offline) return;
    offline = on;
    map.getContainer().classList.toggle('mapper-offline', on);
    if (on) {
      graticule.addTo(map);
      map.attributionControl.addAttribution('offline: no base map');
    } else {
      graticule.remove();
      map.attributionControl.removeAttribution('offline: no base map');
    }
  }
  if (data.tiles) {
    let loaded = 0;
    // The URL template and attribution come from render_map's `tiles` argument (configuration),
    // never from claim data.
    L.tileLayer(data.tiles.url, {
      attribution: data.tiles.attribution, maxZoom: 19, referrerPolicy: 'strict-origin-when-cross-origin',
    })
      .on('tileload', () => { loaded++; setOffline(false); })
      .on('tileerror', () => { if (!loaded) setOffline(true); })
      .addTo(map);
  } else {
    setOffline(true);
  }

  /* ---- initial view ------------------------------------------------------------------ */
  const pos = data.positions; // flat [lon, lat, ...]
  let south = 90, west = 180, north = -90, east = -180;
  function extend(lat, lon) {
    south = Math.min(south, lat); north = Math.max(north, lat);
    west = Math.min(west, lon); east = Math.max(east, lon);
  }
  for (let k = 0; k < pos.length; k += 2) extend(pos[k + 1], pos[k]);
  for (let i = 0; i < n; i++) { // area claims: their whole circle
    const area = data.xy[i] >= 0 && get(i, 'place', '_area_m');
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
    map.fitBounds([[south, west], [north, east]], {
      paddingTopLeft: [40, 40], paddingBottomRight: [330, 40], maxZoom: 12,
    });
  }

  // Graticule every half degree around the initial view (shown only offline).
  const view = map.getBounds();
  const line = { renderer: placeRenderer, color: '#c9cec4', weight: 1, interactive: false };
  for (let lat = Math.floor(view.getSouth()) - 2; lat <= Math.ceil(view.getNorth()) + 2; lat += 0.5) {
    L.polyline([[lat, -180], [lat, 180]], line).addTo(graticule);
  }
  for (let lon = Math.floor(view.getWest()) - 2; lon <= Math.ceil(view.getEast()) + 2; lon += 0.5) {
    L.polyline([[-85, lon], [85, lon]], line).addTo(graticule);
  }

  /* ---- gazetteer places and their labels --------------------------------------------- */
  const placeById = new Map();
  for (const p of data.places) {
    placeById.set(p[0], p);
    L.circleMarker([p[2], p[3]], {
      renderer: placeRenderer, radius: MAJOR.has(p[4]) ? 3.5 : 2.5, weight: 1, color: '#555',
      fillColor: '#fff', fillOpacity: 1, interactive: false,
    }).addTo(map);
  }
  // Major places first, so they win label collisions.
  // A label starts right of the claims drawn around its place (extentAt: position -> px).
  const positionOf = new Map();
  for (let k = 0; k < pos.length; k += 2) positionOf.set(pos[k] + ',' + pos[k + 1], k / 2);
  const extentAt = new Map();
  const labelOrder = data.places.filter((p) => MAJOR.has(p[4]))
    .concat(data.places.filter((p) => !MAJOR.has(p[4])));
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
    for (const p of labelOrder) {
      const major = MAJOR.has(p[4]);
      if (z < (major ? 7 : 9) || !bounds.contains([p[2], p[3]])) continue;
      const pt = map.latLngToContainerPoint([p[2], p[3]]);
      const dx = Math.max(5, (extentAt.get(positionOf.get(p[3] + ',' + p[2])) || 0) + 2);
      const box = [pt.x + dx, pt.y - 8, pt.x + dx + labelWidth(p[1], major) + 4, pt.y + 8];
      if (boxes.some((b) => b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3])) continue;
      boxes.push(box);
      const span = el('span', 'mapper-label' + (major ? ' major' : ''), p[1]);
      L.marker([p[2], p[3]], {
        icon: L.divIcon({ html: span, className: '', iconSize: null, iconAnchor: [-dx, 8] }),
        interactive: false, keyboard: false, pane: 'mapper-labels',
      }).addTo(labels);
      if (boxes.length >= MAX_LABELS) break;
    }
  }
  map.on('moveend', updateLabels);
  updateLabels();

  /* ---- claim layers ------------------------------------------------------------------ */
  function drawMarker(ctx, p, r, ring, fill, isContested) {
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
    if (isContested) {
      ctx.beginPath();
      ctx.arc(p.x, p.y, r + 2.5, 0, TAU);
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = '#111';
      ctx.stroke();
    }
    ctx.beginPath(); // ring: claimant
    ctx.arc(p.x, p.y, r, 0, TAU);
    ctx.fillStyle = ring;
    ctx.fill();
    ctx.lineWidth = 1;
    ctx.strokeStyle = 'rgba(0,0,0,0.8)';
    ctx.stroke();
    ctx.beginPath(); // centre: date, with a white gap so equal colours stay apart
    ctx.arc(p.x, p.y, r * 0.5, 0, TAU);
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.lineWidth = 1.25;
    ctx.strokeStyle = '#fff';
    ctx.stroke();
  }
  // Each distinct marker look (ring, centre, contested) is painted once into one atlas canvas, and
  // markers are copied from it with drawImage: 100,000 copies rasterise in a fraction of the time
  // 100,000 antialiased arcs take. Looks are collected while layers are made (lookOf), then painted.
  const HALF = MARKER_R + 4; // half-size of an atlas cell, CSS px
  const looks = new Map(); // 'ring|fill|contested' -> cell
  const lookSpecs = []; // cell -> [ring, fill, contested]
  const atlas = { canvas: null, cell: 0, cols: 1 };
  function lookOf(ring, fill, isContested) {
    const key = ring + '|' + fill + '|' + (isContested ? 1 : 0);
    if (!looks.has(key)) { looks.set(key, lookSpecs.length); lookSpecs.push([ring, fill, isContested]); }
    return looks.get(key);
  }
  function paintAtlas() {
    const m = L.Browser.retina ? 2 : 1; // as L.Canvas scales its own canvas
    atlas.cols = Math.max(1, Math.ceil(Math.sqrt(lookSpecs.length)));
    atlas.cell = 2 * HALF * m;
    atlas.canvas = document.createElement('canvas');
    atlas.canvas.width = atlas.cols * atlas.cell;
    atlas.canvas.height = Math.max(1, Math.ceil(lookSpecs.length / atlas.cols)) * atlas.cell;
    const ctx = atlas.canvas.getContext('2d');
    ctx.scale(m, m);
    lookSpecs.forEach(([ring, fill, isContested], k) => {
      const centre = { x: (k % atlas.cols) * 2 * HALF + HALF, y: Math.floor(k / atlas.cols) * 2 * HALF + HALF };
      drawMarker(ctx, centre, MARKER_R, ring, fill, isContested);
    });
  }
  // Shared by both layer kinds: the drawn point is the projected point plus a pixel offset.
  function placeAtOffset() {
    if (!this._mpBase) return;
    this._point = this._mpOffset ? this._mpBase.add(this._mpOffset) : this._mpBase;
    this._updateBounds();
  }
  const ClaimMarker = L.CircleMarker.extend({
    _project() { this._mpBase = this._map.latLngToLayerPoint(this._latlng); this._mpPlace(); },
    _mpPlace: placeAtOffset,
    _updatePath() {
      const r = this._renderer;
      if (this._mpHidden || !r._drawing || this._empty()) return;
      const k = this._mpLook;
      const c = atlas.cell;
      r._ctx.globalAlpha = 1;
      r._ctx.drawImage(atlas.canvas, (k % atlas.cols) * c, Math.floor(k / atlas.cols) * c, c, c,
        this._point.x - HALF, this._point.y - HALF, 2 * HALF, 2 * HALF);
    },
  });
  const AreaCircle = L.Circle.extend({
    _project() { L.Circle.prototype._project.call(this); this._mpBase = this._point; this._mpPlace(); },
    _mpPlace: placeAtOffset,
    _updatePath() { if (!this._mpHidden) L.Circle.prototype._updatePath.call(this); },
  });

  timings.places = performance.now();
  const layers = new Array(n).fill(null); // layer of each located claim
  const located = []; // indices of located claims
  const unlocated = []; // indices of unlocated claims
  const stacks = new Map(); // 'm' / 'a' + position -> claim indices, for positions shared by several
  const claimsLayer = L.layerGroup();
  const lookByNumber = new Map();
  for (let i = 0; i < n; i++) {
    const pi = data.xy[i];
    if (pi < 0) { unlocated.push(i); continue; }
    const ll = [pos[2 * pi + 1], pos[2 * pi]];
    const ring = legend[legendOf[i]][3];
    const area = get(i, 'place', '_area_m');
    const layer = area
      ? new AreaCircle(ll, {
        renderer: areaRenderer, radius: area, color: ring, weight: 2.5, dashArray: '8 6',
        fillColor: fillOf[i], fillOpacity: 0.1, interactive: false,
      })
      : new ClaimMarker(ll, { renderer: claimRenderer, radius: MARKER_R, interactive: false });
    layer._mpContested = contested(i);
    layer._mpArea = Boolean(area);
    if (!area) { // lookOf() memoised by (claimant, date tuple, contested) numbers
      const dc = data.columns.date;
      const key = (legendOf[i] * data.tables.date.length + (typeof dc === 'number' ? dc : dc[i])) * 2 +
        (layer._mpContested ? 1 : 0);
      if (!lookByNumber.has(key)) lookByNumber.set(key, lookOf(ring, fillOf[i], layer._mpContested));
      layer._mpLook = lookByNumber.get(key);
    }
    const key = (area ? 'a' : 'm') + pi;
    if (!stacks.has(key)) stacks.set(key, []);
    stacks.get(key).push(i);
    layers[i] = layer;
    located.push(i);
    claimsLayer.addLayer(layer);
  }
  for (const [key, members] of stacks) if (members.length < 2) stacks.delete(key);
  paintAtlas();
  timings.layers = performance.now();

  // Pixel offset of the k-th of m claims at one position: a ring for a few, else a sunflower
  // spiral (even density, so hundreds of claims still each get their own spot).
  function offset(k, m, area) {
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
    return L.point(Math.round(r * Math.cos(a)), Math.round(r * Math.sin(a))); // whole px: crisp sprites
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
  const counts = { visible: 0, visibleLocated: 0, visibleUnlocated: 0, listedUnlocated: 0 };
  function visible(i) {
    if (!state.claimant[legendOf[i]] || !state.side[sideOf[i]]) return false;
    if (Number.isNaN(day0[i])) return state.unknownDates;
    return day0[i] <= state.to && day1[i] >= state.from; // a date range overlaps the window
  }
  let redrawPending = false;
  function redraw() {
    if (redrawPending) return;
    redrawPending = true;
    requestAnimationFrame(() => {
      redrawPending = false;
      for (const r of [claimRenderer, areaRenderer]) {
        if (r._map) { r._redrawBounds = null; r._redraw(); }
      }
    });
  }
  function apply() {
    counts.visible = counts.visibleLocated = counts.visibleUnlocated = 0;
    for (let i = 0; i < n; i++) {
      const v = visible(i);
      shown[i] = v ? 1 : 0;
      if (!v) { if (layers[i]) layers[i]._mpHidden = true; continue; }
      counts.visible++;
      if (layers[i]) { layers[i]._mpHidden = false; counts.visibleLocated++; } else counts.visibleUnlocated++;
    }
    for (const [key, members] of stacks) {
      const on = members.filter((i) => shown[i]);
      on.forEach((i, k) => { layers[i]._mpOffset = offset(k, on.length, key[0] === 'a'); layers[i]._mpPlace(); });
    }
    extentAt.clear();
    for (const i of located) {
      const l = layers[i];
      if (l._mpHidden || l._mpArea) continue;
      const o = l._mpOffset;
      const e = (o ? Math.hypot(o.x, o.y) : 0) + MARKER_R + 2;
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
    h.append(swatch(who[3], fillOf[i], contested(i) ? 'contested' : ''), el('span', null, who[1]),
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
      inc && 'incident ' + inc].filter(Boolean).join(' · ')));
    const others = (incidents.get(inc) || []).filter((j) => j !== i);
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
        (hits.length > MAX_CARDS ? ' (first ' + MAX_CARDS + ' shown: zoom in or narrow the filters)' : '')));
    }
    const cards = el('div', 'cards');
    hits.slice(0, MAX_CARDS).forEach((i) => cards.append(card(i)));
    box.append(cards);
    popup = L.popup({ maxWidth: 360, minWidth: 240, autoPanPaddingBottomRight: L.point(320, 20) })
      .setLatLng(latlng).setContent(box).openOn(map);
  }

  /* ---- hit testing ------------------------------------------------------------------- */
  // Markers under the point; with none, area claims whose circle contains it. Nearest first.
  function hitsAt(p) {
    const marks = [];
    const rings = [];
    const inside = [];
    for (const i of located) {
      const l = layers[i];
      if (l._mpHidden || !l._point) continue;
      const d = p.distanceTo(l._point);
      if (l._mpArea) {
        if (Math.abs(d - l._radius) <= 4) rings.push([Math.abs(d - l._radius), i]);
        else if (d <= l._radius) inside.push([l._radius, i]);
      } else if (d <= l._radius + 3) marks.push([d, i]);
    }
    const byDistance = (a, b) => a[0] - b[0] || a[1] - b[1];
    const found = marks.sort(byDistance).concat(rings.sort(byDistance));
    return (found.length ? found : inside.sort(byDistance)).map((h) => h[1]);
  }
  function overSomething(p) {
    for (const i of located) {
      const l = layers[i];
      if (l._mpHidden || !l._point) continue;
      const d = p.distanceTo(l._point);
      if (l._mpArea ? Math.abs(d - l._radius) <= 4 : d <= l._radius + 3) return true;
    }
    return false;
  }
  map.on('click', (e) => {
    const hits = hitsAt(e.layerPoint);
    if (hits.length) openPopup(e.latlng, hits);
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
  const toggle = el('button', null, '−');
  toggle.type = 'button';
  toggle.title = 'Hide or show the panel';
  toggle.addEventListener('click', () => {
    toggle.textContent = panel.classList.toggle('collapsed') ? '+' : '−';
  });
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
  const dateLegend = section('Centre colour = date', true);
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
  const who = section('Ring colour = claimant', true);
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
    const [lab, box] = checkbox(name, true, (on) => { state.claimant[k] = on; apply(); }, swatch(c[3], '#fff'));
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
    [swatch('#777', dayColor(range ? range[1] : 0)), 'claim at a site, village or town'],
    [swatch('#777', null, 'area'), 'dashed circle: place known only to a district or area (radius = uncertainty)'],
    [swatch('#777', dayColor(range ? range[0] : 0), 'contested'), 'dark outline: claim of a contested incident'],
  ]) {
    const key = el('div', 'mapper-key');
    key.append(sw, text);
    symbols.append(key);
  }
  symbols.append(el('div', 'mapper-note', 'Claims at one place are spread around it; click one to read it. ' +
    'Grey dots are gazetteer places.'));

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
  claimsLayer.addTo(map);
  timings.added = performance.now();
  apply();
  timings.filtered = performance.now();

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
      areas: located.filter((i) => layers[i]._mpArea).length,
      visible: counts.visible,
      visibleLocated: counts.visibleLocated,
      visibleUnlocated: counts.visibleUnlocated,
      listedUnlocated: counts.listedUnlocated,
      offline,
    }),
    // Container pixel where a claim is drawn (after offsets), or null if unlocated or hidden.
    pointOf(id) {
      const i = data.ids.indexOf(id);
      const l = i < 0 ? null : layers[i];
      if (!l || l._mpHidden || !l._point) return null;
      const p = map.layerPointToContainerPoint(l._point);
      return { x: p.x, y: p.y };
    },
  };
  window.mapperMap = hook;
  requestAnimationFrame(() => requestAnimationFrame(() => {
    hook.ready = true;
    hook.readyMs = timings.ready = performance.now();
    document.documentElement.dataset.mapperReady = '1';
  }));
})();
