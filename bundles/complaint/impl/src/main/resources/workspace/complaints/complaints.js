// Complaints (投诉): whoever receives a complaint records it; the centre head, lobby managers and
// the assignee work it through its lifecycle (acknowledge, investigate, resolve, the customer's
// feedback), assign and escalate it; the centre head reads the statistics.

const CATEGORIES = ['SERVICE_ATTITUDE', 'WAITING_TIME', 'FEES', 'MIS_SELLING', 'TRANSACTION_ERROR', 'SYSTEM_FAILURE', 'PRIVACY', 'OTHER'];
const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const CHANNELS = ['COUNTER', 'LOBBY', 'PHONE_BANKING', 'ONLINE_BANKING', 'MOBILE_BANKING', 'LETTER'];
const STATUSES = ['RECEIVED', 'ACKNOWLEDGED', 'UNDER_INVESTIGATION', 'RESOLVED', 'CLOSED'];
/** The next step of the lifecycle by status; RESOLVED and CLOSED move by resolution and feedback. */
export const NEXT = { RECEIVED: 'ACKNOWLEDGED', ACKNOWLEDGED: 'UNDER_INVESTIGATION' };

const MESSAGES = {
  en: {
    title: 'Complaints', intake: 'Record a complaint', customerId: 'Customer number',
    customerHint: 'Leave empty for an anonymous complaint and give a name and a phone number to answer.',
    contactName: 'Contact name', contactPhone: 'Contact phone', channel: 'Received through', category: 'Category',
    severity: 'Severity', description: 'What the customer says', desiredOutcome: 'What the customer asks for', record: 'Record the complaint',
    recorded: 'Recorded: give the customer the reference {ref}.', inbox: 'Complaints to handle', all: 'All complaints of the branch',
    mine: 'My open complaints', statusFilter: 'Status', any: 'Any', reference: 'Reference', customer: 'Customer', status: 'Status',
    level: 'Level', assignee: 'Assignee', received: 'Received', due: 'Resolve by', open: 'Open', noComplaints: 'No complaints.',
    overdue: 'overdue', detail: 'Complaint', pick: 'Open a complaint to see its history and work it.', anonymous: 'anonymous',
    receivedBy: 'Recorded by', acknowledgeBy: 'Acknowledge by', resolveBy: 'Resolve by', resolution: 'Resolution', remedy: 'Remedy',
    satisfied: 'Customer satisfied', history: 'History', at: 'When', actor: 'Who', action: 'What', note: 'Note', from: 'From', to: 'To',
    move: 'Move to: {s}', noteLabel: 'Note (optional)', resolve: 'Record the resolution', feedback: 'The customer\'s response',
    yes: 'Satisfied: close', no: 'Not satisfied: reopen', escalateToo: 'and escalate one level', comment: 'Comment',
    assign: 'Assign', assignTo: 'Assign to (username)', escalate: 'Escalate', reason: 'Reason', done: 'Saved.',
    stats: 'Statistics', period: 'Period', fromDay: 'From', toDay: 'To', show: 'Show', total: 'Complaints',
    overdueRate: 'Overdue rate', meanAck: 'Mean hours to acknowledge', p90Ack: '90th percentile hours to acknowledge',
    meanResolve: 'Mean hours to resolve', p90Resolve: '90th percentile hours to resolve', repeat: 'Repeat complainants',
    byCategory: 'By category', byChannel: 'By channel', bySeverity: 'By severity', byStatus: 'By status', count: 'Count',
    closed: 'This complaint is closed.', yesWord: 'yes', noWord: 'no',
  },
  'zh-CN': {
    title: '投诉', intake: '登记投诉', customerId: '客户号',
    customerHint: '匿名投诉请留空客户号，并填写联系人姓名和电话以便答复。',
    contactName: '联系人', contactPhone: '联系电话', channel: '受理渠道', category: '投诉类别',
    severity: '严重程度', description: '投诉内容', desiredOutcome: '客户诉求', record: '登记投诉',
    recorded: '已登记：请将投诉编号 {ref} 告知客户。', inbox: '待处理投诉', all: '本网点全部投诉',
    mine: '我的未结投诉', statusFilter: '状态', any: '全部', reference: '投诉编号', customer: '客户', status: '状态',
    level: '处理层级', assignee: '处理人', received: '受理时间', due: '处理时限', open: '打开', noComplaints: '暂无投诉。',
    overdue: '已逾期', detail: '投诉详情', pick: '打开一条投诉以查看处理记录并进行处理。', anonymous: '匿名',
    receivedBy: '登记人', acknowledgeBy: '确认时限', resolveBy: '处理时限', resolution: '处理结果', remedy: '补救措施',
    satisfied: '客户是否满意', history: '处理记录', at: '时间', actor: '操作人', action: '操作', note: '备注', from: '原状态', to: '新状态',
    move: '转为：{s}', noteLabel: '备注（选填）', resolve: '登记处理结果', feedback: '客户反馈',
    yes: '满意：办结', no: '不满意：重新处理', escalateToo: '并上报上一级', comment: '客户意见',
    assign: '指派', assignTo: '指派给（用户名）', escalate: '上报', reason: '原因', done: '已保存。',
    stats: '投诉统计', period: '统计期间', fromDay: '起始日', toDay: '截止日', show: '查询', total: '投诉总数',
    overdueRate: '逾期率', meanAck: '平均确认用时（小时）', p90Ack: '90% 确认用时（小时）',
    meanResolve: '平均处理用时（小时）', p90Resolve: '90% 处理用时（小时）', repeat: '重复投诉客户',
    byCategory: '按类别', byChannel: '按渠道', bySeverity: '按严重程度', byStatus: '按状态', count: '件数',
    closed: '该投诉已办结。', yesWord: '是', noWord: '否',
  },
};

const NAMES = {
  en: {
    category: { SERVICE_ATTITUDE: 'Service attitude', WAITING_TIME: 'Waiting time', FEES: 'Fees', MIS_SELLING: 'Mis-selling',
      TRANSACTION_ERROR: 'Transaction error', SYSTEM_FAILURE: 'System failure', PRIVACY: 'Privacy', OTHER: 'Other' },
    severity: { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', CRITICAL: 'Critical' },
    channel: { COUNTER: 'Counter', LOBBY: 'Lobby', PHONE_BANKING: 'Phone banking', ONLINE_BANKING: 'Online banking',
      MOBILE_BANKING: 'Mobile banking', LETTER: 'Letter' },
    status: { RECEIVED: 'Received', ACKNOWLEDGED: 'Acknowledged', UNDER_INVESTIGATION: 'Under investigation', RESOLVED: 'Resolved',
      CLOSED: 'Closed' },
    action: { ASSIGNED: 'Assigned', ESCALATED: 'Escalated', REOPENED: 'Reopened' },
    level: { CENTER_HEAD: 'Centre head', SUB_BRANCH_PREMIUM_GROUP: 'Sub-branch premium group',
      BRANCH_CUSTOMER_SERVICE: 'Branch customer service', HEAD_OFFICE: 'Head office' },
  },
  'zh-CN': {
    category: { SERVICE_ATTITUDE: '服务态度', WAITING_TIME: '等候时间', FEES: '收费', MIS_SELLING: '误导销售',
      TRANSACTION_ERROR: '交易差错', SYSTEM_FAILURE: '系统故障', PRIVACY: '个人信息保护', OTHER: '其他' },
    severity: { LOW: '一般', MEDIUM: '较重', HIGH: '严重', CRITICAL: '紧急' },
    channel: { COUNTER: '柜面', LOBBY: '大堂', PHONE_BANKING: '电话银行', ONLINE_BANKING: '网上银行', MOBILE_BANKING: '手机银行',
      LETTER: '信函' },
    status: { RECEIVED: '已受理', ACKNOWLEDGED: '已确认', UNDER_INVESTIGATION: '调查处理中', RESOLVED: '已解决', CLOSED: '已办结' },
    action: { ASSIGNED: '已指派', ESCALATED: '已上报', REOPENED: '重新处理' },
    level: { CENTER_HEAD: '中心负责人', SUB_BRANCH_PREMIUM_GROUP: '支行贵宾服务团队', BRANCH_CUSTOMER_SERVICE: '分行客户服务部',
      HEAD_OFFICE: '总行' },
  },
};

/** The actions a complaint in this status offers, for whoever may work it. */
export function actionsFor(status, handler) {
  const out = [];
  if (NEXT[status]) out.push('transition');
  if (status === 'UNDER_INVESTIGATION') out.push('resolution');
  if (status === 'RESOLVED') out.push('feedback');
  if (handler && status !== 'CLOSED') out.push('assign', 'escalate');
  return out;
}

function day(d) {
  return d.toISOString().slice(0, 10);
}

export async function mount(root, ctx) {
  const { h, fill, field, fmt } = ctx;
  const t = ctx.translator(MESSAGES);
  const names = NAMES[ctx.lang] || NAMES.en;
  const name = (kind, v) => (v ? (names[kind] && names[kind][v]) || v : '–');
  const options = (kind, values, selected) => values.map((v) => h('option', { value: v, selected: v === selected }, name(kind, v)));
  const head = ctx.hasRole('CENTER_HEAD');
  const handler = ctx.hasRole('CENTER_HEAD', 'LOBBY_MANAGER');

  // intake
  const customerId = h('input', { name: 'customerId', autocomplete: 'off', value: ctx.params.get('customer') || '' });
  const contactName = h('input', { name: 'contactName', autocomplete: 'off' });
  const contactPhone = h('input', { name: 'contactPhone', autocomplete: 'off', inputmode: 'tel' });
  const channel = h('select', { name: 'channel' }, options('channel', CHANNELS, ctx.hasRole('LOBBY_MANAGER') ? 'LOBBY' : 'COUNTER'));
  const category = h('select', { name: 'category' }, options('category', CATEGORIES));
  const severity = h('select', { name: 'severity' }, options('severity', SEVERITIES));
  const description = h('textarea', { name: 'description', maxlength: '2000', required: true });
  const desiredOutcome = h('textarea', { name: 'desiredOutcome', maxlength: '1000' });
  const intakeAnswer = h('div', { 'aria-live': 'polite' });
  const form = h('form', { id: 'complaint-form', class: 'card', onsubmit: (e) => { e.preventDefault(); record(); } },
    h('h2', null, t('intake')),
    field(t('customerId'), customerId, t('customerHint')),
    h('div', { class: 'row' }, field(t('contactName'), contactName), field(t('contactPhone'), contactPhone)),
    h('div', { class: 'row' }, field(t('channel'), channel), field(t('category'), category), field(t('severity'), severity)),
    field(t('description'), description), field(t('desiredOutcome'), desiredOutcome),
    h('button', { type: 'submit', class: 'primary' }, t('record')), intakeAnswer);

  async function record() {
    fill(intakeAnswer);
    const body = { channel: channel.value, category: category.value, severity: severity.value, description: description.value };
    if (customerId.value.trim()) body.customerId = customerId.value.trim();
    if (contactName.value.trim()) body.contactName = contactName.value.trim();
    if (contactPhone.value.trim()) body.contactPhone = contactPhone.value.trim();
    if (desiredOutcome.value.trim()) body.desiredOutcome = desiredOutcome.value.trim();
    try {
      const c = await ctx.api('POST', '/api/complaints', body);
      fill(intakeAnswer, h('p', { class: 'ok', role: 'status' }, t('recorded', { ref: c.reference })));
      for (const el of [customerId, contactName, contactPhone, description, desiredOutcome]) el.value = '';
      if (inboxShown) await loadInbox();
      if (statsCard && statsCard.isConnected) await statsCard.load();
      // the centre head and lobby managers work it at once; whoever else recorded it hands it over
      if (handler && detailCard.isConnected) await openDetail(c.id);
    } catch (err) {
      fill(intakeAnswer, h('p', { class: 'error', role: 'alert' }, ctx.problemText(err)));
    }
  }

  // inbox
  const inbox = h('div', { id: 'complaint-inbox' });
  const inboxError = h('div');
  const statusFilter = h('select', { name: 'status', onchange: () => loadInbox() },
    h('option', { value: '' }, t('any')), options('status', STATUSES));
  const inboxCard = h('section', { class: 'card', 'aria-label': t('inbox') }, h('h2', null, head ? t('all') : t('mine')),
    head ? h('div', { class: 'row' }, field(t('statusFilter'), statusFilter)) : null, inboxError, inbox);
  let inboxShown = true;

  async function loadInbox() {
    fill(inboxError);
    let path = '/api/complaints';
    if (head) path += '?all=true' + (statusFilter.value ? '&status=' + statusFilter.value : '');
    try {
      const list = await ctx.api('GET', path);
      fill(inbox, list.length ? h('div', { class: 'table-wrap' }, h('table', null,
        h('thead', null, h('tr', null, [t('reference'), t('customer'), t('category'), t('severity'), t('status'), t('assignee'), t('due'), '']
          .map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', null, list.map((c) => h('tr', { 'data-complaint-id': c.id },
          h('td', null, c.reference),
          h('td', null, c.customerId || (c.contactName ? c.contactName + ' (' + t('anonymous') + ')' : t('anonymous'))),
          h('td', null, name('category', c.category)),
          h('td', null, h('span', { class: 'badge' + (c.severity === 'CRITICAL' || c.severity === 'HIGH' ? ' bad' : '') }, name('severity', c.severity))),
          h('td', null, name('status', c.status), c.overdue ? h('span', { class: 'badge bad' }, t('overdue')) : null),
          h('td', null, c.assignee || '–'),
          h('td', null, fmt.datetime(c.resolveBy)),
          h('td', null, h('button', { type: 'button', onclick: () => openDetail(c.id) }, t('open')))))))) : h('p', { class: 'empty' }, t('noComplaints')));
    } catch (err) {
      if (err.status === 403 || err.status === 404) {
        inboxShown = false;
        inboxCard.remove();
        detailCard.remove();
        return;
      }
      fill(inboxError, h('p', { class: 'error', role: 'alert' }, ctx.problemText(err)));
    }
  }

  // detail
  const detail = h('div', { id: 'complaint-detail', 'aria-live': 'polite' }, h('p', { class: 'muted' }, t('pick')));
  const detailCard = h('section', { class: 'card', 'aria-label': t('detail') }, h('h2', null, t('detail')), detail);

  async function openDetail(id) {
    try {
      const c = await ctx.api('GET', '/api/complaints/' + encodeURIComponent(id));
      history.replaceState(null, '', '#/complaints?id=' + encodeURIComponent(id));
      showDetail(c);
    } catch (err) {
      fill(detail, h('p', { class: 'error', role: 'alert' }, ctx.problemText(err)));
    }
  }

  function terms(pairs) {
    return h('dl', { class: 'terms' }, pairs.map(([k, v]) => [h('dt', null, k), h('dd', null, v === null || v === undefined || v === '' ? '–' : v)]));
  }

  function actionForm(title, inputs, label, send, message) {
    const err = h('div');
    const f = h('form', { class: 'card', onsubmit: async (e) => {
      e.preventDefault();
      fill(err);
      try {
        const c = await send();
        showDetail(c, message);
        await loadInbox();
      } catch (error) {
        fill(err, h('p', { class: 'error', role: 'alert' }, ctx.problemText(error)));
      }
    } }, h('h3', null, title), inputs, h('button', { type: 'submit', class: 'primary' }, label), err);
    return f;
  }

  function showDetail(c, message) {
    const base = '/api/complaints/' + c.id + '/';
    const actions = actionsFor(c.status, handler);
    const forms = [];
    if (actions.includes('transition')) {
      const note = h('input', { name: 'note', maxlength: '1000' });
      const to = NEXT[c.status];
      forms.push(actionForm(t('move', { s: name('status', to) }), [field(t('noteLabel'), note)], t('move', { s: name('status', to) }),
        () => ctx.api('POST', base + 'transitions', note.value.trim() ? { status: to, note: note.value.trim() } : { status: to })));
    }
    if (actions.includes('resolution')) {
      const resolution = h('textarea', { name: 'resolution', maxlength: '2000', required: true });
      const remedy = h('input', { name: 'remedy', maxlength: '1000' });
      forms.push(actionForm(t('resolve'), [field(t('resolution'), resolution), field(t('remedy'), remedy)], t('resolve'),
        () => ctx.api('POST', base + 'resolution', remedy.value.trim() ? { resolution: resolution.value, remedy: remedy.value.trim() }
          : { resolution: resolution.value })));
    }
    if (actions.includes('feedback')) {
      const satisfied = h('select', { name: 'satisfied' }, h('option', { value: 'true' }, t('yes')), h('option', { value: 'false' }, t('no')));
      const escalate = h('input', { type: 'checkbox', name: 'escalate' });
      const comment = h('input', { name: 'comment', maxlength: '1000' });
      forms.push(actionForm(t('feedback'), [field(t('satisfied'), satisfied), field(t('escalateToo'), escalate), field(t('comment'), comment)],
        t('feedback'), () => {
          const body = { satisfied: satisfied.value === 'true' };
          if (!body.satisfied && escalate.checked) body.escalate = true;
          if (comment.value.trim()) body.comment = comment.value.trim();
          return ctx.api('POST', base + 'feedback', body);
        }));
    }
    if (actions.includes('assign')) {
      const assignee = h('input', { name: 'assignee', autocomplete: 'off', value: c.assignee || '' });
      forms.push(actionForm(t('assign'), [field(t('assignTo'), assignee)], t('assign'),
        () => ctx.api('POST', base + 'assignee', { assignee: assignee.value.trim() })));
    }
    if (actions.includes('escalate')) {
      const reason = h('input', { name: 'reason', maxlength: '1000', required: true });
      forms.push(actionForm(t('escalate'), [field(t('reason'), reason)], t('escalate'),
        () => ctx.api('POST', base + 'escalations', { reason: reason.value.trim() })));
    }
    fill(detail,
      message ? h('p', { class: 'ok', role: 'status' }, message) : null,
      h('h3', { 'data-complaint-id': c.id }, c.reference, ' · ', name('status', c.status), c.overdue ? h('span', { class: 'badge bad' }, t('overdue')) : null),
      terms([
        [t('customer'), c.customerId || t('anonymous')], [t('contactName'), c.contactName],
        [t('contactPhone'), c.contactPhone ? h('span', { 'data-field': 'contactPhone' }, c.contactPhone) : null],
        [t('channel'), name('channel', c.channel)], [t('category'), name('category', c.category)], [t('severity'), name('severity', c.severity)],
        [t('description'), c.description], [t('desiredOutcome'), c.desiredOutcome], [t('level'), name('level', c.level)],
        [t('assignee'), c.assignee], [t('receivedBy'), c.receivedBy], [t('received'), fmt.datetime(c.receivedAt)],
        [t('acknowledgeBy'), fmt.datetime(c.acknowledgeBy)], [t('resolveBy'), fmt.datetime(c.resolveBy)],
        [t('resolution'), c.resolution], [t('remedy'), c.remedy],
        [t('satisfied'), c.satisfied === null || c.satisfied === undefined ? null : (c.satisfied ? t('yesWord') : t('noWord'))],
      ]),
      h('h3', null, t('history')),
      ctx.table([{ label: t('at'), get: (x) => fmt.datetime(x.at) }, { label: t('actor'), get: (x) => x.actor },
        { label: t('action'), get: (x) => (names.action[x.action] || name('status', x.action)) }, { label: t('from'), get: (x) => (x.from ? name('status', x.from) : '') },
        { label: t('to'), get: (x) => (x.to ? name('status', x.to) : '') }, { label: t('note'), get: (x) => x.note }], c.history || []),
      c.status === 'CLOSED' ? h('p', { class: 'muted' }, t('closed')) : h('div', { class: 'grid' }, forms));
  }

  // statistics, centre head only
  let statsCard = null;
  const stats = h('div', { id: 'complaint-stats-body' });
  if (head) {
    const today = new Date();
    const from = h('input', { type: 'date', name: 'from', value: day(new Date(today.getTime() - 29 * 86400000)) });
    const to = h('input', { type: 'date', name: 'to', value: day(today) });
    const statsError = h('div');
    const load = async () => {
      fill(statsError);
      try {
        const start = new Date(from.value + 'T00:00:00');
        const end = new Date(to.value + 'T00:00:00');
        end.setDate(end.getDate() + 1);
        const s = await ctx.api('GET', '/api/complaints/stats?from=' + encodeURIComponent(start.toISOString()) + '&to=' + encodeURIComponent(end.toISOString()));
        showStats(s);
      } catch (err) {
        if (err.status === 403 || err.status === 404) { statsCard.remove(); return; }
        fill(statsError, h('p', { class: 'error', role: 'alert' }, ctx.problemText(err)));
      }
    };
    statsCard = h('section', { id: 'complaint-stats', class: 'card', 'aria-label': t('stats') }, h('h2', null, t('stats')),
      h('form', { class: 'row', onsubmit: (e) => { e.preventDefault(); load(); } }, field(t('fromDay'), from), field(t('toDay'), to),
        h('div', { class: 'field' }, h('button', { type: 'submit' }, t('show')))), statsError, stats);
    statsCard.load = load;
  }

  function counts(title, kind, map) {
    const rows = Object.entries(map || {}).filter(([, n]) => n > 0);
    return h('div', null, h('h3', null, title), ctx.table([{ label: title, get: (r) => (kind ? name(kind, r[0]) : r[0]) },
      { label: t('count'), class: 'num', get: (r) => fmt.number(r[1]) }], rows, '–'));
  }

  function showStats(s) {
    fill(stats,
      h('dl', { class: 'terms' }, [
        [t('total'), fmt.number(s.total)], [t('overdueRate'), fmt.percent(s.overdueRate * 100)],
        [t('meanAck'), fmt.number(s.meanHoursToAcknowledge)], [t('p90Ack'), fmt.number(s.p90HoursToAcknowledge)],
        [t('meanResolve'), fmt.number(s.meanHoursToResolve)], [t('p90Resolve'), fmt.number(s.p90HoursToResolve)],
      ].map(([k, v]) => [h('dt', null, k), h('dd', null, v)])),
      h('div', { class: 'grid' }, counts(t('byCategory'), 'category', s.byCategory), counts(t('byChannel'), 'channel', s.byChannel),
        counts(t('bySeverity'), 'severity', s.bySeverity), counts(t('byStatus'), 'status', s.byStatus),
        counts(t('repeat'), null, s.repeatComplainants)));
  }

  fill(root, h('h1', null, t('title')), h('div', { class: 'grid-2' }, form, h('div', null, inboxCard, detailCard)), statsCard);
  await loadInbox();
  if (statsCard) await statsCard.load();
  const id = ctx.params.get('id');
  if (id && inboxShown) await openDetail(id);
}
