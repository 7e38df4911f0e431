/** All text a user could see under `node`, through open shadow roots (slots not resolved twice). */
export function deepText(node: Node): string {
  let text = '';
  const visit = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) text += current.textContent ?? '';
    const element = current as Element;
    if (element.shadowRoot) visit(element.shadowRoot);
    for (const child of current.childNodes) visit(child);
  };
  visit(node);
  return text.replace(/\s+/g, ' ');
}
