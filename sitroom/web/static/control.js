// The control layer: who held each place on a chosen day (/api/control?format=geojson&on=DAY with
// the dashboard's filters), as diamonds coloured by holder (a dashed grey ring when contested,
// lighter before the first report), with a day slider and a legend of holders in a box on the map.
/* global L */
import {el, clear, fmtInt, text, parseDay, isoDay, addDays} from "./dom.js";
import {getJSON} from "./api.js";

const DEBOUNCE_MS = 250;
const NO_HOLDER = "#8a939c";
const LEGEND_ROWS = 10;
const isDay = (value) => typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && !isNaN(parseDay(value));
const daysBetween = (a, b) => Math.round((parseDay(b) - parseDay(a)) / 86400000);

// A colour per actor name, kept for the page's life: the palette slot its FNV-1a hash picks, or the
// next slot no other name has yet (once all are taken, the hash's slot). Grey is for no holder.
const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
  "#bcbd22", "#393b79", "#3b5a1e", "#843c39", "#c49c00", "#222222", "#9ecae1", "#fb9a99"];
const COLOURS = new Map();

export function holderColour(name) {
  if (!name) return NO_HOLDER;
  if (COLOURS.has(name)) return COLOURS.get(name);
  let hash = 0x811c9dc5;
  for (const ch of String(name)) hash = Math.imul(hash ^ ch.codePointAt(0), 0x01000193) >>> 0;
  const taken = new Set(COLOURS.values());
  let slot = hash % PALETTE.length;
  for (let n = 0; n < PALETTE.length && taken.has(PALETTE[slot]); n++) slot = (slot + 1) % PALETTE.length;
  COLOURS.set(name, PALETTE[slot]);
  return PALETTE[slot];
}

function statusOf(props) {
  return props.status === "contested" || props.status === "before" ? props.status : "held";
}

// Who holds the place, in words: "Taliban", "contested: A, B", "Taliban (before any report)".
function holderWords(props, status) {
  if (status === "contested") return `contested: ${(props.claimants || []).map(String).join(", ") || "–"}`;
  if (status === "before") return `${text(props.holder)} (before any report)`;
  return text(props.holder);
}

function when(day, precision) {
  return Number(precision) > 1 ? `about ${day}` : day;
}

export class ControlLayer {
  // map: the Leaflet map; onDayChange(): the day or the layer's state changed (for the URL);
  // onSelect(id): open an incident.
  constructor(map, {onDayChange, onSelect}) {
    this.map = map;
    this.onDayChange = onDayChange || (() => {});
    this.onSelect = onSelect || (() => {});
    this.layer = L.layerGroup();
    this.filters = null;   // the applied filters (null until the dashboard gives them)
    this.day = null;       // the chosen day (null: the last day of the span)
    this.first = null;
    this.last = null;
    this.timer = null;
    this.generation = 0;
    this.quiet = false;
    this.buildBox();
    this.layer.on("add", () => {
      this.box.addTo(this.map);
      this.refresh();
      if (!this.quiet) this.onDayChange();
    });
    this.layer.on("remove", () => {
      this.box.remove();
      this.generation++;
      clearTimeout(this.timer);
      if (!this.quiet) this.onDayChange();
    });
  }

  get active() {
    return this.map.hasLayer(this.layer);
  }

  buildBox() {
    this.slider = el("input", {type: "range", id: "control-day", min: 0, max: 0, step: 1, value: 0,
      "aria-describedby": "control-span"});
    this.label = el("output", {for: "control-day", class: "control-day-label"}, "–");
    this.spanText = el("div", {class: "control-span", id: "control-span"});
    this.statusLine = el("p", {class: "control-status", role: "status", "aria-live": "polite"});
    this.legend = el("div", {class: "control-legend", "aria-label": "Holders on this day"});
    this.note = el("div", {class: "legend-note", hidden: true}, "Paler: held before any report");
    this.container = el("div", {class: "control-box", id: "control-box", role: "group", "aria-labelledby": "control-title"},
      el("label", {for: "control-day", id: "control-title", class: "control-title"}, "Who held each place on"),
      el("div", {class: "control-slider"}, this.slider, this.label), this.spanText, this.statusLine, this.legend,
      this.note);
    this.slider.addEventListener("input", () => {
      this.day = addDays(this.first, Number(this.slider.value));
      this.showDay();
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.draw(), DEBOUNCE_MS);
    });
    L.DomEvent.disableClickPropagation(this.container);
    L.DomEvent.disableScrollPropagation(this.container);
    this.box = L.control({position: "bottomleft"});
    this.box.onAdd = () => this.container;
  }

  // The URL's control_on=DAY turns the layer on at that day; none turns it off.
  fromUrl(params) {
    const day = params.get("control_on");
    this.quiet = true;
    try {
      if (isDay(day)) {
        this.day = day;
        if (!this.active) this.layer.addTo(this.map);
        else this.refresh();
      } else if (this.active) this.map.removeLayer(this.layer);
    } finally {
      this.quiet = false;
    }
  }

  toUrl(params) {
    if (this.active && this.day) params.set("control_on", this.day);
  }

  setFilters(filters) {
    this.filters = new URLSearchParams(filters);
    if (this.active) this.refresh();
  }

  // The slider's span: the filters' since/until, else the first and last days with events (and
  // the chosen day), else the last two years; then the layer for the chosen day.
  async refresh() {
    if (!this.filters) return;
    const mine = ++this.generation;
    const filters = this.filters;
    let first = isDay(filters.get("since")) ? filters.get("since") : null;
    let last = isDay(filters.get("until")) ? filters.get("until") : null;
    if (!first || !last) {
      this.status("Loading…");
      try {
        const params = new URLSearchParams(filters);
        params.set("by", "day");
        const days = ((await getJSON("/api/stats", params)).rows || []).map((r) => r.key).filter(isDay).sort();
        if (days.length) {
          first = first || (isDay(this.day) && this.day < days[0] ? this.day : days[0]);
          last = last || (isDay(this.day) && this.day > days[days.length - 1] ? this.day : days[days.length - 1]);
        }
      } catch (error) {
        // no stats: the fallback span
      }
      if (mine !== this.generation) return;
    }
    last = last || isoDay(new Date());
    if (!first || first > last) first = addDays(last, -730);
    this.first = first;
    this.last = last;
    const span = daysBetween(first, last);
    this.slider.max = String(span);
    this.spanText.replaceChildren(el("span", {}, first), el("span", {}, last));
    const day = isDay(this.day) ? this.day : last;
    this.day = day < first ? first : day > last ? last : day;
    this.showDay();
    this.draw();
  }

  showDay() {
    this.slider.value = String(daysBetween(this.first, this.day));
    this.slider.setAttribute("aria-valuetext", this.day);
    this.label.textContent = this.day;
  }

  status(words, error) {
    this.statusLine.textContent = words;
    this.statusLine.className = error ? "control-status error" : "control-status";
  }

  async draw() {
    clearTimeout(this.timer);
    if (!this.filters || !this.day) return;
    const mine = ++this.generation;
    const day = this.day;
    const params = new URLSearchParams(this.filters);
    params.set("format", "geojson");
    params.set("on", day);
    this.container.dataset.state = "loading";
    this.status("Loading…");
    try {
      const answer = await getJSON("/api/control", params);
      if (mine !== this.generation) return;
      this.show(Array.isArray(answer.features) ? answer.features : [], day);
      this.container.dataset.state = "ready";
    } catch (error) {
      if (mine !== this.generation) return;
      this.layer.clearLayers();
      clear(this.legend);
      this.note.hidden = true;
      this.status(error.message, true);
      this.container.dataset.state = "error";
    }
    this.container.dataset.drawn = day;
    this.onDayChange();
  }

  show(features, day) {
    this.layer.clearLayers();
    const names = features.map((f) => f && f.properties && f.properties.holder).filter((n) => typeof n === "string");
    for (const name of names.sort()) holderColour(name);
    const holders = new Map();
    let contested = 0;
    let shown = 0;
    for (const feature of features) {
      const props = (feature && feature.properties) || {};
      const at = feature && feature.geometry && feature.geometry.coordinates;
      if (!Array.isArray(at) || !Number.isFinite(at[0]) || !Number.isFinite(at[1])) continue;
      const status = statusOf(props);
      if (status === "contested") contested++;
      else holders.set(props.holder || "", (holders.get(props.holder || "") || 0) + 1);
      const dot = el("span", {class: "control-dot"});
      if (status !== "contested") dot.style.backgroundColor = holderColour(props.holder);
      const icon = L.divIcon({html: dot, className: `control-icon control-${status}`, iconSize: [16, 16]});
      const marker = L.marker([at[1], at[0]], {icon, riseOnHover: true});
      marker.bindTooltip(el("div", {class: "tip"}, el("strong", {}, text(props.place)), el("br"),
        holderWords(props, status)), {direction: "top", offset: [0, -8]});
      marker.bindPopup(() => this.popup(props, status), {maxWidth: 340, maxHeight: 280, className: "control-popup",
        autoPan: false});
      marker.on("popupopen", (event) => {
        marker.closeTooltip();
        this.fitPopup(event.popup);
      });
      marker.addTo(this.layer);
      const node = marker.getElement();
      if (node) {
        node.dataset.place = String(props.place || "");
        node.dataset.status = status;
        node.setAttribute("aria-label", `${text(props.place)}: ${holderWords(props, status)}`);
      }
      shown++;
    }
    this.status(shown ? `${fmtInt(shown)} places on ${day}` : `No place has a report of control by ${day}`);
    this.drawLegend(holders, contested);
  }

  // Pans the map so that an opened popup lies inside it and clear of this box (bottom left): lifted
  // above the box when there is room, else pushed to its right; and below the open layer control.
  // (Leaflet's autoPan knows neither.)
  fitPopup(popup) {
    const node = popup.getElement();
    if (!node) return;
    const outer = this.map.getContainer().getBoundingClientRect();
    const r = node.getBoundingClientRect();
    const box = this.container.getBoundingClientRect();
    const pad = 8;
    let dx = 0;
    let dy = 0;
    if (r.right + pad > outer.right) dx = r.right + pad - outer.right;
    if (r.left - dx - pad < outer.left) dx = r.left - pad - outer.left;
    if (r.top - pad < outer.top) dy = r.top - pad - outer.top;
    const left = r.left - dx;
    if (left < box.right + pad && r.bottom - dy > box.top - pad) {
      const lift = r.bottom - dy - (box.top - pad);
      if (r.top - dy - lift - pad >= outer.top) dy += lift;
      else dx -= box.right + pad - left;
    }
    // and below the layer control (top right) when it is open over the popup
    const layers = this.map.getContainer().querySelector(".leaflet-control-layers-expanded");
    if (layers) {
      const c = layers.getBoundingClientRect();
      if (r.right - dx > c.left - pad && r.top - dy < c.bottom + pad && r.bottom - dy > c.top) {
        dy -= c.bottom + pad - (r.top - dy);
      }
    }
    if (dx || dy) this.map.panBy([Math.round(dx), Math.round(dy)]);
  }

  drawLegend(holders, contested) {
    clear(this.legend);
    const ranked = [...holders.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    for (const [name, count] of ranked.slice(0, LEGEND_ROWS)) {
      const swatch = el("span", {class: "swatch control-swatch"});
      swatch.style.backgroundColor = holderColour(name);
      this.legend.appendChild(el("div", {class: "legend-row"}, swatch, el("span", {class: "control-name"}, name || "no holder named"),
        el("span", {class: "control-count"}, fmtInt(count))));
    }
    if (ranked.length > LEGEND_ROWS) {
      this.legend.appendChild(el("div", {class: "legend-note"}, `and ${ranked.length - LEGEND_ROWS} more holders`));
    }
    if (contested) {
      this.legend.appendChild(el("div", {class: "legend-row"}, el("span", {class: "swatch control-swatch-contested"}),
        el("span", {class: "control-name"}, "contested"), el("span", {class: "control-count"}, fmtInt(contested))));
    }
    this.note.hidden = !(ranked.length || contested);
  }

  popup(props, status) {
    const where = [props.admin2, props.admin1, props.country].filter((v) => v && v !== props.place).join(", ");
    const since = props.from ? ` since ${when(props.from, props.from_precision)}` : "";
    const until = props.until ? ` until ${props.until}` : "";
    let head;
    if (status === "contested") {
      head = ["Contested", since, " between ", el("strong", {}, (props.claimants || []).map(String).join(", ") || "–")];
    } else if (status === "before") {
      head = ["Held by ", el("strong", {}, text(props.holder)), " before the first report",
        props.until ? ` (${props.until})` : ""];
    } else head = ["Held by ", el("strong", {}, text(props.holder)), since, until];
    const accounts = (Array.isArray(props.accounts) ? props.accounts : []).map((a) => el("li", {class: "control-account"},
      el("div", {}, el("strong", {}, text(a.source)), ` · ${text(a.modality)} · ${text(a.date)}`),
      el("div", {class: "control-change"}, `${text(a.gains)} gains it${a.loses ? ` from ${a.loses}` : ""} · ${text(a.kind)}`),
      a.sentence ? el("div", {class: "control-sentence"}, String(a.sentence)) : null,
      Number.isInteger(a.incident_id) ? el("button", {type: "button", class: "linkish", onclick: () => this.onSelect(a.incident_id)},
        `incident ${a.incident_id}`) : null));
    return el("div", {class: "control-pop"},
      el("div", {class: "control-place"}, el("strong", {}, text(props.place)), where ? ` · ${where}` : ""),
      el("p", {class: "control-holder", "data-status": status}, head),
      accounts.length ? el("ol", {class: "control-accounts"}, accounts) : el("p", {class: "legend-note"}, "No report yet on this day"));
  }
}
