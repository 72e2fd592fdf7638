// Branchdesk workspace shell: login, navigation built from the pages the installed modules
// register (GET /api/workspace/pages), language, the current user, and the context each page
// is mounted with. See docs/workspace.md.
import { h, fill, field, translator, formats, table, renderValue, problemText, words } from './ui.js';

const TOKEN = 'branchdesk.token';   // sessionStorage: the token lives only for this tab's session
const LANG = 'branchdesk.lang';     // localStorage: the chosen language is kept
const REFRESH_MS = 15000;           // how often the navigation is asked again

const MESSAGES = {
  en: {
    brand: 'Branchdesk', signIn: 'Sign in', username: 'Username', password: 'Password', signOut: 'Sign out',
    language: 'Language', loginFailed: 'Sign-in failed', changePassword: 'Change your password',
    changeHint: 'An administrator set this password: choose your own before you go on.',
    oldPassword: 'Current password', newPassword: 'New password', save: 'Save',
    noPages: 'Your roles open no page of this branch\'s workspace.', loading: 'Loading…',
    gone: 'This page is no longer available: its module was stopped or removed. Choose another page.',
    failed: 'The page could not be loaded.', navigation: 'Pages', skip: 'Skip to the page',
    expired: 'Your session has ended. Please sign in again.', forbidden: 'Your roles do not allow this.',
  },
  'zh-CN': {
    brand: 'Branchdesk 网点工作台', signIn: '登录', username: '用户名', password: '密码', signOut: '退出',
    language: '语言', loginFailed: '登录失败', changePassword: '修改密码',
    changeHint: '此密码由管理员设置，请先设置您自己的密码。',
    oldPassword: '当前密码', newPassword: '新密码', save: '保存',
    noPages: '您的角色在本网点工作台中没有可用页面。', loading: '加载中…',
    gone: '此页面已不可用：其模块已停止或卸载。请选择其他页面。',
    failed: '页面加载失败。', navigation: '页面', skip: '跳到页面内容',
    expired: '会话已结束，请重新登录。', forbidden: '您的角色无权执行此操作。',
  },
};

const ROLE_NAMES = {
  en: { ADMIN: 'Administrator', AUDITOR: 'Auditor', CENTER_HEAD: 'Centre head', OPERATIONS_SUPERVISOR: 'Operations supervisor',
    BUSINESS_OFFICER: 'Business officer', CUSTOMER_MANAGER: 'Customer manager', LOBBY_MANAGER: 'Lobby manager', TELLER: 'Teller' },
  'zh-CN': { ADMIN: '系统管理员', AUDITOR: '审计员', CENTER_HEAD: '中心负责人', OPERATIONS_SUPERVISOR: '运营主管',
    BUSINESS_OFFICER: '业务经理', CUSTOMER_MANAGER: '客户经理', LOBBY_MANAGER: '大堂经理', TELLER: '柜员' },
};

/** An answer other than 2xx: the status and the RFC 9457 problem, if the server sent one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem && (problem.detail || problem.title) ? (problem.detail || problem.title) : 'HTTP ' + status);
    this.status = status;
    this.problem = problem;
  }
}

const state = {
  lang: localStorage.getItem(LANG) || (navigator.language && navigator.language.startsWith('zh') ? 'zh-CN' : 'en'),
  user: null, pages: [], modules: [], current: null, cleanups: [], timer: null, mountSeq: 0,
};
const app = document.getElementById('app');
let t = translator(MESSAGES, state.lang);

function token() { return sessionStorage.getItem(TOKEN); }

/** Calls /api with the session's token; JSON in and out; throws ApiError for anything but 2xx. */
export async function api(method, path, body, options = {}) {
  const headers = { Accept: 'application/json' };
  const tok = token();
  if (tok) headers.Authorization = 'Bearer ' + tok;
  let payload;
  if (body !== undefined && body !== null) {
    if (options.contentType) {
      headers['Content-Type'] = options.contentType;
      payload = body;
    } else {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
  }
  const res = await fetch(path.startsWith('/') ? path : '/api/' + path, { method, headers, body: payload, cache: 'no-store' });
  if (res.status === 401 && tok && !options.noLogout) {
    sessionStorage.removeItem(TOKEN);
    showLogin(t('expired'));
    throw new ApiError(401, { detail: t('expired') });
  }
  const type = res.headers.get('Content-Type') || '';
  const data = res.status === 204 ? null : type.includes('json') ? await res.json().catch(() => null) : await res.text();
  if (!res.ok) throw new ApiError(res.status, typeof data === 'object' ? data : { detail: data });
  return data;
}

function setLanguage(lang) {
  state.lang = lang;
  localStorage.setItem(LANG, lang);
  document.documentElement.lang = lang;
  t = translator(MESSAGES, lang);
}

function languagePicker(onChange) {
  const select = h('select', { id: 'language', 'aria-label': 'Language / 语言', onchange: (e) => { setLanguage(e.target.value); onChange(); } },
    h('option', { value: 'zh-CN', selected: state.lang === 'zh-CN' }, '中文'),
    h('option', { value: 'en', selected: state.lang === 'en' }, 'English'));
  return select;
}

// ---- sign-in ---------------------------------------------------------------------------------

function showLogin(message) {
  stopPage();
  clearInterval(state.timer);
  state.user = null;
  const user = h('input', { name: 'username', autocomplete: 'username', required: true });
  const pass = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const error = h('p', { class: 'error', role: 'alert' }, message || '');
  const form = h('form', { class: 'card login', id: 'login', onsubmit: async (e) => {
    e.preventDefault();
    fill(error);
    try {
      const answer = await api('POST', '/api/auth/login', { username: user.value.trim(), password: pass.value }, { noLogout: true });
      sessionStorage.setItem(TOKEN, answer.token);
      if (answer.mustChangePassword) showPasswordChange(answer);
      else start(answer);
    } catch (err) {
      fill(error, t('loginFailed') + ': ' + problemText(err));
    }
  } },
  h('h1', null, t('brand')),
  field(t('username'), user), field(t('password'), pass),
  h('button', { type: 'submit', class: 'primary', id: 'sign-in' }, t('signIn')), error);
  fill(app, h('main', { class: 'login-screen' }, h('div', { class: 'login-lang' }, languagePicker(() => showLogin())), form));
  user.focus();
}

function showPasswordChange(answer) {
  const old = h('input', { type: 'password', autocomplete: 'current-password', required: true });
  const next = h('input', { type: 'password', autocomplete: 'new-password', required: true });
  const error = h('p', { class: 'error', role: 'alert' });
  fill(app, h('main', { class: 'login-screen' }, h('form', { class: 'card login', onsubmit: async (e) => {
    e.preventDefault();
    try {
      const fresh = await api('POST', '/api/auth/password', { oldPassword: old.value, newPassword: next.value }, { noLogout: true });
      sessionStorage.setItem(TOKEN, fresh.token);
      start(fresh);
    } catch (err) {
      fill(error, problemText(err));
    }
  } }, h('h1', null, t('changePassword')), h('p', null, t('changeHint')), field(t('oldPassword'), old),
  field(t('newPassword'), next), h('button', { type: 'submit', class: 'primary' }, t('save')), error)));
  old.focus();
}

// ---- the workspace ---------------------------------------------------------------------------

const nav = h('nav', { class: 'nav', 'aria-label': 'Pages' });
const main = h('main', { id: 'page', class: 'page', tabindex: '-1' });

async function start(user) {
  state.user = { username: user.username, displayName: user.displayName, roles: user.roles || [] };
  setLanguage(state.lang);
  renderFrame();
  await refreshPages();
  clearInterval(state.timer);
  state.timer = setInterval(refreshPages, REFRESH_MS);
  route();
}

function renderFrame() {
  const roles = state.user.roles.map((r) => (ROLE_NAMES[state.lang] || ROLE_NAMES.en)[r] || r).join(', ');
  fill(app,
    h('a', { class: 'skip', href: '#page', onclick: (e) => { e.preventDefault(); main.focus(); } }, t('skip')),
    h('header', { class: 'top' },
      h('span', { class: 'brand' }, t('brand')), nav,
      h('div', { class: 'who' },
        h('span', { class: 'user', id: 'current-user', title: roles }, state.user.displayName + ' · ' + roles),
        languagePicker(() => { renderFrame(); renderNav(); mountCurrent(true); }),
        h('button', { type: 'button', id: 'sign-out', onclick: signOut }, t('signOut')))),
    main);
  nav.setAttribute('aria-label', t('navigation'));
}

async function signOut() {
  try { await api('POST', '/api/auth/logout', null, { noLogout: true }); } catch (e) { /* the token ends either way */ }
  sessionStorage.removeItem(TOKEN);
  location.hash = '';
  showLogin();
}

function title(page) {
  return page.titles[state.lang] || page.titles.en;
}

async function refreshPages() {
  try {
    const [pages, health] = await Promise.all([api('GET', '/api/workspace/pages'),
      fetch('/api/health', { cache: 'no-store' }).then((r) => r.json()).catch(() => null)]);
    state.pages = pages;
    if (health && Array.isArray(health.modules)) state.modules = health.modules;
  } catch (err) {
    return; // kept as they were; a 401 has already gone back to sign-in
  }
  renderNav();
  if (state.current && !state.pages.some((p) => p.id === state.current.id)) {
    stopPage();
    state.current = null;
    fill(main, h('div', { class: 'notice', role: 'status', id: 'page-gone' }, t('gone')));
  }
}

function renderNav() {
  fill(nav, state.pages.map((p) => h('a', { href: '#/' + p.id, id: 'nav-' + p.id, 'data-page': p.id,
    'aria-current': state.current && state.current.id === p.id ? 'page' : null }, title(p))));
}

function parseHash() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [id, query] = hash.split('?');
  return { id: id || '', params: new URLSearchParams(query || '') };
}

function route() {
  if (!state.user) return;
  const { id } = parseHash();
  if (!id) {
    if (state.pages.length) location.replace('#/' + state.pages[0].id);
    else fill(main, h('p', { class: 'notice' }, t('noPages')));
    return;
  }
  const page = state.pages.find((p) => p.id === id);
  if (!page) {
    stopPage();
    state.current = null;
    renderNav();
    fill(main, h('div', { class: 'notice', role: 'status', id: 'page-gone' }, state.pages.length ? t('gone') : t('noPages')));
    return;
  }
  const same = state.current && state.current.id === page.id;
  state.current = page;
  renderNav();
  mountCurrent(!same);
}

function stopPage() {
  for (const fn of state.cleanups.splice(0)) {
    try { fn(); } catch (e) { /* a page's cleanup failing does not stop the shell */ }
  }
}

/** Mounts the current page afresh (on navigation, a new query or a language switch). */
async function mountCurrent() {
  const page = state.current;
  if (!page) return;
  stopPage();
  const seq = ++state.mountSeq;
  fill(main, h('p', { class: 'muted' }, t('loading')));
  let mod;
  try {
    mod = await import(page.entry);
  } catch (err) {
    if (seq === state.mountSeq) fill(main, h('div', { class: 'notice', role: 'alert' }, t('failed')));
    return;
  }
  if (seq !== state.mountSeq) return;
  const mount = mod.mount || (mod.default && mod.default.mount) || mod.default;
  const root = h('section', { class: 'page-body', 'data-page': page.id, 'aria-label': title(page) });
  fill(main, root);
  document.title = title(page) + ' · Branchdesk';
  try {
    const cleanup = await mount(root, context(page));
    if (typeof cleanup === 'function') state.cleanups.push(cleanup);
    if (seq === state.mountSeq) {
      root.setAttribute('data-ready', 'true');
      performance.mark('branchdesk:ready:' + page.id);
    }
  } catch (err) {
    fill(root, h('div', { class: 'notice', role: 'alert' }, t('failed') + ' ' + problemText(err)));
  }
}

/** What a page is given: its language, the user, the API, the helpers and its timers. */
function context(page) {
  const { params } = parseHash();
  const lang = state.lang;
  const ctx = {
    page: page.id, lang, user: state.user, params, api,
    h, fill, field, table, renderValue, problemText, words, ApiError,
    fmt: formats(lang),
    translator: (messages) => translator(messages, lang),
    roleName: (r) => (ROLE_NAMES[lang] || ROLE_NAMES.en)[r] || r,
    hasRole: (...roles) => roles.some((r) => state.user.roles.includes(r)),
    /** Whether a module (as /api/health lists them: lobby, marketing, ...) is running. */
    hasModule: (name) => state.modules.includes(name),
    /** Whether the page with this id is installed and open to the user. */
    hasPage: (id) => state.pages.some((p) => p.id === id),
    /** Goes to another page, with parameters: ctx.go('customer', {id: 'C1'}). */
    go: (id, query) => { location.hash = '#/' + id + (query ? '?' + new URLSearchParams(query) : ''); },
    /** Runs fn every ms while the page is shown (and once now). */
    every: (ms, fn) => {
      fn();
      const timer = setInterval(fn, ms);
      state.cleanups.push(() => clearInterval(timer));
      return timer;
    },
    /** Registers a handler on the document while the page is shown (e.g. a keyboard shortcut). */
    listen: (type, fn) => {
      document.addEventListener(type, fn);
      state.cleanups.push(() => document.removeEventListener(type, fn));
    },
    onLeave: (fn) => state.cleanups.push(fn),
  };
  return ctx;
}

window.addEventListener('hashchange', route);

(async function boot() {
  setLanguage(state.lang);
  if (!token()) {
    showLogin();
    return;
  }
  try {
    const me = await api('GET', '/api/staff/me', null, { noLogout: true });
    start(me);
  } catch (err) {
    sessionStorage.removeItem(TOKEN);
    showLogin();
  }
}());
