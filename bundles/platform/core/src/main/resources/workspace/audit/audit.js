// The auditor's page: the audit log (GET /api/audit), newest first, filtered by who, customer,
// action and time. See docs/workspace-centre.md.
const MESSAGES = {
  en: {
    title: 'Audit', filters: 'Filters', who: 'Who (username)', customer: 'Customer number', action: 'Action',
    actionHint: 'Filters the entries read, e.g. UNMASK or READ.', from: 'From', to: 'To', limit: 'Entries',
    search: 'Search', clear: 'Clear', at: 'When', actor: 'Who', customerCol: 'Customer', detail: 'Detail',
    empty: 'No audit entry matches.', shown: '{n} entries shown (the newest {limit} read).', badRange: '"To" is before "from".',
    any: 'any',
  },
  'zh-CN': {
    title: '审计', filters: '筛选条件', who: '操作人（用户名）', customer: '客户号', action: '操作类型',
    actionHint: '在读取的记录中筛选，例如 UNMASK（查看明文）或 READ（查阅）。', from: '开始时间', to: '结束时间', limit: '条数',
    search: '查询', clear: '清除', at: '时间', actor: '操作人', customerCol: '客户', detail: '详情',
    empty: '没有符合条件的审计记录。', shown: '显示 {n} 条（读取最新 {limit} 条）。', badRange: '结束时间早于开始时间。',
    any: '全部',
  },
};

/** A datetime-local value (the browser's local time) as an ISO-8601 instant, or null. */
function instant(local) {
  if (!local) return null;
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** The query string of /api/audit for the filters the server knows. */
export function query(filters) {
  const q = new URLSearchParams();
  if (filters.actor) q.set('actor', filters.actor);
  if (filters.customer) q.set('customer', filters.customer);
  if (filters.from) q.set('from', filters.from);
  if (filters.to) q.set('to', filters.to);
  q.set('limit', String(filters.limit || 100));
  return q.toString();
}

export async function mount(root, ctx) {
  const { h, fill, fmt } = ctx;
  const t = ctx.translator(MESSAGES);
  const actor = h('input', { id: 'audit-actor', name: 'actor', autocomplete: 'off', value: ctx.params.get('actor') || '' });
  const customer = h('input', { id: 'audit-customer', name: 'customer', autocomplete: 'off', value: ctx.params.get('customer') || '' });
  const action = h('input', { id: 'audit-action', name: 'action', autocomplete: 'off', list: 'audit-actions', value: ctx.params.get('action') || '' });
  const actions = h('datalist', { id: 'audit-actions' });
  const from = h('input', { id: 'audit-from', name: 'from', type: 'datetime-local' });
  const to = h('input', { id: 'audit-to', name: 'to', type: 'datetime-local' });
  const limit = h('select', { id: 'audit-limit', name: 'limit' },
    ['100', '500', '1000'].map((n) => h('option', { value: n }, n)));
  const error = h('p', { class: 'error', role: 'alert', id: 'audit-error' });
  const summary = h('p', { class: 'muted', role: 'status', id: 'audit-summary' });
  const log = h('div', { id: 'audit-result' });
  const known = new Set();

  const form = h('form', { class: 'card', id: 'audit-filters', 'aria-label': t('filters'), onsubmit: (e) => { e.preventDefault(); load(); } },
    h('div', { class: 'row' }, ctx.field(t('who'), actor), ctx.field(t('customer'), customer),
      ctx.field(t('action'), action, t('actionHint')), actions),
    h('div', { class: 'row' }, ctx.field(t('from'), from), ctx.field(t('to'), to), ctx.field(t('limit'), limit),
      h('div', { class: 'field' }, h('button', { type: 'submit', class: 'primary', id: 'audit-search' }, t('search'))),
      h('div', { class: 'field' }, h('button', { type: 'button', id: 'audit-clear', onclick: () => { form.reset(); load(); } }, t('clear')))),
    error);
  fill(root, h('h1', null, t('title')), form, summary, log);

  async function load() {
    fill(error);
    const filters = { actor: actor.value.trim(), customer: customer.value.trim(), from: instant(from.value), to: instant(to.value),
      limit: limit.value };
    if (filters.from && filters.to && filters.to < filters.from) {
      fill(error, t('badRange'));
      return;
    }
    try {
      const entries = await ctx.api('GET', '/api/audit?' + query(filters));
      for (const e of entries) {
        if (e.action && !known.has(e.action)) {
          known.add(e.action);
          actions.appendChild(h('option', { value: e.action }));
        }
      }
      const wanted = action.value.trim().toUpperCase();
      const shown = wanted ? entries.filter((e) => (e.action || '').toUpperCase().includes(wanted)) : entries;
      fill(summary, t('shown', { n: shown.length, limit: filters.limit }));
      fill(log, ctx.table([
        { label: t('at'), get: (e) => h('time', { datetime: e.at }, fmt.datetime(e.at)) },
        { label: t('actor'), get: (e) => e.actor },
        { label: t('customerCol'), get: (e) => e.customerId },
        { label: t('action'), get: (e) => h('code', null, e.action) },
        { label: t('detail'), get: (e) => e.detail },
      ], shown, t('empty')));
      // #audit-log is the table itself (or the 'no entry' line), for the browser tests
      const table = log.querySelector('table') || log.firstChild;
      if (table) table.id = 'audit-log';
      const rows = log.querySelectorAll('tbody tr');
      shown.forEach((e, i) => { if (rows[i]) rows[i].setAttribute('data-audit-id', String(e.id)); });
    } catch (err) {
      fill(log);
      fill(summary);
      fill(error, ctx.problemText(err));
    }
  }

  await load();
}
