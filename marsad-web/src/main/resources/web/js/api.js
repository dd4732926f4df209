// Calls the JSON API; a refused request becomes an Error carrying the problem's detail.

export async function get(path, params) {
  const query = params ? '?' + new URLSearchParams(clean(params)).toString() : '';
  return answer(await fetch(path + query, { headers: { Accept: 'application/json' } }));
}

export async function post(path, body) {
  const init = body instanceof FormData
    ? { method: 'POST', body }
    : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
  return answer(await fetch(path, init));
}

export function url(path, params) {
  return path + '?' + new URLSearchParams(clean(params)).toString();
}

function clean(params) {
  const out = {};
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== '') out[k] = v;
  return out;
}

async function answer(response) {
  const text = await response.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch { body = null; }
  if (!response.ok) throw new Error((body && (body.detail || body.title)) || response.statusText);
  return body;
}
