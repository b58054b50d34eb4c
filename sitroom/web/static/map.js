// The map: the offline basemap, incidents as circles (binned on a screen grid when many are in
// view), the selected incident's ring, and cross-border movements as arrows.
/* global L */
import {el, colourOf, typeNames, OTHER_COLOUR, fmtInt, text} from "./dom.js";

const BIN_THRESHOLD = 300; // more incidents than this in view: one circle per grid cell
const CELL_PX = 44;

function radiusOf(fatalities) {
  return Math.min(30, 4 + 2.2 * Math.sqrt(Math.max(0, Number(fatalities) || 0)));
}

function hasPlace(item) {
  return item && Number.isFinite(item.lat) && Number.isFinite(item.lon);
}

function incidentTip(item) {
  return el("div", {class: "tip"},
    el("strong", {}, text(item.event_type)), item.sub_event_type ? ` · ${item.sub_event_type}` : "",
    el("br"), `${text(item.event_date)} · ${text(item.location)}${item.admin1 ? ", " + item.admin1 : ""}`,
    el("br"), `${text(item.actor1)}${item.actor2 ? " vs " + item.actor2 : ""}`,
    el("br"), `fatalities ${fmtInt(item.fatalities)} · reports ${fmtInt(item.reports)}`);
}

export class IncidentMap {
  constructor(container, {onSelect}) {
    this.onSelect = onSelect;
    this.items = [];
    this.movements = [];
    this.selected = null;
    this.markers = new Map();
    this.map = L.map(container, {worldCopyJump: true, minZoom: 2, maxZoom: 14, zoomSnap: 0.5});
    this.map.attributionControl.setPrefix(false);
    this.map.setView([30, 65], 3);
    this.map.createPane("basemap").style.zIndex = 250;
    this.map.createPane("outlines").style.zIndex = 320;
    this.map.createPane("movements").style.zIndex = 610;
    this.renderer = L.svg({padding: 0.3});
    this.incidentLayer = L.layerGroup().addTo(this.map);
    this.highlightLayer = L.layerGroup().addTo(this.map);
    this.movementLayer = L.layerGroup().addTo(this.map);
    this.extraOverlays = {};
    this.binned = false;
    this.map.on("zoomend moveend", () => this.redraw());
    this.map.on("zoomend", () => this.drawMovements());
    this.addLegend();
    if (window.ResizeObserver) new ResizeObserver(() => this.map.invalidateSize()).observe(container);
  }

  async loadBasemaps(config) {
    const overlays = {"Incidents": this.incidentLayer, "Movements": this.movementLayer, ...this.extraOverlays};
    if (config && typeof config.tiles === "string" && config.tiles) {
      L.tileLayer(config.tiles, {pane: "basemap", maxZoom: 18, attribution: "tiles: configured server"}).addTo(this.map);
    }
    const load = async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json();
    };
    try {
      const countries = await load("/static/basemap/countries.geojson");
      L.geoJSON(countries, {
        pane: "basemap", interactive: false,
        style: {color: "#9aa3ad", weight: 0.8, fillColor: "#eef0ec", fillOpacity: 1},
      }).addTo(this.map);
      this.map.attributionControl.addAttribution("Natural Earth; US Census Bureau; GeoNames");
    } catch (e) {
      console.warn("basemap", e);
    }
    try {
      // drawn from the gazetteer's towns (tools/make_provinces.py): a border lies half-way between
      // the last towns of two provinces, hence the name and the dashes
      const provinces = await load("/static/basemap/provinces.geojson");
      overlays["Provinces (approximate)"] = L.geoJSON(provinces, {
        pane: "outlines", interactive: false, style: {color: "#b3bac2", weight: 0.5, dashArray: "3 3", fill: false},
      }).addTo(this.map);
    } catch (e) {
      console.warn("provinces", e);
    }
    try {
      const states = await load("/static/basemap/us-states.geojson");
      overlays["US states"] = L.geoJSON(states, {
        pane: "outlines", interactive: false, style: {color: "#b3bac2", weight: 0.5, fill: false},
      }).addTo(this.map);
    } catch (e) {
      console.warn("us states", e);
    }
    const extra = Array.isArray(config && config.basemaps) ? config.basemaps : [];
    for (const [n, url] of extra.entries()) {
      if (typeof url !== "string") continue;
      try {
        const data = await load(url);
        // layer names are fixed text: Leaflet's layer control writes names as HTML
        overlays[`Outline ${n + 1}`] = L.geoJSON(data, {
          pane: "outlines", interactive: false, style: {color: "#6b7a8a", weight: 0.9, fill: false},
        }).addTo(this.map);
      } catch (e) {
        console.warn("extra basemap", e);
      }
    }
    L.control.layers(null, overlays, {collapsed: false, position: "topright"}).addTo(this.map);
  }

  // A layer of another module, listed in the layer control (name: fixed text, written as HTML).
  addOverlay(name, layer) {
    this.extraOverlays[name] = layer;
  }

  addLegend() {
    const legend = L.control({position: "bottomright"});
    legend.onAdd = () => {
      const box = el("div", {class: "legend", "aria-label": "Map legend"});
      box.appendChild(el("div", {class: "legend-title"}, "Event type"));
      for (const name of [...typeNames(), "Other"]) {
        const swatch = el("span", {class: "swatch"});
        swatch.style.backgroundColor = name === "Other" ? OTHER_COLOUR : colourOf(name);
        box.appendChild(el("div", {class: "legend-row"}, swatch, name));
      }
      box.appendChild(el("div", {class: "legend-note"}, "Circle area ∝ fatalities"));
      const bin = el("span", {class: "swatch swatch-bin"});
      box.appendChild(el("div", {class: "legend-row"}, bin, "Grouped incidents (count)"));
      const arrow = el("span", {class: "swatch swatch-move"});
      box.appendChild(el("div", {class: "legend-row"}, arrow, "Movement (count)"));
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    legend.addTo(this.map);
  }

  setIncidents(items) {
    this.items = items.filter(hasPlace);
    this.redraw();
  }

  fit() {
    this.map.invalidateSize();
    // the incidents and both ends of every movement, so that no arrow starts off the map
    const points = this.items.map((i) => [i.lat, i.lon]);
    for (const move of this.movements) points.push([move.origin.lat, move.origin.lon], [move.destination.lat, move.destination.lon]);
    if (!points.length) return;
    const bounds = L.latLngBounds(points);
    if (bounds.getNorthEast().equals(bounds.getSouthWest())) this.map.setView(bounds.getCenter(), 8, {animate: false});
    else this.map.fitBounds(bounds, {padding: [30, 30], maxZoom: 9, animate: false});
  }

  redraw() {
    this.incidentLayer.clearLayers();
    this.markers.clear();
    const view = this.map.getBounds().pad(0.25);
    const inView = this.items.filter((i) => view.contains([i.lat, i.lon]));
    this.binned = inView.length > BIN_THRESHOLD;
    this.map.getContainer().dataset.binned = this.binned ? "yes" : "no";
    if (this.binned) this.drawBins(inView);
    else this.drawMarkers(inView);
    this.drawHighlight();
  }

  drawMarkers(items) {
    const ordered = [...items].sort((a, b) => (b.fatalities || 0) - (a.fatalities || 0));
    for (const item of ordered) {
      const marker = L.circleMarker([item.lat, item.lon], {
        renderer: this.renderer, radius: radiusOf(item.fatalities), color: "#1d2228", weight: 0.8,
        fillColor: colourOf(item.event_type), fillOpacity: 0.78, className: "incident-marker",
      });
      marker.bindTooltip(incidentTip(item), {direction: "top", offset: [0, -4]});
      marker.on("click", () => this.onSelect(item.id));
      marker.addTo(this.incidentLayer);
      const path = marker.getElement();
      if (path) {
        path.setAttribute("data-incident", String(item.id));
        path.setAttribute("aria-label", `Incident ${item.id}`);
      }
      this.markers.set(item.id, marker);
    }
  }

  drawBins(items) {
    const zoom = this.map.getZoom();
    const cells = new Map();
    for (const item of items) {
      const p = this.map.project([item.lat, item.lon], zoom);
      const key = `${Math.floor(p.x / CELL_PX)}:${Math.floor(p.y / CELL_PX)}`;
      let cell = cells.get(key);
      if (!cell) {
        cell = {items: [], lat: 0, lon: 0, fatalities: 0, types: new Map()};
        cells.set(key, cell);
      }
      cell.items.push(item);
      cell.lat += item.lat;
      cell.lon += item.lon;
      cell.fatalities += Number(item.fatalities) || 0;
      cell.types.set(item.event_type, (cell.types.get(item.event_type) || 0) + 1);
    }
    for (const cell of cells.values()) {
      const n = cell.items.length;
      const centre = [cell.lat / n, cell.lon / n];
      if (n === 1) {
        this.drawMarkers(cell.items);
        continue;
      }
      const ranked = [...cell.types.entries()].sort((a, b) => b[1] - a[1]);
      const radius = Math.min(20, 7 + 2 * Math.sqrt(n));
      const circle = L.circleMarker(centre, {
        renderer: this.renderer, radius, color: colourOf(ranked[0][0]), weight: 3,
        fillColor: "#2d3a4a", fillOpacity: 0.72, className: "incident-bin",
      });
      const tip = el("div", {class: "tip"}, el("strong", {}, `${fmtInt(n)} incidents`),
        ` · fatalities ${fmtInt(cell.fatalities)}`,
        ranked.map(([type, count]) => [el("br"), `${text(type)}: ${fmtInt(count)}`]),
        el("br"), el("em", {}, "click to zoom in"));
      circle.bindTooltip(tip, {direction: "top"});
      const zoomIn = () => {
        const bounds = L.latLngBounds(cell.items.map((i) => [i.lat, i.lon]));
        if (bounds.getNorthEast().equals(bounds.getSouthWest())) this.map.setView(centre, Math.min(14, zoom + 3));
        else this.map.fitBounds(bounds, {padding: [40, 40], maxZoom: Math.min(14, zoom + 4)});
      };
      circle.on("click", zoomIn);
      circle.addTo(this.incidentLayer);
      const label = el("span", {class: "bin-count"}, n >= 1000 ? `${Math.round(n / 100) / 10}k` : String(n));
      const icon = L.divIcon({html: label, className: "bin-label", iconSize: [40, 16], iconAnchor: [20, 8]});
      L.marker(centre, {icon, interactive: false, keyboard: false}).addTo(this.incidentLayer);
    }
  }

  select(id, pan) {
    this.selected = id;
    this.drawHighlight();
    const item = this.items.find((i) => i.id === id);
    if (item && pan) {
      const zoom = Math.max(this.map.getZoom(), 7);
      if (!this.map.getBounds().pad(-0.1).contains([item.lat, item.lon]) || this.map.getZoom() < 7) {
        this.map.setView([item.lat, item.lon], zoom);
      }
    }
  }

  drawHighlight() {
    this.highlightLayer.clearLayers();
    const item = this.items.find((i) => i.id === this.selected);
    if (!item) return;
    L.circleMarker([item.lat, item.lon], {
      renderer: this.renderer, radius: radiusOf(item.fatalities) + 6, color: "#0a0d12", weight: 3,
      fill: false, interactive: false, className: "incident-highlight",
    }).addTo(this.highlightLayer);
  }

  setMovements(items) {
    this.movements = (items || []).filter((m) => hasPlace(m.origin) && hasPlace(m.destination));
    this.drawMovements();
  }

  drawMovements() {
    this.movementLayer.clearLayers();
    const zoom = this.map.getZoom();
    for (const move of this.movements) {
      const from = L.latLng(move.origin.lat, move.origin.lon);
      const to = L.latLng(move.destination.lat, move.destination.lon);
      const style = {pane: "movements", color: "#114a78", weight: 2.2, opacity: 0.9, className: "movement-line"};
      const line = L.polyline([from, to], style);
      const tip = el("div", {class: "tip"}, el("strong", {}, `${fmtInt(move.count)} ${text(move.kind)}`),
        el("br"), `${text(move.origin.name)} (${text(move.origin.country)}) → ${text(move.destination.name)} (${text(move.destination.country)})`,
        el("br"), `${text(move.event_date)} · ${text(move.actor)}`);
      line.bindTooltip(tip, {sticky: true});
      if (move.incident_id) line.on("click", () => this.onSelect(move.incident_id));
      line.addTo(this.movementLayer);
      // the arrowhead: a triangle whose tip is the destination, drawn in screen space
      const a = this.map.project(from, zoom);
      const b = this.map.project(to, zoom);
      const length = a.distanceTo(b);
      if (length > 1) {
        const ux = (b.x - a.x) / length;
        const uy = (b.y - a.y) / length;
        const back = Math.min(12, length / 2);
        const base = L.point(b.x - ux * back, b.y - uy * back);
        const left = L.point(base.x - uy * 5.5, base.y + ux * 5.5);
        const right = L.point(base.x + uy * 5.5, base.y - ux * 5.5);
        L.polygon([to, this.map.unproject(left, zoom), this.map.unproject(right, zoom)], {
          ...style, className: "movement-arrow", fillColor: "#114a78", fillOpacity: 1, weight: 1,
        }).addTo(this.movementLayer);
      }
      const middle = this.map.unproject(a.add(b).divideBy(2), zoom);
      const label = el("span", {class: "movement-text"}, `${fmtInt(move.count)} ${text(move.kind)}`);
      const icon = L.divIcon({html: label, className: "movement-label", iconSize: null});
      L.marker(middle, {icon, pane: "movements", interactive: false, keyboard: false}).addTo(this.movementLayer);
    }
  }

  invalidate() {
    this.map.invalidateSize();
  }
}
