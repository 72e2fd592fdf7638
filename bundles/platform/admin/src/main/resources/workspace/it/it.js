// Branch IT: the branch's health, its bundles, deploy/, the configuration in force and the staff
// accounts. See docs/workspace-centre.md and docs/branch-it/.
const ROLES = ['CENTER_HEAD', 'OPERATIONS_SUPERVISOR', 'BUSINESS_OFFICER', 'CUSTOMER_MANAGER', 'LOBBY_MANAGER', 'TELLER', 'AUDITOR', 'ADMIN'];

const MESSAGES = {
  en: {
    title: 'Branch IT', health: 'Health', up: 'Running', down: 'Not running properly', tier: 'Tier', branch: 'Branch',
    modulesRunning: 'Modules', warnings: 'Warnings', problems: 'Problems', noWarnings: 'No warnings.',
    modules: 'Bundles', onlyOurs: 'Only Branchdesk modules and bundles not active', id: 'Id', name: 'Bundle', version: 'Version',
    state: 'State', module: 'Module', missing: 'Missing requirements', location: 'Location',
    deploy: 'deploy/', deployHint: 'Bundles of your own or of an integrator, added to the distribution without a restart.',
    file: 'File', bundle: 'Its bundle', notInstalled: 'not installed', jar: 'Jar to deploy', fileName: 'Name in deploy/',
    fileNameHint: 'Ends with .jar; the same name again updates the bundle.', upload: 'Deploy', uploading: 'Deploying… (waits until the bundle is in service)',
    deployed: '{file} deployed: {bundle} {version}, {state}.', remove: 'Remove', removed: '{file} removed.', confirmRemove: 'Remove {file} from deploy/? Its bundle is uninstalled.',
    noFiles: 'deploy/ is empty.', chooseJar: 'Choose a jar first.',
    config: 'Configuration in force', source: 'From', defaults: 'defaults', fromFile: 'file {file}', runtime: 'set at run time',
    refused: 'Refused at {at}: the components run on the last good configuration.', property: 'Property', type: 'Type',
    value: 'Value', isDefault: 'Default', description: 'Description', yes: 'yes', no: 'no',
    staff: 'Staff accounts', username: 'Username', displayName: 'Name', roles: 'Roles', active: 'Active', created: 'Created',
    actions: 'Actions', disable: 'Disable', enable: 'Enable', newAccount: 'New account', password: 'Initial password',
    passwordHint: 'At least 10 characters, not the username, not a common password.', create: 'Create account',
    created1: 'Account {username} created.', disabled: '{username} disabled.', enabled: '{username} enabled.', rolesLegend: 'Roles of the new account',
    inactive: 'disabled',
  },
  'zh-CN': {
    title: '系统运维', health: '运行状态', up: '运行正常', down: '运行异常', tier: '网点类型', branch: '网点',
    modulesRunning: '已运行模块', warnings: '警告', problems: '问题', noWarnings: '无警告。',
    modules: '组件包', onlyOurs: '仅显示 Branchdesk 模块及未激活的组件包', id: '编号', name: '组件包', version: '版本',
    state: '状态', module: '模块', missing: '缺少的依赖', location: '来源',
    deploy: '部署目录 deploy/', deployHint: '自建或集成商的组件包，无需重启即可加入发行版。',
    file: '文件', bundle: '对应组件包', notInstalled: '未安装', jar: '要部署的 jar 包', fileName: 'deploy/ 中的文件名',
    fileNameHint: '以 .jar 结尾；使用相同文件名将更新该组件包。', upload: '部署', uploading: '部署中…（等待组件包投入使用）',
    deployed: '已部署 {file}：{bundle} {version}，{state}。', remove: '移除', removed: '已移除 {file}。', confirmRemove: '确定从 deploy/ 移除 {file}？其组件包将被卸载。',
    noFiles: 'deploy/ 为空。', chooseJar: '请先选择 jar 包。',
    config: '当前生效的配置', source: '来源', defaults: '默认值', fromFile: '文件 {file}', runtime: '运行时设置',
    refused: '于 {at} 被拒绝：组件继续使用上一份有效配置。', property: '配置项', type: '类型',
    value: '值', isDefault: '默认', description: '说明', yes: '是', no: '否',
    staff: '员工账户', username: '用户名', displayName: '姓名', roles: '角色', active: '状态', created: '创建时间',
    actions: '操作', disable: '停用', enable: '启用', newAccount: '新建账户', password: '初始密码',
    passwordHint: '至少 10 个字符，不得包含用户名，不得为常见密码。', create: '创建账户',
    created1: '已创建账户 {username}。', disabled: '已停用 {username}。', enabled: '已启用 {username}。', rolesLegend: '新账户的角色',
    inactive: '已停用',
  },
};

export async function mount(root, ctx) {
  const { h, fill, fmt } = ctx;
  const t = ctx.translator(MESSAGES);
  const section = (id, title, ...rest) => h('section', { class: 'card', id, 'aria-labelledby': id + '-title' },
    h('h2', { id: id + '-title' }, title), ...rest);
  const alert = () => h('p', { class: 'error', role: 'alert' });
  const status = () => h('p', { class: 'ok', role: 'status' });

  const health = h('div');
  const modules = h('div');
  const deployList = h('div');
  const config = h('div');
  const staffList = h('div');
  const errors = { health: alert(), modules: alert(), deploy: alert(), config: alert(), staff: alert() };
  const done = { deploy: status(), staff: status() };

  // ---- health --------------------------------------------------------------------------------
  async function loadHealth() {
    fill(errors.health);
    let answer;
    try {
      answer = await ctx.api('GET', '/api/health');
    } catch (err) {
      // 503: the branch is not healthy; the answer says why, and that is what this section is for
      if (err.status === 503 && err.problem && typeof err.problem === 'object') answer = err.problem;
      else { fill(health); fill(errors.health, ctx.problemText(err)); return; }
    }
    const up = answer.status === 'UP';
    const list = (items) => (items && items.length ? h('ul', { class: 'plain' }, items.map((w) => h('li', null, String(w)))) : null);
    fill(health, h('p', null, h('span', { class: 'badge ' + (up ? 'good' : 'bad'), 'data-status': answer.status || '' },
      up ? t('up') : t('down')), ' ', answer.status || ''),
    h('dl', { class: 'terms' },
      h('dt', null, t('tier')), h('dd', null, answer.tier || '–'),
      h('dt', null, t('branch')), h('dd', null, answer.branch || '–'),
      h('dt', null, t('modulesRunning')), h('dd', null, (answer.modules || []).join(', ') || '–'),
      answer.problems && answer.problems.length ? [h('dt', null, t('problems')), h('dd', null, list(answer.problems))] : null,
      h('dt', null, t('warnings')), h('dd', { class: 'warnings' }, list(answer.warnings) || t('noWarnings'))));
  }

  // ---- bundles ---------------------------------------------------------------------------------
  const onlyOurs = h('input', { type: 'checkbox', id: 'it-modules-ours', checked: true, onchange: () => loadModules() });
  async function loadModules() {
    fill(errors.modules);
    try {
      const bundles = await ctx.api('GET', '/api/admin/modules');
      const shown = onlyOurs.checked ? bundles.filter((b) => b.module || b.state !== 'ACTIVE' || (b.missing && b.missing.length)) : bundles;
      fill(modules, ctx.table([
        { label: t('id'), get: (b) => String(b.id), class: 'num' },
        { label: t('name'), get: (b) => b.symbolicName },
        { label: t('version'), get: (b) => b.version },
        { label: t('state'), get: (b) => h('span', { class: 'badge ' + (b.state === 'ACTIVE' ? 'good' : 'bad') }, b.state) },
        { label: t('module'), get: (b) => b.module },
        { label: t('missing'), get: (b) => (b.missing && b.missing.length ? h('ul', { class: 'plain' }, b.missing.map((m) => h('li', null, m))) : '') },
      ], shown));
    } catch (err) {
      fill(modules);
      fill(errors.modules, ctx.problemText(err));
    }
  }

  // ---- deploy/ -----------------------------------------------------------------------------------
  const jar = h('input', { type: 'file', id: 'deploy-jar', accept: '.jar,application/java-archive', onchange: () => {
    if (jar.files[0] && !fileName.value) fileName.value = jar.files[0].name;
  } });
  const fileName = h('input', { id: 'deploy-name', pattern: '[A-Za-z0-9._-]+\\.jar', placeholder: 'prospecting.jar' });
  const uploadButton = h('button', { type: 'submit', class: 'primary', id: 'deploy-upload' }, t('upload'));
  const uploadForm = h('form', { class: 'row', id: 'deploy-form', onsubmit: async (e) => {
    e.preventDefault();
    fill(errors.deploy);
    fill(done.deploy);
    const chosen = jar.files[0];
    if (!chosen) { fill(errors.deploy, t('chooseJar')); return; }
    const name = fileName.value.trim() || chosen.name;
    uploadButton.disabled = true;
    fill(done.deploy, t('uploading'));
    try {
      const answer = await ctx.api('PUT', '/api/admin/deploy/' + encodeURIComponent(name), chosen, { contentType: 'application/java-archive' });
      const b = answer.bundle || {};
      fill(done.deploy, t('deployed', { file: answer.file, bundle: b.symbolicName || '', version: b.version || '', state: b.state || '' }),
        answer.problems && answer.problems.length ? h('ul', { class: 'plain' }, answer.problems.map((p) => h('li', null, p))) : null);
      jar.value = '';
      fileName.value = '';
    } catch (err) {
      fill(done.deploy);
      fill(errors.deploy, ctx.problemText(err));
    } finally {
      uploadButton.disabled = false;
    }
    await Promise.all([loadDeploy(), loadModules()]);
  } }, ctx.field(t('jar'), jar), ctx.field(t('fileName'), fileName, t('fileNameHint')), h('div', { class: 'field' }, uploadButton));

  async function remove(file) {
    if (!window.confirm(t('confirmRemove', { file }))) return;
    fill(errors.deploy);
    fill(done.deploy);
    try {
      await ctx.api('DELETE', '/api/admin/deploy/' + encodeURIComponent(file));
      fill(done.deploy, t('removed', { file }));
    } catch (err) {
      fill(errors.deploy, ctx.problemText(err));
    }
    await Promise.all([loadDeploy(), loadModules()]);
  }

  async function loadDeploy() {
    try {
      const files = await ctx.api('GET', '/api/admin/deploy');
      fill(deployList, ctx.table([
        { label: t('file'), get: (d) => d.file },
        { label: t('bundle'), get: (d) => (d.bundle ? d.bundle.symbolicName + ' ' + d.bundle.version : h('span', { class: 'muted' }, t('notInstalled'))) },
        { label: t('state'), get: (d) => (d.bundle ? d.bundle.state : '') },
        { label: t('problems'), get: (d) => (d.problems && d.problems.length ? h('ul', { class: 'plain' }, d.problems.map((p) => h('li', null, p))) : '') },
        { label: t('actions'), get: (d) => h('button', { type: 'button', class: 'danger', 'data-action': 'remove', 'data-file': d.file,
          onclick: () => remove(d.file) }, t('remove')) },
      ], files, t('noFiles')));
    } catch (err) {
      fill(deployList);
      fill(errors.deploy, ctx.problemText(err));
    }
  }

  // ---- configuration -----------------------------------------------------------------------------
  async function loadConfig() {
    fill(errors.config);
    try {
      const pids = await ctx.api('GET', '/api/admin/configuration');
      fill(config, pids.map((p) => h('div', { class: 'config-pid', 'data-pid': p.pid },
        h('h3', null, p.pid, p.name ? ' — ' + p.name : ''),
        h('p', { class: 'muted' }, t('source') + ': ',
          p.source === 'FILE' ? t('fromFile', { file: p.file || '' }) : p.source === 'RUNTIME' ? t('runtime') : t('defaults')),
        p.refusal ? h('div', { class: 'notice refusal', role: 'alert' }, h('strong', null, t('refused', { at: fmt.datetime(p.refusal.at) })),
          h('ul', { class: 'plain' }, p.refusal.errors.map((e) => h('li', null, e)))) : null,
        ctx.table([
          { label: t('property'), get: (q) => h('code', null, q.id) },
          { label: t('type'), get: (q) => q.type },
          { label: t('value'), get: (q) => (Array.isArray(q.value) ? q.value.join(', ') : String(q.value ?? '')) },
          { label: t('isDefault'), get: (q) => (q.isDefault ? t('yes') : t('no')) },
          { label: t('description'), get: (q) => q.description },
        ], p.properties))));
    } catch (err) {
      fill(config);
      fill(errors.config, ctx.problemText(err));
    }
  }

  // ---- staff -----------------------------------------------------------------------------------
  async function toggle(account) {
    fill(errors.staff);
    fill(done.staff);
    const action = account.active ? 'disable' : 'enable';
    try {
      await ctx.api('POST', '/api/staff/' + encodeURIComponent(account.username) + '/' + action);
      fill(done.staff, t(action === 'disable' ? 'disabled' : 'enabled', { username: account.username }));
    } catch (err) {
      fill(errors.staff, ctx.problemText(err));
    }
    await loadStaff();
  }

  async function loadStaff() {
    try {
      const accounts = await ctx.api('GET', '/api/staff');
      fill(staffList, ctx.table([
        { label: t('username'), get: (a) => a.username },
        { label: t('displayName'), get: (a) => a.displayName },
        { label: t('roles'), get: (a) => (a.roles || []).map(ctx.roleName).join('、') },
        { label: t('active'), get: (a) => (a.active ? t('yes') : h('span', { class: 'badge bad' }, t('inactive'))) },
        { label: t('created'), get: (a) => fmt.datetime(a.createdAt) },
        { label: t('actions'), get: (a) => h('button', { type: 'button', 'data-action': a.active ? 'disable' : 'enable', 'data-username': a.username,
          class: a.active ? 'danger' : null, onclick: () => toggle(a) }, a.active ? t('disable') : t('enable')) },
      ], accounts));
    } catch (err) {
      fill(staffList);
      fill(errors.staff, ctx.problemText(err));
    }
  }

  const newUser = h('input', { id: 'staff-username', required: true, autocomplete: 'off' });
  const newName = h('input', { id: 'staff-display-name', required: true, autocomplete: 'off' });
  const newPassword = h('input', { id: 'staff-password', type: 'password', required: true, autocomplete: 'new-password' });
  const roleBoxes = ROLES.map((r) => h('input', { type: 'checkbox', value: r, id: 'staff-role-' + r.toLowerCase(), name: 'roles' }));
  const staffForm = h('form', { id: 'staff-form', onsubmit: async (e) => {
    e.preventDefault();
    fill(errors.staff);
    fill(done.staff);
    const roles = roleBoxes.filter((b) => b.checked).map((b) => b.value);
    try {
      const account = await ctx.api('POST', '/api/staff', { username: newUser.value.trim(), displayName: newName.value.trim(),
        password: newPassword.value, roles });
      fill(done.staff, t('created1', { username: account.username }));
      staffForm.reset();
    } catch (err) {
      fill(errors.staff, ctx.problemText(err));
    }
    await loadStaff();
  } },
  h('h3', null, t('newAccount')),
  h('div', { class: 'row' }, ctx.field(t('username'), newUser), ctx.field(t('displayName'), newName),
    ctx.field(t('password'), newPassword, t('passwordHint'))),
  h('fieldset', { class: 'roles' }, h('legend', null, t('rolesLegend')),
    roleBoxes.map((b) => h('label', { class: 'check', for: b.id }, b, ' ', ctx.roleName(b.value)))),
  h('button', { type: 'submit', class: 'primary', id: 'staff-create' }, t('create')));

  fill(root, h('h1', null, t('title')),
    h('div', { class: 'grid' },
      section('it-health', t('health'), errors.health, health),
      section('it-deploy', t('deploy'), h('p', { class: 'hint' }, t('deployHint')), errors.deploy, done.deploy, deployList, uploadForm)),
    section('it-modules', t('modules'), h('label', { class: 'check', for: onlyOurs.id }, onlyOurs, ' ', t('onlyOurs')), errors.modules, modules),
    section('it-config', t('config'), errors.config, config),
    section('it-staff', t('staff'), errors.staff, done.staff, staffList, staffForm));

  await Promise.all([loadHealth(), loadModules(), loadDeploy(), loadConfig(), loadStaff()]);
}
