// Interface strings in Arabic (default) and English. Article text is never translated.

const STRINGS = {
  ar: {
    brand: 'مرصد', 'nav.code': 'ترميز مقال', 'nav.explore': 'استكشاف', 'nav.search': 'بحث',
    footer: 'كل حدث يعود إلى الجملة والكلمات التي رُمِّز منها.',
    'code.title': 'ترميز مقال', 'code.text': 'نص المقال', 'code.headline': 'العنوان (اختياري)', 'code.date': 'تاريخ النشر (اختياري)',
    'code.file': 'أو ارفع ملفاً (نص، HTML، JSON Lines)', 'code.run': 'رمّز', 'code.store': 'رمّز واحفظ',
    'code.stored': 'حُفظ في المخزن', 'code.empty': 'اكتب نصاً أو اختر ملفاً.',
    events: 'الأحداث', entities: 'الفاعلون', article: 'المقال', none: 'لا شيء',
    source: 'المصدر', target: 'الهدف', location: 'المكان', date: 'التاريخ', type: 'النوع', trigger: 'الكلمات', evidence: 'الدليل',
    modality: 'الصيغة', negated: 'منفي', symmetric: 'متبادل', commentary: 'تعليق الكاتب', 'quad': 'الفئة',
    'mod.actual': 'وقع', 'mod.intended': 'مزمع', 'mod.hypothetical': 'افتراضي', 'mod.question': 'سؤال', 'mod.claimed': 'ادعاء',
    'mod.historical': 'تاريخي', 'mod.all': 'الكل',
    'q.1': 'تعاون لفظي', 'q.2': 'تعاون مادي', 'q.3': 'نزاع لفظي', 'q.4': 'نزاع مادي',
    'f.from': 'من', 'f.to': 'إلى', 'f.type': 'نوع الحدث', 'f.quad': 'الفئة', 'f.country': 'الدولة (ISO3)', 'f.actor': 'الفاعل',
    'f.modality': 'الصيغة', 'f.text': 'كلمات', 'f.apply': 'تطبيق', 'f.any': 'الكل',
    'x.table': 'جدول الأحداث', 'x.timeline': 'الخط الزمني', 'x.network': 'شبكة الفاعلين', 'x.map': 'الخريطة',
    'x.export': 'تصدير', 'x.total': 'حدثاً', 'x.more': 'المزيد', 'x.open': 'فتح',
    'search.title': 'بحث في المقالات', 'search.run': 'ابحث', 'search.none': 'لا نتائج.',
    'event.title': 'حدث', 'event.reports': 'تقارير الحدث نفسه', 'actor.title': 'فاعل', 'actor.forms': 'صيغ الاسم',
    'actor.mentions': 'إشارة', 'actor.articles': 'مقالاً', 'actor.seen': 'أول وآخر ظهور', 'loading': 'جارٍ التحميل…',
    error: 'خطأ', lang: 'English',
  },
  en: {
    brand: 'Marsad', 'nav.code': 'Code an article', 'nav.explore': 'Explore', 'nav.search': 'Search',
    footer: 'Every event leads back to the sentence and the words it was coded from.',
    'code.title': 'Code an article', 'code.text': 'Article text', 'code.headline': 'Headline (optional)', 'code.date': 'Published (optional)',
    'code.file': 'or upload a file (text, HTML, JSON Lines)', 'code.run': 'Code', 'code.store': 'Code and store',
    'code.stored': 'Stored', 'code.empty': 'Type some text or choose a file.',
    events: 'Events', entities: 'Actors', article: 'Article', none: 'None',
    source: 'Source', target: 'Target', location: 'Place', date: 'Date', type: 'Type', trigger: 'Words', evidence: 'Evidence',
    modality: 'Modality', negated: 'negated', symmetric: 'symmetric', commentary: "writer's commentary", quad: 'Quad class',
    'mod.actual': 'actual', 'mod.intended': 'intended', 'mod.hypothetical': 'hypothetical', 'mod.question': 'question',
    'mod.claimed': 'claimed', 'mod.historical': 'historical', 'mod.all': 'all',
    'q.1': 'verbal cooperation', 'q.2': 'material cooperation', 'q.3': 'verbal conflict', 'q.4': 'material conflict',
    'f.from': 'From', 'f.to': 'To', 'f.type': 'Event type', 'f.quad': 'Quad class', 'f.country': 'Country (ISO3)', 'f.actor': 'Actor',
    'f.modality': 'Modality', 'f.text': 'Words', 'f.apply': 'Apply', 'f.any': 'any',
    'x.table': 'Events', 'x.timeline': 'Timeline', 'x.network': 'Actor network', 'x.map': 'Map',
    'x.export': 'Export', 'x.total': 'events', 'x.more': 'More', 'x.open': 'open',
    'search.title': 'Search the articles', 'search.run': 'Search', 'search.none': 'No results.',
    'event.title': 'Event', 'event.reports': 'Reports of the same event', 'actor.title': 'Actor', 'actor.forms': 'Written as',
    'actor.mentions': 'mentions', 'actor.articles': 'articles', 'actor.seen': 'First and last seen', 'loading': 'Loading…',
    error: 'Error', lang: 'عربي',
  },
};

let lang = localStorage.getItem('marsad.lang') === 'en' ? 'en' : 'ar';

export function t(key) {
  return STRINGS[lang][key] ?? STRINGS.ar[key] ?? key;
}

export function currentLang() {
  return lang;
}

/** Sets the interface language; the article text keeps its own direction. */
export function setLang(next) {
  lang = next === 'en' ? 'en' : 'ar';
  localStorage.setItem('marsad.lang', lang);
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'en' ? 'ltr' : 'rtl';
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  const button = document.getElementById('lang');
  if (button) button.textContent = t('lang');
}
