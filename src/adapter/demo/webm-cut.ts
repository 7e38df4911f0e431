/**
 * Cuts a WebM file to a given length without re-encoding: the demo ships one 25-minute clip per
 * kind of video track (100–200 KB each: 2 frames a second, small pictures) and serves each
 * recording exactly the length it claims. Frames from the cut on are dropped (whole clusters,
 * then the blocks of the cluster the cut falls in), the header's Duration is set to the claimed
 * length, and the Segment's size is corrected; the index (Cues) goes with the cut, so a player
 * seeks by reading clusters, which at this size costs nothing.
 *
 * Only what our own ffmpeg output contains is handled: one Segment, sizes known, SimpleBlocks.
 */

const ID = {
  segment: 0x18538067,
  info: 0x1549a966,
  timestampScale: 0x2ad7b1,
  duration: 0x4489,
  cluster: 0x1f43b675,
  timestamp: 0xe7,
  simpleBlock: 0xa3,
} as const;

interface Element {
  id: number;
  /** Where the element starts (its ID). */
  start: number;
  /** Where its size field starts, and how many bytes it takes. */
  sizeAt: number;
  sizeWidth: number;
  /** Where its data starts and ends. */
  dataStart: number;
  end: number;
}

function vintWidth(first: number): number {
  for (let width = 1; width <= 8; width++) if (first & (0x80 >> (width - 1))) return width;
  throw new Error('webm-cut: invalid EBML number');
}

function readElement(bytes: Uint8Array, at: number): Element {
  const idWidth = vintWidth(bytes[at]!);
  let id = 0;
  for (let i = 0; i < idWidth; i++) id = id * 256 + bytes[at + i]!;
  const sizeAt = at + idWidth;
  const sizeWidth = vintWidth(bytes[sizeAt]!);
  let size = bytes[sizeAt]! & (0xff >> sizeWidth);
  for (let i = 1; i < sizeWidth; i++) size = size * 256 + bytes[sizeAt + i]!;
  const dataStart = sizeAt + sizeWidth;
  return { id, start: at, sizeAt, sizeWidth, dataStart, end: dataStart + size };
}

function children(bytes: Uint8Array, parent: Pick<Element, 'dataStart' | 'end'>): Element[] {
  const list: Element[] = [];
  for (let at = parent.dataStart; at < Math.min(parent.end, bytes.length); ) {
    const element = readElement(bytes, at);
    list.push(element);
    at = element.end;
  }
  return list;
}

function readUint(bytes: Uint8Array, element: Element): number {
  let value = 0;
  for (let i = element.dataStart; i < element.end; i++) value = value * 256 + bytes[i]!;
  return value;
}

/** Writes `value` into a size field of `width` bytes (keeping the field's width). */
function writeSize(bytes: Uint8Array, at: number, width: number, value: number): void {
  let rest = value;
  for (let i = width - 1; i >= 0; i--) {
    bytes[at + i] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  bytes[at] = (bytes[at]! & (0xff >> width)) | (0x80 >> (width - 1));
}

/** The file cut to `lengthMs` (a copy); the original when it is not longer than that. */
export function cutWebm(source: Uint8Array, lengthMs: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(source);
  let at = 0;
  let segment: Element | undefined;
  while (at < bytes.length) {
    const element = readElement(bytes, at);
    if (element.id === ID.segment) {
      segment = element;
      break;
    }
    at = element.end;
  }
  if (!segment) throw new Error('webm-cut: no Segment');
  const top = children(bytes, segment);
  const info = top.find((element) => element.id === ID.info);
  if (!info) throw new Error('webm-cut: no Info');
  const infoChildren = children(bytes, info);
  const scaleElement = infoChildren.find((element) => element.id === ID.timestampScale);
  const msPerTick = (scaleElement ? readUint(bytes, scaleElement) : 1_000_000) / 1_000_000;
  const duration = infoChildren.find((element) => element.id === ID.duration);
  if (!duration) throw new Error('webm-cut: no Duration');

  let cut = segment.end;
  let tail: Uint8Array | undefined;
  const clusters = top.filter((element) => element.id === ID.cluster);
  const afterClusters = top.find((element) => element.start > (clusters.at(-1)?.start ?? Infinity));
  if (afterClusters) cut = afterClusters.start;
  for (const cluster of clusters) {
    const parts = children(bytes, cluster);
    const stampElement = parts.find((element) => element.id === ID.timestamp);
    const clusterMs = (stampElement ? readUint(bytes, stampElement) : 0) * msPerTick;
    if (clusterMs >= lengthMs) {
      cut = cluster.start;
      break;
    }
    // The cut falls inside this cluster when one of its blocks starts at or after it.
    const keep = parts.filter((element) => {
      if (element.id !== ID.simpleBlock) return true;
      const track = vintWidth(bytes[element.dataStart]!);
      const relative = new DataView(bytes.buffer, bytes.byteOffset + element.dataStart + track, 2).getInt16(0);
      return clusterMs + relative * msPerTick < lengthMs;
    });
    if (keep.length < parts.length) {
      const header = bytes.slice(cluster.start, cluster.dataStart);
      const body = keep.map((element) => bytes.subarray(element.start, element.end));
      const size = body.reduce((sum, part) => sum + part.length, 0);
      writeSize(header, cluster.sizeAt - cluster.start, cluster.sizeWidth, size);
      tail = new Uint8Array(header.length + size);
      tail.set(header);
      let offset = header.length;
      for (const part of body) {
        tail.set(part, offset);
        offset += part.length;
      }
      cut = cluster.start;
      break;
    }
  }
  const result = new Uint8Array(cut + (tail?.length ?? 0));
  result.set(bytes.subarray(0, cut));
  if (tail) result.set(tail, cut);
  // The header's Duration, in timestamp ticks, as a float of the width the file uses.
  const view = new DataView(result.buffer, duration.dataStart, duration.end - duration.dataStart);
  const ticks = lengthMs / msPerTick;
  if (view.byteLength === 8) view.setFloat64(0, ticks);
  else view.setFloat32(0, ticks);
  writeSize(result, segment.sizeAt, segment.sizeWidth, result.length - segment.dataStart);
  return result;
}
