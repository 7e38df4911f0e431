import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { storyGlobals, type StoryRole } from '../stories/support/demo.js';

// Autodocs read each element's attributes, properties, events, slots, CSS parts and CSS custom
// properties from the manifest the JSDoc generates (`npm run analyze`).
setCustomElementsManifest(manifest);

/**
 * Global toolbar: theme, locale, density, viewer role and live mode for every story. Theme,
 * locale and density are attributes on a wrapper every element inherits from; role and live mode
 * go to the demo adapters the stories build (stories/support/demo.ts).
 */
const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['light', 'dark'], dynamicTitle: true },
    },
    locale: {
      description: 'Language',
      toolbar: { title: 'Locale', icon: 'globe', items: [{ value: 'en', title: 'English' }, { value: 'cs', title: 'Čeština' }], dynamicTitle: true },
    },
    density: {
      description: 'Table row density',
      toolbar: { title: 'Density', icon: 'component', items: ['comfortable', 'compact'], dynamicTitle: true },
    },
    role: {
      description: "Viewer's role (what the UI offers)",
      toolbar: { title: 'Role', icon: 'user', items: ['story default', 'operator', 'supervisor', 'admin'], dynamicTitle: true },
    },
    live: {
      description: 'Live changes from the demo adapter',
      toolbar: { title: 'Live', icon: 'lightning', items: ['story default', 'on', 'off'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', density: 'comfortable', role: 'story default', live: 'story default' },
  decorators: [
    (story, context) => {
      const globals = context.globals;
      storyGlobals.role = globals['role'] === 'story default' ? undefined : (globals['role'] as StoryRole);
      storyGlobals.live = globals['live'] === 'on' ? true : globals['live'] === 'off' ? false : undefined;
      const dark = globals['theme'] === 'dark';
      // Compact density: the table's compact row height becomes the row height everywhere.
      const density = globals['density'] === 'compact' ? '--sv-table-row-height: var(--sv-table-row-height-compact, 28px);' : '';
      return html`
        <div lang=${globals['locale'] ?? 'en'} style="color-scheme:${dark ? 'dark' : 'light'};background:${dark ? '#0d1117' : '#fff'};padding:8px;min-height:90vh;${density}">
          ${story()}
        </div>
      `;
    },
  ],
  parameters: { layout: 'fullscreen', docs: { toc: true } },
};
export default preview;
