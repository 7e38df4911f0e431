/** chai-a11y-axe's loader (the one `expect(el).to.be.accessible()` uses) ships without types. */
declare module 'chai-a11y-axe/src/axe-import.js' {
  export function loadAxe(): Promise<void>;
}
