// The application: a router over the page address (#/code, #/explore?..., #/search?q=,
// #/event/ID, #/actor/ID) and the language switch.

import { t, setLang, currentLang } from './i18n.js';
import { get } from './api.js';
import { codePage } from './code.js';
import { explorePage } from './explore.js';
import { eventPage, actorPage, searchPage } from './pages.js';

let health = null;

async function route() {
  const main = document.getElementById('main');
  const hash = location.hash || '#/code';
  const [path, query] = hash.slice(1).split('?');
  const parts = path.split('/').filter(Boolean);
  for (const a of document.querySelectorAll('header nav a')) a.classList.toggle('active', hash.startsWith(a.getAttribute('href')));
  switch (parts[0]) {
    case 'explore': return explorePage(main, query);
    case 'search': return searchPage(main, query);
    case 'event': return eventPage(main, parts[1]);
    case 'actor': return actorPage(main, parts[1]);
    default: return codePage(main, health);
  }
}

async function start() {
  setLang(currentLang());
  document.getElementById('lang').addEventListener('click', () => {
    setLang(currentLang() === 'ar' ? 'en' : 'ar');
    route();
  });
  try {
    health = await get('/api/health');
    document.getElementById('store-info').textContent = `${health.articles} · ${health.events} ${t('x.total')}`;
  } catch (e) {
    health = null;
  }
  window.addEventListener('hashchange', route);
  await route();
}

start();
