export async function mount(root, ctx) {}
