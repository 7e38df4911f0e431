/**
 * Words every element may show — Yes/No, Retry, Close, Loading, the error kinds — kept apart from
 * the model's labels (model-strings.ts) so an element that shows no column, channel or state
 * (`<routing-panel>`, `<recording-player>`) does not carry those tables.
 */
import { defineStrings } from './translate.js';

const common = defineStrings(
  'common',
  {
    yes: 'Yes',
    no: 'No',
    retry: 'Retry',
    close: 'Close',
    cancel: 'Cancel',
    waitingIn: 'Waiting in {queue}',
    loading: 'Loading…',
    partFailed: 'This part could not be loaded. Check the connection and try again.',
    copy: 'Copy',
    copied: 'Copied',
    'error.not-found': 'Not found.',
    'error.forbidden': 'You do not have permission for this.',
    'error.conflict': 'The session changed in the meantime and has been reloaded. Check it and try again.',
    'error.network': 'The server could not be reached.',
    'error.timeout': 'The server took too long to answer.',
    'error.invalid-data': 'The server sent data that could not be read.',
    'error.aborted': 'The request was cancelled.',
    'error.unknown': 'Something went wrong.',
  },
);

/** The Czech table (i18n/cs/model.ts) is checked against these keys. */
export type CommonStrings = typeof common;
