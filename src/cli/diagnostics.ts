/**
 * What the CLI tells authors: `PATH:LINE: reason` (errors), `PATH:LINE: warning: reason`, and
 * `PATH:LINE: info: what` for what is worth knowing but not a problem (an embedded frame).
 */

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** The file as the user named it (the content folder joined with the file's path in it). */
  file: string;
  line: number;
  severity: Severity;
  message: string;
}

export function formatDiagnostic({ file, line, severity, message }: Diagnostic): string {
  return `${file}:${line}: ${severity === 'error' ? '' : `${severity}: `}${message}`;
}
