/** Registers every session-view element. This module is the entry of the drop-in bundle. */
import './session-view.js';
import './session-table.js';
import './session-detail.js';
import './routing-panel.js';
import './recording-player.js';
