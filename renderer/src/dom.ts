/** A small element builder, so views read as a tree instead of createElement/appendChild chains. */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener> & { class?: string };

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Array<Child | Child[]>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
    else if (name === 'class') node.className = String(value);
    else if (value === true) node.setAttribute(name, '');
    else if (name === 'value' && 'value' in node) (node as unknown as { value: string }).value = String(value);
    else node.setAttribute(name, String(value));
  }
  append(node, children);
  return node;
}

/** Appends children, skipping null/undefined/false (conditional parts of a view). */
export function append(node: Node, children: Array<Child | Child[]>): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}
