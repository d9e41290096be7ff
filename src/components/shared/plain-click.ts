/** A click the page may handle in place; a modified or middle click keeps the browser's meaning (new tab, window). */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
