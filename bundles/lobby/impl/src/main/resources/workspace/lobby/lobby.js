// The lobby (大堂): the lobby manager at the door with a tablet registers each arrival by card,
// ID or phone (a card reader types the number and Enter), sees who it is and where to send them
// with the ticket in large type, watches the live queues and reads the day's record.
import { withNames, named, absent, styleSheet, PURPOSES, problemOf } from './names.js';

const MESSAGES = withNames({
  en: {
    title: 'Lobby', arrival: 'Register an arrival', identifier: 'Card, ID or phone number',
    identifierHint: 'Swipe the card or type the number, then Enter.', kind: 'Identified by', purpose: 'Purpose of the visit',
    'kind.auto': 'Detect from the number', 'kind.card': 'Bank card', 'kind.id': 'ID document', 'kind.phone': 'Mobile phone',
    'kind.customer': 'Customer number',
    register: 'Register', walkIn: 'Walk-in without identification', answer: 'Who it is and where to send them',
    answerEmpty: 'Register an arrival to see who it is and where to send them.',
    name: 'Customer', walkInName: 'Walk-in customer (not identified)', segment: 'Segment', premium: 'Premium customer (贵宾)',
    potential: 'Potential premium customer', notPremium: 'Not premium', manager: 'Dedicated customer manager', noManager: 'No dedicated manager',
    point: 'Send to', ticket: 'Ticket', noTicket: 'No ticket', rule: 'Why: {rule}', lead: 'A lead was opened for a customer manager to follow up.',
    notified: 'The customer manager has been told the customer is here.', identifiers: 'Identifiers',
    queues: 'Queues now', waiting: '{n} waiting', longest: 'longest wait {d}', called: 'At the counters',
    noQueue: 'Nobody is waiting.', number: 'Ticket', waited: 'Waiting', priorityCol: 'Priority', counterCol: 'Counter',
    record: 'Today\'s lobby record', arrivals: 'Arrivals', receivedBy: 'Premium customers received by customer managers',
    byLobby: 'Premium customers identified in the lobby', atCash: 'Identified at the cash counters',
    atNonCash: 'Identified at the non-cash counters', leads: 'Leads opened', complaints: 'Complaints received',
    noComplaintModule: 'the complaint module is not installed', nobody: 'None yet.', updated: 'Updated {time}',
    required: 'Type or swipe a number first, or register a walk-in.',
  },
  'zh-CN': {
    title: '大堂', arrival: '到店登记', identifier: '卡号、证件号或手机号',
    identifierHint: '刷卡或输入号码后按回车。', kind: '识别方式', purpose: '来访目的',
    'kind.auto': '按号码自动识别', 'kind.card': '银行卡', 'kind.id': '身份证件', 'kind.phone': '手机号', 'kind.customer': '客户号',
    register: '登记', walkIn: '未识别客户（散客）登记', answer: '客户识别与引导',
    answerEmpty: '登记到店后，这里显示客户身份及引导去向。',
    name: '客户', walkInName: '散客（未识别）', segment: '客户分层', premium: '贵宾客户（高端）',
    potential: '潜在高端客户', notPremium: '非高端客户', manager: '专属客户经理', noManager: '无专属客户经理',
    point: '引导至', ticket: '排队号', noTicket: '无需取号', rule: '依据：{rule}', lead: '已生成商机线索，待客户经理跟进。',
    notified: '已通知客户经理：客户已到店。', identifiers: '证件与联系方式',
    queues: '实时排队', waiting: '等候 {n} 人', longest: '最长等候 {d}', called: '正在办理',
    noQueue: '暂无等候客户。', number: '排队号', waited: '已等候', priorityCol: '优先级', counterCol: '柜台',
    record: '今日大堂台账', arrivals: '到店人数', receivedBy: '客户经理接待的高端客户',
    byLobby: '大堂识别的高端客户', atCash: '现金柜台识别', atNonCash: '非现金柜台识别', leads: '新增商机线索',
    complaints: '受理投诉', noComplaintModule: '未安装投诉模块', nobody: '暂无。', updated: '更新于 {time}',
    required: '请先刷卡或输入号码，或登记散客。',
  },
});

/** What kind of identifier a typed or swiped number is, when the lobby manager lets the page decide. */
export function detectKind(value) {
  const v = value.trim().replace(/\s+/g, '');
  if (/^1\d{10}$/.test(v)) return 'phone';
  if (/^\d{6}(18|19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx]$/.test(v) || /^\d{15}$/.test(v)) return 'id';
  if (/^\d{12,19}$/.test(v)) return 'card';
  if (/^[A-Za-z]{1,2}\d{7,9}$/.test(v)) return 'id';      // a passport or a permit
  if (/^[A-Za-z][A-Za-z0-9-]{0,31}$/.test(v)) return 'customer';
  return 'id';
}

const FIELD = { card: 'cardNumber', id: 'idNumber', phone: 'phone', customer: 'customerId' };

export async function mount(root, ctx) {
  const { h, fill, field } = ctx;
  const t = ctx.translator(MESSAGES);
  styleSheet(ctx, '/ui/pages/lobby/lobby.css');
  const mayRegister = ctx.hasRole('LOBBY_MANAGER', 'TELLER');

  const identifier = h('input', { id: 'arrival-identifier', name: 'identifier', autocomplete: 'off', inputmode: 'text',
    spellcheck: 'false', class: 'big-input' });
  const kind = h('select', { id: 'arrival-kind', name: 'kind' },
    ['auto', 'card', 'id', 'phone', 'customer'].map((k) => h('option', { value: k }, t('kind.' + k))));
  const purpose = h('select', { id: 'arrival-purpose', name: 'purpose' },
    PURPOSES.map((p) => h('option', { value: p }, named(t, 'purpose', p))));
  const formError = h('p', { class: 'error', role: 'alert', id: 'arrival-error' });
  const answer = h('div', { id: 'arrival-answer', class: 'answer', 'aria-live': 'polite' }, h('p', { class: 'muted' }, t('answerEmpty')));
  const board = h('div', { id: 'queue-board' });
  const boardError = h('p', { class: 'error', role: 'alert' });
  const boardTime = h('small', { class: 'muted' });
  const record = h('div', { id: 'day-record' });
  const recordError = h('p', { class: 'error', role: 'alert' });

  async function register(body) {
    fill(formError);
    try {
      const arrival = await ctx.api('POST', '/api/lobby/arrivals', body);
      showAnswer(arrival);
      identifier.value = '';
      await Promise.all([loadQueues(), loadRecord()]);
    } catch (err) {
      fill(formError, problemOf(ctx, err));
    }
    // ready for the next swipe, with the answer in sight on a tablet
    identifier.focus({ preventScroll: true });
    answer.scrollIntoView({ block: 'nearest' });
  }

  const form = h('form', { id: 'arrival-form', onsubmit: (e) => {
    e.preventDefault();
    const value = identifier.value.trim();
    if (!value) {
      fill(formError, t('required'));
      identifier.focus();
      return;
    }
    const k = kind.value === 'auto' ? detectKind(value) : kind.value;
    register({ [FIELD[k]]: value.replace(/\s+/g, ''), purpose: purpose.value });
  } },
  field(t('identifier'), identifier, t('identifierHint')),
  h('div', { class: 'row' }, field(t('kind'), kind), field(t('purpose'), purpose)),
  h('div', { class: 'row' },
    h('button', { type: 'submit', class: 'primary big', id: 'register-arrival' }, t('register')),
    h('button', { type: 'button', class: 'big', id: 'walk-in', onclick: () => register({ purpose: purpose.value }) }, t('walkIn'))),
  formError);

  function showAnswer(a) {
    const c = a.customer;
    const g = a.guidance || {};
    const badges = [];
    if (a.premium) badges.push(h('span', { class: 'badge premium' }, t('premium')));
    else if (a.potentialPremium) badges.push(h('span', { class: 'badge potential' }, t('potential')));
    else badges.push(h('span', { class: 'badge' }, t('notPremium')));
    const ids = c ? [c.idNumber, c.phone, ...(c.cardNumbers || [])].filter((x) => x) : [];
    fill(answer,
      h('div', { class: 'lobby-answer-grid' },
        h('div', null,
          h('div', { class: 'muted' }, t('name')),
          h('div', { class: 'answer-name', 'data-answer': 'name' }, c ? (c.name || c.id) : t('walkInName')),
          c ? h('div', { class: 'muted' }, c.id) : null,
          ids.length ? h('div', { class: 'muted', 'aria-label': t('identifiers') }, ids.join(' · ')) : null,
          h('div', null, h('span', { class: 'muted' }, t('segment') + ': '),
            h('span', { 'data-answer': 'segment' }, c && c.segment ? named(t, 'segment', c.segment) : '–')),
          h('div', { 'data-answer': 'premium' }, badges),
          h('div', null, h('span', { class: 'muted' }, t('manager') + ': '),
            h('span', { 'data-answer': 'manager' }, a.manager || t('noManager')))),
        h('div', null,
          h('div', { class: 'muted' }, t('point')),
          h('div', { class: 'answer-point', 'data-answer': 'point' }, named(t, 'point', g.servicePoint),
            g.mode ? h('div', { class: 'answer-mode' }, named(t, 'mode', g.mode)) : null),
          h('div', { class: 'muted' }, t('ticket')),
          h('div', { class: 'ticket-number', 'data-answer': 'ticket' }, a.ticket ? a.ticket.number : t('noTicket')),
          a.ticket ? h('div', null, h('span', { class: a.ticket.priority === 'PREMIUM' ? 'badge premium' : 'badge' },
            named(t, 'priority', a.ticket.priority))) : null)),
      a.premium && a.manager ? h('p', { class: 'ok' }, t('notified')) : null,
      a.leadId ? h('p', { class: 'ok' }, t('lead')) : null,
      g.rule ? h('p', { class: 'muted small' }, t('rule', { rule: g.rule })) : null);
  }

  const queueCard = h('div', { class: 'card', id: 'queues-card' }, h('div', { class: 'row spread' }, h('h2', null, t('queues')), boardTime),
    board, boardError);
  const recordCard = h('div', { class: 'card', id: 'record-card' }, h('h2', null, t('record')), record, recordError);

  async function loadQueues() {
    try {
      const queues = await ctx.api('GET', '/api/lobby/queues');
      fill(boardError);
      renderQueues(queues || []);
      fill(boardTime, t('updated', { time: ctx.fmt.time(new Date()) }));
    } catch (err) {
      if (absent(err)) queueCard.remove();
      else fill(boardError, problemOf(ctx, err));
    }
  }

  function renderQueues(queues) {
    const shown = queues.filter((q) => q.waiting > 0 || (q.called && q.called.length) || (q.tickets && q.tickets.length));
    if (!shown.length) {
      fill(board, h('p', { class: 'empty' }, t('noQueue')));
      return;
    }
    fill(board, h('div', { class: 'grid' }, shown.map((q) => h('div', { class: 'queue', 'data-point': q.servicePoint },
      h('h3', null, named(t, 'point', q.servicePoint), ' ',
        h('span', { class: 'badge' }, t('waiting', { n: q.waiting })),
        q.waiting ? h('span', { class: 'muted small' }, t('longest', { d: ctx.fmt.duration(q.longestWaitSeconds) })) : null),
      (q.tickets || []).length ? h('div', { class: 'table-wrap' }, h('table', null,
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('number')), h('th', { scope: 'col' }, t('priorityCol')),
          h('th', { scope: 'col', class: 'num' }, t('waited')))),
        h('tbody', null, q.tickets.map((w) => h('tr', { 'data-ticket': w.ticket.number, 'data-status': 'WAITING' },
          h('td', { class: 'ticket-cell' }, w.ticket.number),
          h('td', null, h('span', { class: w.ticket.priority === 'PREMIUM' ? 'badge premium' : 'badge' }, named(t, 'priority', w.ticket.priority))),
          h('td', { class: 'num' }, ctx.fmt.duration(w.waitSeconds))))))) : null,
      (q.called || []).length ? h('div', null, h('div', { class: 'muted small' }, t('called')),
        h('ul', { class: 'plain' }, q.called.map((c) => h('li', { 'data-ticket': c.number, 'data-status': 'CALLED' },
          c.number, ' → ', t('counterCol'), ' ', c.counter || '–')))) : null))));
  }

  async function loadRecord() {
    try {
      const r = await ctx.api('GET', '/api/lobby/record');
      fill(recordError);
      const managers = Object.entries(r.premiumReceivedByManager || {});
      fill(record,
        h('dl', { class: 'terms' },
          h('dt', null, t('arrivals')), h('dd', { 'data-record': 'arrivals' }, ctx.fmt.number(r.arrivals)),
          h('dt', null, t('byLobby')), h('dd', { 'data-record': 'premiumIdentifiedByLobby' }, ctx.fmt.number(r.premiumIdentifiedByLobby)),
          h('dt', null, t('atCash')), h('dd', { 'data-record': 'premiumIdentifiedAtCash' }, ctx.fmt.number(r.premiumIdentifiedAtCash)),
          h('dt', null, t('atNonCash')), h('dd', { 'data-record': 'premiumIdentifiedAtNonCash' }, ctx.fmt.number(r.premiumIdentifiedAtNonCash)),
          h('dt', null, t('leads')), h('dd', { 'data-record': 'leadsOpened' }, ctx.fmt.number(r.leadsOpened)),
          h('dt', null, t('complaints')), h('dd', { 'data-record': 'complaintsReceived' },
            r.complaintsReceived === null || r.complaintsReceived === undefined ? t('noComplaintModule') : ctx.fmt.number(r.complaintsReceived))),
        h('h3', null, t('receivedBy')),
        ctx.table([{ label: t('manager'), get: (m) => m[0] }, { label: t('arrivals'), get: (m) => ctx.fmt.number(m[1]), class: 'num' }],
          managers, t('nobody')));
    } catch (err) {
      if (absent(err)) recordCard.remove();
      else fill(recordError, problemOf(ctx, err));
    }
  }

  fill(root, h('h1', null, t('title')),
    h('div', { class: 'grid-2' },
      h('div', null,
        mayRegister ? h('div', { class: 'card', id: 'arrival-card' }, h('h2', null, t('arrival')), form) : null,
        mayRegister ? h('div', { class: 'card' }, h('h2', null, t('answer')), answer) : null),
      h('div', null, queueCard, recordCard)));

  await Promise.all([loadQueues(), loadRecord()]);
  let first = true;
  ctx.every(5000, () => {
    if (first) { first = false; return; }
    loadQueues();
  });
  if (mayRegister) identifier.focus();
}
