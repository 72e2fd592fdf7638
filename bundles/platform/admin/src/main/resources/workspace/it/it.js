// Branch IT: the modules and their health. (More sections follow: deploy/, configuration, staff.)
export async function mount(root, ctx) {
  const { h, fill } = ctx;
  const t = ctx.translator({
    en: { title: 'Branch IT', health: 'Health', modules: 'Bundles' },
    'zh-CN': { title: '系统运维', health: '运行状态', modules: '模块' },
  });
  const health = h('div');
  const modules = h('div');
  fill(root, h('h1', null, t('title')), h('div', { class: 'card' }, h('h2', null, t('health')), health),
    h('div', { class: 'card' }, h('h2', null, t('modules')), modules));
  const answer = await ctx.api('GET', '/api/health');
  fill(health, ctx.renderValue(answer));
  const bundles = await ctx.api('GET', '/api/admin/modules');
  fill(modules, ctx.renderValue(bundles));
}
