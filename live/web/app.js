// The coach's dashboard: one day's recommendations with approve/override, the day's
// actions and an athlete's last 28 days, all read through the authenticated /v1 API.
// The bearer token lives in sessionStorage only, so it ends with the tab.
"use strict";

const TOKEN_KEY = "preseason.token";
const FEATURES = [["acwr_ewma", 2], ["hrv_z", 2], ["wellness_z_sum", 1]];
const $ = (id) => document.getElementById(id);
const charts = [];
let overriding = null;

function element(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

function say(text, isProblem) {
  $("message").textContent = text;
  $("message").className = isProblem ? "problem" : "";
}

function problem(answer) {
  return answer.data && answer.data.error ? answer.data.error.message : "HTTP " + answer.status;
}

async function api(method, path, body) {
  const headers = { Authorization: "Bearer " + sessionStorage.getItem(TOKEN_KEY) };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const res = await fetch(path, {
    method, headers, cache: "no-store", body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await res.json().catch(() => null);
  if (res.status === 401) signOut("The server did not accept this token.");
  return { status: res.status, data };
}

function selectedDate() {
  return $("date").value;
}

function minutes(m) {
  return m === null || m === undefined ? "–" : Number.isInteger(m) ? String(m) : m.toFixed(1);
}

function featureCell(rec, name, digits) {
  const td = element("td", undefined, "num");
  td.dataset.feature = name;
  const value = rec.features ? rec.features[name] : null;
  if (value === null || value === undefined) {
    const withheld = (rec.withheld || []).includes(name);
    td.textContent = withheld ? "not shared" : "–";
    if (withheld) td.classList.add("withheld");
  } else {
    td.textContent = value.toFixed(digits);
    td.dataset.value = String(value);
  }
  return td;
}

function squadRow(entry) {
  const rec = entry.recommendation;
  const tr = element("tr", undefined, entry.status);
  tr.dataset.id = entry.id;
  tr.dataset.athlete = rec.athlete;
  const name = element("button", rec.athlete, "link athlete");
  name.type = "button";
  name.addEventListener("click", () => showHistory(rec.athlete));
  tr.append(element("td"), element("td", rec.action), element("td", rec.reason),
            element("td", rec.risk === null ? "–" : (100 * rec.risk).toFixed(0) + " %", "num"));
  tr.firstChild.append(name);
  for (const [feature, digits] of FEATURES) tr.append(featureCell(rec, feature, digits));
  tr.append(element("td", minutes(rec.planned_minutes) + " → " + minutes(rec.minutes), "num"));
  const status = element("td", entry.status, "status");
  if (entry.verdict && entry.verdict.reason) status.title = entry.verdict.reason;
  tr.append(status);
  const verdict = element("td", undefined, "verdict");
  if (entry.status === "pending") {
    const approve = element("button", "Approve", "approve");
    approve.type = "button";
    approve.addEventListener("click", () => giveVerdict(entry.id, { verdict: "approve" }));
    const override = element("button", "Override", "override");
    override.type = "button";
    override.addEventListener("click", () => openOverride(entry.id));
    verdict.append(approve, override);
  }
  tr.append(verdict);
  return tr;
}

function renderSquad(entries) {
  const body = $("squad").tBodies[0];
  body.replaceChildren(...entries.map(squadRow));
  $("squad-empty").hidden = entries.length > 0;
}

function replaceRow(entry) {
  const old = $("squad").querySelector(`tr[data-id="${CSS.escape(entry.id)}"]`);
  if (old) old.replaceWith(squadRow(entry));
}

function renderActions(actions) {
  const body = $("actions").tBodies[0];
  body.replaceChildren(...actions.map((a) => {
    const tr = element("tr");
    tr.dataset.id = a.id;
    for (const field of ["athlete", "rule", "kind", "status", "delivery", "attempts"])
      tr.append(element("td", a[field] === null || a[field] === undefined ? "–" : String(a[field])));
    return tr;
  }));
  $("actions").hidden = actions.length === 0;
  $("actions-empty").hidden = actions.length > 0;
}

async function loadActions() {
  const answer = await api("GET", "/v1/actions?date=" + encodeURIComponent(selectedDate()));
  if (answer.status === 200) renderActions(answer.data.actions || []);
  else {
    renderActions([]);
    if (answer.status !== 404) say("Actions: " + problem(answer), true);
  }
}

async function loadDay() {
  const answer = await api("GET", "/v1/recommendations?date=" + encodeURIComponent(selectedDate()));
  if (answer.status !== 200) {
    renderSquad([]);
    say("Recommendations: " + problem(answer), true);
    return;
  }
  renderSquad(answer.data.recommendations);
  say(answer.data.recommendations.length ? "" : "This day is not decided yet.");
  await loadActions();
}

async function decideDay() {
  $("decide").disabled = true;
  say("Deciding " + selectedDate() + " …");
  try {
    const answer = await api("POST", `/v1/days/${selectedDate()}/recommendations`);
    if (answer.status === 200 || answer.status === 201) {
      renderSquad(answer.data.recommendations);
      say(answer.status === 201 ? "Decided " + answer.data.date + "." : answer.data.date + " was already decided.");
      await loadActions();
    } else {
      say(problem(answer), true);
    }
  } finally {
    $("decide").disabled = false;
  }
}

async function giveVerdict(id, body) {
  const answer = await api("POST", `/v1/recommendations/${encodeURIComponent(id)}/verdict`, body);
  if (answer.status === 201) {
    replaceRow(answer.data);
    say(`${id}: ${answer.data.status}.`);
    await loadActions();
  } else if (answer.status === 409) {
    say(problem(answer), true);
    await loadDay();
  } else {
    say(problem(answer), true);
  }
  return answer;
}

function openOverride(id) {
  overriding = id;
  $("override-id").textContent = id;
  $("override-form").reset();
  $("override-message").textContent = "";
  $("override").showModal();
}

async function confirmOverride(event) {
  event.preventDefault();
  const body = { verdict: "override", reason: $("override-reason").value.trim() };
  for (const field of ["minutes", "rpe"]) {
    const text = $("override-" + field).value;
    if (text !== "") body[field] = Number(text);
  }
  const answer = await giveVerdict(overriding, body);
  if (answer.status === 201 || answer.status === 409) $("override").close();
  else $("override-message").textContent = problem(answer);
}

function lineDataset(label, data, color, axis) {
  return { type: "line", label, data, borderColor: color, backgroundColor: color, yAxisID: axis,
           spanGaps: true, pointRadius: 2, tension: 0.2 };
}

function drawCharts(days) {
  while (charts.length) charts.pop().destroy();
  const labels = days.map((d) => d.date.slice(5));
  const common = { animation: false, responsive: true, maintainAspectRatio: false,
                   interaction: { mode: "index", intersect: false } };
  charts.push(new Chart($("load-chart"), {
    data: { labels, datasets: [
      { type: "bar", label: "Load (AU)", data: days.map((d) => d.load), backgroundColor: "#8fb3e6", yAxisID: "load" },
      lineDataset("ACWR (EWMA)", days.map((d) => d.acwr_ewma), "#c2410c", "acwr"),
    ] },
    options: { ...common, scales: {
      load: { type: "linear", position: "left", beginAtZero: true, title: { display: true, text: "load (AU)" } },
      acwr: { type: "linear", position: "right", suggestedMin: 0, suggestedMax: 2, grid: { drawOnChartArea: false },
              title: { display: true, text: "ACWR" } },
    } },
  }));
  charts.push(new Chart($("hrv-chart"), {
    data: { labels, datasets: [lineDataset("HRV (7-day ln RMSSD)", days.map((d) => d.hrv7), "#15803d", "hrv")] },
    options: { ...common, scales: { hrv: { type: "linear", position: "left", title: { display: true, text: "ln RMSSD" } } } },
  }));
}

async function showHistory(athlete) {
  $("history").hidden = false;
  $("history-athlete").textContent = athlete;
  const answer = await api("GET", `/v1/athletes/${encodeURIComponent(athlete)}/history`);
  const days = answer.status === 200 ? (answer.data.days || []).slice(-28) : [];
  if (answer.status !== 200 && answer.status !== 404) say("History: " + problem(answer), true);
  $("history-empty").hidden = days.length > 0;
  $("history-charts").hidden = days.length === 0;
  const withheld = answer.status === 200 ? answer.data.withheld || [] : [];
  $("history-withheld").textContent = withheld.length ? "not shared: " + withheld.join(", ") : "";
  if (days.length) drawCharts(days);
  else while (charts.length) charts.pop().destroy();
}

function signOut(why) {
  sessionStorage.removeItem(TOKEN_KEY);
  $("board").hidden = true;
  $("sign-out").hidden = true;
  $("sign-in").hidden = false;
  $("token").value = "";
  $("sign-in-message").textContent = why || "";
}

function signedIn() {
  $("sign-in").hidden = true;
  $("board").hidden = false;
  $("sign-out").hidden = false;
  return loadDay();
}

function start() {
  $("date").value = new Date().toISOString().slice(0, 10);
  $("date").addEventListener("change", () => { if (selectedDate()) loadDay(); });
  $("decide").addEventListener("click", decideDay);
  $("sign-out").addEventListener("click", () => signOut());
  $("sign-in").addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, $("token").value.trim());
    signedIn();
  });
  $("override-form").addEventListener("submit", confirmOverride);
  $("override-cancel").addEventListener("click", () => $("override").close());
  if (sessionStorage.getItem(TOKEN_KEY)) signedIn();
  else signOut();
}

start();
