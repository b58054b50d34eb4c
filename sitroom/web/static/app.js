// The situation room: wires the filters (kept in the URL), the map, the timeline, the table, the
// incident panel, the review tools and the export links together.
import {el, clear, fmtInt, text, EVENT_TYPES, typeNames} from "./dom.js";
import {FILTERS, INCIDENT_CAP, getJSON, postJSON, allIncidents, getToken, setToken, getWho, setWho, whoField} from "./api.js";
import {IncidentMap} from "./map.js";
import {Timeline} from "./timeline.js";
import {IncidentList} from "./list.js";
import {Panel} from "./panel.js";
import {ControlLayer} from "./control.js";

const $ = (id) => document.getElementById(id);
const form = $("filters");
const state = {config: {}, incidents: [], selected: null, loading: 0, filters: null};

function fillTypeSelects() {
  const type = form.elements.type;
  for (const name of typeNames()) {
    const option = el("option", {}, name);
    option.value = name;
    type.appendChild(option);
  }
  type.addEventListener("change", () => fillSubTypes(""));
  fillSubTypes("");
}

function fillSubTypes(wanted) {
  const sub = form.elements.sub_type;
  const type = form.elements.type.value;
  clear(sub);
  const any = el("option", {}, "any");
  any.value = "";
  sub.appendChild(any);
  const names = type ? EVENT_TYPES[type] || [] : Object.values(EVENT_TYPES).flat();
  for (const name of names) {
    const option = el("option", {}, name);
    option.value = name;
    sub.appendChild(option);
  }
  if (wanted && !names.includes(wanted)) {
    const option = el("option", {}, wanted);
    option.value = wanted;
    sub.appendChild(option);
  }
  sub.value = wanted || "";
}

// The filters as the form holds them (empty fields left out).
function formFilters() {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = (form.elements[name].value || "").trim();
    if (value) params.set(name, value);
  }
  return params;
}

// URL -> form.
function readUrl() {
  const params = new URLSearchParams(location.search);
  for (const name of FILTERS) {
    const field = form.elements[name];
    const value = params.get(name) || "";
    if (field.tagName === "SELECT" && value && ![...field.options].some((o) => o.value === value)) {
      const option = el("option", {}, value);
      option.value = value;
      field.appendChild(option);
    }
    if (name === "sub_type") fillSubTypes(value);
    else {
      field.value = value;
      // a date field refuses a value that is not a date: show it as text, so the API can say what is wrong
      if (field.value !== value && field.type === "date") {
        field.type = "text";
        field.value = value;
      }
    }
  }
  control.fromUrl(params);
  const incident = Number(params.get("incident"));
  return Number.isInteger(incident) && incident > 0 ? incident : null;
}

function writeUrl(filters, push) {
  const params = new URLSearchParams(filters);
  if (state.selected) params.set("incident", String(state.selected));
  control.toUrl(params);
  const query = params.toString();
  const url = query ? `${location.pathname}?${query}` : location.pathname;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}

function showFilterError(error) {
  const box = $("filter-error");
  for (const field of form.querySelectorAll("[aria-invalid]")) field.removeAttribute("aria-invalid");
  if (!error) {
    box.hidden = true;
    box.textContent = "";
    return;
  }
  box.hidden = false;
  box.textContent = error.message;
  const field = error.parameter && form.elements[error.parameter === "sub_event_type" ? "sub_type" : error.parameter];
  if (field && field.setAttribute) field.setAttribute("aria-invalid", "true");
}

function updateExports(filters) {
  const box = $("exports");
  clear(box).appendChild(el("span", {class: "label"}, "Export:"));
  for (const [format, label] of [["acled-csv", "ACLED CSV"], ["plover-jsonl", "PLOVER JSONL"], ["geojson", "GeoJSON"],
    ["parquet", "Parquet"]]) {
    const params = new URLSearchParams(filters);
    params.set("format", format);
    const a = el("a", {class: "export", "data-format": format, download: ""}, label);
    a.setAttribute("href", `/api/export?${params.toString()}`);
    box.appendChild(a);
  }
}

function setSummary(words, kind) {
  const node = $("summary");
  node.textContent = words;
  node.className = kind || "";
}

let generation = 0;

// Loads everything the filters drive: incidents (map and table), timeline, movements.
async function load({fit = false, push = false} = {}) {
  const filters = formFilters();
  const mine = ++generation;
  state.filters = filters;
  writeUrl(filters, push);
  control.setFilters(filters);
  updateExports(filters);
  setSummary("Loading incidents…", "loading");
  document.body.classList.add("busy");
  list.message("Loading incidents…");
  const timelineDone = timeline.load(filters).catch((error) => {
    if (mine === generation) timeline.message(error.message);
  });
  const movementsDone = getJSON("/api/movements", filters)
    .then((answer) => { if (mine === generation) map.setMovements(answer.items || []); })
    .catch(() => { if (mine === generation) map.setMovements([]); });
  try {
    const {items, capped} = await allIncidents(filters, (n) => {
      if (mine === generation) setSummary(`Loading incidents… ${fmtInt(n)}`, "loading");
    });
    if (mine !== generation) return;
    showFilterError(null);
    state.incidents = items;
    map.setIncidents(items);
    list.setItems(items);
    if (!items.length) setSummary("No incidents match these filters", "empty-summary");
    else if (capped) {
      setSummary(`Showing the first ${fmtInt(INCIDENT_CAP)} incidents only: narrow the filters to see the rest`, "capped");
    }
    else setSummary(`${fmtInt(items.length)} incidents`, "");
    if (fit) {
      await movementsDone;  // their ends count in the view too
      if (mine === generation) map.fit();
    }
    if (state.selected) {
      map.select(state.selected, false);
      list.select(state.selected);
    }
  } catch (error) {
    if (mine !== generation) return;
    state.incidents = [];
    map.setIncidents([]);
    list.message(error.status === 400 ? "Fix the filters above to see incidents." : error.message);
    if (error.status === 400) showFilterError(error);
    setSummary(error.message, "error");
  } finally {
    await Promise.all([timelineDone, movementsDone]);
    if (mine === generation) {
      document.body.classList.remove("busy");
      document.body.dataset.loaded = String(mine);
    }
  }
}

function selectIncident(id, {pan = true} = {}) {
  state.selected = id;
  map.select(id, pan);
  list.select(id);
  panel.open(id);
  writeUrl(formFilters(), false);
}

const map = new IncidentMap($("map"), {onSelect: (id) => selectIncident(id, {pan: false})});
// the control layer keeps its day in the URL with the applied filters
const control = new ControlLayer(map.map, {
  onDayChange: () => writeUrl(state.filters || formFilters(), false),
  onSelect: (id) => selectIncident(id, {pan: false}),
});
map.addOverlay("Territorial control", control.layer);
const timeline = new Timeline($("timeline"), {
  onPeriod: (since, until) => {
    form.elements.since.value = since;
    form.elements.until.value = until;
    load({fit: true, push: true});
  },
});
const list = new IncidentList($("list"), {
  onSelect: (id) => selectIncident(id),
  onSelectionChange: (checked) => {
    const button = $("merge");
    button.disabled = checked.size < 2;
    button.textContent = checked.size >= 2 ? `Merge ${checked.size} incidents` : "Merge (choose 2+)";
  },
});
let panel;

async function afterWrite(incidentId, message) {
  setSummary(message || "Saved.", "");
  state.selected = incidentId || state.selected;
  await load();
  if (state.selected) {
    map.select(state.selected, false);
    await panel.open(state.selected);
  }
  if ($("log-dialog").open) await showLog();
}

async function showLog() {
  const dialog = $("log-dialog");
  const body = dialog.querySelector(".dialog-body");
  clear(body).appendChild(el("p", {class: "empty"}, "Loading the review log…"));
  if (!dialog.open) dialog.showModal();
  try {
    const answer = await getJSON("/api/review/log");
    const items = answer.items || [];
    if (!items.length) {
      clear(body).appendChild(el("p", {class: "empty"}, "No reviews yet."));
      return;
    }
    const compact = (value) => {
      if (value === null || value === undefined) return "";
      return typeof value === "object" ? JSON.stringify(value) : String(value);
    };
    const rows = items.map((item) => el("tr", {},
      el("td", {}, text(item.at)), el("td", {}, text(item.who)), el("td", {}, text(item.action)),
      el("td", {}, item.event === null || item.event === undefined ? "–" : String(item.event)),
      el("td", {}, item.incident ? el("button", {type: "button", class: "linkish", onclick: () => {
        dialog.close();
        selectIncident(item.incident);
      }}, String(item.incident)) : "–"),
      el("td", {class: "diff"}, compact(item.before)), el("td", {class: "diff"}, compact(item.after)),
      el("td", {}, text(item.note))));
    const head = el("tr", {}, ["When", "Who", "Action", "Event", "Incident", "Before", "After", "Note"]
      .map((h) => el("th", {scope: "col"}, h)));
    clear(body).appendChild(el("table", {class: "log"}, el("thead", {}, head), el("tbody", {}, rows)));
  } catch (error) {
    clear(body).appendChild(el("p", {class: "error", role: "alert"}, error.message));
  }
}

function setUpReview(writable) {
  const tools = $("review-tools");
  tools.hidden = !writable;
  list.selectable = writable;
  if (!writable) return;
  const token = $("token");
  const who = $("who");
  token.value = getToken();
  who.value = getWho();
  token.addEventListener("change", () => setToken(token.value.trim()));
  token.addEventListener("input", () => setToken(token.value.trim()));
  who.addEventListener("input", () => setWho(who.value.trim()));
  $("merge").addEventListener("click", async () => {
    const ids = [...list.checked];
    const status = $("merge-status");
    if (ids.length < 2) return;
    status.className = "status";
    status.textContent = "Merging…";
    try {
      const answer = await postJSON("/api/incidents/merge", {incidents: ids, note: "", ...whoField()});
      list.checked.clear();
      status.textContent = `Merged into incident ${answer && answer.id}.`;
      await afterWrite(answer && answer.id, `Merged ${ids.length} incidents.`);
    } catch (error) {
      status.className = "status error";
      status.textContent = `Not merged: ${error.message}`;
    }
  });
}

async function start() {
  fillTypeSelects();
  const incident = readUrl();
  try {
    state.config = await getJSON("/api/config");
  } catch (error) {
    setSummary(`The server did not answer /api/config: ${error.message}`, "error");
    state.config = {};
  }
  const writable = state.config.writable === true;
  $("version").textContent = state.config.version ? `v${state.config.version}` : "";
  setUpReview(writable);
  panel = new Panel($("panel"), $("article-dialog"), {
    writable,
    onChanged: afterWrite,
    onClose: () => {
      state.selected = null;
      map.select(null, false);
      list.select(null);
      writeUrl(formFilters(), false);
    },
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    load({fit: true, push: true});
  });
  $("reset").addEventListener("click", () => {
    form.reset();
    fillSubTypes("");
    load({fit: true, push: true});
  });
  $("show-log").addEventListener("click", showLog);
  for (const dialog of document.querySelectorAll("dialog")) {
    dialog.querySelector(".dialog-close").addEventListener("click", () => dialog.close());
  }
  window.addEventListener("popstate", () => {
    const id = readUrl();
    load({fit: true});
    if (id) selectIncident(id, {pan: false});
  });
  map.loadBasemaps(state.config);
  await load({fit: true});
  if (incident) selectIncident(incident);
}

start();
