/** Labels of a routing target's availability (`availability.online`), which only the routing panel shows. */
import { defineEnumLabels } from '../../i18n/enum-labels.js';

defineEnumLabels(
  'availability',
  { online: 'Online', away: 'Away', busy: 'Busy', offline: 'Offline' },
);
