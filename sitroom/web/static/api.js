// The API client: GET and POST with JSON, the API's error text, the review token.

export const FILTERS = ["country", "admin1", "type", "sub_type", "actor", "since", "until", "modality", "review"];
export const INCIDENT_CAP = 5000;
const TOKEN_KEY = "sitroom.token";
const WHO_KEY = "sitroom.who";

export class ApiError extends Error {
  constructor(status, message, parameter) {
    super(message);
    this.status = status;
    this.parameter = parameter || null;
  }
}

async function errorOf(response) {
  let message = `${response.status} ${response.statusText}`;
  let parameter = null;
  try {
    const body = await response.json();
    const said = body.error || body.detail;
    if (typeof said === "string") message = `${response.status}: ${said}`;
    else if (said && typeof said.error === "string") message = `${response.status}: ${said.error}`;
    else if (Array.isArray(said)) message = `${response.status}: ${said.map((d) => d.msg || JSON.stringify(d)).join("; ")}`;
    parameter = body.parameter || (said && said.parameter) || null;
  } catch (e) {
    // not JSON: keep the status line
  }
  return new ApiError(response.status, message, parameter);
}

export async function getJSON(path, params) {
  const query = params ? params.toString() : "";
  const response = await fetch(query ? `${path}?${query}` : path, {headers: {Accept: "application/json"}});
  if (!response.ok) throw await errorOf(response);
  return response.json();
}

export async function postJSON(path, body) {
  const headers = {"Content-Type": "application/json", Accept: "application/json"};
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(path, {method: "POST", headers, body: JSON.stringify(body)});
  if (!response.ok) throw await errorOf(response);
  return response.json();
}

// Every incident matching the filters, page after page, up to INCIDENT_CAP.
export async function allIncidents(filters, onPage) {
  const items = [];
  let cursor = null;
  let capped = false;
  do {
    const params = new URLSearchParams(filters);
    params.set("limit", "1000");
    if (cursor) params.set("cursor", cursor);
    const page = await getJSON("/api/incidents", params);
    items.push(...(page.items || []));
    cursor = page.next_cursor || null;
    if (onPage) onPage(items.length);
    if (items.length >= INCIDENT_CAP && cursor) {
      capped = true;
      break;
    }
  } while (cursor);
  return {items: items.slice(0, INCIDENT_CAP), capped};
}

export function getToken() {
  try {
    return sessionStorage.getItem(TOKEN_KEY) || "";
  } catch (e) {
    return "";
  }
}

export function setToken(token) {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch (e) {
    // storage refused (private mode): the token lives only in the field
  }
}

export function getWho() {
  try {
    return sessionStorage.getItem(WHO_KEY) || "";
  } catch (e) {
    return "";
  }
}

export function setWho(who) {
  try {
    sessionStorage.setItem(WHO_KEY, who || "");
  } catch (e) {
    // ignored
  }
}

// {who} for a review request when the reviewer gave a name, else nothing (the server's default).
export function whoField() {
  const who = getWho();
  return who ? {who} : {};
}
