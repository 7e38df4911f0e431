/** Registers every session-view element. This module is the entry of the drop-in bundle. */
import './session-view.js';
