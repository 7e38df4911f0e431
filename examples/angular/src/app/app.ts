import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import type { SessionSelectDetail } from 'session-view';
import { createDemoAdapter } from 'session-view/demo';
import { SessionViewDirective } from './session-view.directives';

/** The host: the whole session view on the demo adapter, and the session the user opened. */
@Component({
  selector: 'app-root',
  imports: [SessionViewDirective],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <p id="selected">{{ selected() ? 'Opened ' + selected()?.sessionId : 'No session opened' }}</p>
      <session-view [adapter]="adapter" style="display: block; height: 80vh" (svSessionSelect)="selected.set($event.detail)"></session-view>
    </main>
  `,
})
export class App {
  protected readonly adapter = createDemoAdapter({ seed: 7, sessions: 300 });
  protected readonly selected = signal<SessionSelectDetail | undefined>(undefined);
}
