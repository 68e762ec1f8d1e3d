import type { ShareCodec } from '../../sim/import/share-fragment';

/** deflate-raw through the browser's CompressionStream: no dependency, streams natively. */
export const browserShareCodec: ShareCodec = {
  compress: (bytes) => pipe(bytes, new CompressionStream('deflate-raw')),
  decompress: (bytes) => pipe(bytes, new DecompressionStream('deflate-raw')),
};

async function pipe(bytes: Uint8Array, transform: GenericTransformStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
