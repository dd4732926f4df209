// The corpus explorer: filters, the event table, a timeline by quad class (uPlot), the actor
// network (Cytoscape.js) and a map of countries and places (Leaflet), all for one selection.

import { el, clear, outLink } from './dom.js';
import { t } from './i18n.js';
import { get, url } from './api.js';
import { side, badges } from './annotate.js';

export const QUAD_COLOURS = { 1: '#2b8a3e', 2: '#1971c2', 3: '#e8590c', 4: '#c92a2a' };
const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
  'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const FILTERS = ['from', 'to', 'type', 'quad', 'country', 'actor', 'modality', 'text'];

let countries = null;

/** Filters from the page address (#/explore?type=...). */
function filtersOf(query) {
  const params = new URLSearchParams(query || '');
  const out = {};
  for (const f of FILTERS) if (params.get(f)) out[f] = params.get(f);
  return out;
}

function select(id, options, value) {
  return el('select', { id }, options.map(([v, label]) => el('option', { value: v, selected: v === (value || '') }, label)));
}

function form(filters) {
  const input = (id, type, extra = {}) => el('input', { id: 'f-' + id, type, value: filters[id] || '', ...extra });
  const f = el('form', { id: 'filters', class: 'filters' },
    el('label', {}, t('f.from'), input('from', 'date')),
    el('label', {}, t('f.to'), input('to', 'date')),
    el('label', {}, t('f.type'), select('f-type', [['', t('f.any')], ...TYPES.map(x => [x, x])], filters.type)),
    el('label', {}, t('f.quad'), select('f-quad', [['', t('f.any')], ...[1, 2, 3, 4].map(q => [String(q), `${q} · ${t('q.' + q)}`])], filters.quad)),
    el('label', {}, t('f.country'), input('country', 'text', { size: 4, maxlength: 3, placeholder: 'EGY' })),
    el('label', {}, t('f.actor'), input('actor', 'text', { dir: 'auto' })),
    el('label', {}, t('f.modality'), select('f-modality', ['actual', 'intended', 'hypothetical', 'question', 'claimed', 'historical', 'all']
      .map(m => [m === 'actual' ? '' : m, t('mod.' + m)]), filters.modality)),
    el('label', {}, t('f.text'), input('text', 'search', { dir: 'auto' })),
    el('button', { type: 'submit' }, t('f.apply')));
  f.addEventListener('submit', e => {
    e.preventDefault();
    const next = {};
    for (const id of FILTERS) {
      const v = f.querySelector('#f-' + id).value.trim();
      if (v) next[id] = v;
    }
    location.hash = '#/explore?' + new URLSearchParams(next).toString();
  });
  return f;
}

function table(page, filters) {
  const rows = page.items.map(e => el('tr', {},
    el('td', {}, e.date || '—'),
    el('td', {}, badges(e)),
    el('td', { class: 'ar' }, e.source_actor_id ? el('a', { href: '#/actor/' + e.source_actor_id }, side(actor(e, 'source'))) : side(actor(e, 'source'))),
    el('td', { class: 'ar' }, e.target_actor_id ? el('a', { href: '#/actor/' + e.target_actor_id }, side(actor(e, 'target'))) : side(actor(e, 'target'))),
    el('td', { class: 'ar' }, e.location ? e.location.name : '—'),
    el('td', { class: 'ar evidence-cell', dir: 'rtl' }, evidence(e)),
    el('td', {}, el('a', { href: '#/event/' + e.event_id }, t('x.open')), ' ', outLink(e.url, '↗'))));
  return el('section', { class: 'panel' },
    el('h2', {}, t('x.table'), ' ', el('small', { id: 'event-total' }, `${page.total} ${t('x.total')}`),
      ' ', el('a', { class: 'export', href: url('/api/export', { ...filters, format: 'csv' }) }, 'CSV'),
      ' ', el('a', { class: 'export', href: url('/api/export', { ...filters, format: 'plover' }) }, 'PLOVER JSONL')),
    el('table', { id: 'event-table', class: 'events' },
      el('thead', {}, el('tr', {}, [t('date'), t('type'), t('source'), t('target'), t('location'), t('evidence'), ''].map(h => el('th', {}, h)))),
      el('tbody', {}, rows)));
}

export function actor(e, which) {
  return e[which] ? { name: e[which], country: e[which + '_actor'], sector: e[which + '_agent'] } : null;
}

/** The evidence sentence with the trigger marked (offsets are relative to the article). */
export function evidence(e) {
  const s = e.evidence.sentence.start;
  const a = e.evidence.trigger.start - s;
  const b = e.evidence.trigger.end - s;
  if (a < 0 || b > e.text.length) return e.text;
  return [e.text.slice(0, a), el('mark', { class: 'trg' }, e.text.slice(a, b)), e.text.slice(b)];
}

function timeline(box, days) {
  if (!days.length) { box.append(el('p', {}, t('none'))); return null; }
  const xs = days.map(d => Date.parse(d.day + 'T00:00:00Z') / 1000);
  const data = [xs, ...[1, 2, 3, 4].map(q => days.map(d => d['q' + q]))];
  const plot = new uPlot({
    width: Math.max(320, box.clientWidth || 800), height: 220,
    series: [{}, ...[1, 2, 3, 4].map(q => ({ label: t('q.' + q), stroke: QUAD_COLOURS[q], width: 2, points: { show: days.length < 60 } }))],
    axes: [{}, { size: 40 }],
    scales: { x: { time: true } },
  }, data, box);
  return plot;
}

function network(box, graph) {
  if (!graph.nodes.length) { box.append(el('p', {}, t('none'))); return null; }
  const max = Math.max(...graph.nodes.map(n => n.events));
  const cy = cytoscape({
    container: box,
    elements: [
      ...graph.nodes.map(n => ({ data: { id: 'a' + n.id, actor: n.id, label: n.name + (n.country ? ` (${n.country})` : ''), size: 12 + 28 * n.events / max } })),
      ...graph.edges.map((e, i) => ({ data: { id: 'e' + i, source: 'a' + e.source, target: 'a' + e.target, colour: QUAD_COLOURS[e.quad_class], width: 1 + Math.min(8, e.events) } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 11, 'background-color': '#495057' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.8 } },
    ],
    layout: { name: 'cose', animate: false },
  });
  cy.on('tap', 'node', ev => { location.hash = '#/actor/' + ev.target.data('actor'); });
  return cy;
}

function map(box, data) {
  const m = L.map(box, { worldCopyJump: true, attributionControl: true }).setView([25, 30], 2);
  m.attributionControl.addAttribution('Natural Earth');
  const max = Math.max(1, ...Object.values(data.countries));
  const layer = L.geoJSON(countries, {
    style: f => {
      const n = data.countries[f.properties.iso3] || 0;
      return { weight: 0.6, color: '#868e96', fillColor: n ? '#c92a2a' : '#f1f3f5', fillOpacity: n ? 0.15 + 0.75 * n / max : 0.6 };
    },
    onEachFeature: (f, l) => l.bindTooltip(el('span', {}, `${f.properties.name}: ${data.countries[f.properties.iso3] || 0}`)),
  }).addTo(m);
  for (const mk of data.markers) {
    L.circleMarker([mk.lat, mk.lon], { radius: 4 + Math.min(12, Math.sqrt(mk.events) * 2), color: '#1971c2', weight: 1, fillOpacity: 0.7 })
      .bindPopup(el('span', { dir: 'rtl' }, `${mk.name} (${mk.country}): ${mk.events}`)).addTo(m);
  }
  return { map: m, layer, shaded: Object.keys(data.countries).length };
}

export async function explorePage(main, query) {
  document.body.dataset.explorerReady = 'false';
  const filters = filtersOf(query);
  const status = el('p', { class: 'status' }, t('loading'));
  const boxes = { timeline: el('div', { id: 'timeline', class: 'chart' }), network: el('div', { id: 'network', class: 'graph' }), map: el('div', { id: 'map', class: 'map' }) };
  const tableBox = el('div', { id: 'table-box' });
  clear(main).append(el('section', { class: 'explore-page' }, form(filters), status, tableBox,
    el('section', { class: 'panel' }, el('h2', {}, t('x.timeline')), boxes.timeline),
    el('div', { class: 'two' },
      el('section', { class: 'panel' }, el('h2', {}, t('x.network')), boxes.network),
      el('section', { class: 'panel' }, el('h2', {}, t('x.map')), boxes.map))));
  try {
    if (!countries) countries = await get('/countries.geojson');
    const [page, days, graph, places] = await Promise.all([
      get('/api/events', { ...filters, limit: 100 }), get('/api/timeline', filters), get('/api/network', filters), get('/api/map', filters)]);
    status.textContent = '';
    tableBox.append(table(page, filters));
    window.marsad = {
      timeline: timeline(boxes.timeline, days.days),
      network: network(boxes.network, graph),
      map: map(boxes.map, places),
    };
    document.body.dataset.explorerReady = 'true';
  } catch (e) {
    status.textContent = `${t('error')}: ${e.message}`;
  }
}
