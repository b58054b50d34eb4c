// The timeline: stacked bars of incidents per day or week by event type (the map's colours), with
// fatalities as a line on a second axis. Clicking a bar narrows since/until to its period.
import {el, clear, append, colourOf, typeNames, fmtInt, addDays, parseDay, isoDay} from "./dom.js";
import {getJSON} from "./api.js";

const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined) node.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function daysBetween(a, b) {
  return Math.round((parseDay(b) - parseDay(a)) / 86400000);
}

// A round top for an axis of TICKS whole-number steps that reaches value.
const TICKS = 4;
function niceMax(value) {
  const raw = Math.max(1, value) / TICKS;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const step of [1, 2, 2.5, 5, 10]) {
    const size = Math.max(1, step * power);
    if (size >= raw && Number.isInteger(size)) return size * TICKS;
  }
  return 10 * power * TICKS;
}

export class Timeline {
  constructor(container, {onPeriod}) {
    this.container = container;
    this.onPeriod = onPeriod;
    this.data = null;
    this.resizeTimer = null;
    window.addEventListener("resize", () => {
      clearTimeout(this.resizeTimer);
      this.resizeTimer = setTimeout(() => this.draw(), 150);
    });
  }

  message(words) {
    clear(this.container).appendChild(el("p", {class: "empty"}, words));
  }

  // Loads the stats for these filters: by week, or by day when the span is under 60 days.
  async load(filters) {
    this.message("Loading timeline…");
    const since = filters.get("since");
    const until = filters.get("until");
    let by = since && until && daysBetween(since, until) < 60 ? "day" : "week";
    const ask = (unit) => {
      const params = new URLSearchParams(filters);
      params.set("by", unit);
      params.set("split", "event_type");
      return getJSON("/api/stats", params);
    };
    let stats = await ask(by);
    let rows = (stats.rows || []).filter((r) => typeof r.key === "string");
    if (by === "week" && rows.length) {
      const span = daysBetween(rows[0].key, rows[rows.length - 1].key) + 7;
      // under 60 days: days; over three years: months (too many weeks to click)
      const better = span < 60 ? "day" : span > 3 * 366 ? "month" : null;
      if (better) {
        by = better;
        stats = await ask(by);
        rows = (stats.rows || []).filter((r) => typeof r.key === "string");
      }
    }
    this.data = {by, rows};
    this.draw();
  }

  periods() {
    const {by, rows} = this.data;
    const keys = rows.map((r) => r.key).sort();
    const out = [];
    if (!keys.length) return out;
    let key = keys[0];
    const last = keys[keys.length - 1];
    let guard = 0;
    while (key <= last && guard++ < 5000) {
      out.push(key);
      key = this.next(key);
    }
    return out;
  }

  // The first day of the period after the one starting on key.
  next(key) {
    const by = this.data.by;
    if (by === "day") return addDays(key, 1);
    if (by === "week") return addDays(key, 7);
    const date = parseDay(key);
    date.setUTCMonth(date.getUTCMonth() + 1, 1);
    return isoDay(date);
  }

  draw() {
    if (!this.data) return;
    const {by, rows} = this.data;
    if (!rows.length) {
      this.message("No incidents match these filters");
      return;
    }
    const periods = this.periods();
    const index = new Map(periods.map((key, n) => [key, n]));
    const stacks = periods.map((key) => ({key, total: 0, fatalities: 0, parts: new Map()}));
    for (const row of rows) {
      const n = index.get(row.key);
      if (n === undefined) continue;
      const stack = stacks[n];
      const type = row.split || "Other";
      stack.parts.set(type, (stack.parts.get(type) || 0) + (Number(row.count) || 0));
      stack.total += Number(row.count) || 0;
      stack.fatalities += Number(row.fatalities) || 0;
    }
    const width = Math.max(320, this.container.clientWidth || 600);
    const height = Math.max(130, (this.container.clientHeight || 200) - 22);
    const m = {top: 12, right: 52, bottom: 30, left: 46};
    const plotW = width - m.left - m.right;
    const plotH = height - m.top - m.bottom;
    const maxCount = niceMax(Math.max(...stacks.map((s) => s.total), 1));
    const maxDead = niceMax(Math.max(...stacks.map((s) => s.fatalities), 1));
    const slot = plotW / stacks.length;
    const barW = Math.max(1, Math.min(40, slot * 0.82));
    const x = (n) => m.left + n * slot + (slot - barW) / 2;
    const yCount = (v) => m.top + plotH - (v / maxCount) * plotH;
    const yDead = (v) => m.top + plotH - (v / maxDead) * plotH;
    const order = [...typeNames(), "Other"];
    const rank = (type) => (order.indexOf(type) === -1 ? order.length : order.indexOf(type));

    const root = svg("svg", {
      class: "timeline-svg", width, height, viewBox: `0 0 ${width} ${height}`, role: "img",
      "aria-label": `Incidents per ${by} by event type, with fatalities`,
    });
    const grid = svg("g", {class: "grid"});
    for (let t = 0; t <= TICKS; t++) {
      const v = (maxCount * t) / TICKS;
      const y = yCount(v);
      grid.appendChild(svg("line", {x1: m.left, x2: m.left + plotW, y1: y, y2: y}));
      grid.appendChild(svg("text", {x: m.left - 6, y: y + 3.5, class: "tick tick-left"}, fmtInt(v)));
      grid.appendChild(svg("text", {x: m.left + plotW + 6, y: y + 3.5, class: "tick tick-right"},
        fmtInt((maxDead * t) / TICKS)));
    }
    root.appendChild(grid);
    root.appendChild(svg("text", {class: "axis-label", transform: `translate(12 ${m.top + plotH / 2}) rotate(-90)`},
      "Incidents"));
    root.appendChild(svg("text", {class: "axis-label axis-dead",
      transform: `translate(${width - 10} ${m.top + plotH / 2}) rotate(90)`}, "Fatalities"));

    const bars = svg("g", {class: "bars"});
    stacks.forEach((stack, n) => {
      const until = addDays(this.next(stack.key), -1);
      const label = by === "day" ? stack.key : by === "week" ? `week of ${stack.key}` : `month of ${stack.key.slice(0, 7)}`;
      const group = svg("g", {class: "bar", "data-period": stack.key, tabindex: stack.total ? 0 : null,
        role: stack.total ? "button" : null,
        "aria-label": `${label}: ${stack.total} incidents, ${stack.fatalities} fatalities`});
      const lines = [`${label} (to ${until})`, `${fmtInt(stack.total)} incidents, ${fmtInt(stack.fatalities)} fatalities`];
      const parts = [...stack.parts.entries()].sort((a, b) => rank(a[0]) - rank(b[0]));
      for (const [type, count] of parts) lines.push(`${type}: ${fmtInt(count)}`);
      group.appendChild(svg("title", {}, lines.join("\n")));
      // a full-height hit area so thin bars are easy to click
      group.appendChild(svg("rect", {class: "hit", x: m.left + n * slot, y: m.top, width: slot, height: plotH}));
      let base = 0;
      for (const [type, count] of parts) {
        const y0 = yCount(base);
        const y1 = yCount(base + count);
        const rect = svg("rect", {class: "segment", x: x(n), y: y1, width: barW, height: Math.max(0.5, y0 - y1),
          fill: colourOf(type === "Other" ? null : type), "data-type": type});
        group.appendChild(rect);
        base += count;
      }
      if (stack.total) {
        const pick = () => this.onPeriod(stack.key, until);
        group.addEventListener("click", pick);
        group.addEventListener("keydown", (event) => {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            pick();
          }
        });
      }
      bars.appendChild(group);
    });
    root.appendChild(bars);

    const points = stacks.map((s, n) => `${(x(n) + barW / 2).toFixed(1)},${yDead(s.fatalities).toFixed(1)}`);
    root.appendChild(svg("polyline", {class: "fatality-line", points: points.join(" ")}));
    stacks.forEach((s, n) => {
      if (s.fatalities) root.appendChild(svg("circle", {class: "fatality-dot", cx: x(n) + barW / 2, cy: yDead(s.fatalities), r: 2.2}));
    });

    const axis = svg("g", {class: "x-axis"});
    axis.appendChild(svg("line", {x1: m.left, x2: m.left + plotW, y1: m.top + plotH, y2: m.top + plotH}));
    const every = Math.max(1, Math.ceil(stacks.length / Math.max(1, Math.floor(plotW / 78))));
    stacks.forEach((s, n) => {
      if (n % every) return;
      const cx = x(n) + barW / 2;
      axis.appendChild(svg("line", {x1: cx, x2: cx, y1: m.top + plotH, y2: m.top + plotH + 4}));
      axis.appendChild(svg("text", {class: "tick tick-x", x: cx, y: m.top + plotH + 16}, s.key));
    });
    root.appendChild(axis);

    const key = el("div", {class: "timeline-key"},
      el("span", {class: "key-line"}), "fatalities (right axis)",
      el("span", {class: "key-note"}, `· one bar per ${by}; click a bar to narrow the dates`));
    append(clear(this.container), [root, key]);
  }
}
