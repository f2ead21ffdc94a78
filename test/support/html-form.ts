/**
 * Reads a rendered form back as the browser would submit it (without pressing a named button):
 * inputs with their values, checked boxes and radios, selected options, textareas. For tests that
 * re-post exactly what a page shows, so a page that renders a wrong hidden field is caught.
 */
const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const attribute = (tag: string, name: string): string | undefined => {
  const match = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return match ? decode(match[1] as string) : undefined;
};
const flag = (tag: string, name: string) => new RegExp(`\\s${name}(="[^"]*")?(?=[\\s/>])`).test(tag);

/** The fields of the first form posting to `action` in `html`; repeated names become lists. */
export function formFields(html: string, action: string): Record<string, string | string[]> {
  const start = html.indexOf(`action="${action}"`);
  if (start < 0) throw new Error(`No form posting to ${action}`);
  const body = html.slice(start, html.indexOf('</form>', start));
  const fields: [string, string][] = [];
  for (const [tag] of body.matchAll(/<input\s[^>]*>/g)) {
    const name = attribute(tag, 'name');
    const type = attribute(tag, 'type') ?? 'text';
    if (!name || type === 'submit' || type === 'button') continue;
    if ((type === 'checkbox' || type === 'radio') && !flag(tag, 'checked')) continue;
    fields.push([name, attribute(tag, 'value') ?? (type === 'checkbox' ? 'on' : '')]);
  }
  for (const [, open, options] of body.matchAll(/<select(\s[^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = attribute(open as string, 'name');
    if (!name) continue;
    const all = [...(options as string).matchAll(/<option\s[^>]*>/g)].map(([tag]) => tag);
    const chosen = all.find((tag) => flag(tag, 'selected')) ?? all[0];
    fields.push([name, chosen ? (attribute(chosen, 'value') ?? '') : '']);
  }
  for (const [, open, text] of body.matchAll(/<textarea(\s[^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = attribute(open as string, 'name');
    if (name) fields.push([name, decode(text as string)]);
  }
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of fields) {
    const existing = result[name];
    result[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return result;
}
