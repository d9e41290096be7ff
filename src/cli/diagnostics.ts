/** What the CLI tells authors: `PATH:LINE: reason` (errors) and `PATH:LINE: warning: reason`. */

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** The file as the user named it (the content folder joined with the file's path in it). */
  file: string;
  line: number;
  severity: Severity;
  message: string;
}

export function formatDiagnostic({ file, line, severity, message }: Diagnostic): string {
  return `${file}:${line}: ${severity === 'warning' ? 'warning: ' : ''}${message}`;
}
