// My customers (客户经理工作台): the customer manager's day. Who has just arrived (refreshed every
// 10 s), the lobby's leads, the task inbox, the handovers and their three steps, the book, and from
// contact marketing the plans, opportunities and the campaign contacts to make. The centre head
// picks the manager whose workspace to look at. A panel whose module is absent is left out.

const CHANNELS = ['BRANCH_VISIT', 'PHONE', 'SMS', 'CHAT_APP', 'EMAIL', 'HOME_VISIT', 'EVENT'];
const OUTCOMES = ['NO_ANSWER', 'NOT_INTERESTED', 'INTERESTED', 'APPOINTMENT', 'BOUGHT'];
/** The three steps of a handover and what each accepts. */
export const STEPS = {
  'oral-notice': { key: 'how', values: ['PHONE', 'BRANCH_VISIT', 'HOME_VISIT', 'EVENT'] },
  'written-notice': { key: 'how', values: ['LETTER', 'SMS', 'EMAIL', 'CHAT_APP'] },
  'first-contact': { key: 'channel', values: ['PHONE', 'BRANCH_VISIT', 'HOME_VISIT', 'EVENT', 'CHAT_APP'] },
};

const MESSAGES = {
  en: {
    title: 'My customers', whose: 'Customer manager', notices: 'Just arrived', noNotices: 'Nobody is waiting for you.',
    arrivedAt: 'arrived {time}', at: 'at', leads: 'Lobby leads to follow up', noLeads: 'No open leads.', followUp: 'Followed up',
    referredBy: 'Referred by', source: 'Source', inbox: 'Tasks', noTasks: 'Nothing due.', due: 'Due', overdue: 'overdue',
    handovers: 'Handovers', noHandovers: 'No open handovers.', from: 'From', deadline: 'Deadline', missing: 'Still to do',
    how: 'How', channel: 'Channel', note: 'Note (optional)', record: 'Record', book: 'My book', noBook: 'No customers.',
    customer: 'Customer', segment: 'Segment', assets: 'Average assets', lastContact: 'Last contact', nextDue: 'Next contact',
    plans: 'Plans and opportunities', opportunities: 'Open opportunities', noOpportunities: 'No open opportunities.',
    product: 'Product', expected: 'Expected amount', stage: 'Stage', propose: 'Proposal made', won: 'Won', lost: 'Lost',
    amount: 'Amount (CNY)', reason: 'Reason', planOf: 'Financial plans of a customer', pickCustomer: 'Customer of my book',
    show: 'Show', noPlans: 'No plan yet.', version: 'Version', status: 'Status', total: 'Total', present: 'Presented',
    accept: 'Accepted', decline: 'Declined', campaigns: 'Campaign contacts to make', noCampaigns: 'No launched campaign.',
    noTargets: 'No contact left to make.', contacts: 'Contacts so far', outcome: 'Outcome', productCode: 'Product code',
    saved: 'Saved.', open: 'Open', ends: 'ends {d}', none: '–',
    recordContact: 'Record a contact', task: 'Task', to: 'To', handingOver: 'Handed over to {to}: they record the steps.',
    'step.oral-notice': 'Oral notice', 'step.written-notice': 'Written notice', 'step.first-contact': 'First contact',
  },
  'zh-CN': {
    title: '客户经理工作台', whose: '客户经理', notices: '客户到店提醒', noNotices: '暂无等候您的客户。',
    arrivedAt: '{time} 到店', at: '位于', leads: '大堂商机线索', noLeads: '暂无待跟进线索。', followUp: '已跟进',
    referredBy: '推荐人', source: '来源', inbox: '待办任务', noTasks: '暂无到期任务。', due: '到期日', overdue: '已逾期',
    handovers: '客户交接', noHandovers: '暂无未完成的交接。', from: '原客户经理', deadline: '完成时限', missing: '待完成步骤',
    how: '方式', channel: '渠道', note: '备注（选填）', record: '登记', book: '我的客户', noBook: '暂无客户。',
    customer: '客户', segment: '客户分层', assets: '日均资产', lastContact: '最近联系', nextDue: '下次联系',
    plans: '理财规划与商机', opportunities: '进行中的商机', noOpportunities: '暂无进行中的商机。',
    product: '产品', expected: '预计金额', stage: '阶段', propose: '已提交方案', won: '成交', lost: '未成交',
    amount: '金额（元）', reason: '原因', planOf: '客户的理财规划', pickCustomer: '我名下的客户',
    show: '查看', noPlans: '暂无理财规划。', version: '版本', status: '状态', total: '合计', present: '已向客户展示',
    accept: '客户接受', decline: '客户拒绝', campaigns: '营销活动待联系客户', noCampaigns: '暂无进行中的营销活动。',
    noTargets: '已无待联系客户。', contacts: '已联系次数', outcome: '联系结果', productCode: '产品代码',
    saved: '已保存。', open: '打开', ends: '{d} 结束', none: '–',
    recordContact: '登记联系', task: '事项', to: '移交给', handingOver: '已移交给 {to}，由其登记交接步骤。',
    'step.oral-notice': '口头告知', 'step.written-notice': '书面告知', 'step.first-contact': '首次联系',
  },
};

const NAMES = {
  en: {
    segment: { PRIVATE: 'Private banking', HIGH: 'High-end', MID: 'Mid-range', MASS_AFFLUENT: 'Mass affluent', POTENTIAL: 'Potential',
      ORDINARY: 'Ordinary' },
    way: { PHONE: 'Phone', BRANCH_VISIT: 'Branch visit', HOME_VISIT: 'Home visit', EVENT: 'Event', LETTER: 'Letter', SMS: 'SMS',
      EMAIL: 'Email', CHAT_APP: 'Chat app' },
    outcome: { NO_ANSWER: 'No answer', NOT_INTERESTED: 'Not interested', INTERESTED: 'Interested', APPOINTMENT: 'Appointment',
      BOUGHT: 'Bought' },
    kind: { CONTACT_DUE: 'Planned contact', HANDOVER: 'Handover', CARE_EVENT: 'Care', EVENT_FOLLOW_UP: 'Event follow-up' },
    stage: { OPEN: 'Open', PROPOSAL: 'Proposal', WON: 'Won', LOST: 'Lost' },
    source: { LOBBY: 'Lobby', CASH_COUNTER: 'Cash counter', NON_CASH_COUNTER: 'Non-cash counter' },
    point: { CUSTOMER_MANAGER: 'the customer manager\'s desk', VIP_ROOM: 'VIP room', PRIORITY_WINDOW: 'priority window',
      CASH_COUNTER: 'cash counter', NON_CASH_COUNTER: 'non-cash counter', SELF_SERVICE: 'self-service area', RECEPTION: 'reception' },
    purpose: { CASH: 'cash', NON_CASH: 'non-cash business', WEALTH_CONSULTATION: 'wealth consultation', SELF_SERVICE: 'self-service',
      COMPLAINT: 'complaint', OTHER: 'other' },
    plan: { DRAFT: 'Draft', PRESENTED: 'Presented', ACCEPTED: 'Accepted', DECLINED: 'Declined' },
  },
  'zh-CN': {
    segment: { PRIVATE: '私人银行客户', HIGH: '高端客户', MID: '中端客户', MASS_AFFLUENT: '大众富裕客户', POTENTIAL: '潜力客户',
      ORDINARY: '普通客户' },
    way: { PHONE: '电话', BRANCH_VISIT: '网点面谈', HOME_VISIT: '上门拜访', EVENT: '客户活动', LETTER: '信函', SMS: '短信',
      EMAIL: '电子邮件', CHAT_APP: '即时通讯' },
    outcome: { NO_ANSWER: '未接通', NOT_INTERESTED: '无意向', INTERESTED: '有意向', APPOINTMENT: '已预约', BOUGHT: '已购买' },
    kind: { CONTACT_DUE: '计划联系', HANDOVER: '客户交接', CARE_EVENT: '客户关怀', EVENT_FOLLOW_UP: '活动后跟进' },
    stage: { OPEN: '跟进中', PROPOSAL: '已提方案', WON: '成交', LOST: '未成交' },
    source: { LOBBY: '大堂', CASH_COUNTER: '现金柜台', NON_CASH_COUNTER: '非现金柜台' },
    point: { CUSTOMER_MANAGER: '客户经理处', VIP_ROOM: '贵宾室', PRIORITY_WINDOW: '贵宾窗口', CASH_COUNTER: '现金柜台',
      NON_CASH_COUNTER: '非现金柜台', SELF_SERVICE: '自助服务区', RECEPTION: '接待台' },
    purpose: { CASH: '现金业务', NON_CASH: '非现金业务', WEALTH_CONSULTATION: '理财咨询', SELF_SERVICE: '自助服务', COMPLAINT: '投诉',
      OTHER: '其他' },
    plan: { DRAFT: '草稿', PRESENTED: '已展示', ACCEPTED: '已接受', DECLINED: '已拒绝' },
  },
};

/** Notices newest first. */
export function newestFirst(notices) {
  return [...notices].sort((a, b) => String(b.at).localeCompare(String(a.at)) || (b.id - a.id));
}

/** The targets of a campaign still to contact: no contact yet, or one that may still lead somewhere. */
export function toContact(targets) {
  return targets.filter((x) => x.outcome !== 'BOUGHT' && x.outcome !== 'NOT_INTERESTED');
}

export async function mount(root, ctx) {
  const { h, fill, field, fmt } = ctx;
  const t = ctx.translator(MESSAGES);
  const names = NAMES[ctx.lang] || NAMES.en;
  const name = (kind, v) => (v ? (names[kind] && names[kind][v]) || v : '–');
  const head = ctx.hasRole('CENTER_HEAD');
  const lobby = ctx.hasModule('lobby');
  const marketing = ctx.hasModule('marketing');
  const customerLink = (id, label) => (id && ctx.hasPage('customer')
    ? h('a', { href: '#/customer?id=' + encodeURIComponent(id) }, label || id) : (label || id || '–'));
  const options = (kind, values) => values.map((v) => h('option', { value: v }, name(kind, v)));

  let me = ctx.user.username;
  const panels = {};
  const panel = (id, title) => {
    const body = h('div', { class: 'panel-body' });
    const error = h('div');
    const el = h('section', { id, class: 'card', 'aria-label': title }, h('h2', null, title), error, body);
    panels[id] = { el, body, error };
    return el;
  };
  /** Loads one panel: a 403 or 404 leaves it out quietly, any other failure is shown in it. */
  async function load(id, fn) {
    const p = panels[id];
    if (!p || !p.el.isConnected) return;
    try {
      fill(p.error);
      await fn(p.body);
    } catch (err) {
      if (err.status === 403 || err.status === 404) p.el.remove();
      else fill(p.error, h('p', { class: 'error', role: 'alert' }, ctx.problemText(err)));
    }
  }
  const message = (p, text) => fill(p.error, h('p', { class: 'ok', role: 'status' }, text));

  // the centre head chooses whose workspace to see
  let chooser = null;
  if (head) {
    try {
      const managers = await ctx.api('GET', '/api/managers');
      if (managers.length) {
        me = ctx.params.get('manager') || managers[0].username;
        const select = h('select', { name: 'manager', onchange: () => ctx.go('manager', { manager: select.value }) },
          managers.map((m) => h('option', { value: m.username, selected: m.username === me }, (m.displayName || m.username) + ' (' + m.username + ')')));
        chooser = h('div', { class: 'row' }, field(t('whose'), select));
      }
    } catch (err) {
      chooser = h('p', { class: 'error', role: 'alert' }, ctx.problemText(err));
    }
  }

  // the short panels side by side at the top, the lists below at full width
  const top = [];
  if (lobby && !head) top.push(panel('notices', t('notices')));
  if (lobby) top.push(panel('leads', t('leads')));
  top.push(panel('handovers', t('handovers')));
  const wide = [panel('inbox', t('inbox')), panel('book', t('book'))];
  if (marketing) wide.push(panel('plans', t('plans')), panel('campaigns', t('campaigns')));
  fill(root, h('h1', null, t('title')), chooser, h('div', { class: 'grid' }, top), wide);

  // notices
  const loadNotices = () => load('notices', async (body) => {
    const list = newestFirst(await ctx.api('GET', '/api/lobby/notices'));
    fill(body, list.length ? h('ul', { class: 'plain' }, list.map((n) => h('li', { 'data-notice': n.id },
      h('strong', null, customerLink(n.customerId, n.customerName || n.customerId)), ' ',
      t('arrivedAt', { time: fmt.time(n.at) }), n.servicePoint ? ' · ' + t('at') + ' ' + name('point', n.servicePoint) : '',
      n.purpose ? ' · ' + name('purpose', n.purpose) : ''))) : h('p', { class: 'empty' }, t('noNotices')));
  });

  // leads
  const loadLeads = () => load('leads', async (body) => {
    const list = await ctx.api('GET', '/api/lobby/leads?status=OPEN');
    fill(body, ctx.table([
      { label: t('customer'), get: (l) => customerLink(l.customerId) },
      { label: t('source'), get: (l) => name('source', l.source) },
      { label: t('referredBy'), get: (l) => l.referredBy },
      { label: t('note'), get: (l) => l.note },
      { label: '', get: (l) => h('button', { type: 'button', onclick: () => load('leads', async () => {
        await ctx.api('POST', '/api/lobby/leads/' + l.id + '/follow-up');
        await loadLeads();
        message(panels.leads, t('saved'));
      }) }, t('followUp')) },
    ], list, t('noLeads')));
  });

  // inbox
  const loadInbox = () => load('inbox', async (body) => {
    const list = await ctx.api('GET', '/api/relationship/managers/' + encodeURIComponent(me) + '/inbox');
    fill(body, ctx.table([
      { label: t('due'), get: (x) => h('span', null, fmt.date(x.due), x.overdue ? h('span', { class: 'badge bad' }, t('overdue')) : null) },
      { label: t('customer'), get: (x) => customerLink(x.customerId, x.customerName || x.customerId) },
      { label: t('task'), get: (x) => h('span', null, h('span', { class: 'badge' }, name('kind', x.kind)), ' ', x.title) },
    ], list, t('noTasks')));
  });

  // handovers
  const loadHandovers = () => load('handovers', async (body) => {
    const list = await ctx.api('GET', '/api/relationship/handovers?manager=' + encodeURIComponent(me) + '&status=OPEN');
    const overdue = await ctx.api('GET', '/api/relationship/handovers?manager=' + encodeURIComponent(me) + '&status=OVERDUE');
    const all = [...overdue, ...list.filter((x) => !overdue.some((o) => o.id === x.id))];
    if (!all.length) { fill(body, h('p', { class: 'empty' }, t('noHandovers'))); return; }
    fill(body, all.map((x) => h('div', { class: 'card', 'data-handover': x.id },
      h('h3', null, customerLink(x.customerId), ' · ', x.successor === me ? t('from') + ' ' + (x.predecessor || '–') : t('to') + ' ' + x.successor),
      h('p', null, t('deadline'), ': ', fmt.datetime(x.deadline), x.overdue ? h('span', { class: 'badge bad' }, t('overdue')) : null),
      h('p', null, t('missing'), ': ', (x.missing || []).map((s) => t('step.' + s)).join('、')),
      // the steps are the new manager's to record; the one handing over sees them to come
      x.successor === me ? (x.missing || []).filter((s) => STEPS[s]).map((s) => stepForm(x, s))
        : h('p', { class: 'muted' }, t('handingOver', { to: x.successor })))));
  });

  function stepForm(handover, step) {
    const spec = STEPS[step];
    const way = h('select', { name: spec.key }, options('way', spec.values));
    const note = h('input', { name: 'note', maxlength: '1000' });
    return h('form', { class: 'row', 'data-step': step, onsubmit: (e) => {
      e.preventDefault();
      load('handovers', async () => {
        const bodyJson = { [spec.key]: way.value };
        if (note.value.trim()) bodyJson.note = note.value.trim();
        await ctx.api('POST', '/api/relationship/handovers/' + handover.id + '/' + step, bodyJson);
        await loadHandovers();
        await loadInbox();
        message(panels.handovers, t('saved'));
      });
    } }, h('strong', null, t('step.' + step)), field(spec.key === 'how' ? t('how') : t('channel'), way), field(t('note'), note),
    h('div', { class: 'field' }, h('button', { type: 'submit' }, t('record'))));
  }

  // book
  let book = [];
  const loadBook = () => load('book', async (body) => {
    book = await ctx.api('GET', '/api/relationship/managers/' + encodeURIComponent(me) + '/book');
    fill(body, ctx.table([
      { label: t('customer'), get: (x) => customerLink(x.customerId, x.name || x.customerId) },
      { label: t('segment'), get: (x) => name('segment', x.segment) },
      { label: t('assets'), class: 'num', get: (x) => fmt.money(x.averageAssets) },
      { label: t('lastContact'), get: (x) => (x.lastContact ? fmt.date(x.lastContact.at) + ' · ' + name('way', x.lastContact.channel) : '–') },
      { label: t('nextDue'), get: (x) => h('span', null, fmt.date(x.nextDue), x.contactOverdue ? h('span', { class: 'badge bad' }, t('overdue')) : null) },
    ], book, t('noBook')));
  });

  // plans and opportunities
  const loadPlans = () => load('plans', async (body) => {
    const query = head ? '?manager=' + encodeURIComponent(me) + '&stage=' : '?stage=';
    const open = [...await ctx.api('GET', '/api/marketing/opportunities' + query + 'OPEN'),
      ...await ctx.api('GET', '/api/marketing/opportunities' + query + 'PROPOSAL')];
    const pick = h('select', { name: 'customer' }, book.map((b) => h('option', { value: b.customerId }, (b.name || '') + ' ' + b.customerId)));
    const plans = h('div');
    fill(body,
      h('h3', null, t('opportunities')),
      ctx.table([
        { label: t('customer'), get: (o) => customerLink(o.customerId) },
        { label: t('product'), get: (o) => o.productCode },
        { label: t('expected'), class: 'num', get: (o) => fmt.money(o.expectedAmount) },
        { label: t('stage'), get: (o) => name('stage', o.stage) },
        { label: '', get: (o) => opportunityActions(o) },
      ], open, t('noOpportunities')),
      book.length ? h('form', { class: 'row', onsubmit: (e) => { e.preventDefault(); showPlans(pick.value, plans); } },
        field(t('pickCustomer'), pick), h('div', { class: 'field' }, h('button', { type: 'submit' }, t('show')))) : null,
      plans);
  });

  function opportunityActions(o) {
    const amount = h('input', { name: 'amount', inputmode: 'decimal', size: '10', value: o.expectedAmount ?? '' });
    const reason = h('input', { name: 'reason', size: '12' });
    const act = (path, bodyJson) => load('plans', async () => {
      await ctx.api('POST', '/api/marketing/opportunities/' + o.id + '/' + path, bodyJson);
      await loadPlans();
      message(panels.plans, t('saved'));
    });
    return h('div', { class: 'row' },
      o.stage === 'OPEN' ? h('button', { type: 'button', onclick: () => act('proposal') }, t('propose')) : null,
      h('form', { class: 'row', onsubmit: (e) => { e.preventDefault(); act('won', { amount: Number(amount.value) }); } },
        field(t('amount'), amount), h('button', { type: 'submit' }, t('won'))),
      h('form', { class: 'row', onsubmit: (e) => { e.preventDefault(); act('lost', { reason: reason.value.trim() }); } },
        field(t('reason'), reason), h('button', { type: 'submit' }, t('lost'))));
  }

  async function showPlans(customerId, into) {
    try {
      const list = await ctx.api('GET', '/api/marketing/customers/' + encodeURIComponent(customerId) + '/plans');
      fill(into, ctx.table([
        { label: t('version'), get: (p) => p.number + '.' + p.version },
        { label: t('status'), get: (p) => name('plan', p.status) },
        { label: t('total'), class: 'num', get: (p) => fmt.money(p.total) },
        { label: '', get: (p) => planActions(p, customerId, into) },
      ], list, t('noPlans')));
    } catch (err) {
      fill(into, h('p', { class: 'error', role: 'alert' }, ctx.problemText(err)));
    }
  }

  function planActions(p, customerId, into) {
    const act = async (path, bodyJson) => {
      try {
        await ctx.api('POST', '/api/marketing/plans/' + p.id + '/' + path, bodyJson);
        await showPlans(customerId, into);
      } catch (err) {
        into.prepend(h('p', { class: 'error', role: 'alert' }, ctx.problemText(err)));
      }
    };
    if (p.status === 'DRAFT') return h('button', { type: 'button', onclick: () => act('present') }, t('present'));
    if (p.status === 'PRESENTED') {
      return h('div', { class: 'row' }, h('button', { type: 'button', onclick: () => act('decision', { accepted: true }) }, t('accept')),
        h('button', { type: 'button', onclick: () => act('decision', { accepted: false }) }, t('decline')));
    }
    return null;
  }

  // campaigns and their contacts to make
  const loadCampaigns = () => load('campaigns', async (body) => {
    const campaigns = await ctx.api('GET', '/api/marketing/campaigns?status=LAUNCHED');
    if (!campaigns.length) { fill(body, h('p', { class: 'empty' }, t('noCampaigns'))); return; }
    const blocks = [];
    for (const c of campaigns) {
      const targets = toContact(await ctx.api('GET', '/api/marketing/campaigns/' + c.id + '/targets?limit=100'
        + (head ? '&manager=' + encodeURIComponent(me) : '')));
      blocks.push(h('div', { class: 'card', 'data-campaign': c.id }, h('h3', null, c.name, c.endsOn ? ' · ' + t('ends', { d: fmt.date(c.endsOn) }) : ''),
        c.purpose ? h('p', { class: 'muted' }, c.purpose) : null,
        ctx.table([
          { label: t('customer'), get: (x) => customerLink(x.customerId) },
          { label: t('segment'), get: (x) => name('segment', x.segment) },
          { label: t('contacts'), class: 'num', get: (x) => String(x.contacts) },
          { label: t('outcome'), get: (x) => (x.outcome ? name('outcome', x.outcome) : '–') },
          { label: '', get: (x) => contactForm(c, x) },
        ], targets, t('noTargets'))));
    }
    fill(body, blocks);
  });

  function contactForm(campaign, target) {
    const channel = h('select', { name: 'channel' }, options('way', (campaign.channels && campaign.channels.length) ? campaign.channels : CHANNELS));
    const outcome = h('select', { name: 'outcome' }, options('outcome', OUTCOMES));
    const product = h('input', { name: 'productCode', size: '8', value: campaign.productCode || '' });
    const amount = h('input', { name: 'amount', size: '10', inputmode: 'decimal' });
    const note = h('input', { name: 'note', size: '12', maxlength: '1000' });
    // folded until opened, so that the list stays readable: a <details> opens with Enter or Space
    return h('details', null, h('summary', null, t('recordContact')), h('form', { class: 'row', onsubmit: (e) => {
      e.preventDefault();
      load('campaigns', async () => {
        const bodyJson = { customerId: target.customerId, channel: channel.value, outcome: outcome.value };
        if (outcome.value === 'BOUGHT') { bodyJson.productCode = product.value.trim(); bodyJson.amount = Number(amount.value); }
        if (note.value.trim()) bodyJson.note = note.value.trim();
        await ctx.api('POST', '/api/marketing/campaigns/' + campaign.id + '/contacts', bodyJson);
        await loadCampaigns();
        message(panels.campaigns, t('saved'));
      });
    } }, field(t('channel'), channel), field(t('outcome'), outcome), field(t('productCode'), product), field(t('amount'), amount),
    field(t('note'), note), h('div', { class: 'field' }, h('button', { type: 'submit' }, t('record')))));
  }

  // the first data of every panel before the page counts as ready; the notices then every 10 s
  await Promise.all([loadLeads(), loadInbox(), loadHandovers(), loadBook(), loadCampaigns()]);
  await loadPlans();
  if (panels.notices) {
    await loadNotices();
    let first = true; // every() runs at once too: the first load is the one above
    ctx.every(10000, () => { if (first) { first = false; return; } loadNotices(); });
  }
}
