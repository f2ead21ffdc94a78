/**
 * Where to send a visitor after a page action (`?next=`, the sign-in form's hidden field). Only a
 * path on this site may be a redirect target: anything else would let a link on another site
 * send a visitor, right after signing in, to a look-alike page (an open redirect).
 */

/** Any fixed origin will do: only whether the target stays on it matters. */
const BASE = new URL('http://this-site.invalid');

/** Far longer than any path of ours; longer ones are not worth parsing. */
const MAX_LENGTH = 2048;

/**
 * Control and format characters, whitespace (Unicode's too) and backslashes: browsers strip or
 * reinterpret them when they resolve a Location (`/<TAB>/evil.example` becomes
 * `//evil.example`), and CR/LF cannot even be sent in a header.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Z}\s\\]/u;

/** The value and what it decodes to, layer by layer; undefined when an encoding is malformed. */
function decodings(value: string): string[] | undefined {
  const layers = [value];
  let current = value;
  for (let depth = 0; depth < 4; depth++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return undefined;
    }
    if (decoded === current) return layers;
    layers.push(decoded);
    current = decoded;
  }
  return undefined;
}

function sameSitePath(candidate: string): string | undefined {
  let url: URL;
  try {
    url = new URL(candidate, BASE);
  } catch {
    return undefined;
  }
  if (url.origin !== BASE.origin) return undefined;
  return url.pathname + url.search;
}

/**
 * `next` re-serialised as path and query when it is a path on this site, else `fallback`. Judged
 * by the URL parser, as a browser would resolve it, after refusing control characters,
 * whitespace and backslashes in the value or any percent-decoding of it. The answer is what the
 * parser made of the value, never the raw input, and it resolves to this site again on its own
 * (so `/.//evil.example`, which the parser turns into `//evil.example`, is refused).
 */
export function safeNext(next: string | undefined, fallback = '/'): string {
  if (!next || next.length > MAX_LENGTH || !next.startsWith('/')) return fallback;
  const layers = decodings(next);
  if (!layers || layers.some((layer) => UNSAFE.test(layer) || layer.startsWith('//'))) return fallback;
  const path = sameSitePath(next);
  if (path === undefined || path.startsWith('//') || sameSitePath(path) !== path) return fallback;
  return path;
}
