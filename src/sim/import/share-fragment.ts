/** The URL fragment key a share link carries its scenario in: `#scenario=<base64url>`. */
export const SHARE_FRAGMENT_KEY = 'scenario';

/** Longest fragment accepted when opening a link (a compressed scenario is a few KB). */
export const MAX_SHARE_FRAGMENT_CHARS = 200_000;

/** Compression both ways (CompressionStream 'deflate-raw' in the browser, zlib in Node tests). */
export interface ShareCodec {
  compress(bytes: Uint8Array): Promise<Uint8Array>;
  decompress(bytes: Uint8Array): Promise<Uint8Array>;
}

/** The fragment (without `#`) for a scenario's JSON text. */
export async function encodeShareFragment(scenarioText: string, codec: ShareCodec) {
  const compressed = await codec.compress(new TextEncoder().encode(scenarioText));
  return `${SHARE_FRAGMENT_KEY}=${toBase64Url(compressed)}`;
}

/**
 * The scenario text in a location hash, null when the hash is not a share link. Throws with a
 * clear message when it is one but cannot be read (truncated when copied, too long).
 */
export async function decodeShareFragment(hash: string, codec: ShareCodec) {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${SHARE_FRAGMENT_KEY}=`;
  if (!fragment.startsWith(prefix)) return null;
  const payload = fragment.slice(prefix.length);
  if (payload.length > MAX_SHARE_FRAGMENT_CHARS) {
    throw new Error(`the share link is longer than ${MAX_SHARE_FRAGMENT_CHARS} characters`);
  }
  if (!/^[A-Za-z0-9_-]*$/.test(payload)) throw new Error('the share link is not base64url');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(
      await codec.decompress(fromBase64Url(payload)),
    );
  } catch {
    throw new Error('the share link is damaged (was it cut off when copied?)');
  }
}

/** RFC 4648 base64url without padding (safe in a URL fragment). */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Inverse of toBase64Url. */
export function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
