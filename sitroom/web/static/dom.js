// Small helpers shared by the dashboard's modules. Everything the API sends is text: it is put in
// the page with textContent, createTextNode and setAttribute only (never parsed as HTML).

export const EVENT_TYPES = {
  "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
  "Explosions/Remote violence": ["Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
    "Suicide bomb", "Grenade", "Chemical weapon"],
  "Violence against civilians": ["Attack", "Abduction/forced disappearance", "Sexual violence"],
  "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
  "Riots": ["Violent demonstration", "Mob violence"],
  "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
    "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"],
};

const COLOURS = {
  "Battles": "#c9302c",
  "Explosions/Remote violence": "#e8771a",
  "Violence against civilians": "#7b4fb0",
  "Protests": "#2a72b8",
  "Riots": "#c99a06",
  "Strategic developments": "#3a9a48",
};
export const OTHER_COLOUR = "#7d8590";

export function colourOf(type) {
  return COLOURS[type] || OTHER_COLOUR;
}

export function typeNames() {
  return Object.keys(EVENT_TYPES);
}

// el("div", {class: "x", title: "..."}, child, "text", ...): an element; strings become text nodes.
// Attributes go through setAttribute; "on..." keys add listeners (functions only).
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      node.addEventListener(key.slice(2), value);
    } else if (key === "class") {
      node.className = value;
    } else if (key === "dataset") {
      Object.assign(node.dataset, value);
    } else if (key === "href" || key === "src") {
      throw new Error("use safeLink() for links");
    } else {
      node.setAttribute(key, value === true ? "" : String(value));
    }
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Text with a line-break opportunity after each slash ("Explosions/<wbr>Remote violence").
// A run of more than 16 characters with no break (a code, a URL) gets one every 12 characters.
export function breakable(value) {
  const out = [];
  for (const piece of String(value).split(/(?<=\/)/)) {
    for (const token of piece.split(/(\s+)/)) {
      if (token.length <= 16 || /\s/.test(token)) {
        out.push(token);
        continue;
      }
      for (let at = 0; at < token.length; at += 12) {
        if (at) out.push(document.createElement("wbr"));
        out.push(token.slice(at, at + 12));
      }
    }
    out.push(document.createElement("wbr"));
  }
  out.pop();
  return out;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// The URL if its scheme is http or https (absolute), else null.
export function safeUrl(url) {
  if (typeof url !== "string" || !url) return null;
  let parsed;
  try {
    parsed = new URL(url);
  } catch (e) {
    return null;
  }
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
}

// A link to an outside page when the URL is http(s); any other URL is shown as plain text.
export function safeLink(url, label) {
  const href = safeUrl(url);
  if (!href) return el("span", {class: "url-text", title: "not an http(s) link"}, url || "");
  const a = document.createElement("a");
  a.setAttribute("href", href);
  a.setAttribute("rel", "noopener noreferrer");
  a.setAttribute("target", "_blank");
  a.textContent = label || url;
  return a;
}

export function fmtInt(n) {
  return n === null || n === undefined ? "–" : Number(n).toLocaleString("en-GB");
}

// A name given as a string or as a record with a name ({name, country, ...}), or "".
export function nameOf(value) {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return typeof value.name === "string" ? value.name : "";
  return String(value);
}

export function text(v) {
  return v === null || v === undefined || v === "" ? "–" : String(v);
}

// A compact reading of a --explain reason (an object of short strings) as "key: value" parts.
export function reasonParts(reason) {
  if (reason === null || reason === undefined) return [];
  if (typeof reason !== "object") return [String(reason)];
  const parts = [];
  for (const [key, value] of Object.entries(reason)) {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    let shown;
    if (Array.isArray(value)) shown = value.map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v))).join("; ");
    else if (typeof value === "object") shown = JSON.stringify(value);
    else shown = String(value);
    parts.push([key.replace(/_/g, " "), shown]);
  }
  return parts;
}

export function badge(status) {
  if (!status) return null;
  return el("span", {class: `badge badge-${status}`, title: `review: ${status}`}, status);
}

// Monday of the ISO week of a YYYY-MM-DD date, and day arithmetic on such dates (UTC).
export function parseDay(day) {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

export function addDays(day, n) {
  const date = parseDay(day);
  date.setUTCDate(date.getUTCDate() + n);
  return isoDay(date);
}
