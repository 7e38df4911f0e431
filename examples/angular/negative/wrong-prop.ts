// Must NOT compile (test/frameworks/examples.test.ts): a number is no adapter.
import { CUSTOM_ELEMENTS_SCHEMA, Component } from '@angular/core';
import { SessionViewDirective } from '../src/app/session-view.directives';

@Component({
  selector: 'app-wrong-prop',
  imports: [SessionViewDirective],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<session-view [adapter]="42"></session-view>`,
})
export class WrongProp {}
