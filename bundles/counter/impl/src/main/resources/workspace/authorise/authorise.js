// Authorisation (授权): the checker's inbox of pending requests they may approve (premium
// customers' first), each opened to see its fields and history, approved or rejected with a
// reason. Four eyes is the server's: a refusal is shown in its words.
import { withCommon, named, absent, requirementText, amountText, typeTitle, secondsSince, rowTable, problemOf } from '../requests/common.js'; // shared with the requests page, from the same bundle

const MESSAGES = withCommon({
  en: {
    title: 'Authorisation', inbox: 'Waiting for my authorisation', empty: 'Nothing waits for your authorisation.',
    type: 'Type', customer: 'Customer', amount: 'Amount', maker: 'Maker', waited: 'Waiting', open: 'Open', updated: 'Updated {time}',
    request: 'Request no. {id} (version {version})', fields: 'Content', note: 'Note', needs: 'Authorisation needed',
    approvals: 'Approvals so far', history: 'History', at: 'When', actor: 'Who', action: 'What', detail: 'Detail',
    approve: 'Approve', reject: 'Reject', reason: 'Reason for rejecting', reasonNeeded: 'Give the reason for rejecting.',
    approved: 'Request no. {id}: {status}.', rejected: 'Request no. {id} rejected.', close: 'Close', choose: 'Open a request to decide on it.',
    expires: 'Expires', status: 'Status', none: 'none',
  },
  'zh-CN': {
    title: '授权', inbox: '待我授权', empty: '暂无待您授权的业务。',
    type: '业务类型', customer: '客户', amount: '金额', maker: '经办柜员', waited: '已等待', open: '查看', updated: '更新于 {time}',
    request: '第 {id} 号申请（第 {version} 版）', fields: '申请内容', note: '备注', needs: '所需授权',
    approvals: '已有授权', history: '处理记录', at: '时间', actor: '处理人', action: '操作', detail: '说明',
    approve: '授权通过', reject: '拒绝', reason: '拒绝原因', reasonNeeded: '请填写拒绝原因。',
    approved: '第 {id} 号申请：{status}。', rejected: '第 {id} 号申请已拒绝。', close: '关闭', choose: '请打开一笔申请进行授权。',
    expires: '到期时间', status: '状态', none: '无',
  },
});

export async function mount(root, ctx) {
  const { h, fill, field } = ctx;
  const t = ctx.translator(MESSAGES);
  const css = h('link', { rel: 'stylesheet', href: '/ui/pages/authorise/authorise.css' });
  document.head.appendChild(css);
  ctx.onLeave(() => css.remove());

  let types = [];
  try {
    types = await ctx.api('GET', '/api/counter/types');
  } catch (err) {
    if (!absent(err)) throw err;
  }
  const inbox = h('div', { id: 'inbox' });
  const inboxError = h('p', { role: 'alert', class: 'error' });
  const inboxTime = h('small', { class: 'muted' });
  const detail = h('div', { id: 'inbox-detail' }, h('p', { class: 'muted' }, t('choose')));
  const outcome = h('p', { role: 'status', class: 'ok', id: 'inbox-outcome' });
  let openId = null;

  async function loadInbox() {
    try {
      const rows = await ctx.api('GET', '/api/counter/inbox?limit=50');
      fill(inboxError);
      fill(inbox, rowTable(ctx, [
        { label: t('type'), get: (r) => typeTitle(types, r.type) },
        { label: t('customer'), get: (r) => h('span', null, r.customerId, ' ', r.premium ? h('span', { class: 'badge premium' }, t('premium')) : null) },
        { label: t('amount'), get: (r) => amountText(ctx, r), class: 'num' },
        { label: t('maker'), get: (r) => r.maker },
        { label: t('waited'), get: (r) => ctx.fmt.duration(secondsSince(r.submittedAt)), class: 'num' },
        { label: '', get: (r) => h('button', { type: 'button', 'data-action': 'open', 'aria-label': t('open') + ' ' + r.id,
          onclick: () => openRequest(r.id) }, t('open')) },
      ], rows, (r) => ({ 'data-request-id': r.id, 'data-premium': r.premium ? 'true' : 'false',
        'aria-current': r.id === openId ? 'true' : null }), t('empty')));
      fill(inboxTime, t('updated', { time: ctx.fmt.time(new Date()) }));
    } catch (err) {
      if (absent(err)) fill(inbox, h('p', { class: 'empty' }, t('empty')));
      else fill(inboxError, problemOf(ctx, err));
    }
  }

  async function openRequest(id) {
    const error = h('p', { role: 'alert', class: 'error', id: 'decision-error' });
    let r;
    let history = [];
    try {
      r = await ctx.api('GET', '/api/counter/requests/' + id);
      history = await ctx.api('GET', '/api/counter/requests/' + id + '/history').catch((err) => {
        if (absent(err)) return [];
        throw err;
      });
    } catch (err) {
      fill(detail, h('p', { role: 'alert', class: 'error' }, problemOf(ctx, err)));
      return;
    }
    openId = id;
    inbox.querySelectorAll('tr[data-request-id]').forEach((tr) => {
      if (tr.getAttribute('data-request-id') === String(id)) tr.setAttribute('aria-current', 'true');
      else tr.removeAttribute('aria-current');
    });
    const reason = h('textarea', { id: 'reject-reason', name: 'reason', maxlength: '1000', rows: '2' });
    const approve = h('button', { type: 'button', class: 'primary', 'data-action': 'approve', onclick: () => decide(r, 'approve', null, error) },
      t('approve'));
    const reject = h('button', { type: 'button', class: 'danger', 'data-action': 'reject', onclick: () => {
      if (!reason.value.trim()) {
        fill(error, t('reasonNeeded'));
        reason.focus();
        return;
      }
      decide(r, 'reject', reason.value.trim(), error);
    } }, t('reject'));
    const pending = r.status === 'PENDING';
    fill(detail, h('div', { 'data-request-id': r.id, 'data-version': r.version, class: 'inbox-open' },
      h('div', { class: 'row' }, h('h3', null, t('request', { id: r.id, version: r.version }), ' · ', typeTitle(types, r.type)),
        h('button', { type: 'button', 'data-action': 'close', onclick: () => { openId = null; fill(detail, h('p', { class: 'muted' }, t('choose'))); } },
          t('close'))),
      h('dl', { class: 'terms' },
        h('dt', null, t('customer')), h('dd', null, r.customerId, ' ', r.premium ? h('span', { class: 'badge premium' }, t('premium')) : null),
        h('dt', null, t('status')), h('dd', null, named(t, 'status', r.status)),
        h('dt', null, t('amount')), h('dd', null, amountText(ctx, r)),
        h('dt', null, t('maker')), h('dd', null, r.maker),
        h('dt', null, t('needs')), h('dd', null, requirementText(t, r.requirement),
          r.requirement && r.requirement.rule ? h('div', { class: 'muted' }, t('because', { rule: r.requirement.rule })) : null),
        h('dt', null, t('approvals')), h('dd', null, (r.approvals || []).length
          ? (r.approvals || []).map((a) => a.checker + ' (v' + a.version + ', ' + ctx.fmt.time(a.at) + ')').join(', ') : t('none')),
        h('dt', null, t('expires')), h('dd', null, ctx.fmt.datetime(r.expiresAt)),
        r.note ? [h('dt', null, t('note')), h('dd', null, r.note)] : null),
      h('h3', null, t('fields')), ctx.renderValue(r.fields || {}),
      h('h3', null, t('history')),
      ctx.table([{ label: t('at'), get: (e) => ctx.fmt.datetime(e.at) }, { label: t('actor'), get: (e) => e.actor },
        { label: t('action'), get: (e) => e.action + ' (v' + e.version + ')' }, { label: t('detail'), get: (e) => e.detail }], history, '–'),
      pending ? h('div', { class: 'decision' }, field(t('reason'), reason), h('div', { class: 'row' }, approve, reject)) : null,
      error));
    if (pending) approve.focus();
  }

  async function decide(r, action, reason, error) {
    fill(error);
    try {
      const after = await ctx.api('POST', '/api/counter/inbox/' + r.id + '/' + action,
        action === 'reject' ? { version: r.version, reason } : { version: r.version });
      fill(outcome, action === 'reject' ? t('rejected', { id: r.id }) : t('approved', { id: r.id, status: named(t, 'status', after.status) }));
      openId = null;
      fill(detail, h('p', { class: 'muted' }, t('choose')));
      await loadInbox();
    } catch (err) {
      fill(error, problemOf(ctx, err));
    }
  }

  fill(root, h('h1', null, t('title')), outcome,
    h('div', { class: 'authorise-grid' },
      h('div', { class: 'card' }, h('div', { class: 'row' }, h('h2', null, t('inbox')), inboxTime), inbox, inboxError),
      h('div', { class: 'card' }, detail)));
  await loadInbox();
  let first = true;
  ctx.every(10000, () => {
    if (first) { first = false; return; }
    loadInbox();
  });
}
