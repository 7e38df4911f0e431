/**
 * Every Czech table, in one module: loaded with `import()` the first time an element speaks Czech
 * (i18n/translate.ts `loadLanguage`), so an English page never downloads it. One chunk rather than
 * one per element: a Czech page makes one request, and a part loaded later (a popover, a tab) finds
 * its Czech already there instead of waiting for a request of its own.
 */
import model from './model.js';
import sessionTable from './session-table.js';
import sessionDetail from './session-detail.js';
import sessionView from './session-view.js';
import routingPanel from './routing-panel.js';
import recordingPlayer from './recording-player.js';
import exportMenu from './export-menu.js';

export default [model, sessionTable, sessionDetail, sessionView, routingPanel, recordingPlayer, exportMenu];
