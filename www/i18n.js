// UI strings in English and Russian. The language comes from a saved choice, else the browser's
// language; elements carry data-i18n (text), data-i18n-aria (aria-label) or data-i18n-title keys.

export const STRINGS = {
  en: {
    title: 'heapscope — watch CPython manage memory',
    tagline: 'Watch CPython 3.11 manage memory, step by step',
    program: 'Program',
    run: 'Run',
    stop: 'Stop',
    stepBack: 'Step back',
    stepForward: 'Step forward',
    step: 'Step',
    share: 'Share',
    embed: 'Embed',
    copy: 'Copy',
    close: 'Close',
    heap: 'Heap',
    output: 'Output',
    stdin: 'Input',
    examples: 'Examples',
    examplesPick: 'Examples…',
    language: 'Language',
    theme: 'Dark theme',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit',
    shareLink: 'Share link',
    embedCode: 'Embed code',
    linkCopied: 'Link copied to the clipboard.',
    linkReady: 'Copy this link:',
    embedReady: 'Paste this into a page:',
    openFull: 'Open in heapscope',
    status: 'Status',
    statusIdle: 'Ready',
    statusLoading: 'Loading the engine…',
    statusRunning: 'Running… {n} steps',
    statusDone: '{n} steps',
    statusStopped: 'Stopped after {n} steps',
    statusError: 'Finished with {kind}',
    statusSyntax: 'Cannot run: {kind} on line {line}',
    statusCrashed: 'The engine crashed and was restarted; your program is kept.',
    stepOf: 'step {step} of {total}',
    lineShort: 'line {n}',
    frameLabel: 'frame {name}, line {line}',
    objectLabel: '{type} at {address}, refcount {refcount}, {gen}',
    generation: 'generation {n}',
    untracked: 'untracked',
    genShort: 'gen {n}',
    untrackedShort: 'untracked',
    refcountShort: 'refcount {n}',
    more: '+{n} more',
    noReferences: 'no references',
    copyOf: 'copy of {address}',
    heapEmpty: 'Run a program to see its objects.',
    notDrawn: '{n} more live objects not drawn (inside collapsed containers, or held only by what is not shown)',
    heapInfo: 'gc.get_count() = ({counts}) · {event} · solid arrow: reference, dashed: weak reference',
    notRun: 'Line {line} did not run.',
    simulated:
      'Everything here is simulated: objects, addresses, sizes and time (time.time() and sleep follow a simulated clock), modelled on CPython 3.11.',
    keys: 'Ctrl/⌘+Enter runs · Esc then Tab leaves the editor · Alt+J jumps to when the cursor line ran · in the heap: arrows pan, + and − zoom, 0 fits',
  },
  ru: {
    title: 'heapscope — как CPython управляет памятью',
    tagline: 'Смотрите, как CPython 3.11 управляет памятью, шаг за шагом',
    program: 'Программа',
    run: 'Запустить',
    stop: 'Остановить',
    stepBack: 'Шаг назад',
    stepForward: 'Шаг вперёд',
    step: 'Шаг',
    share: 'Поделиться',
    embed: 'Встроить',
    copy: 'Копировать',
    close: 'Закрыть',
    heap: 'Куча',
    output: 'Вывод',
    stdin: 'Ввод',
    examples: 'Примеры',
    examplesPick: 'Примеры…',
    language: 'Язык',
    theme: 'Тёмная тема',
    zoomIn: 'Приблизить',
    zoomOut: 'Отдалить',
    fit: 'Вместить',
    shareLink: 'Ссылка',
    embedCode: 'Код для вставки',
    linkCopied: 'Ссылка скопирована в буфер обмена.',
    linkReady: 'Скопируйте ссылку:',
    embedReady: 'Вставьте это в страницу:',
    openFull: 'Открыть в heapscope',
    status: 'Состояние',
    statusIdle: 'Готово',
    statusLoading: 'Загрузка движка…',
    statusRunning: 'Выполняется… шагов: {n}',
    statusDone: 'Шагов: {n}',
    statusStopped: 'Остановлено после {n} шагов',
    statusError: 'Завершено с {kind}',
    statusSyntax: 'Нельзя запустить: {kind} в строке {line}',
    statusCrashed: 'Движок упал и перезапущен; программа сохранена.',
    stepOf: 'шаг {step} из {total}',
    lineShort: 'строка {n}',
    frameLabel: 'кадр {name}, строка {line}',
    objectLabel: '{type} по адресу {address}, refcount {refcount}, {gen}',
    generation: 'поколение {n}',
    untracked: 'не отслеживается сборщиком',
    genShort: 'пок. {n}',
    untrackedShort: 'не отслеж.',
    refcountShort: 'refcount {n}',
    more: 'ещё {n}',
    noReferences: 'нет ссылок',
    copyOf: 'копия {address}',
    heapEmpty: 'Запустите программу, чтобы увидеть её объекты.',
    notDrawn: 'ещё живых объектов не показано (в свёрнутых контейнерах или удерживаемых скрытым): {n}',
    heapInfo: 'gc.get_count() = ({counts}) · {event} · сплошная стрелка — ссылка, пунктир — слабая ссылка',
    notRun: 'Строка {line} не выполнялась.',
    simulated:
      'Всё здесь смоделировано: объекты, адреса, размеры и время (time.time() и sleep идут по модельным часам), по образцу CPython 3.11.',
    keys: 'Ctrl/⌘+Enter — запуск · Esc, затем Tab — выйти из редактора · Alt+J — к моменту выполнения строки с курсором · в куче: стрелки — сдвиг, + и − — масштаб, 0 — вместить',
  },
};

export const LANGUAGES = { en: 'English', ru: 'Русский' };

let current = 'en';

/** Picks a language: an explicit choice, else the browser's preference, else English. */
export function detectLanguage(saved, navigatorLanguages = navigator.languages || [navigator.language]) {
  if (saved && STRINGS[saved]) return saved;
  for (const tag of navigatorLanguages) {
    const base = String(tag || '').toLowerCase().split('-')[0];
    if (STRINGS[base]) return base;
  }
  return 'en';
}

export function setLanguage(lang) {
  current = STRINGS[lang] ? lang : 'en';
  document.documentElement.lang = current;
  return current;
}

export function language() {
  return current;
}

/** The string for `key` in the current language with {name} placeholders filled in. */
export function t(key, params = {}) {
  const template = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name) => (name in params ? String(params[name]) : `{${name}}`));
}

/** Applies the current language to every tagged element under `root`. */
export function applyLanguage(root = document) {
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-aria]')) node.setAttribute('aria-label', t(node.dataset.i18nAria));
  for (const node of root.querySelectorAll('[data-i18n-title]')) node.title = t(node.dataset.i18nTitle);
  document.title = t('title');
}
