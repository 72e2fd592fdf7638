// The counter (柜台): the teller calls the next ticket (F2 anywhere on the page), sees the
// customer's unified view, finishes the ticket (F4 = done) or marks a no-show, refers a lead and
// starts a business request for the customer. Keyboard alone, at a 1366x768 screen.
import { withNames, named, absent, styleSheet, problemOf } from '../lobby/names.js'; // shared with the lobby page, from the same bundle

const MESSAGES = withNames({
  en: {
    title: 'Counter', point: 'Queue to call', counterNo: 'Counter number', callNext: 'Call next',
    keys: 'Keys: F2 calls the next ticket, F4 finishes the current one (done).', current: 'Current ticket', none: 'No ticket called.',
    nobody: 'Nobody is waiting at {point}.', done: 'Done', noShow: 'No show', calledAt: 'called {time}',
    customer: 'Customer', noCustomer: 'The ticket names no customer (a walk-in).', openCustomer: 'Open the customer page',
    refer: 'Refer as a lead', note: 'Note for the customer manager', referred: 'Lead referred (no. {id}).',
    startRequest: 'Start a business request', premium: 'Premium customer (贵宾)', potential: 'Potential premium customer',
    manager: 'Customer manager', segment: 'Segment', finished: 'Ticket {n}: {status}.', holdings: 'Holdings',
    totalAssets: 'Total assets', waiting: '{n} waiting', viewUnavailable: 'The customer\'s view is not available to you.',
  },
  'zh-CN': {
    title: '柜台', point: '叫号队列', counterNo: '柜台号', callNext: '叫下一位',
    keys: '快捷键：F2 叫下一位，F4 办结当前号。', current: '当前排队号', none: '尚未叫号。',
    nobody: '{point}暂无等候客户。', done: '办结', noShow: '过号未到', calledAt: '{time} 叫号',
    customer: '客户', noCustomer: '此号未关联客户（散客）。', openCustomer: '打开客户页面',
    refer: '推荐为商机线索', note: '给客户经理的备注', referred: '已推荐线索（编号 {id}）。',
    startRequest: '发起业务办理', premium: '贵宾客户（高端）', potential: '潜在高端客户',
    manager: '客户经理', segment: '客户分层', finished: '{n} 号：{status}。', holdings: '持有产品',
    totalAssets: '资产合计', waiting: '等候 {n} 人', viewUnavailable: '您无权查看该客户的统一视图。',
  },
});

const POINTS = ['PRIORITY_WINDOW', 'CASH_COUNTER', 'NON_CASH_COUNTER', 'VIP_ROOM'];
const POINT_KEY = 'branchdesk.counter.point';
const NUMBER_KEY = 'branchdesk.counter.number';

export async function mount(root, ctx) {
  const { h, fill, field } = ctx;
  const t = ctx.translator(MESSAGES);
  styleSheet(ctx, '/ui/pages/counter/counter.css');

  let current = null;   // the ticket called at this counter
  const pointSelect = h('select', { id: 'counter-point', name: 'point' });
  const counterNo = h('input', { id: 'counter-number', name: 'counter', maxlength: '20', autocomplete: 'off', class: 'short',
    value: localStorage.getItem(NUMBER_KEY) || '1' });
  const callButton = h('button', { type: 'submit', id: 'call-next', class: 'primary big' }, t('callNext'), ' ', h('kbd', null, 'F2'));
  const status = h('p', { role: 'status', id: 'counter-status', class: 'muted' });
  const error = h('p', { role: 'alert', class: 'error', id: 'counter-error' });
  const ticketBox = h('div', { id: 'current-ticket' });
  const customerBox = h('div', { id: 'counter-customer' });

  function fillPoints(extra) {
    const saved = localStorage.getItem(POINT_KEY);
    const chosen = pointSelect.value || saved || POINTS[0];
    const points = [...new Set([...POINTS, ...extra])];
    fill(pointSelect, points.map((p) => h('option', { value: p, selected: p === chosen }, named(t, 'point', p))));
    if (!points.includes(chosen)) pointSelect.value = POINTS[0];
  }
  fillPoints([]);
  pointSelect.addEventListener('change', () => localStorage.setItem(POINT_KEY, pointSelect.value));
  counterNo.addEventListener('change', () => localStorage.setItem(NUMBER_KEY, counterNo.value.trim() || '1'));

  function counterName() {
    return counterNo.value.trim() || '1';
  }

  async function callNext() {
    fill(error);
    fill(status);
    try {
      const ticket = await ctx.api('POST', '/api/lobby/queues/' + encodeURIComponent(pointSelect.value) + '/call', { counter: counterName() });
      if (!ticket) {
        fill(status, t('nobody', { point: named(t, 'point', pointSelect.value) }));
        return;
      }
      await show(ticket);
    } catch (err) {
      fill(error, problemOf(ctx, err));
    }
  }

  async function finish(outcome) {
    if (!current) return;
    fill(error);
    try {
      const ticket = await ctx.api('POST', '/api/lobby/tickets/' + current.id + '/' + outcome);
      fill(status, t('finished', { n: ticket.number, status: named(t, 'status', ticket.status) }));
      current = null;
      renderTicket();
      fill(customerBox);
      callButton.focus();
    } catch (err) {
      fill(error, problemOf(ctx, err));
    }
  }

  const doneButton = h('button', { type: 'button', id: 'ticket-done', class: 'primary', onclick: () => finish('done') },
    t('done'), ' ', h('kbd', null, 'F4'));
  const noShowButton = h('button', { type: 'button', id: 'ticket-no-show', onclick: () => finish('no-show') }, t('noShow'));

  function renderTicket() {
    doneButton.disabled = !current;
    noShowButton.disabled = !current;
    if (!current) {
      fill(ticketBox, h('p', { class: 'empty' }, t('none')));
      return;
    }
    fill(ticketBox,
      h('div', { class: 'counter-ticket', 'data-ticket-number': current.number }, current.number),
      h('div', null, h('span', { class: current.priority === 'PREMIUM' ? 'badge premium' : 'badge' }, named(t, 'priority', current.priority)),
        h('span', { class: 'muted' }, named(t, 'point', current.servicePoint), ' · ', t('calledAt', { time: ctx.fmt.time(current.calledAt) }))));
  }

  async function show(ticket) {
    current = ticket;
    renderTicket();
    await showCustomer(ticket.customerId);
    doneButton.focus();
  }

  async function showCustomer(id) {
    if (!id) {
      fill(customerBox, h('p', { class: 'muted' }, t('noCustomer')));
      return;
    }
    const actions = customerActions(id);
    let view = null;
    try {
      if (ctx.hasModule('customer')) view = await ctx.api('GET', '/api/customers/' + encodeURIComponent(id) + '/view');
    } catch (err) {
      if (!absent(err)) {
        fill(customerBox, h('p', { class: 'error', role: 'alert' }, problemOf(ctx, err)), actions);
        return;
      }
    }
    if (!view) {
      fill(customerBox, h('p', null, h('strong', null, id)), h('p', { class: 'muted' }, t('viewUnavailable')), actions);
      return;
    }
    const c = view.customer || {};
    fill(customerBox,
      h('div', { class: 'row spread' },
        h('div', null, h('div', { class: 'counter-name', 'data-customer-id': c.id }, c.name || c.id), h('div', { class: 'muted' },
          [c.id, c.idNumber, c.phone].filter((x) => x).join(' · '))),
        h('div', null,
          view.premium ? h('span', { class: 'badge premium' }, t('premium')) : c.potentialPremium ? h('span', { class: 'badge potential' }, t('potential')) : null,
          c.segment ? h('span', { class: 'badge' }, named(t, 'segment', c.segment)) : null,
          view.manager ? h('span', { class: 'muted' }, t('manager') + ': ' + (view.manager.displayName || view.manager.username)) : null)),
      actions,
      view.totalAssets !== undefined && view.totalAssets !== null
        ? h('p', null, h('span', { class: 'muted' }, t('totalAssets') + ': '), ctx.fmt.money(view.totalAssets)) : null,
      view.holdings && view.holdings.length ? h('details', null, h('summary', null, t('holdings')), ctx.renderValue(view.holdings)) : null,
      (view.sections || []).map((s) => h('details', { class: 'view-section', 'data-section': s.id, open: s.id === 'counter' || s.id === 'lobby-visits' },
        h('summary', null, s.title || s.id), ctx.renderValue(s.content))));
  }

  function customerActions(id) {
    const note = h('textarea', { id: 'lead-note', name: 'note', maxlength: '500', rows: '2' });
    const leadStatus = h('p', { role: 'status', class: 'ok' });
    const leadError = h('p', { role: 'alert', class: 'error' });
    const referForm = h('form', { class: 'refer', onsubmit: async (e) => {
      e.preventDefault();
      fill(leadStatus);
      fill(leadError);
      try {
        const source = pointSelect.value === 'NON_CASH_COUNTER' ? 'NON_CASH_COUNTER' : 'CASH_COUNTER';
        const lead = await ctx.api('POST', '/api/lobby/leads', { customerId: id, source, note: note.value.trim() || null });
        fill(leadStatus, t('referred', { id: lead.id }));
        note.value = '';
      } catch (err) {
        fill(leadError, problemOf(ctx, err));
      }
    } }, field(t('note'), note), h('button', { type: 'submit', id: 'refer-lead' }, t('refer')), leadStatus, leadError);
    return h('div', { class: 'counter-actions' },
      h('div', { class: 'row' },
        ctx.hasPage('requests') ? h('button', { type: 'button', id: 'start-request', class: 'primary',
          onclick: () => ctx.go('requests', { customer: id, ticket: current ? String(current.id) : '' }) }, t('startRequest')) : null,
        ctx.hasPage('customer') ? h('button', { type: 'button', id: 'open-customer', onclick: () => ctx.go('customer', { id }) }, t('openCustomer')) : null),
      referForm);
  }

  /** A ticket this counter called and has not finished (the page was reloaded): it is still the current one. */
  async function restore() {
    try {
      const queues = await ctx.api('GET', '/api/lobby/queues');
      fillPoints((queues || []).map((q) => q.servicePoint).filter((p) => !['SELF_SERVICE', 'RECEPTION', 'REFERRAL', 'CUSTOMER_MANAGER'].includes(p)));
      const mine = (queues || []).flatMap((q) => q.called || []).filter((c) => c.counter === counterName() && c.servicePoint === pointSelect.value);
      if (mine.length) await show(mine[mine.length - 1]);
    } catch (err) {
      if (!absent(err)) fill(error, problemOf(ctx, err));
    }
  }

  ctx.listen('keydown', (e) => {
    if (e.key === 'F2') {
      e.preventDefault();
      callNext();
    } else if (e.key === 'F4') {
      e.preventDefault();
      finish('done');
    }
  });

  fill(root, h('h1', null, t('title')),
    h('div', { class: 'grid-2' },
      h('div', null,
        h('form', { class: 'card', id: 'call-form', onsubmit: (e) => { e.preventDefault(); callNext(); } },
          h('div', { class: 'row' }, field(t('point'), pointSelect), field(t('counterNo'), counterNo)),
          callButton, h('p', { class: 'muted small' }, t('keys')), status, error),
        h('div', { class: 'card' }, h('h2', null, t('current')), ticketBox, h('div', { class: 'row' }, doneButton, noShowButton))),
      h('div', { class: 'card' }, h('h2', null, t('customer')), customerBox)));
  renderTicket();
  await restore();
  if (!current) callButton.focus();
}
