// Must NOT compile (test/frameworks/examples.test.ts): a number is no adapter, in both forms.
import type {} from 'session-view/jsx';
import { SessionViewComponent } from 'session-view/react';

export const wrapper = <SessionViewComponent adapter={42} />;
export const tag = <session-view adapter={42}></session-view>;
