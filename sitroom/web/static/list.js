// The incident table: sortable by any column, paged; a row opens the incident; with review on,
// check boxes choose incidents to merge.
import {el, clear, append, fmtInt, text, breakable} from "./dom.js";

const PAGE = 50;
const COLUMNS = [
  ["event_date", "Date"], ["event_type", "Type"], ["sub_event_type", "Sub-type"], ["actor1", "Actor 1"],
  ["actor2", "Actor 2"], ["location", "Location"], ["admin1", "Admin1"], ["country", "Country", null, "Ctry"],
  ["fatalities", "Fatalities", "num", "Fatal."], ["reports", "Reports", "num", "Rep."],
];

export class IncidentList {
  constructor(container, {onSelect, onSelectionChange}) {
    this.container = container;
    this.onSelect = onSelect;
    this.onSelectionChange = onSelectionChange;
    this.items = [];
    this.sortKey = "event_date";
    this.sortDir = -1;
    this.page = 0;
    this.selected = null;
    this.checked = new Set();
    this.selectable = false;
  }

  message(words) {
    clear(this.container).appendChild(el("p", {class: "empty"}, words));
  }

  setItems(items) {
    this.items = items;
    const ids = new Set(items.map((i) => i.id));
    for (const id of [...this.checked]) if (!ids.has(id)) this.checked.delete(id);
    this.page = 0;
    this.draw();
    this.onSelectionChange(this.checked);
  }

  sorted() {
    const key = this.sortKey;
    const dir = this.sortDir;
    const numeric = COLUMNS.find((c) => c[0] === key)[2] === "num";
    return [...this.items].sort((a, b) => {
      const va = a[key];
      const vb = b[key];
      if (va === null || va === undefined) return vb === null || vb === undefined ? a.id - b.id : 1;
      if (vb === null || vb === undefined) return -1;
      const order = numeric ? Number(va) - Number(vb) : String(va).localeCompare(String(vb));
      return order * dir || (b.id - a.id);
    });
  }

  select(id) {
    this.selected = id;
    const rows = this.sorted();
    const at = rows.findIndex((i) => i.id === id);
    if (at >= 0) this.page = Math.floor(at / PAGE);
    this.draw();
    const row = this.container.querySelector(`tr[data-incident="${CSS.escape(String(id))}"]`);
    if (row) row.scrollIntoView({block: "nearest"});
  }

  draw() {
    if (!this.items.length) {
      this.message("No incidents match these filters");
      return;
    }
    const rows = this.sorted();
    const pages = Math.ceil(rows.length / PAGE);
    this.page = Math.min(this.page, pages - 1);
    const shown = rows.slice(this.page * PAGE, (this.page + 1) * PAGE);
    const head = el("tr", {});
    if (this.selectable) head.appendChild(el("th", {scope: "col", class: "check"}, el("span", {class: "sr-only"}, "Select")));
    for (const [key, label, kind, short] of COLUMNS) {
      const sortedHere = key === this.sortKey;
      const button = el("button", {type: "button", class: "sort", "data-sort": key, title: `Sort by ${label.toLowerCase()}`,
        "aria-label": `${label}, sort`,
        onclick: () => {
          if (this.sortKey === key) this.sortDir = -this.sortDir;
          else {
            this.sortKey = key;
            this.sortDir = kind === "num" || key === "event_date" ? -1 : 1;
          }
          this.page = 0;
          this.draw();
        }}, short || label, sortedHere ? (this.sortDir > 0 ? " ▲" : " ▼") : "");
      head.appendChild(el("th", {scope: "col", class: kind || null,
        "aria-sort": sortedHere ? (this.sortDir > 0 ? "ascending" : "descending") : "none"}, button));
    }
    const body = el("tbody", {});
    for (const item of shown) {
      const row = el("tr", {"data-incident": item.id, tabindex: 0,
        class: item.id === this.selected ? "selected" : null,
        onclick: (event) => {
          if (event.target.closest("input")) return;
          this.onSelect(item.id);
        },
        onkeydown: (event) => {
          if (event.key === "Enter" && !event.target.closest("input")) this.onSelect(item.id);
        }});
      if (this.selectable) {
        const box = el("input", {type: "checkbox", "aria-label": `Select incident ${item.id} to merge`,
          onchange: () => {
            if (box.checked) this.checked.add(item.id);
            else this.checked.delete(item.id);
            this.onSelectionChange(this.checked);
          }});
        box.checked = this.checked.has(item.id);
        row.appendChild(el("td", {class: "check"}, box));
      }
      for (const [key, , kind] of COLUMNS) {
        const value = kind === "num" ? fmtInt(item[key]) : text(item[key]);
        row.appendChild(el("td", {class: kind || key === "event_date" ? kind || "date" : null}, breakable(value)));
      }
      body.appendChild(row);
    }
    const table = el("table", {class: "incidents"},
      el("caption", {class: "sr-only"}, "Incidents matching the filters"), el("thead", {}, head), body);
    const pager = el("div", {class: "pager"},
      el("button", {type: "button", disabled: this.page === 0, onclick: () => { this.page--; this.draw(); }}, "‹ Prev"),
      el("span", {}, `Page ${this.page + 1} of ${pages} · ${fmtInt(rows.length)} incidents`),
      el("button", {type: "button", disabled: this.page >= pages - 1, onclick: () => { this.page++; this.draw(); }}, "Next ›"));
    append(clear(this.container), [el("div", {class: "table-wrap"}, table), pager]);
  }
}
