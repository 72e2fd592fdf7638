// Names of the lobby's codes in both languages, shared by the lobby and counter pages.
export const NAMES = {
  en: {
    'purpose.CASH': 'Cash business', 'purpose.NON_CASH': 'Non-cash business', 'purpose.WEALTH_CONSULTATION': 'Wealth advice',
    'purpose.SELF_SERVICE': 'Self-service business', 'purpose.COMPLAINT': 'Complaint', 'purpose.OTHER': 'Other',
    'point.CUSTOMER_MANAGER': 'Customer manager', 'point.VIP_ROOM': 'VIP room', 'point.PRIORITY_WINDOW': 'Priority window',
    'point.CASH_COUNTER': 'Cash counter', 'point.NON_CASH_COUNTER': 'Non-cash counter', 'point.SELF_SERVICE': 'Self-service area',
    'point.RECEPTION': 'Reception', 'point.REFERRAL': 'Referral to the sub-branch',
    'segment.PRIVATE': 'Private banking customer', 'segment.HIGH': 'High-net-worth customer', 'segment.MID': 'Mid-tier customer',
    'segment.MASS_AFFLUENT': 'Mass-affluent customer', 'segment.POTENTIAL': 'Potential customer', 'segment.ORDINARY': 'Ordinary customer',
    'priority.PREMIUM': 'Premium', 'priority.STANDARD': 'Standard',
    'mode.TICKET': 'Queue ticket', 'mode.PERSONAL': 'Take the customer there in person', 'mode.NONE': 'No ticket needed',
    'status.WAITING': 'Waiting', 'status.CALLED': 'Called', 'status.DONE': 'Done', 'status.NO_SHOW': 'No show',
  },
  'zh-CN': {
    'purpose.CASH': '现金业务', 'purpose.NON_CASH': '非现金业务', 'purpose.WEALTH_CONSULTATION': '理财咨询',
    'purpose.SELF_SERVICE': '自助可办业务', 'purpose.COMPLAINT': '投诉', 'purpose.OTHER': '其他',
    'point.CUSTOMER_MANAGER': '客户经理', 'point.VIP_ROOM': '贵宾室', 'point.PRIORITY_WINDOW': '贵宾窗口',
    'point.CASH_COUNTER': '现金柜台', 'point.NON_CASH_COUNTER': '非现金柜台', 'point.SELF_SERVICE': '自助服务区',
    'point.RECEPTION': '接待台', 'point.REFERRAL': '转介至支行',
    'segment.PRIVATE': '私人银行客户', 'segment.HIGH': '高端客户', 'segment.MID': '中端客户',
    'segment.MASS_AFFLUENT': '大众富裕客户', 'segment.POTENTIAL': '潜力客户', 'segment.ORDINARY': '普通客户',
    'priority.PREMIUM': '优先', 'priority.STANDARD': '普通',
    'mode.TICKET': '取号排队', 'mode.PERSONAL': '专人引导前往', 'mode.NONE': '无需取号',
    'status.WAITING': '等候中', 'status.CALLED': '已叫号', 'status.DONE': '已办结', 'status.NO_SHOW': '过号未到',
  },
};

export const PURPOSES = ['CASH', 'NON_CASH', 'WEALTH_CONSULTATION', 'SELF_SERVICE', 'COMPLAINT', 'OTHER'];

/** Merges the shared names into a page's own messages. */
export function withNames(messages) {
  return { en: { ...NAMES.en, ...messages.en }, 'zh-CN': { ...NAMES['zh-CN'], ...messages['zh-CN'] } };
}

/** A code's name, or the code itself when it is one the page does not know (an integrator's). */
export function named(t, prefix, code) {
  if (code === null || code === undefined) return '';
  const key = prefix + '.' + code;
  const text = t(key);
  return text === key ? String(code) : text;
}

/** Whether a failed call means "this part is not for you / not installed": leave it out quietly. */
export function absent(err) {
  return err && (err.status === 403 || err.status === 404);
}

/** Links a page's style sheet for as long as the page is shown. */
export function styleSheet(ctx, href) {
  const link = ctx.h('link', { rel: 'stylesheet', href });
  document.head.appendChild(link);
  ctx.onLeave(() => link.remove());
}

/** The problem of a failed call in words, naming the field once (the server's detail may already start with it). */
export function problemOf(ctx, err) {
  const p = err && err.problem;
  if (p && p.field && p.detail && p.detail.startsWith(p.field + ':')) return p.detail;
  return ctx.problemText(err);
}
