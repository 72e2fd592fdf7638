// The centre head's dashboard: the figures every installed module gives for a period
// (GET /api/figures), the lobby's daily record and the complaint statistics. See docs/workspace-centre.md.

/** The figures read first, in this order; every other figure follows by id. */
const FIRST = ['customer.premium', 'customer.assets', 'customer.cross-sell', 'counter.diversion'];
const SVG = 'http://www.w3.org/2000/svg';

const MESSAGES = {
  en: {
    title: 'Centre dashboard', period: 'Period', from: 'From', to: 'To', apply: 'Show',
    last7: 'Last 7 days', last30: 'Last 30 days', last90: 'Last 90 days', quarter: 'This quarter',
    figures: 'Figures', noFigures: 'No installed module gives figures for this period.',
    unavailable: 'Not available', target: 'Target {target}', met: 'met', notMet: 'not met',
    change: 'Change {change}', noChange: 'No change given', perManager: 'Per customer manager', noSeries: 'No values over the period',
    chartLabel: '{title}: {n} values from {from} to {to}', targetLine: 'target',
    lobby: 'Lobby record for {date}', complaints: 'Complaints in the period',
    arrivals: 'Arrivals', premiumReceivedByManager: 'Premium customers received, by customer manager',
    premiumIdentifiedByLobby: 'Premium customers identified by the lobby', premiumIdentifiedAtCash: 'Identified at cash counters',
    premiumIdentifiedAtNonCash: 'Identified at non-cash counters', leadsOpened: 'Leads opened', complaintsReceived: 'Complaints received',
    complaintModule: 'Complaint module', installed: 'installed', absent: 'not installed',
    total: 'Complaints', overdueRate: 'Missed a deadline', meanHoursToAcknowledge: 'Mean hours to acknowledge',
    p90HoursToAcknowledge: '90 % acknowledged within (hours)', meanHoursToResolve: 'Mean hours to resolve',
    p90HoursToResolve: '90 % resolved within (hours)', byCategory: 'By category', bySeverity: 'By severity',
    byChannel: 'By channel', byStatus: 'By status', repeatComplainants: 'Customers with more than one complaint',
    badPeriod: 'Choose both dates, the first not after the second.', days: '{n} days', none: 'none',
  },
  'zh-CN': {
    title: '中心看板', period: '统计期间', from: '开始日期', to: '结束日期', apply: '查询',
    last7: '近 7 天', last30: '近 30 天', last90: '近 90 天', quarter: '本季度',
    figures: '经营指标', noFigures: '已安装的模块在此期间没有提供指标。',
    unavailable: '暂不可用', target: '目标 {target}', met: '已达成', notMet: '未达成',
    change: '变化 {change}', noChange: '无变化数据', perManager: '按客户经理', noSeries: '期间内无数据',
    chartLabel: '{title}：{from} 至 {to} 共 {n} 个数据点', targetLine: '目标',
    lobby: '{date} 大堂日报', complaints: '期间内投诉',
    arrivals: '到店客户', premiumReceivedByManager: '各客户经理接待的高端客户',
    premiumIdentifiedByLobby: '大堂识别的高端客户', premiumIdentifiedAtCash: '现金柜台识别', premiumIdentifiedAtNonCash: '非现金柜台识别',
    leadsOpened: '新增商机', complaintsReceived: '受理投诉', complaintModule: '投诉模块', installed: '已安装', absent: '未安装',
    total: '投诉总数', overdueRate: '超时比例', meanHoursToAcknowledge: '平均受理时长（小时）',
    p90HoursToAcknowledge: '90% 受理时长（小时）', meanHoursToResolve: '平均办结时长（小时）',
    p90HoursToResolve: '90% 办结时长（小时）', byCategory: '按类别', bySeverity: '按严重程度',
    byChannel: '按渠道', byStatus: '按状态', repeatComplainants: '重复投诉客户',
    badPeriod: '请选择两个日期，开始日期不得晚于结束日期。', days: '{n} 天', none: '无',
  },
};

/** A local date as yyyy-mm-dd. */
function iso(d) {
  return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
}

function daysBack(n) {
  const d = new Date();
  d.setDate(d.getDate() - (n - 1));
  return d;
}

/** The figures in reading order: the centre's headline figures first, then by id. */
export function ordered(figures) {
  const rank = (f) => { const i = FIRST.indexOf(f.id); return i < 0 ? FIRST.length : i; };
  return [...figures].sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Whether a figure meets its target: at least the target, or at most it for a duration (a wait). */
export function meets(figure) {
  if (figure.value === null || figure.value === undefined || figure.target === null || figure.target === undefined) return null;
  return figure.unit === 'SECONDS' ? figure.value <= figure.target : figure.value >= figure.target;
}

export async function mount(root, ctx) {
  const { h, fill, fmt, lang } = ctx;
  const t = ctx.translator(MESSAGES);
  const css = h('link', { rel: 'stylesheet', href: '/ui/pages/dashboard/dashboard.css' });
  document.head.appendChild(css);

  const text = (map) => (map && (map[lang] || map.en)) || '';
  const format = (unit, v) => {
    if (v === null || v === undefined) return '–';
    switch (unit) {
      case 'AMOUNT_CNY': return fmt.money(v);
      case 'PERCENT': return fmt.percent(v);
      case 'SECONDS': return fmt.duration(v);
      default: return fmt.number(v);
    }
  };
  const compact = new Intl.NumberFormat(lang === 'zh-CN' ? 'zh-CN' : 'en-GB', { notation: 'compact', maximumFractionDigits: 1 });
  /** An axis label: short enough for the chart's margin (¥5.2B, 1.2K; durations and shares as usual). */
  const axis = (unit, v) => {
    if (unit === 'AMOUNT_CNY') return '¥' + compact.format(v);
    if (unit === 'COUNT') return compact.format(v);
    return format(unit, v);
  };
  const signed = (unit, v) => {
    const sign = v > 0 ? '+' : v < 0 ? '−' : '±';
    const abs = Math.abs(v);
    if (unit === 'PERCENT') return sign + fmt.number(abs) + (lang === 'zh-CN' ? ' 个百分点' : ' pp');
    return sign + format(unit, abs);
  };

  const from = h('input', { type: 'date', id: 'period-from', required: true, value: ctx.params.get('from') || iso(daysBack(30)) });
  const to = h('input', { type: 'date', id: 'period-to', required: true, value: ctx.params.get('to') || iso(new Date()) });
  const periodError = h('p', { class: 'error', role: 'alert', id: 'period-error' });
  const preset = (label, start) => h('button', { type: 'button', 'data-preset': label, onclick: () => {
    from.value = iso(start());
    to.value = iso(new Date());
    load();
  } }, t(label));
  const form = h('form', { class: 'card row', id: 'period', 'aria-label': t('period'), onsubmit: (e) => { e.preventDefault(); load(); } },
    ctx.field(t('from'), from), ctx.field(t('to'), to),
    h('div', { class: 'field' }, h('button', { type: 'submit', class: 'primary', id: 'period-apply' }, t('apply'))),
    h('div', { class: 'row presets' },
      preset('last7', () => daysBack(7)), preset('last30', () => daysBack(30)), preset('last90', () => daysBack(90)),
      preset('quarter', () => { const d = new Date(); return new Date(d.getFullYear(), Math.floor(d.getMonth() / 3) * 3, 1); })),
    periodError);

  const lobby = h('div', { class: 'card', id: 'lobby-record' });
  const complaints = h('div', { class: 'card', id: 'dashboard-complaints' });
  const figures = h('div', { class: 'grid', id: 'figures' });
  const unavailable = h('div', { id: 'figures-unavailable', class: 'muted' });
  const figureError = h('div', { role: 'alert', class: 'error', id: 'figures-error' });
  const side = h('div', { class: 'grid' }, lobby, complaints);
  fill(root, h('h1', null, t('title')), form, h('h2', null, t('figures')), figureError, figures, unavailable, side);

  // ---- a figure ----------------------------------------------------------------------------

  function svg(tag, attrs, ...children) {
    const el = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
    for (const c of children) el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    return el;
  }

  /** The figure's series as a line chart: values on the left, first and last day below, the target dashed. */
  function chart(f) {
    const W = 320, H = 130, left = 62, right = 8, top = 10, bottom = 104;
    const label = t('chartLabel', { title: text(f.title) || f.id, n: f.series.length,
      from: f.series.length ? fmt.date(f.series[0].date) : '–', to: f.series.length ? fmt.date(f.series[f.series.length - 1].date) : '–' });
    const el = svg('svg', { class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': label }, svg('title', null, label));
    el.appendChild(svg('line', { class: 'axis', x1: left, y1: bottom, x2: W - right, y2: bottom }));
    el.appendChild(svg('line', { class: 'axis', x1: left, y1: top, x2: left, y2: bottom }));
    if (!f.series.length) {
      el.appendChild(svg('text', { x: (left + W) / 2, y: (top + bottom) / 2, 'text-anchor': 'middle' }, t('noSeries')));
      return el;
    }
    const values = f.series.map((p) => Number(p.value));
    if (f.target !== null && f.target !== undefined) values.push(Number(f.target));
    let min = Math.min(...values), max = Math.max(...values);
    if (f.unit === 'PERCENT') { min = Math.min(min, 0); max = Math.max(max, 100); }
    if (min > 0 && min < max * 0.5) min = 0;
    if (max === min) { if (min === 0) max = 1; else { min = Math.min(min * 0.9, min * 1.1); max = Math.max(max * 0.9, max * 1.1); } }
    const x = (i) => f.series.length === 1 ? (left + W - right) / 2 : left + (i * (W - right - left)) / (f.series.length - 1);
    const y = (v) => bottom - ((v - min) / (max - min)) * (bottom - top);
    el.appendChild(svg('text', { x: left - 4, y: top + 4, 'text-anchor': 'end' }, axis(f.unit, max)));
    el.appendChild(svg('text', { x: left - 4, y: bottom, 'text-anchor': 'end' }, axis(f.unit, min)));
    el.appendChild(svg('text', { x: left, y: H - 10, 'text-anchor': 'start' }, fmt.date(f.series[0].date)));
    if (f.series.length > 1) {
      el.appendChild(svg('text', { x: W - right, y: H - 10, 'text-anchor': 'end' }, fmt.date(f.series[f.series.length - 1].date)));
    }
    if (f.target !== null && f.target !== undefined) {
      el.appendChild(svg('line', { class: 'target', x1: left, y1: y(f.target), x2: W - right, y2: y(f.target) }));
      el.appendChild(svg('text', { x: W - right, y: y(f.target) - 3, 'text-anchor': 'end', class: 'target-label' },
        t('targetLine') + ' ' + axis(f.unit, f.target)));
    }
    if (f.series.length === 1) {
      el.appendChild(svg('circle', { class: 'point', cx: x(0), cy: y(values[0]), r: 3 }));
    } else {
      el.appendChild(svg('polyline', { class: 'line', points: f.series.map((p, i) => x(i).toFixed(1) + ',' + y(Number(p.value)).toFixed(1)).join(' ') }));
    }
    return el;
  }

  /** Per manager: a bar each, its width set from JS (the CSP allows style properties, not style attributes). */
  function managers(f) {
    const max = Math.max(...f.managers.map((m) => Math.abs(Number(m.value))), 0);
    return h('div', { class: 'managers' }, h('h4', null, t('perManager')),
      h('ul', { class: 'bars' }, f.managers.map((m) => {
        const bar = h('span', { class: 'bar' });
        bar.style.width = (max > 0 ? (Math.abs(Number(m.value)) / max) * 100 : 0).toFixed(1) + '%';
        return h('li', { 'data-manager': m.username },
          h('span', { class: 'who', title: m.name || m.username }, m.name || m.username), h('span', { class: 'track' }, bar),
          h('span', { class: 'num' }, format(f.unit, m.value)));
      })));
  }

  function card(f) {
    const met = meets(f);
    return h('article', { class: 'card figure', 'data-figure': f.id, 'data-unit': f.unit },
      h('h3', null, text(f.title) || f.id),
      h('div', { class: 'value' }, format(f.unit, f.value)),
      f.target !== null && f.target !== undefined
        ? h('div', { class: 'target' }, t('target', { target: format(f.unit, f.target) }), ' ',
          met === null ? null : h('span', { class: 'badge ' + (met ? 'good' : 'bad'), 'data-met': String(met) }, met ? t('met') : t('notMet')))
        : null,
      f.change !== null && f.change !== undefined ? h('div', { class: 'change' }, t('change', { change: signed(f.unit, f.change) })) : null,
      chart(f),
      f.managers && f.managers.length ? managers(f) : null,
      h('p', { class: 'how' }, text(f.how)));
  }

  // ---- the sections ------------------------------------------------------------------------

  function counts(map) {
    const entries = Object.entries(map || {});
    if (!entries.length) return h('span', { class: 'muted' }, t('none'));
    return h('ul', { class: 'plain' }, entries.map(([k, v]) => h('li', null, k + ': ' + fmt.number(v))));
  }

  function terms(answer, known, skip) {
    const rows = [];
    for (const [key, value] of Object.entries(answer)) {
      if (skip.includes(key)) continue;
      const render = known[key];
      rows.push(h('dt', null, MESSAGES.en[key] ? t(key) : ctx.words(key)),
        h('dd', null, render ? render(value) : ctx.renderValue(value)));
    }
    return h('dl', { class: 'terms' }, rows);
  }

  async function loadLobby(day) {
    if (!ctx.hasModule('lobby')) { lobby.hidden = true; return; }
    try {
      const record = await ctx.api('GET', '/api/lobby/record?date=' + encodeURIComponent(day));
      lobby.hidden = false;
      fill(lobby, h('h2', null, t('lobby', { date: fmt.date(record.date || day) })), terms(record, {
        premiumReceivedByManager: counts,
        complaintModule: (v) => (v === 'installed' ? t('installed') : v === 'absent' ? t('absent') : String(v)),
      }, ['date']));
    } catch (err) {
      if (err.status === 403 || err.status === 404) { lobby.hidden = true; return; }
      lobby.hidden = false;
      fill(lobby, h('h2', null, t('lobby', { date: fmt.date(day) })), h('p', { class: 'error', role: 'alert' }, ctx.problemText(err)));
    }
  }

  async function loadComplaints(start, end) {
    if (!ctx.hasModule('complaint')) { complaints.hidden = true; return; }
    const since = new Date(start + 'T00:00:00');
    const until = new Date(end + 'T00:00:00');
    until.setDate(until.getDate() + 1);
    try {
      const stats = await ctx.api('GET', '/api/complaints/stats?from=' + encodeURIComponent(since.toISOString())
        + '&to=' + encodeURIComponent(until.toISOString()));
      complaints.hidden = false;
      const hours = (v) => fmt.number(v);
      fill(complaints, h('h2', null, t('complaints')), terms(stats, {
        total: fmt.number, overdueRate: (v) => fmt.percent(v === null ? null : v * 100),
        meanHoursToAcknowledge: hours, p90HoursToAcknowledge: hours, meanHoursToResolve: hours, p90HoursToResolve: hours,
        byCategory: counts, bySeverity: counts, byChannel: counts, byStatus: counts, repeatComplainants: counts,
      }, ['from', 'to']));
    } catch (err) {
      if (err.status === 403 || err.status === 404) { complaints.hidden = true; return; }
      complaints.hidden = false;
      fill(complaints, h('h2', null, t('complaints')), h('p', { class: 'error', role: 'alert' }, ctx.problemText(err)));
    }
  }

  async function loadFigures(start, end) {
    fill(figureError);
    try {
      const answer = await ctx.api('GET', '/api/figures?from=' + encodeURIComponent(start) + '&to=' + encodeURIComponent(end));
      const list = ordered(answer.figures || []);
      fill(figures, list.length ? list.map(card) : h('p', { class: 'empty' }, t('noFigures')));
      fill(unavailable, (answer.unavailable || []).length
        ? h('p', null, t('unavailable') + ': ', answer.unavailable.map((u, i) => [i ? '; ' : '', u.source + ' (' + u.reason + ')']))
        : null);
    } catch (err) {
      fill(figures);
      fill(unavailable);
      fill(figureError, ctx.problemText(err));
    }
  }

  async function load() {
    fill(periodError);
    if (!from.value || !to.value || to.value < from.value) {
      fill(periodError, t('badPeriod'));
      return;
    }
    await Promise.all([loadFigures(from.value, to.value), loadLobby(to.value), loadComplaints(from.value, to.value)]);
  }

  await load();
  return () => css.remove();
}
