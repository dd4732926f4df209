// The event page, the actor page and the search page.

import { el, clear, outLink } from './dom.js';
import { t } from './i18n.js';
import { get } from './api.js';
import { badges, side } from './annotate.js';
import { actor, evidence } from './explore.js';

function eventBlock(e) {
  return el('article', { class: 'event-card' },
    el('div', { class: 'badges' }, badges(e)),
    el('dl', {},
      el('dt', {}, t('source')), el('dd', { class: 'ar' }, e.source_actor_id ? el('a', { href: '#/actor/' + e.source_actor_id }, side(actor(e, 'source'))) : side(actor(e, 'source'))),
      el('dt', {}, t('target')), el('dd', { class: 'ar' }, e.target_actor_id ? el('a', { href: '#/actor/' + e.target_actor_id }, side(actor(e, 'target'))) : side(actor(e, 'target'))),
      el('dt', {}, t('location')), el('dd', { class: 'ar' }, e.location ? `${e.location.name} (${e.location.country || '—'})` : '—'),
      el('dt', {}, t('date')), el('dd', {}, e.date || '—'),
      el('dt', {}, t('article')), el('dd', { class: 'ar' }, e.article.title || e.article.article_id, ' ', outLink(e.article.url, '↗'),
        e.article.source ? ` · ${e.article.source}` : '', e.article.published ? ` · ${e.article.published}` : '')),
    el('blockquote', { class: 'evidence ar', dir: 'rtl' }, evidence(e)),
    el('p', { class: 'offsets' }, `[${e.evidence.sentence.start}, ${e.evidence.sentence.end}) · ${e.evidence.trigger.text} [${e.evidence.trigger.start}, ${e.evidence.trigger.end})`));
}

export async function eventPage(main, id) {
  clear(main).append(el('p', { class: 'status' }, t('loading')));
  try {
    const e = await get('/api/events/' + encodeURIComponent(id));
    clear(main).append(el('section', { class: 'event-page' },
      el('h1', {}, `${t('event.title')} ${e.event_id}`), eventBlock(e),
      el('h2', {}, `${t('event.reports')} (${e.reports.length})`),
      e.reports.map(r => el('p', { class: 'ar' }, el('a', { href: '#/event/' + r.event_id }, r.date || '—'), ' · ',
        r.article.source || '', ' · ', r.article.title || r.article.article_id))));
  } catch (err) {
    clear(main).append(el('p', { class: 'status' }, `${t('error')}: ${err.message}`));
  }
}

export async function actorPage(main, id) {
  clear(main).append(el('p', { class: 'status' }, t('loading')));
  try {
    const a = await get('/api/actors/' + encodeURIComponent(id));
    clear(main).append(el('section', { class: 'actor-page' },
      el('h1', { class: 'ar' }, a.name, a.latin ? el('small', {}, ` ${a.latin}`) : null),
      el('p', {}, `${a.type} · ${a.country || '—'} · ${a.sector || '—'} · ${a.mentions} ${t('actor.mentions')} · ${a.articles} ${t('actor.articles')}`
        + ` · ${t('actor.seen')}: ${a.first_seen || '?'} – ${a.last_seen || '?'}`,
        a.wikidata ? el('span', {}, ' · ', outLink('https://www.wikidata.org/wiki/' + a.wikidata, a.wikidata)) : null),
      el('h2', {}, t('actor.forms')),
      el('ul', { class: 'ar' }, a.surfaces.map(s => el('li', {}, `${s.text} ×${s.count}`))),
      el('h2', {}, `${t('events')} (${a.events.length})`),
      a.events.map(eventBlock)));
  } catch (err) {
    clear(main).append(el('p', { class: 'status' }, `${t('error')}: ${err.message}`));
  }
}

export function searchPage(main, query) {
  const q = new URLSearchParams(query || '').get('q') || '';
  const input = el('input', { id: 'search-q', type: 'search', value: q, dir: 'auto', placeholder: 'احتجاج' });
  const results = el('div', { id: 'search-results' });
  clear(main).append(el('section', { class: 'search-page' }, el('h1', {}, t('search.title')),
    el('form', { onsubmit: e => { e.preventDefault(); location.hash = '#/search?' + new URLSearchParams({ q: input.value }); } },
      input, el('button', { type: 'submit' }, t('search.run'))), results));
  if (!q.trim()) return;
  get('/api/search', { q, limit: 50 }).then(answer => {
    if (!answer.items.length) results.append(el('p', {}, t('search.none')));
    for (const h of answer.items) {
      const parts = [];
      let at = 0;
      for (const [a, b] of h.highlights) { parts.push(h.snippet.slice(at, a), el('mark', {}, h.snippet.slice(a, b))); at = b; }
      parts.push(h.snippet.slice(at));
      results.append(el('article', { class: 'hit' },
        el('h3', { class: 'ar' }, h.title || h.article_id, ' ', outLink(h.url, '↗')),
        el('p', { class: 'meta' }, [h.published, h.source].filter(Boolean).join(' · ')),
        el('p', { class: 'ar snippet', dir: 'rtl' }, parts)));
    }
  }).catch(err => results.append(el('p', { class: 'status' }, `${t('error')}: ${err.message}`)));
}
