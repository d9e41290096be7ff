const SHORTCODE_TAG = /\{\{[<%][\s\S]*?[%>]\}\}/g;

/** A body's paragraphs as plain text, shortcode tags removed: the fallback when rendering fails. */
export function plainParagraphs(body: string): string[] {
  return body
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(SHORTCODE_TAG, '').trim())
    .filter(Boolean);
}
