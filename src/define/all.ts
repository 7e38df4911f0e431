/**
 * Registers every session-view element. This module is the entry of the drop-in bundle.
 * Each define module is named for the tag it registers (`define/<tag>.ts`); parts used by one
 * element only (`sv-session-info`, `sv-target-picker`, …) register with that element.
 */
import './session-view.js';
import './session-table.js';
import './session-detail.js';
import './routing-panel.js';
import './recording-player.js';
