/**
 * The export and redaction engines (CSV and HTML writers, the HTML export's inline search, the
 * personal-data detectors) load with `import()` when the export dialog first opens, not with the
 * table: most viewers never export. Once loaded they are used synchronously.
 */
type ExportRunModule = typeof import('./export-run.js');
type ExportStreamModule = typeof import('./export-stream.js');
type RedactModule = typeof import('../../engine/redact/index.js');

export interface ExportEngine {
  runExport: ExportRunModule['runExport'];
  runStreamedExport: ExportStreamModule['runStreamedExport'];
  countPersonalData: RedactModule['countPersonalData'];
}

let loaded: ExportEngine | undefined;
let loading: Promise<ExportEngine> | undefined;

/** The engines when already loaded (a synchronous call path), else `undefined`. */
export function loadedExportEngine(): ExportEngine | undefined {
  return loaded;
}

export function loadExportEngine(): Promise<ExportEngine> {
  loading ??= Promise.all([import('./export-run.js'), import('./export-stream.js'), import('../../engine/redact/index.js')]).then(([run, stream, redact]) => {
    loaded = { runExport: run.runExport, runStreamedExport: stream.runStreamedExport, countPersonalData: redact.countPersonalData };
    return loaded;
  });
  return loading;
}
