/**
 * Test support: parses chart markup with a real XML parser (@xmldom/xmldom), so a test fails on
 * any markup that is not well-formed, and offers the few look-ups the tests need.
 */
import { DOMParser, type Element, onErrorStopParsing } from '@xmldom/xmldom';

/** The document element of `markup`; throws on any XML error or warning. */
export function parseXml(markup: string, mimeType: 'image/svg+xml' | 'text/xml' = 'text/xml'): Element {
  const document = new DOMParser({ onError: onErrorStopParsing }).parseFromString(markup, mimeType);
  const root = document.documentElement;
  if (!root) throw new Error('No document element');
  return root;
}

export function all(root: Element, tag: string): Element[] {
  return Array.from(root.getElementsByTagName(tag));
}

export function byId(root: Element, id: string): Element | undefined {
  return [root, ...all(root, '*')].find((element) => element.getAttribute('id') === id);
}

export const texts = (root: Element, tag = 'text') => all(root, tag).map((element) => element.textContent ?? '');

export const num = (element: Element | undefined, attribute: string) => Number(element?.getAttribute(attribute));
