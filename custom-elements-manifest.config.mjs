// `npm run analyze` regenerates custom-elements.json from the elements' JSDoc.

/**
 * Our elements register through `defineElement(tag, Class)` (src/define/), which the analyzer
 * does not know; this plugin reads those calls so every class gets its tag name and a
 * custom-element definition export, with the define module as the one source of truth.
 */
function defineElementPlugin() {
  const tags = new Map();
  return {
    name: 'session-view-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText?.() !== 'defineElement') return;
      const [tag, cls] = node.arguments;
      if (tag && cls && ts.isStringLiteral(tag) && ts.isIdentifier(cls)) tags.set(cls.text, { tag: tag.text, module: moduleDoc.path });
    },
    packageLinkPhase({ customElementsManifest }) {
      // Files are globbed in no fixed order: sort, so the committed manifest is reproducible.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const found = tags.get(declaration.name);
          if (!found || !declaration.customElement) continue;
          declaration.tagName = found.tag;
          const defineModule = customElementsManifest.modules.find((m) => m.path === found.module);
          defineModule?.exports?.push({
            kind: 'custom-element-definition',
            name: found.tag,
            declaration: { name: declaration.name, module: module.path },
          });
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts', 'src/define/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.strings.ts', 'src/**/*.test.ts', 'src/define/define-element.ts'],
  outdir: '.',
  litelement: true,
  // The manifest check writes to a temporary folder: never point package.json at it.
  packagejson: false,
  plugins: [defineElementPlugin()],
};
