// The incident panel: the consolidated facts, then every report behind them with its outlet,
// attribution, the reasons it joined, its evidence sentences and (with review on) the review forms.
// "Show in article" opens the article with the evidence spans marked.
import {el, clear, append, badge, colourOf, fmtInt, text, reasonParts, safeLink, nameOf, EVENT_TYPES, typeNames} from "./dom.js";
import {getJSON, postJSON, whoField} from "./api.js";

const PRECISION = {1: "exact", 2: "near", 3: "region"};
const TIME = {1: "day", 2: "week", 3: "month"};

function fact(label, ...value) {
  return [el("dt", {}, label), el("dd", {}, ...value)];
}

function sentenceWithTrigger(sentence, trigger) {
  const quote = el("blockquote", {class: "evidence"});
  const at = trigger ? sentence.indexOf(trigger) : -1;
  if (at < 0) return append(quote, [sentence]);
  return append(quote, [sentence.slice(0, at), el("b", {class: "trigger"}, trigger), sentence.slice(at + trigger.length)]);
}

// The article's text as text nodes with each evidence span in a <mark>; spans that overlap are
// joined. Returns the element and the first mark of the chosen event.
export function markedText(textValue, evidence, eventId) {
  const body = el("div", {class: "article-text"});
  const length = textValue.length;
  const spans = (evidence || [])
    .filter((e) => Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end <= length && e.start < e.end)
    .map((e) => ({start: e.start, end: e.end, current: e.event === eventId}))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.current = last.current || span.current;
    } else merged.push({...span});
  }
  let at = 0;
  let first = null;
  for (const span of merged) {
    if (span.start > at) body.appendChild(document.createTextNode(textValue.slice(at, span.start)));
    const mark = el("mark", {class: span.current ? "mark-current" : "mark-other",
      "data-start": span.start, "data-end": span.end}, textValue.slice(span.start, span.end));
    if (span.current && !first) first = mark;
    body.appendChild(mark);
    at = span.end;
  }
  if (at < length) body.appendChild(document.createTextNode(textValue.slice(at)));
  return {body, first};
}

function typeSelects(type, subType) {
  const typeSelect = el("select", {name: "event_type"});
  const subSelect = el("select", {name: "sub_event_type"});
  const fillSubs = (chosen, wanted) => {
    clear(subSelect);
    for (const sub of EVENT_TYPES[chosen] || []) {
      const option = el("option", {}, sub);
      option.value = sub;
      subSelect.appendChild(option);
    }
    if (wanted && (EVENT_TYPES[chosen] || []).includes(wanted)) subSelect.value = wanted;
  };
  const known = typeNames();
  for (const name of known) {
    const option = el("option", {}, name);
    option.value = name;
    typeSelect.appendChild(option);
  }
  if (type && !known.includes(type)) {
    const option = el("option", {}, type);
    option.value = type;
    typeSelect.appendChild(option);
  }
  typeSelect.value = type || known[0];
  fillSubs(typeSelect.value, subType);
  typeSelect.addEventListener("change", () => fillSubs(typeSelect.value, null));
  return [typeSelect, subSelect];
}

export class Panel {
  constructor(container, dialog, {writable, onChanged, onClose}) {
    this.container = container;
    this.dialog = dialog;
    this.writable = writable;
    this.onChanged = onChanged;
    this.onClose = onClose;
    this.incident = null;
    this.id = null;
    this.placeholder();
  }

  placeholder() {
    this.incident = null;
    this.id = null;
    clear(this.container).appendChild(el("p", {class: "empty"},
      "Choose an incident on the map or in the table to see its reports, their evidence and the reasons they were joined."));
  }

  async open(id) {
    this.id = id;
    clear(this.container).appendChild(el("p", {class: "empty", role: "status"}, `Loading incident ${id}…`));
    try {
      const incident = await getJSON(`/api/incidents/${encodeURIComponent(id)}`);
      if (this.id !== id) return;
      this.incident = incident;
      this.render(incident);
    } catch (error) {
      if (this.id !== id) return;
      append(clear(this.container), [
        el("p", {class: "error", role: "alert"}, error.status === 404
          ? `Incident ${id} no longer exists (merged, split or rebuilt): ${error.message}` : error.message),
        el("button", {type: "button", onclick: () => this.close()}, "Close")]);
    }
  }

  close() {
    this.placeholder();
    this.onClose();
  }

  render(inc) {
    const swatch = el("span", {class: "swatch"});
    swatch.style.backgroundColor = colourOf(inc.event_type);
    const place = [inc.location, inc.admin2, inc.admin1, inc.country].filter(Boolean).join(", ");
    const coords = Number.isFinite(inc.lat) ? `${inc.lat.toFixed(3)}, ${inc.lon.toFixed(3)}` : "not placed";
    const header = el("header", {class: "panel-head"},
      el("h2", {id: "panel-title"}, swatch, `Incident ${inc.id}`),
      el("button", {type: "button", class: "close", "aria-label": "Close the incident", onclick: () => this.close()}, "×"));
    const facts = el("dl", {class: "facts"},
      fact("Type", `${text(inc.event_type)} · ${text(inc.sub_event_type)}`, inc.plover_type ? ` (PLOVER ${inc.plover_type})` : ""),
      fact("Date", text(inc.event_date), inc.time_precision > 1 ? ` (to the ${TIME[inc.time_precision] || inc.time_precision})` : ""),
      fact("Place", text(place)),
      fact("Coordinates", coords, inc.geo_precision ? ` (${PRECISION[inc.geo_precision] || inc.geo_precision})` : ""),
      fact("Actor 1", text(inc.actor1)),
      fact("Actor 2", text(inc.actor2)),
      fact("Fatalities", el("strong", {class: "fatalities"}, fmtInt(inc.fatalities)),
        inc.fatalities_basis ? el("span", {class: "basis"}, ` — ${inc.fatalities_basis}`) : ""),
      fact("Modality", text(inc.modality)),
      fact("Reports", `${fmtInt(inc.reports)} ${inc.reports === 1 ? "report" : "reports"} in ${fmtInt(inc.articles)} ${inc.articles === 1 ? "article" : "articles"}`));
    const sources = inc.sources || [];
    const list = el("ol", {class: "sources"});
    for (const source of sources) list.appendChild(this.renderSource(source, inc));
    append(clear(this.container), [header, facts,
      this.writable && sources.length > 1 ? this.splitForm(inc) : null,
      el("h3", {}, `Sources (${sources.length})`), list]);
  }

  renderSource(src, inc) {
    const status = el("p", {class: "status", role: "status", "aria-live": "polite"});
    const item = el("li", {class: "source", "data-event": src.event});
    const review = src.review || {};
    const attribution = src.attribution || {};
    const claim = [];
    if (attribution.source) claim.push(`claimed by ${attribution.source}`);
    else if (attribution.anonymous) claim.push("unnamed source");
    if (attribution.modality) claim.push(attribution.modality);
    if (attribution.cue) claim.push(`cue “${attribution.cue}”`);
    const reason = reasonParts(src.reason);
    const head = el("div", {class: "source-head"},
      el("strong", {class: "outlet"}, text(src.outlet)), " ", el("span", {class: "published"}, text(src.published)), " ",
      badge(review.status), review.corrections ? el("span", {class: "badge badge-count"}, `${review.corrections} corr.`) : null);
    const actor1 = nameOf(src.actor1);
    const actor2 = nameOf(src.actor2);
    const facts = el("p", {class: "source-facts"},
      `${text(src.event_type)} · ${text(src.sub_event_type)} · ${text(actor1)}`,
      actor2 ? ` vs ${actor2}` : "", ` · ${text(nameOf(src.location))} · fatalities ${fmtInt(src.fatalities)}`);
    const reviewed = review.status ? el("p", {class: "reviewed"}, `${review.status}`,
      review.by ? ` by ${review.by}` : "", review.at ? ` at ${String(review.at).slice(0, 16).replace("T", " ")}` : "",
      review.note ? ` — “${review.note}”` : "") : null;
    append(item, [head,
      el("p", {class: "source-url"}, src.url ? safeLink(src.url, src.url) : "no URL"),
      facts,
      reviewed,
      claim.length ? el("p", {class: "attribution"}, "Attribution: ", claim.join(" · ")) : null,
      reason.length ? el("p", {class: "reason"},
        el("span", {class: "reason-label"}, src.score !== undefined && src.score !== null ? `Why (score ${src.score}): ` : "Why: "),
        reason.map(([k, v], n) => [n ? "; " : "", el("span", {class: "reason-key"}, `${k}:`), ` ${v}`])) : null,
      (src.evidence || []).map((e) => sentenceWithTrigger(String(e.sentence || ""), e.trigger)),
    ]);
    const actions = el("div", {class: "actions"});
    actions.appendChild(el("button", {type: "button", class: "show-article",
      onclick: () => this.showArticle(src)}, "Show in article"));
    if (this.writable) {
      const send = (action, extra) => this.review(src, {action, ...extra}, status);
      append(actions, [
        el("button", {type: "button", class: "confirm", onclick: () => send("confirm", {note: ""})}, "Confirm"),
        el("button", {type: "button", class: "reject", onclick: () => send("reject", {note: ""})}, "Reject"),
        el("button", {type: "button", class: "correct", "aria-expanded": "false", onclick: (event) => {
          const form = item.querySelector("form.correct-form");
          form.hidden = !form.hidden;
          event.currentTarget.setAttribute("aria-expanded", String(!form.hidden));
          if (!form.hidden) form.querySelector("input, select").focus();
        }}, "Correct…")]);
    }
    append(item, [actions]);
    if (this.writable) append(item, [this.correctForm(src, status)]);
    append(item, [status]);
    return item;
  }

  correctForm(src, status) {
    const [typeSelect, subSelect] = typeSelects(src.event_type, src.sub_event_type);
    const field = (label, control) => el("label", {}, el("span", {}, label), control);
    const input = (name, value, attrs) => {
      const node = el("input", {name, ...(attrs || {})});
      node.value = value === null || value === undefined ? "" : String(value);
      return node;
    };
    const date = input("event_date", src.event_date || this.incident.event_date || "", {type: "date"});
    const form = el("form", {class: "correct-form", hidden: true, "aria-label": `Correct event ${src.event}`},
      field("Event type", typeSelect), field("Sub-type", subSelect),
      field("Actor 1", input("actor1", nameOf(src.actor1))), field("Actor 2", input("actor2", nameOf(src.actor2))),
      field("Location", input("location", nameOf(src.location), {placeholder: "a place name"})),
      field("Date", date),
      field("Fatalities", input("fatalities", src.fatalities, {type: "number", min: 0, step: 1})),
      field("Note", input("note", "", {placeholder: "why (kept in the review log)"})),
      el("div", {class: "form-actions"}, el("button", {type: "submit"}, "Save correction")));
    const original = {
      event_type: src.event_type || "", sub_event_type: src.sub_event_type || "", actor1: nameOf(src.actor1),
      actor2: nameOf(src.actor2), location: nameOf(src.location), event_date: date.value,
      fatalities: src.fatalities === null || src.fatalities === undefined ? "" : String(src.fatalities),
    };
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const changes = {};
      for (const key of Object.keys(original)) {
        const value = form.elements[key].value.trim();
        if (value === original[key]) continue;
        if (key === "fatalities") {
          if (value === "" || !/^\d+$/.test(value)) {
            status.className = "status error";
            status.textContent = "Fatalities must be a whole number, 0 or more.";
            return;
          }
          changes.fatalities = Number(value);
        } else if (value !== "" || key === "actor2") {
          changes[key] = value === "" ? null : value;
        }
      }
      if (!Object.keys(changes).length) {
        status.className = "status error";
        status.textContent = "Nothing changed: edit a field before saving.";
        return;
      }
      this.review(src, {action: "correct", changes, note: form.elements.note.value.trim()}, status);
    });
    return form;
  }

  async review(src, body, status) {
    status.className = "status";
    status.textContent = "Saving…";
    try {
      const answer = await postJSON(`/api/events/${encodeURIComponent(src.event)}/review`, {...body, ...whoField()});
      status.textContent = `Saved (${body.action}).`;
      const next = answer && answer.incident_id ? answer.incident_id : this.incident.id;
      await this.onChanged(next, `Event ${src.event}: ${body.action} saved.`);
    } catch (error) {
      status.className = "status error";
      status.setAttribute("role", "alert");
      status.textContent = `Not saved: ${error.message}`;
    }
  }

  splitForm(inc) {
    const status = el("p", {class: "status", role: "status"});
    const boxes = (inc.sources || []).map((src) => {
      const box = el("input", {type: "checkbox", name: "events", value: String(src.event)});
      return el("label", {class: "inline"}, box, ` ${text(src.outlet)} (${text(src.published)}, event ${src.event})`);
    });
    const note = el("input", {name: "note", placeholder: "why these reports are another incident"});
    const form = el("form", {class: "split-form"},
      el("fieldset", {}, el("legend", {}, "Split: move the chosen reports to a new incident"), boxes,
        el("label", {}, el("span", {}, "Note"), note),
        el("div", {class: "form-actions"}, el("button", {type: "submit"}, "Split"))),
      status);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const events = [...form.querySelectorAll("input[name=events]:checked")].map((b) => Number(b.value));
      if (!events.length || events.length === (inc.sources || []).length) {
        status.className = "status error";
        status.textContent = "Choose some of the reports, not none and not all.";
        return;
      }
      status.className = "status";
      status.textContent = "Splitting…";
      try {
        const answer = await postJSON(`/api/incidents/${encodeURIComponent(inc.id)}/split`,
          {events, note: note.value.trim(), ...whoField()});
        await this.onChanged(answer && answer.id ? answer.id : inc.id, `Split: new incident ${answer && answer.id}.`);
      } catch (error) {
        status.className = "status error";
        status.setAttribute("role", "alert");
        status.textContent = `Not split: ${error.message}`;
      }
    });
    return el("details", {class: "split"}, el("summary", {}, "Split this incident…"), form);
  }

  async showArticle(src) {
    const dialog = this.dialog;
    const content = dialog.querySelector(".dialog-body");
    const title = dialog.querySelector(".dialog-title");
    title.textContent = `Article ${src.article}`;
    clear(content).appendChild(el("p", {class: "empty"}, "Loading the article…"));
    if (!dialog.open) dialog.showModal();
    try {
      const article = await getJSON(`/api/articles/${encodeURIComponent(src.article)}`);
      title.textContent = article.title || `Article ${article.id}`;
      const {body, first} = markedText(String(article.text || ""), article.evidence, src.event);
      const count = (article.evidence || []).filter((e) => e.event === src.event).length;
      append(clear(content), [
        el("p", {class: "article-meta"}, el("strong", {}, text(article.outlet)), ` · ${text(article.published)} · `,
          article.url ? safeLink(article.url, article.url) : "no URL", ` · document ${text(article.doc_id)}`),
        el("p", {class: "article-key"}, el("mark", {class: "mark-current"}, "this report's evidence"),
          ` (${count}) `, el("mark", {class: "mark-other"}, "other events' evidence")),
        body]);
      if (first) first.scrollIntoView({block: "center"});
    } catch (error) {
      clear(content).appendChild(el("p", {class: "error", role: "alert"}, error.message));
    }
  }
}
