// Renders a coded article (marsad.article/1 JSON): its blocks with actors and event triggers
// marked by offsets into the text, commentary set apart, and a card per event.

import { el } from './dom.js';
import { t } from './i18n.js';

/** Marks over [start, end): actors, triggers and the writer's commentary. */
function marks(doc) {
  const out = [];
  for (const e of doc.entities || []) {
    const tip = [e.name, e.latin, e.country || '—', e.sector || '—', e.role].filter(Boolean).join(' · ');
    for (const m of e.mentions || []) out.push({ start: m.start, end: m.end, cls: 'ent ent-' + e.type.toLowerCase(), tip, entity: e.id });
  }
  (doc.events || []).forEach((ev, i) => {
    out.push({ start: ev.trigger.start, end: ev.trigger.end, cls: 'trg', tip: `${ev.type}${ev.mode ? '/' + ev.mode : ''} · CAMEO ${ev.cameo}`, event: i });
  });
  for (const s of doc.sentences || []) {
    if (s.kind === 'commentary') out.push({ start: s.start, end: s.end, cls: 'commentary', tip: t('commentary') });
    for (const c of s.commentary || []) out.push({ start: c.start, end: c.end, cls: 'commentary', tip: t('commentary') });
  }
  return out;
}

/** The text of [start, end) as nodes, each piece wrapped in the marks that cover it. */
export function marked(text, start, end, all) {
  const inside = all.filter(m => m.start < end && m.end > start);
  const cuts = new Set([start, end]);
  for (const m of inside) { cuts.add(Math.max(m.start, start)); cuts.add(Math.min(m.end, end)); }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const covering = inside.filter(m => m.start <= a && m.end >= b);
    if (!covering.length) { nodes.push(piece); continue; }
    const props = { class: covering.map(m => m.cls).join(' '), title: covering.map(m => m.tip).filter(Boolean).join('\n') };
    const trg = covering.find(m => m.event !== undefined);
    if (trg) props['data-event'] = trg.event;
    nodes.push(el('span', props, piece));
  }
  return nodes;
}

function block(doc, b, all) {
  const text = doc.text;
  switch (b.type) {
    case 'heading': return el('h' + Math.min(6, 2 + (b.level || 2)), { class: 'a-heading' }, marked(text, b.content.start, b.content.end, all));
    case 'table': {
      const head = b.header ? el('thead', {}, el('tr', {}, b.header.map(c => el('th', {}, marked(text, c.start, c.end, all))))) : null;
      const body = el('tbody', {}, (b.rows || []).map(r => el('tr', {}, r.map(c => el('td', {}, marked(text, c.start, c.end, all))))));
      return el('table', { class: 'a-table' }, head, body);
    }
    case 'list': return el(b.ordered ? 'ol' : 'ul', { class: 'a-list' }, (b.items || []).map(it => el('li', {}, marked(text, it.start, it.end, all))));
    default: return el('p', { class: 'a-par' }, marked(text, b.start, b.end, all));
  }
}

export function side(p) {
  if (!p) return '—';
  const code = [p.country, p.sector].filter(Boolean).join(' ');
  return (p.name || p.text) + (code ? ` (${code})` : '');
}

/** Badges of an event, from a coded article ({type, cameo, quad_class}) or from the API (PLOVER: {event_type, cameo: {...}}). */
export function badges(ev) {
  const type = ev.type || ev.event_type;
  const cameo = ev.cameo && typeof ev.cameo === 'object' ? ev.cameo : { code: ev.cameo, quad_class: ev.quad_class, goldstein: ev.goldstein };
  return [
    el('span', { class: 'badge q' + cameo.quad_class, title: t('q.' + cameo.quad_class) }, `${type}${ev.mode ? '/' + ev.mode : ''}`),
    el('span', { class: 'badge' }, `CAMEO ${cameo.code} · ${cameo.quad_class} · ${cameo.goldstein}`),
    ev.modality && ev.modality !== 'actual' ? el('span', { class: 'badge mod' }, t('mod.' + ev.modality)) : null,
    ev.negated ? el('span', { class: 'badge neg' }, t('negated')) : null,
    ev.symmetric ? el('span', { class: 'badge' }, t('symmetric')) : null,
  ];
}

function card(doc, ev, i, triggersOnly) {
  return el('article', { class: 'event-card', id: 'ev' + i },
    el('div', { class: 'badges' }, badges(ev)),
    el('dl', {},
      el('dt', {}, t('source')), el('dd', {}, side(ev.source)),
      el('dt', {}, t('target')), el('dd', {}, side(ev.target)),
      el('dt', {}, t('location')), el('dd', {}, ev.location ? `${ev.location.name} (${ev.location.country || '—'})` : '—'),
      el('dt', {}, t('date')), el('dd', {}, ev.date || doc.date || '—'),
      el('dt', {}, t('trigger')), el('dd', { class: 'ar' }, ev.trigger.text)),
    el('blockquote', { class: 'evidence ar', dir: 'rtl' }, marked(doc.text, ev.sentence.start, ev.sentence.end, triggersOnly)));
}

/** The annotated article and its event cards. */
export function annotate(doc) {
  const all = marks(doc);
  const triggers = (doc.events || []).map(ev => ({ start: ev.trigger.start, end: ev.trigger.end, cls: 'trg' }));
  const entities = (doc.entities || []).filter(e => e.type === 'PERSON' || e.type === 'ORG' || e.country);
  return el('div', { class: 'annotated' },
    el('section', { class: 'article-view' },
      el('h2', {}, t('article')),
      doc.title ? el('h3', { class: 'ar' }, doc.title) : null,
      el('div', { class: 'article-text ar', dir: 'rtl', lang: 'ar' }, (doc.blocks || []).map(b => block(doc, b, all)))),
    el('section', { class: 'events-view' },
      el('h2', {}, `${t('events')} (${(doc.events || []).length})`),
      (doc.events || []).length ? (doc.events || []).map((ev, i) => card(doc, ev, i, triggers)) : el('p', {}, t('none')),
      el('h2', {}, `${t('entities')} (${entities.length})`),
      el('ul', { class: 'entity-list' }, entities.map(e => el('li', {},
        el('span', { class: 'ent ent-' + e.type.toLowerCase() }, e.name),
        ` ${e.type} · ${e.country || '—'} · ${e.sector || '—'}${e.latin ? ' · ' + e.latin : ''}`)))));
}
