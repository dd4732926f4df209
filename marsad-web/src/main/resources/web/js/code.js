// The "code an article" page: paste or upload, see the article annotated.

import { el, clear } from './dom.js';
import { t } from './i18n.js';
import { post } from './api.js';
import { annotate } from './annotate.js';

export function codePage(main, health) {
  const text = el('textarea', { id: 'code-text', rows: 10, dir: 'rtl', lang: 'ar', placeholder: t('code.text') });
  const title = el('input', { id: 'code-title', type: 'text', dir: 'rtl', placeholder: t('code.headline') });
  const date = el('input', { id: 'code-date', type: 'date', title: t('code.date') });
  const file = el('input', { id: 'code-file', type: 'file', accept: '.txt,.html,.htm,.jsonl,.md' });
  const status = el('p', { id: 'code-status', class: 'status', role: 'status' });
  const result = el('div', { id: 'code-result' });

  function body() {
    if (file.files.length) {
      const form = new FormData();
      form.append('file', file.files[0]);
      return form;
    }
    if (text.value.trim()) return { text: text.value, title: title.value || null, date: date.value || null };
    return null;
  }

  async function run(store) {
    clear(result);
    if (!body()) {
      status.textContent = t('code.empty');
      return;
    }
    status.textContent = t('loading');
    try {
      const answer = await post(store ? '/api/ingest' : '/api/code', body());
      status.textContent = store ? `${t('code.stored')}: ${answer.added} / ${answer.read}` : '';
      for (const doc of answer.articles) result.append(annotate(doc));
      for (const p of answer.problems || []) result.append(el('p', { class: 'status' }, p));
    } catch (e) {
      status.textContent = `${t('error')}: ${e.message}`;
    }
  }

  clear(main).append(el('section', { class: 'code-page' },
    el('h1', {}, t('code.title')),
    el('form', { id: 'code-form', onsubmit: e => { e.preventDefault(); run(false); } },
      title, date, text,
      el('label', {}, t('code.file'), ' ', file),
      el('div', { class: 'buttons' },
        el('button', { id: 'code-run', type: 'submit' }, t('code.run')),
        health && health.ingest ? el('button', { id: 'code-store', type: 'button', onclick: () => run(true) }, t('code.store')) : null)),
    status, result));
}
