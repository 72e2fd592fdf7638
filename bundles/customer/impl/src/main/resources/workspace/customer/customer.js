// Customers (客户): look a customer up by name, card, ID or phone and open the unified view
// (客户统一视图). Identifiers are shown exactly as the server sends them (masked for the roles that
// must not see them in full), each in an element marked data-field="<name>", and nowhere else.

const MESSAGES = {
  en: {
    title: 'Customers', search: 'Find a customer', query: 'Name, card, ID or phone number, or customer number',
    queryHint: 'A name finds every customer whose name starts with it; a number must be complete.', go: 'Search',
    results: 'Results', noResults: 'No customer matches.', typeFirst: 'Type a name or a number first.',
    name: 'Name', number: 'Customer number', segment: 'Segment', phone: 'Phone', open: 'Open',
    view: 'Unified view', close: 'Close the view', profile: 'Identity', holdings: 'Holdings', segmentTitle: 'Segment and entitlements',
    managerTitle: 'Dedicated customer manager', idType: 'ID type', idNumber: 'ID number', cards: 'Cards', birth: 'Born',
    education: 'Education', occupation: 'Occupation', otherBank: 'Assets at other banks', quarter: 'Quarter',
    average: 'Average daily financial assets', premium: 'Premium customer', potential: 'Potential premium customer',
    notPremium: 'Not premium', brand: 'Service brand', card: 'Card', channels: 'Channels', addOns: 'Added services',
    products: 'Product families', tiers: 'Served at', category: 'Category', amount: 'Amount', totalAssets: 'Total assets',
    totalLiabilities: 'Total liabilities', loanNote: 'Loans are shown but never counted as assets.', noManager: 'No dedicated manager.',
    noHoldings: 'No holdings.', none: 'None.', notSegmented: 'Not segmented yet', identifiers: 'Identifiers in this section',
    loading: 'Loading…', 'section.lobby-visits': 'Visits and leads', 'section.complaints': 'Complaints',
    'section.segment-history': 'Segment history', 'section.interactions': 'Recent contacts',
    'section.relationship': 'Relationship', 'section.counter': 'Counter business', 'section.marketing': 'Marketing',
    'section.prospecting': 'Prospecting', when: 'When', fromSegment: 'From', toSegment: 'To', staff: 'Staff',
    channel: 'Channel', purpose: 'Purpose', outcome: 'Outcome', reference: 'Reference', status: 'Status', visits: 'Recent visits',
    leads: 'Open leads', pending: 'Pending requests', recent: 'Recent requests', since: 'Manager since', interval: 'Contact interval',
    days: '{n} days', contactOverdue: 'Planned contact overdue', nextContact: 'Next planned contact', handover: 'Open handover',
    upcoming: 'Coming up', due: 'Due', task: 'Task', yes: 'yes', no: 'no', risk: 'Risk profile', plan: 'Financial plan',
    opportunities: 'Open opportunities', campaigns: 'Active campaigns', lastContact: 'Last marketing contact', optOuts: 'Opt-outs',
  },
  'zh-CN': {
    title: '客户', search: '查找客户', query: '姓名、卡号、证件号、手机号或客户号',
    queryHint: '输入姓名可按姓名开头查找；号码须输入完整。', go: '查询',
    results: '查询结果', noResults: '未找到匹配的客户。', typeFirst: '请先输入姓名或号码。',
    name: '姓名', number: '客户号', segment: '客户分层', phone: '手机号', open: '打开',
    view: '客户统一视图', close: '关闭视图', profile: '身份信息', holdings: '持有产品', segmentTitle: '客户分层与权益',
    managerTitle: '专属客户经理', idType: '证件类型', idNumber: '证件号码', cards: '银行卡', birth: '出生',
    education: '学历', occupation: '职业', otherBank: '他行金融资产', quarter: '分层季度',
    average: '季度日均金融资产', premium: '优质客户', potential: '潜在优质客户',
    notPremium: '非优质客户', brand: '服务品牌', card: '卡品', channels: '服务渠道', addOns: '增值服务',
    products: '产品类别', tiers: '服务网点', category: '类别', amount: '金额', totalAssets: '金融资产合计',
    totalLiabilities: '负债合计', loanNote: '贷款仅作展示，不计入金融资产。', noManager: '暂无专属客户经理。',
    noHoldings: '暂无持有产品。', none: '无。', notSegmented: '尚未分层', identifiers: '本栏中的证件与联系方式',
    loading: '加载中…', 'section.lobby-visits': '到店记录与商机线索', 'section.complaints': '投诉',
    'section.segment-history': '分层变化', 'section.interactions': '近期联系',
    'section.relationship': '客户关系维护', 'section.counter': '柜面业务', 'section.marketing': '营销',
    'section.prospecting': '潜在客户评估', when: '时间', fromSegment: '原分层', toSegment: '新分层', staff: '员工',
    channel: '渠道', purpose: '目的', outcome: '结果', reference: '编号', status: '状态', visits: '近期到店',
    leads: '待跟进线索', pending: '待办业务', recent: '近期业务', since: '分配日期', interval: '联系周期',
    days: '{n} 天', contactOverdue: '计划联系已逾期', nextContact: '下次计划联系', handover: '未完成交接',
    upcoming: '近期安排', due: '到期日', task: '事项', yes: '是', no: '否', risk: '风险评估', plan: '理财规划',
    opportunities: '进行中的商机', campaigns: '进行中的营销活动', lastContact: '最近营销联系', optOuts: '拒绝营销登记',
  },
};

const NAMES = {
  en: {
    segment: { PRIVATE: 'Private banking customer', HIGH: 'High-end customer', MID: 'Mid-range customer',
      MASS_AFFLUENT: 'Mass affluent customer', POTENTIAL: 'Potential customer', ORDINARY: 'Ordinary customer' },
    category: { DEPOSIT: 'Deposits', BOND: 'Bonds', FUND: 'Funds', STOCK: 'Stocks', FX: 'Foreign exchange', TRUST: 'Trusts',
      WEALTH_PRODUCT: 'Wealth products', PRECIOUS_METAL: 'Precious metals', INSURANCE: 'Insurance', LOAN: 'Loans' },
    idType: { RESIDENT_ID: 'Resident ID card', PASSPORT: 'Passport', HK_MACAO_PERMIT: 'Hong Kong and Macao permit',
      TAIWAN_PERMIT: 'Taiwan permit', FOREIGN_PERMANENT_RESIDENT: 'Foreign permanent resident card', OTHER: 'Other' },
    tier: { WEALTH_CENTER: 'Wealth management centre', VIP_CENTER: 'VIP wealth centre', OUTLET: 'Wealth outlet',
      CONVENIENCE_STORE: 'Financial convenience store' },
    education: { UNKNOWN: 'Unknown', PRIMARY: 'Primary school', JUNIOR_SECONDARY: 'Junior secondary', SENIOR_SECONDARY: 'Senior secondary',
      JUNIOR_COLLEGE: 'Junior college', BACHELOR: 'Bachelor', MASTER: 'Master', DOCTORATE: 'Doctorate' },
  },
  'zh-CN': {
    segment: { PRIVATE: '私人银行客户', HIGH: '高端客户', MID: '中端客户', MASS_AFFLUENT: '大众富裕客户', POTENTIAL: '潜力客户',
      ORDINARY: '普通客户' },
    category: { DEPOSIT: '存款', BOND: '债券', FUND: '基金', STOCK: '股票', FX: '外汇', TRUST: '信托', WEALTH_PRODUCT: '理财产品',
      PRECIOUS_METAL: '贵金属', INSURANCE: '保险', LOAN: '贷款' },
    idType: { RESIDENT_ID: '居民身份证', PASSPORT: '护照', HK_MACAO_PERMIT: '港澳居民来往内地通行证', TAIWAN_PERMIT: '台湾居民来往大陆通行证',
      FOREIGN_PERMANENT_RESIDENT: '外国人永久居留身份证', OTHER: '其他证件' },
    tier: { WEALTH_CENTER: '财富管理中心', VIP_CENTER: '贵宾理财中心', OUTLET: '理财网点', CONVENIENCE_STORE: '金融便利店' },
    education: { UNKNOWN: '未知', PRIMARY: '小学', JUNIOR_SECONDARY: '初中', SENIOR_SECONDARY: '高中/中专', JUNIOR_COLLEGE: '大专',
      BACHELOR: '本科', MASTER: '硕士', DOCTORATE: '博士' },
  },
};

/** The keys whose values are identifiers: shown as sent, only in an element marked data-field. */
export const IDENTIFIER_KEYS = ['idNumber', 'phone', 'cardNumber', 'cardNumbers', 'contactPhone', 'mobile'];

/**
 * Takes the identifiers out of a section's content, wherever they are, so that the generic
 * rendering shows no identifier unmarked: the clean content and the identifiers found
 * ({field, value}), which the page shows each in its own data-field element.
 */
export function splitIdentifiers(value, found = []) {
  if (Array.isArray(value)) return { clean: value.map((v) => splitIdentifiers(v, found).clean), found };
  if (value && typeof value === 'object') {
    const clean = {};
    for (const [k, v] of Object.entries(value)) {
      if (IDENTIFIER_KEYS.includes(k)) {
        const field = k === 'cardNumbers' ? 'cardNumber' : k;
        for (const one of Array.isArray(v) ? v : [v]) if (one !== null && one !== undefined && one !== '') found.push({ field, value: String(one) });
      } else {
        clean[k] = splitIdentifiers(v, found).clean;
      }
    }
    return { clean, found };
  }
  return { clean: value, found };
}

export async function mount(root, ctx) {
  const { h, fill, field, fmt } = ctx;
  const t = ctx.translator(MESSAGES);
  const names = NAMES[ctx.lang] || NAMES.en;
  const name = (kind, v) => (v ? (names[kind] && names[kind][v]) || v : '–');

  const css = h('link', { rel: 'stylesheet', href: '/ui/pages/customer/customer.css' });
  document.head.appendChild(css);

  const query = h('input', { id: 'customer-search', name: 'q', type: 'search', autocomplete: 'off', spellcheck: 'false',
    value: ctx.params.get('q') || '' });
  const searchError = h('p', { class: 'error', role: 'alert' });
  const results = h('div', { id: 'customer-results', 'aria-live': 'polite' });
  const viewBox = h('div', { id: 'customer-view-box' });

  const form = h('form', { class: 'card', role: 'search', onsubmit: (e) => { e.preventDefault(); search(query.value); } },
    h('h2', null, t('search')),
    h('div', { class: 'row' }, field(t('query'), query, t('queryHint')),
      h('div', { class: 'field' }, h('button', { type: 'submit', class: 'primary', id: 'customer-search-go' }, t('go')))),
    searchError);
  fill(root, h('h1', null, t('title')), h('div', { class: 'grid-2' }, form, h('div', { class: 'card' },
    h('h2', null, t('results')), results)), viewBox);

  function remember(params) {
    const q = new URLSearchParams(params);
    history.replaceState(null, '', '#/customer' + (q.toString() ? '?' + q : ''));
  }

  async function search(text) {
    fill(searchError);
    const q = text.trim();
    if (!q) {
      fill(searchError, t('typeFirst'));
      query.focus();
      return;
    }
    fill(results, h('p', { class: 'muted' }, t('loading')));
    try {
      const found = await ctx.api('GET', '/api/customers?q=' + encodeURIComponent(q));
      remember({ q });
      showResults(found);
    } catch (err) {
      fill(results);
      fill(searchError, ctx.problemText(err));
    }
  }

  function showResults(found) {
    if (!found.length) {
      fill(results, h('p', { class: 'empty' }, t('noResults')));
      return;
    }
    fill(results, h('div', { class: 'table-wrap' }, h('table', null,
      h('thead', null, h('tr', null, [t('name'), t('number'), t('segment'), t('phone'), ''].map((c) => h('th', { scope: 'col' }, c)))),
      // the whole row opens the customer; its button (whose click bubbles to the row) is there for the keyboard
      h('tbody', null, found.map((c) => h('tr', { 'data-customer-id': c.id, class: 'clickable', onclick: () => open(c.id) },
        h('td', null, c.name),
        h('td', null, c.id),
        h('td', null, segmentBadge(c)),
        h('td', null, c.phone ? h('span', { 'data-field': 'phone' }, c.phone) : '–'),
        h('td', null, h('button', { type: 'button', 'data-open': c.id }, t('open')))))))));
  }

  function segmentBadge(c) {
    if (!c.segment) return h('span', { class: 'muted' }, t('notSegmented'));
    const premium = ['PRIVATE', 'HIGH', 'MID'].includes(c.segment);
    return h('span', null, h('span', { class: 'badge' + (premium ? ' premium' : '') }, name('segment', c.segment)),
      c.potentialPremium ? h('span', { class: 'badge potential' }, t('potential')) : null);
  }

  async function open(id) {
    fill(viewBox, h('div', { class: 'card' }, h('p', { class: 'muted' }, t('loading'))));
    try {
      const view = await ctx.api('GET', '/api/customers/' + encodeURIComponent(id) + '/view');
      const params = {};
      if (query.value.trim()) params.q = query.value.trim();
      params.id = id;
      remember(params);
      fill(viewBox, render(view));
      const heading = viewBox.querySelector('h2');
      if (heading) heading.focus();
    } catch (err) {
      fill(viewBox, h('div', { class: 'card' }, h('p', { class: 'error', role: 'alert' }, ctx.problemText(err))));
    }
  }

  function ids(fieldName, values) {
    const list = (Array.isArray(values) ? values : [values]).filter((v) => v !== null && v !== undefined && v !== '');
    if (!list.length) return '–';
    return list.map((v, i) => [i ? ', ' : null, h('span', { 'data-field': fieldName }, v)]);
  }

  function terms(pairs) {
    return h('dl', { class: 'terms' }, pairs.filter(Boolean).map(([k, v]) => [h('dt', null, k), h('dd', null, v === null || v === undefined || v === '' ? '–' : v)]));
  }

  function section(key, title, ...content) {
    return h('section', { class: 'card', 'data-section': key, 'aria-label': title }, h('h3', null, title), ...content);
  }

  function render(view) {
    const c = view.customer;
    const e = view.entitlements;
    const parts = [];
    parts.push(section('profile', t('profile'), terms([
      [t('name'), c.name], [t('number'), c.id], [t('idType'), name('idType', c.idType)],
      [t('idNumber'), ids('idNumber', c.idNumber)], [t('phone'), ids('phone', c.phone)],
      [t('cards'), ids('cardNumber', c.cardNumbers || [])],
      [t('birth'), c.birthDate ? fmt.date(c.birthDate) : c.birthYear], [t('education'), name('education', c.education)],
      [t('occupation'), c.occupation], [t('otherBank'), c.otherBankAssets === null || c.otherBankAssets === undefined ? null : fmt.money(c.otherBankAssets)],
    ])));
    parts.push(section('segment', t('segmentTitle'),
      h('p', null, segmentBadge(c), ' ', view.premium ? h('span', { class: 'badge good' }, t('premium')) : h('span', { class: 'badge' }, t('notPremium'))),
      terms([
        [t('quarter'), c.segmentQuarter], [t('average'), c.averageAssets === null ? null : fmt.money(c.averageAssets)],
        e ? [t('brand'), e.serviceBrand] : null, e ? [t('card'), e.card] : null,
        e ? [t('tiers'), (e.branchTiers || []).map((x) => name('tier', x)).join(', ')] : null, e ? [t('channels'), (e.channels || []).join(', ')] : null,
        e ? [t('addOns'), (e.addOnServices || []).join(', ')] : null, e ? [t('products'), (e.products || []).join(', ')] : null,
      ])));
    parts.push(section('manager', t('managerTitle'), view.manager
      ? h('p', null, h('strong', null, view.manager.displayName || view.manager.username), ' ',
        h('span', { class: 'muted' }, '(' + view.manager.username + ')'))
      : h('p', { class: 'muted' }, t('noManager'))));
    parts.push(section('holdings', t('holdings'),
      ctx.table([{ label: t('category'), get: (x) => name('category', x.category) },
        { label: t('amount'), class: 'num', get: (x) => fmt.money(x.amount) }], view.holdings, t('noHoldings')),
      terms([[t('totalAssets'), fmt.money(view.totalAssets)], [t('totalLiabilities'), fmt.money(view.totalLiabilities)]]),
      h('p', { class: 'hint' }, t('loanNote'))));
    for (const s of view.sections || []) {
      const key = 'section.' + s.id;
      const title = t(key) === key ? (s.title || s.id) : t(key);
      parts.push(section(s.id, title, ...renderSection(s)));
    }
    return h('article', { id: 'customer-view', class: 'card', 'data-customer-id': c.id, 'aria-label': t('view') },
      h('div', { class: 'row' }, h('h2', { tabindex: '-1' }, c.name + ' · ' + c.id),
        h('button', { type: 'button', onclick: () => { fill(viewBox); remember(query.value.trim() ? { q: query.value.trim() } : {}); query.focus(); } }, t('close'))),
      h('div', { class: 'grid' }, parts));
  }

  const list = (rows, columns) => ctx.table(columns, Array.isArray(rows) ? rows : [], t('none'));
  const sub = (title, node) => [h('h4', null, title), node];
  const complaintLink = (c) => (ctx.hasPage('complaints')
    ? h('a', { href: '#/complaints?id=' + encodeURIComponent(c.id) }, c.reference || String(c.id)) : (c.reference || String(c.id)));
  /** The sections this page knows, by id; any other is rendered generically. */
  const KNOWN = {
    'segment-history': (v) => list(v, [{ label: t('when'), get: (x) => fmt.datetime(x.at) }, { label: t('quarter'), get: (x) => x.quarter },
      { label: t('fromSegment'), get: (x) => (x.from ? name('segment', x.from) : '–') }, { label: t('toSegment'), get: (x) => name('segment', x.to) }]),
    interactions: (v) => list(v, [{ label: t('when'), get: (x) => fmt.datetime(x.at) }, { label: t('staff'), get: (x) => x.staff },
      { label: t('channel'), get: (x) => x.channel }, { label: t('purpose'), get: (x) => x.purpose }, { label: t('outcome'), get: (x) => x.outcome }]),
    complaints: (v) => list(v, [{ label: t('reference'), get: complaintLink }, { label: t('status'), get: (x) => x.status },
      { label: t('category'), get: (x) => x.category }, { label: t('when'), get: (x) => fmt.datetime(x.receivedAt) }]),
    'lobby-visits': (v) => [...sub(t('visits'), ctx.renderValue(v.recentVisits)), ...sub(t('leads'), ctx.renderValue(v.openLeads))],
    counter: (v) => [...sub(t('pending'), ctx.renderValue(v.pending)), ...sub(t('recent'), ctx.renderValue(v.recent))],
    relationship: (v) => [terms([[t('managerTitle'), v.manager], [t('since'), fmt.date(v.managerSince)],
      [t('interval'), v.contactIntervalDays ? t('days', { n: v.contactIntervalDays }) : null],
      [t('contactOverdue'), v.contactOverdue ? h('span', { class: 'badge bad' }, t('yes')) : t('no')],
      [t('nextContact'), v.nextPlannedContact ? fmt.date(v.nextPlannedContact) : null],
      [t('handover'), v.openHandover ? ctx.renderValue(v.openHandover) : null]]),
    ...sub(t('upcoming'), list(v.upcoming, [{ label: t('due'), get: (x) => fmt.date(x.due) }, { label: t('task'), get: (x) => x.title }]))],
    marketing: (v) => terms([[t('risk'), v.risk ? ctx.renderValue(v.risk) : null], [t('plan'), v.plan ? ctx.renderValue(v.plan) : null],
      [t('opportunities'), ctx.renderValue(v.openOpportunities)], [t('campaigns'), ctx.renderValue(v.activeCampaigns)],
      [t('lastContact'), v.lastContact ? ctx.renderValue(v.lastContact) : null], [t('optOuts'), ctx.renderValue(v.optOuts)]]),
  };

  /** A section of another module or of an integrator's bundle, identifiers marked. */
  function renderSection(s) {
    const { clean, found } = splitIdentifiers(s.content);
    let body;
    try {
      body = KNOWN[s.id] && clean && typeof clean === 'object' ? KNOWN[s.id](clean) : ctx.renderValue(clean);
    } catch (e) {
      body = ctx.renderValue(clean); // a shape this page does not expect: shown as it is
    }
    const out = [body];
    if (found.length) {
      out.push(h('p', { class: 'hint' }, t('identifiers') + ': ',
        found.map((f, i) => [i ? ', ' : null, h('span', { 'data-field': f.field }, f.value)])));
    }
    return out;
  }

  const q = ctx.params.get('q');
  const id = ctx.params.get('id');
  if (q) await search(q);
  if (id) await open(id);
  else if (!q) query.focus();
  return () => css.remove();
}
