// Prospects (潜在客户): the example integrator's page. It shows what this bundle's REST resource
// serves (GET /api/prospecting/{customerId}): how far a customer is from being premium once the
// assets they declared at other banks are counted, and what the customer manager should do.
// A customer manager assesses the customers of their book; anyone with the page can look one up.
//
// Everything here uses only what the workspace gives a page (ctx): the API call, h() to build
// elements (text only, never HTML), translations in English and Chinese, formats and errors.

const MESSAGES = {
  en: {
    title: 'Prospects', lookup: 'Assess a customer', customerId: 'Customer number', assess: 'Assess',
    result: 'Assessment', book: 'Customers of my book', noBook: 'No customers in your book.', customer: 'Customer',
    segment: 'Segment', here: 'Average daily assets here', elsewhere: 'Declared at other banks', combined: 'Combined',
    potential: 'Potential premium', advice: 'What to do', yes: 'yes', no: 'no', pick: 'Type a customer number or assess one of your book.',
    required: 'Type a customer number first.',
    segments: { PRIVATE: 'Private banking', HIGH: 'High-end', MID: 'Mid-range', MASS_AFFLUENT: 'Mass affluent', POTENTIAL: 'Potential',
      ORDINARY: 'Ordinary' },
  },
  'zh-CN': {
    title: '潜在客户', lookup: '评估客户', customerId: '客户号', assess: '评估',
    result: '评估结果', book: '我名下的客户', noBook: '您名下暂无客户。', customer: '客户',
    segment: '客户分层', here: '本行日均资产', elsewhere: '他行金融资产', combined: '合计',
    potential: '潜在优质客户', advice: '建议', yes: '是', no: '否', pick: '输入客户号，或从名下客户中选择评估。',
    required: '请先输入客户号。',
    segments: { PRIVATE: '私人银行客户', HIGH: '高端客户', MID: '中端客户', MASS_AFFLUENT: '大众富裕客户', POTENTIAL: '潜力客户',
      ORDINARY: '普通客户' },
  },
};

export async function mount(root, ctx) {
  const { h, fill, field, fmt } = ctx;
  const t = ctx.translator(MESSAGES);
  const segments = (MESSAGES[ctx.lang] || MESSAGES.en).segments;
  const segment = (s) => (s ? segments[s] || s : '–');

  const customerId = h('input', { id: 'prospect-customer', name: 'customerId', autocomplete: 'off', value: ctx.params.get('id') || '' });
  const result = h('div', { id: 'prospect-result', 'aria-live': 'polite' }, h('p', { class: 'muted' }, t('pick')));
  const bookBox = h('div', { id: 'prospect-book' });

  async function assess(id) {
    if (!id) {
      fill(result, h('p', { class: 'error', role: 'alert' }, t('required')));
      return;
    }
    try {
      const p = await ctx.api('GET', '/api/prospecting/' + encodeURIComponent(id));
      fill(result, h('dl', { class: 'terms', 'data-prospect': p.customerId }, [
        [t('customer'), ctx.hasPage('customer') ? h('a', { href: '#/customer?id=' + encodeURIComponent(p.customerId) }, p.customerId) : p.customerId],
        [t('segment'), segment(p.segment)], [t('here'), fmt.money(p.averageAssets)], [t('elsewhere'), fmt.money(p.otherBankAssets)],
        [t('combined'), fmt.money(p.combined)],
        [t('potential'), p.potentialPremium ? h('span', { class: 'badge potential' }, t('yes')) : t('no')],
        [t('advice'), p.advice],
      ].map(([k, v]) => [h('dt', null, k), h('dd', null, v)])));
    } catch (err) {
      fill(result, h('p', { class: 'error', role: 'alert' }, ctx.problemText(err)));
    }
  }

  fill(root, h('h1', null, t('title')), h('div', { class: 'grid-2' },
    h('div', null,
      h('form', { class: 'card', onsubmit: (e) => { e.preventDefault(); assess(customerId.value.trim()); } },
        h('h2', null, t('lookup')), field(t('customerId'), customerId),
        h('button', { type: 'submit', class: 'primary' }, t('assess'))),
      h('section', { class: 'card', 'aria-label': t('result') }, h('h2', null, t('result')), result)),
    bookBox));

  // a customer manager's book (the customer module's GET /api/managers/{username}/book)
  if (ctx.hasRole('CUSTOMER_MANAGER')) {
    try {
      const book = await ctx.api('GET', '/api/managers/' + encodeURIComponent(ctx.user.username) + '/book');
      fill(bookBox, h('section', { class: 'card', 'aria-label': t('book') }, h('h2', null, t('book')),
        ctx.table([
          { label: t('customer'), get: (c) => (c.name || '') + ' ' + c.customerId },
          { label: t('segment'), get: (c) => segment(c.segment) },
          { label: t('here'), class: 'num', get: (c) => fmt.money(c.averageAssets) },
          { label: '', get: (c) => h('button', { type: 'button', onclick: () => assess(c.customerId) }, t('assess')) },
        ], book, t('noBook'))));
    } catch (err) {
      if (err.status !== 403 && err.status !== 404) fill(bookBox, h('p', { class: 'error', role: 'alert' }, ctx.problemText(err)));
    }
  }
  if (customerId.value) await assess(customerId.value.trim());
}
