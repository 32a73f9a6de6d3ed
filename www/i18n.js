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
    shareShared: 'the original refers to the same object',
    shareCopied: 'a copy of what the original refers to',
    collection: 'Collection',
    collectionTitle: 'The cyclic collector ran: generation {generation}',
    collectionSummary: '{examined} objects examined, {garbage} cleared as garbage. Walk through its phases:',
    collectionOf: 'Collection {n} of {total} in this step',
    previousPhase: 'Previous phase',
    nextPhase: 'Next phase',
    afterCollection: 'After the collection',
    phaseLabel: '{n}. {name}',
    gcRefs: 'gc_refs {n}',
    gcLabel: 'in the collection: {state}',
    gcLabelRefs: 'in the collection: gc_refs {n}, {state}',
    'gc-examined': 'examined',
    'gc-reachable': 'reachable',
    'gc-unreachable': 'unreachable',
    'gc-cleared': 'weak reference cleared',
    'gc-finalized': '__del__ called',
    'gc-resurrected': 'resurrected',
    'gc-garbage': 'garbage, cleared',
    'phase-update_refs': 'update_refs: gc_refs = refcount',
    'phase-subtract_refs': 'subtract_refs: minus references from inside',
    'phase-move_unreachable': 'move_unreachable: who is reachable?',
    'phase-handle_weakrefs': 'handle_weakrefs: clear weak references',
    'phase-finalize_garbage': 'finalize_garbage: call __del__',
    'phase-handle_resurrected': 'handle_resurrected_objects: resurrection check',
    'phase-delete_garbage': 'delete_garbage: clear the cycles',
    'explain-update_refs':
      'Each object of the generation being collected gets a scratch counter, gc_refs, starting at its reference count.',
    'explain-subtract_refs':
      'For every reference from one of these objects to another, the target loses 1. What is left counts references from outside the generation: names, frames, older objects.',
    'explain-move_unreachable':
      'Objects with gc_refs > 0 are reachable from outside, and so is everything they refer to. The rest is unreachable: only referenced from inside a cycle of garbage.',
    'explain-handle_weakrefs':
      'Weak references to unreachable objects are cleared, so no one can reach the garbage through them; callbacks of weak references that are themselves reachable will be called.',
    'explain-finalize_garbage':
      '__del__ (tp_finalize) is called once for each unreachable object that has one, even in a cycle (PEP 442). A finalizer may store a reference to the object somewhere reachable.',
    'explain-handle_resurrected':
      'gc_refs is computed again over the garbage. Anything a finalizer made reachable again (gc_refs > 0, and what it refers to) is resurrected and survives.',
    'explain-delete_garbage':
      'The remaining garbage is cleared (tp_clear drops its references), the cycles fall apart and reference counting frees the objects.',
    timeline: 'Timeline',
    timelineTitle: 'Threads and the GIL',
    timelineNote:
      'Time is simulated: each bytecode instruction costs the same few nanoseconds, sleeps and I/O last what they ask for, and only the thread holding the GIL runs. The durations follow CPython\'s proportions, not this computer\'s speed.',
    timelineNoteFree:
      'Time is simulated. Free-threaded mode (like CPython 3.13 without the GIL): threads run in parallel on simulated cores.',
    timelineCut: 'Recorded up to {time}: the threads switched too often to keep every change after that.',
    timelineHelp: 'Click a lane, or focus it and use the arrow keys, to go to the step running at that moment.',
    'state-running': 'running',
    'state-waiting_gil': 'waiting for the GIL',
    'state-lock': 'blocked on a lock',
    'state-sleep': 'sleeping',
    'state-io': 'waiting for I/O',
    'state-idle': 'not running',
    handoff: 'GIL hand-off',
    'kind-thread': 'thread',
    'kind-process': 'process',
    laneLabel: '{kind} {name}',
    laneValue: '{time}, {state}',
    seconds: '{n} s',
    frameLabelThread: 'frame {name}, line {line}, thread {thread}',
    crowded: 'arrows to simple values are hidden (their rows show them): click an object to see all its arrows',
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
    shareShared: 'оригинал ссылается на тот же объект',
    shareCopied: 'копия того, на что ссылается оригинал',
    collection: 'Сборка',
    collectionTitle: 'Работал сборщик циклов: поколение {generation}',
    collectionSummary: 'Осмотрено объектов: {examined}, собрано как мусор: {garbage}. Пройдите по фазам:',
    collectionOf: 'Сборка {n} из {total} на этом шаге',
    previousPhase: 'Предыдущая фаза',
    nextPhase: 'Следующая фаза',
    afterCollection: 'После сборки',
    phaseLabel: '{n}. {name}',
    gcRefs: 'gc_refs {n}',
    gcLabel: 'в сборке: {state}',
    gcLabelRefs: 'в сборке: gc_refs {n}, {state}',
    'gc-examined': 'осматривается',
    'gc-reachable': 'достижим',
    'gc-unreachable': 'недостижим',
    'gc-cleared': 'слабая ссылка очищена',
    'gc-finalized': 'вызван __del__',
    'gc-resurrected': 'воскрешён',
    'gc-garbage': 'мусор, очищен',
    'phase-update_refs': 'update_refs: gc_refs = refcount',
    'phase-subtract_refs': 'subtract_refs: минус внутренние ссылки',
    'phase-move_unreachable': 'move_unreachable: кто достижим?',
    'phase-handle_weakrefs': 'handle_weakrefs: очистка слабых ссылок',
    'phase-finalize_garbage': 'finalize_garbage: вызов __del__',
    'phase-handle_resurrected': 'handle_resurrected_objects: проверка воскрешения',
    'phase-delete_garbage': 'delete_garbage: разрыв циклов',
    'explain-update_refs':
      'Каждый объект собираемого поколения получает рабочий счётчик gc_refs, равный его счётчику ссылок.',
    'explain-subtract_refs':
      'За каждую ссылку с одного из этих объектов на другой у цели вычитается 1. Остаток — это ссылки извне поколения: имена, кадры, более старые объекты.',
    'explain-move_unreachable':
      'Объекты с gc_refs > 0 достижимы извне, как и всё, на что они ссылаются. Остальные недостижимы: на них ссылаются только изнутри мусорного цикла.',
    'explain-handle_weakrefs':
      'Слабые ссылки на недостижимые объекты очищаются, чтобы через них нельзя было добраться до мусора; колбэки достижимых слабых ссылок будут вызваны.',
    'explain-finalize_garbage':
      '__del__ (tp_finalize) вызывается один раз для каждого недостижимого объекта, у которого он есть, даже в цикле (PEP 442). Финализатор может сохранить ссылку на объект в достижимом месте.',
    'explain-handle_resurrected':
      'gc_refs пересчитывается по мусору заново. Всё, что финализатор снова сделал достижимым (gc_refs > 0 и то, на что оно ссылается), воскрешено и выживает.',
    'explain-delete_garbage':
      'Оставшийся мусор очищается (tp_clear сбрасывает его ссылки), циклы распадаются, и подсчёт ссылок освобождает объекты.',
    timeline: 'Шкала времени',
    timelineTitle: 'Потоки и GIL',
    timelineNote:
      'Время смоделировано: каждая инструкция байт-кода стоит одинаковые несколько наносекунд, sleep и ввод-вывод длятся ровно столько, сколько просили, а выполняется только поток, держащий GIL. Длительности соблюдают пропорции CPython, а не скорость этого компьютера.',
    timelineNoteFree:
      'Время смоделировано. Режим без GIL (как free-threaded CPython 3.13): потоки выполняются параллельно на моделируемых ядрах.',
    timelineCut: 'Записано до {time}: потоки переключались слишком часто, чтобы сохранить все изменения после этого.',
    timelineHelp: 'Щёлкните по дорожке или выберите её и нажимайте стрелки, чтобы перейти к шагу, выполнявшемуся в этот момент.',
    'state-running': 'выполняется',
    'state-waiting_gil': 'ждёт GIL',
    'state-lock': 'ждёт блокировку',
    'state-sleep': 'спит',
    'state-io': 'ждёт ввода-вывода',
    'state-idle': 'не выполняется',
    handoff: 'передача GIL',
    'kind-thread': 'поток',
    'kind-process': 'процесс',
    laneLabel: '{kind} {name}',
    laneValue: '{time}, {state}',
    seconds: '{n} с',
    frameLabelThread: 'кадр {name}, строка {line}, поток {thread}',
    crowded: 'стрелки к простым значениям скрыты (их видно в строках): щёлкните объект, чтобы увидеть все его стрелки',
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
