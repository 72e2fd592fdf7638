// Names shared by the business-request and authorisation pages, in both languages.
export const COMMON = {
  en: {
    'status.PENDING': 'Pending authorisation', 'status.APPROVED': 'Approved', 'status.TO_BE_KEYED': 'To be keyed into core banking',
    'status.COMPLETED': 'Completed', 'status.REJECTED': 'Rejected', 'status.WITHDRAWN': 'Withdrawn', 'status.EXPIRED': 'Expired',
    'level.NONE': 'No authorisation needed', 'level.OFFICER': 'A business officer (业务主办)',
    'level.SUPERVISOR': 'An operations supervisor (业务主管)', 'level.CENTER_HEAD': 'The centre head',
    premium: 'Premium', approvalsNeeded: '{level}: {n} approval(s)', because: 'Rule: {rule}',
  },
  'zh-CN': {
    'status.PENDING': '待授权', 'status.APPROVED': '已授权', 'status.TO_BE_KEYED': '待录入核心系统',
    'status.COMPLETED': '已完成', 'status.REJECTED': '已拒绝', 'status.WITHDRAWN': '已撤回', 'status.EXPIRED': '已过期',
    'level.NONE': '无需授权', 'level.OFFICER': '业务主办', 'level.SUPERVISOR': '业务主管', 'level.CENTER_HEAD': '中心负责人',
    premium: '贵宾', approvalsNeeded: '{level}：需 {n} 人授权', because: '规则：{rule}',
  },
};

export function withCommon(messages) {
  return { en: { ...COMMON.en, ...messages.en }, 'zh-CN': { ...COMMON['zh-CN'], ...messages['zh-CN'] } };
}

/** A code's name, or the code itself when the page does not know it. */
export function named(t, prefix, code) {
  if (code === null || code === undefined) return '';
  const key = prefix + '.' + code;
  const text = t(key);
  return text === key ? String(code) : text;
}

export function absent(err) {
  return err && (err.status === 403 || err.status === 404);
}

/** The authorisation a request needs, in words. */
export function requirementText(t, req) {
  if (!req) return '–';
  if (req.level === 'NONE') return named(t, 'level', 'NONE');
  return t('approvalsNeeded', { level: named(t, 'level', req.level), n: req.approvals });
}

/** An amount with its currency, as the server sent it. */
export function amountText(ctx, r) {
  if (r.amount === null || r.amount === undefined) return '–';
  return ctx.fmt.number(r.amount) + ' ' + (r.currency || '');
}

/** A type's title by code, from GET /api/counter/types (the code when the type is unknown). */
export function typeTitle(types, code) {
  const type = types.find((x) => x.code === code);
  return type ? type.title : code;
}

/** Seconds since an instant, for "waited". */
export function secondsSince(instant) {
  return instant ? Math.max(0, (Date.now() - new Date(instant).getTime()) / 1000) : null;
}

/** A table whose rows carry attributes, with cells from columns {label, get(row), class}. */
export function rowTable(ctx, columns, rows, rowProps, empty) {
  const { h } = ctx;
  if (!rows || !rows.length) return h('p', { class: 'empty' }, empty);
  return h('div', { class: 'table-wrap' }, h('table', null,
    h('thead', null, h('tr', null, columns.map((c) => h('th', { scope: 'col', class: c.class }, c.label)))),
    h('tbody', null, rows.map((row) => h('tr', rowProps(row), columns.map((c) => {
      const v = c.get(row);
      return h('td', { class: c.class }, v === null || v === undefined || v === '' ? '–' : v);
    }))))));
}

/** The problem of a failed call in words, naming the field once (the server's detail may already start with it). */
export function problemOf(ctx, err) {
  const p = err && err.problem;
  if (p && p.field && p.detail && p.detail.startsWith(p.field + ':')) return p.detail;
  return ctx.problemText(err);
}
