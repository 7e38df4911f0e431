import { useMemo, useState } from 'react';
import type { SessionSelectDetail } from 'session-view';
import { createDemoAdapter } from 'session-view/demo';
import { SessionViewComponent } from 'session-view/react';

/** The host: the whole session view on the demo adapter, and the session the user opened. */
export function App() {
  const adapter = useMemo(() => createDemoAdapter({ seed: 7, sessions: 300 }), []);
  const [selected, setSelected] = useState<SessionSelectDetail>();
  return (
    <main>
      <p id="selected">{selected ? `Opened ${selected.sessionId}` : 'No session opened'}</p>
      <SessionViewComponent adapter={adapter} style={{ display: 'block', height: '80vh' }} onSvSessionSelect={(event) => setSelected(event.detail)} />
    </main>
  );
}
