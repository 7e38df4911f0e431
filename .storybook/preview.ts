import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * Global toolbar: theme and locale for every story. Stories that need data build their adapter
 * with `createDemoAdapter` (stories/support/demo.ts); the decorator wraps each story in a
 * container that carries `lang` and `theme`, which every session-view element inherits.
 */
const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['light', 'dark'], dynamicTitle: true },
    },
    locale: {
      description: 'Language',
      toolbar: { title: 'Locale', icon: 'globe', items: [{ value: 'en', title: 'English' }, { value: 'cs', title: 'Čeština' }], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  decorators: [
    (story, context) => html`
      <div
        lang=${context.globals['locale'] ?? 'en'}
        style="color-scheme:${context.globals['theme'] ?? 'light'};background:${context.globals['theme'] === 'dark' ? '#0d1117' : '#fff'};padding:8px;min-height:90vh"
      >
        ${story()}
      </div>
    `,
  ],
  parameters: { layout: 'fullscreen' },
};
export default preview;
