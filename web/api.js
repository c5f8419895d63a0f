// The only module that talks to the server (/api/v1, JSON).

export class ApiError extends Error {
  constructor(code, message, status = 0) {
    super(message);
    this.code = code;
    this.status = status;
  }
  get unreachable() {
    return this.code === "unreachable" || this.code === "timeout";
  }
}

const BASE = "api/v1";  // relative to the page, so the editor also works under a path prefix

async function request(method, path, body, timeoutMs = 15000) {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  let res;
  try {
    res = await fetch(`${BASE}${path}`, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: ctrl.signal,
      cache: "no-store",
    });
  } catch (err) {
    if (err.name === "AbortError") throw new ApiError("timeout", "The Cloze server did not answer in time.");
    throw new ApiError("unreachable", "Can't reach the Cloze server.");
  } finally {
    clearTimeout(timer);
  }
  let data = null;
  try {
    data = await res.json();
  } catch {
    data = null;
  }
  if (!res.ok) {
    const e = data && data.error;
    if (res.status >= 502 && res.status <= 504 && !e) throw new ApiError("unreachable", "Can't reach the Cloze server.", res.status);
    throw new ApiError((e && e.code) || `http_${res.status}`, (e && e.message) || `The server answered ${res.status}.`, res.status);
  }
  if (data === null) throw new ApiError("bad_response", "The server sent an unreadable answer.", res.status);
  return data;
}

export const api = {
  health: () => request("GET", "/health", undefined, 5000),
  check: (payload) => request("POST", "/check", payload, 30000),
  reword: (payload) => request("POST", "/reword", payload, 30000),
  feedback: (payload) => request("POST", "/feedback", payload, 5000),
  dictionary: () => request("GET", "/dictionary"),
  addWord: (word) => request("POST", "/dictionary", { word }),
  removeWord: (word) => request("DELETE", `/dictionary/${encodeURIComponent(word)}`),
  documents: () => request("GET", "/documents"),
  getDocument: (id) => request("GET", `/documents/${encodeURIComponent(id)}`),
  createDocument: (title, text) => request("POST", "/documents", { title, text }),
  saveDocument: (id, title, text) => request("PUT", `/documents/${encodeURIComponent(id)}`, { title, text }),
  deleteDocument: (id) => request("DELETE", `/documents/${encodeURIComponent(id)}`),
};
