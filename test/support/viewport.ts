import { executeServerCommand } from '@web/test-runner-commands';

/** Sizes the page's viewport in CSS px, in every engine of the run (viewport-command.mjs). */
export function setViewport(size: { width: number; height: number }) {
  return executeServerCommand<boolean, { width: number; height: number }>('viewport', size);
}
