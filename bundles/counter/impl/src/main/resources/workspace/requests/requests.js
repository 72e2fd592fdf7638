// Business requests (业务办理): the maker (teller, business officer) starts a request of a type
// the counter lists, in a form made from the type's fields, for the customer (and the lobby
// ticket) the counter page passed; sees what authorisation it needs; follows their own requests
// and, once authorised, confirms them with core banking's reference or retries the hand-over.
import { withCommon, named, absent, requirementText, amountText, typeTitle, rowTable, problemOf } from './common.js';

const MESSAGES = withCommon({
  en: {
    title: 'Business requests', start: 'Start a business request', type: 'Type of business', customer: 'Customer number',
    ticket: 'Lobby ticket (id)', ticketHint: 'Filled in from the counter page; leave empty when there is none.',
    amount: 'Amount', currency: 'Currency', currencyHint: 'Three capital letters; empty: CNY.', note: 'Note', submit: 'Submit',
    required: 'required', requiredNote: '* required. Enter submits.', answer: 'The request', created: 'Request no. {id} submitted.', repeat: 'This is request no. {id}, already submitted.',
    status: 'Status', needs: 'Authorisation needed', mine: 'My requests', noRequests: 'You have no requests yet.',
    id: 'No.', customerCol: 'Customer', submitted: 'Submitted', actions: 'Next step', coreReference: 'Core banking reference',
    confirm: 'Confirm keyed', handover: 'Retry hand-over', confirmed: 'Request no. {id} completed.',
    handedOver: 'Request no. {id} handed over again: {status}.', reason: 'Reason', refresh: 'Refresh', noTypes: 'No request types are available.',
    choose: '– choose –', fieldProblem: '{field}: {detail}',
  },
  'zh-CN': {
    title: '业务办理', start: '发起业务申请', type: '业务类型', customer: '客户号',
    ticket: '排队号（编号）', ticketHint: '由柜台页面带入；无排队号时留空。',
    amount: '金额', currency: '币种', currencyHint: '三位大写字母；留空即人民币（CNY）。', note: '备注', submit: '提交',
    required: '必填', requiredNote: '* 为必填项。按回车提交。', answer: '申请结果', created: '已提交第 {id} 号申请。', repeat: '此申请已提交过，编号 {id}。',
    status: '状态', needs: '所需授权', mine: '我的申请', noRequests: '暂无您发起的申请。',
    id: '编号', customerCol: '客户', submitted: '提交时间', actions: '下一步', coreReference: '核心系统流水号',
    confirm: '确认已录入', handover: '重新移交', confirmed: '第 {id} 号申请已完成。',
    handedOver: '第 {id} 号申请已重新移交：{status}。', reason: '原因', refresh: '刷新', noTypes: '暂无可办理的业务类型。',
    choose: '– 请选择 –', fieldProblem: '{field}：{detail}',
  },
});

function newKey() {
  return 'ws-' + (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + '-' + Math.random().toString(16).slice(2));
}

/** The input for a field of the type, by its kind. */
function inputFor(ctx, t, spec) {
  const { h } = ctx;
  const common = { name: spec.name, required: spec.required, 'data-kind': spec.kind };
  if (spec.maxLength > 0) common.maxlength = String(spec.maxLength);
  switch (spec.kind) {
    case 'CHOICE':
      return h('select', common, h('option', { value: '' }, t('choose')), (spec.choices || []).map((c) => h('option', { value: c }, c)));
    case 'NOTE':
      return h('textarea', { ...common, rows: '3' });
    case 'DATE':
      return h('input', { ...common, type: 'date', maxlength: null });
    case 'INTEGER':
      return h('input', { ...common, type: 'number', step: '1', inputmode: 'numeric', maxlength: null });
    case 'ACCOUNT':
      return h('input', { ...common, inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false' });
    case 'PHONE':
      return h('input', { ...common, type: 'tel', autocomplete: 'off' });
    case 'ID_NUMBER':
      return h('input', { ...common, autocomplete: 'off', spellcheck: 'false' });
    default:
      return h('input', { ...common, autocomplete: 'off' });
  }
}

export async function mount(root, ctx) {
  const { h, fill, field } = ctx;
  const t = ctx.translator(MESSAGES);

  const types = await ctx.api('GET', '/api/counter/types');
  let clientKey = newKey();

  const typeSelect = h('select', { id: 'request-type', name: 'type' },
    types.map((x) => h('option', { value: x.code }, x.title)));
  const fieldsBox = h('div', { id: 'request-fields' });
  const customer = h('input', { id: 'request-customer', name: 'customerId', required: true, autocomplete: 'off',
    value: ctx.params.get('customer') || '' });
  const ticket = h('input', { id: 'request-ticket', name: 'ticketId', inputmode: 'numeric', autocomplete: 'off',
    value: ctx.params.get('ticket') || '' });
  const note = h('textarea', { id: 'request-note', name: 'note', maxlength: '1000', rows: '2' });
  const formError = h('div', { role: 'alert', class: 'error', id: 'request-error' });
  const answer = h('div', { id: 'request-answer', 'aria-live': 'polite' });
  const mine = h('div', { id: 'my-requests' });
  const mineError = h('p', { role: 'alert', class: 'error' });
  const mineStatus = h('p', { role: 'status', class: 'ok' });
  let amount = null;
  let currency = null;

  function renderFields() {
    const type = types.find((x) => x.code === typeSelect.value);
    amount = null;
    currency = null;
    if (!type) {
      fill(fieldsBox);
      return;
    }
    const parts = (type.fields || []).map((spec) => field(spec.label + (spec.required ? ' *' : ''), inputFor(ctx, t, spec)));
    if (type.amount && type.amount !== 'NONE') {
      amount = h('input', { name: 'amount', inputmode: 'decimal', autocomplete: 'off', required: type.amount === 'REQUIRED' });
      currency = h('input', { name: 'currency', maxlength: '3', autocomplete: 'off', class: 'short', placeholder: 'CNY' });
      parts.push(h('div', { class: 'row' }, field(t('amount') + (type.amount === 'REQUIRED' ? ' *' : ''), amount),
        field(t('currency'), currency, t('currencyHint'))));
    }
    fill(fieldsBox, parts);
    clientKey = newKey();
  }
  typeSelect.addEventListener('change', renderFields);

  function clearInvalid() {
    root.querySelectorAll('[aria-invalid="true"]').forEach((el) => el.removeAttribute('aria-invalid'));
    root.querySelectorAll('.field-problem').forEach((el) => el.remove());
  }

  /** Marks the input a problem names (fields.<name>, amount, customerId, ...) and says it next to it. */
  function markProblem(err) {
    const name = err && err.problem && err.problem.field;
    if (!name) return;
    const inputName = name.startsWith('fields.') ? name.slice('fields.'.length) : name;
    const input = form.querySelector('[name="' + CSS.escape(inputName) + '"]');
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.parentElement.appendChild(h('small', { class: 'error field-problem' }, err.problem.detail || err.problem.title || ''));
      input.focus();
    }
  }

  const form = h('form', { id: 'request-form', onsubmit: async (e) => {
    e.preventDefault();
    clearInvalid();
    fill(formError);
    const type = types.find((x) => x.code === typeSelect.value);
    if (!type) return;
    const fields = {};
    for (const spec of type.fields || []) {
      const input = fieldsBox.querySelector('[name="' + CSS.escape(spec.name) + '"]');
      const value = input ? input.value.trim() : '';
      if (value !== '') fields[spec.name] = value;
    }
    const body = { type: type.code, customerId: customer.value.trim(), fields, clientKey };
    if (amount && amount.value.trim() !== '') body.amount = amount.value.trim();
    if (currency && currency.value.trim() !== '') body.currency = currency.value.trim();
    if (ticket.value.trim() !== '') body.ticketId = Number(ticket.value.trim());
    if (note.value.trim() !== '') body.note = note.value.trim();
    try {
      const submission = await ctx.api('POST', '/api/counter/requests', body);
      showAnswer(submission);
      renderFields();   // a fresh form (and client key) for the next request
      note.value = '';
      await loadMine();
    } catch (err) {
      fill(formError, problemOf(ctx, err));
      markProblem(err);
    }
  } },
  field(t('type'), typeSelect),
  h('div', { class: 'row' }, field(t('customer') + ' *', customer),
    // a request names a lobby ticket only where the lobby module runs (the server refuses a ticketId otherwise)
    ctx.hasModule('lobby') || ticket.value ? field(t('ticket'), ticket, t('ticketHint')) : null),
  fieldsBox,
  field(t('note'), note),
  h('p', { class: 'hint' }, t('requiredNote')),
  h('button', { type: 'submit', class: 'primary', id: 'submit-request' }, t('submit')),
  formError);

  function showAnswer(submission) {
    const r = submission.request;
    fill(answer, h('div', { class: 'notice', 'data-request-id': r.id, 'data-status': r.status },
      h('p', null, h('strong', null, submission.created ? t('created', { id: r.id }) : t('repeat', { id: r.id }))),
      h('dl', { class: 'terms' },
        h('dt', null, t('type')), h('dd', null, typeTitle(types, r.type)),
        h('dt', null, t('customerCol')), h('dd', null, r.customerId, ' ', r.premium ? h('span', { class: 'badge premium' }, t('premium')) : null),
        h('dt', null, t('status')), h('dd', { 'data-answer': 'status' }, named(t, 'status', r.status)),
        h('dt', null, t('needs')), h('dd', { 'data-answer': 'requirement' }, requirementText(t, r.requirement),
          r.requirement && r.requirement.rule ? h('div', { class: 'muted' }, t('because', { rule: r.requirement.rule })) : null))));
  }

  async function act(r, action, body) {
    fill(mineError);
    fill(mineStatus);
    try {
      const after = await ctx.api('POST', '/api/counter/requests/' + r.id + '/' + action, body);
      fill(mineStatus, action === 'confirm' ? t('confirmed', { id: r.id })
        : t('handedOver', { id: r.id, status: named(t, 'status', after && after.status) }));
      await loadMine();
    } catch (err) {
      fill(mineError, problemOf(ctx, err));
    }
  }

  function nextStep(r) {
    if (r.status === 'APPROVED' || r.status === 'TO_BE_KEYED') {
      const ref = h('input', { name: 'coreReference', maxlength: '64', autocomplete: 'off', class: 'short-ref',
        'aria-label': t('coreReference') + ' #' + r.id });
      return h('form', { class: 'row', onsubmit: (e) => { e.preventDefault(); act(r, 'confirm', { coreReference: ref.value.trim() }); } },
        ref, h('button', { type: 'submit', 'data-action': 'confirm' }, t('confirm')),
        r.status === 'APPROVED' ? h('button', { type: 'button', 'data-action': 'handover', onclick: () => act(r, 'handover') }, t('handover')) : null);
    }
    if (r.status === 'REJECTED' || r.status === 'WITHDRAWN') return r.reason ? h('span', null, t('reason') + ': ' + r.reason) : null;
    if (r.status === 'COMPLETED') return r.coreReference || null;
    return null;
  }

  async function loadMine() {
    try {
      const rows = await ctx.api('GET', '/api/counter/requests?mine=true&limit=30');
      fill(mine, rowTable(ctx, [
        { label: t('id'), get: (r) => String(r.id), class: 'num' },
        { label: t('type'), get: (r) => typeTitle(types, r.type) },
        { label: t('customerCol'), get: (r) => h('span', null, r.customerId, ' ', r.premium ? h('span', { class: 'badge premium' }, t('premium')) : null) },
        { label: t('amount'), get: (r) => amountText(ctx, r), class: 'num' },
        { label: t('status'), get: (r) => h('span', { class: 'badge' + (r.status === 'REJECTED' || r.status === 'EXPIRED' ? ' bad' : r.status === 'COMPLETED' ? ' good' : '') },
          named(t, 'status', r.status)) },
        { label: t('submitted'), get: (r) => ctx.fmt.datetime(r.submittedAt) },
        { label: t('actions'), get: nextStep },
      ], rows, (r) => ({ 'data-request-id': r.id, 'data-status': r.status }), t('noRequests')));
      fill(mineError);
    } catch (err) {
      if (absent(err)) fill(mine);
      else fill(mineError, problemOf(ctx, err));
    }
  }

  fill(root, h('h1', null, t('title')),
    h('div', { class: 'grid-2' },
      h('div', { class: 'card' }, h('h2', null, t('start')), types.length ? form : h('p', { class: 'empty' }, t('noTypes'))),
      h('div', { class: 'card' }, h('h2', null, t('answer')), answer)),
    h('div', { class: 'card' }, h('div', { class: 'row' }, h('h2', null, t('mine')),
      h('button', { type: 'button', id: 'refresh-requests', onclick: loadMine }, t('refresh'))), mineStatus, mineError, mine));
  renderFields();
  await loadMine();
  (customer.value ? typeSelect : customer).focus();
}
