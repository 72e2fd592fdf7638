// Branchdesk workspace: the helpers every page uses. Values from the server only ever become
// text nodes or attribute values: nothing here (or in a page) sets innerHTML.

/** An element: h('button', {class: 'primary', onclick: fn}, 'Call next'). */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  if (props) {
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined || value === null || value === false) continue;
      if (key.startsWith('on') && typeof value === 'function') {
        el.addEventListener(key.slice(2), value);
      } else if (key === 'class') {
        el.className = value;
      } else if (key === 'style' || key === 'innerHTML' || key === 'srcdoc') {
        throw new Error('h(): ' + key + ' is not allowed');
      } else if (key === 'value' || key === 'checked' || key === 'disabled' || key === 'selected') {
        el[key] = value;
      } else {
        el.setAttribute(key, value === true ? '' : String(value));
      }
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
}

/** Empties an element and fills it with children. */
export function fill(el, ...children) {
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, children);
  return el;
}

let counter = 0;
/** A labelled field: the label names the input for screen readers and clicks. */
export function field(label, input, hint) {
  if (!input.id) input.id = 'f' + (++counter);
  return h('div', { class: 'field' }, h('label', { for: input.id }, label), input,
    hint ? h('small', { class: 'hint' }, hint) : null);
}

/** A translator over messages {en: {...}, 'zh-CN': {...}}: t('key', {n: 3}) fills {n}. */
export function translator(messages, lang) {
  const table = messages[lang] || messages.en || {};
  const fallback = messages.en || {};
  return (key, args) => {
    let text = table[key] ?? fallback[key] ?? key;
    if (args) for (const [k, v] of Object.entries(args)) text = text.split('{' + k + '}').join(String(v));
    return text;
  };
}

/** Formats for numbers, money, dates and durations in the workspace's language. */
export function formats(lang) {
  const locale = lang === 'zh-CN' ? 'zh-CN' : 'en-GB';
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', maximumFractionDigits: 0 });
  const dt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  const d = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const parse = (v) => (v instanceof Date ? v : new Date(v));
  return {
    number: (v) => (v === null || v === undefined || v === '' ? '–' : num.format(Number(v))),
    money: (v) => (v === null || v === undefined || v === '' ? '–' : money.format(Number(v))),
    percent: (v) => (v === null || v === undefined ? '–' : num.format(Number(v)) + ' %'),
    datetime: (v) => (v ? dt.format(parse(v)) : '–'),
    time: (v) => (v ? time.format(parse(v)) : '–'),
    date: (v) => (v ? d.format(/^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(v + 'T00:00:00') : parse(v)) : '–'),
    duration: (seconds) => {
      if (seconds === null || seconds === undefined) return '–';
      const s = Math.round(Number(seconds));
      if (s < 60) return s + (lang === 'zh-CN' ? ' 秒' : ' s');
      const m = Math.floor(s / 60);
      if (m < 60) return m + (lang === 'zh-CN' ? ' 分钟' : ' min');
      return Math.floor(m / 60) + (lang === 'zh-CN' ? ' 小时 ' : ' h ') + (m % 60) + (lang === 'zh-CN' ? ' 分' : ' min');
    },
  };
}

/**
 * A table of rows: columns are {label, get: row => value or Node, class}. An empty list shows
 * `empty`. Cells are text unless get returns a Node built with h().
 */
export function table(columns, rows, empty) {
  if (!rows || rows.length === 0) return h('p', { class: 'empty' }, empty || '–');
  return h('div', { class: 'table-wrap' }, h('table', null,
    h('thead', null, h('tr', null, columns.map((c) => h('th', { scope: 'col', class: c.class }, c.label)))),
    h('tbody', null, rows.map((row) => h('tr', null, columns.map((c) => {
      const v = c.get(row);
      return h('td', { class: c.class }, v === null || v === undefined || v === '' ? '–' : v);
    }))))));
}

/** Turns a camelCase or snake_case key into words for a generic label. */
export function words(key) {
  return String(key).replace(/_/g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

/**
 * Any JSON value as text: objects as a list of terms, arrays of objects as a table, other
 * values as text. For what a page does not know, e.g. an integrator's section of the view.
 */
export function renderValue(value, depth = 0) {
  if (value === null || value === undefined) return h('span', { class: 'muted' }, '–');
  if (Array.isArray(value)) {
    if (value.length === 0) return h('span', { class: 'muted' }, '–');
    if (value.every((v) => v && typeof v === 'object' && !Array.isArray(v)) && depth < 3) {
      const keys = [...new Set(value.flatMap((v) => Object.keys(v)))].slice(0, 12);
      return table(keys.map((k) => ({ label: words(k), get: (row) => cell(row[k], depth + 1) })), value);
    }
    return h('ul', { class: 'plain' }, value.map((v) => h('li', null, renderValue(v, depth + 1))));
  }
  if (typeof value === 'object') {
    if (depth > 4) return h('span', null, JSON.stringify(value));
    return h('dl', { class: 'terms' }, Object.entries(value).map(([k, v]) => [h('dt', null, words(k)), h('dd', null, renderValue(v, depth + 1))]));
  }
  if (typeof value === 'boolean') return h('span', null, value ? '✓' : '✗');
  return h('span', null, String(value));
}

function cell(v, depth) {
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? renderValue(v, depth) : String(v);
}

/** The message of a failed call for the user: the problem's detail, naming the field. */
export function problemText(error) {
  if (!error) return '';
  if (error.problem) {
    const p = error.problem;
    const detail = p.detail || p.title || ('HTTP ' + error.status);
    return p.field && !String(detail).startsWith(p.field) ? p.field + ': ' + detail : detail;
  }
  return error.message || String(error);
}
