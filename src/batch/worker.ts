// The worker thread's entry (piscina). Rendered output goes back as UTF-8 in one buffer per
// task, moved to the main thread, not copied: one allocation for 8 documents, and nothing for
// the main thread to encode.
import { Piscina } from 'piscina';
import { runItem, type Outcome, type WorkItem, type WorkOptions } from './work.js';
import { prepareExtraction } from '../document.js';
import { csvWriter } from '../output/csv.js';

const utf8 = new TextEncoder();

export default async function work(task: { item: WorkItem; options: WorkOptions; cancelled?: Int32Array }): Promise<unknown> {
  if (task.cancelled && Atomics.load(task.cancelled, 0) === 1) return []; // the reader went away
  await prepareExtraction(task.options.types); // the extractors' modules, once per worker
  const outcomes = await runItem(task.item, task.options, csvWriter);
  let size = 0;
  for (const o of outcomes) if ('rendered' in o && typeof o.rendered === 'string') size += o.rendered.length * 3; // UTF-8 bound
  if (size === 0) return outcomes;
  const scratch = new Uint8Array(size);
  const spans: [number, number][] = [];
  let at = 0;
  for (const o of outcomes) {
    if (!('rendered' in o) || typeof o.rendered !== 'string') continue;
    const { written } = utf8.encodeInto(o.rendered, scratch.subarray(at));
    spans.push([at, at + written]);
    at += written;
  }
  // an exact-size copy with its own ArrayBuffer (never Buffer's shared pool), to be transferred
  const buffer = scratch.slice(0, at);
  let k = 0;
  const packed = outcomes.map((o): Outcome => {
    if (!('rendered' in o) || typeof o.rendered !== 'string') return o;
    const [from, to] = spans[k++]!;
    return { ...o, rendered: buffer.subarray(from, to) };
  });
  // the shape piscina.move() takes (its Transferable type keys on symbols it does not export)
  const moved = { [Piscina.transferableSymbol]: [buffer.buffer], [Piscina.valueSymbol]: packed };
  return Piscina.move(moved as unknown as Parameters<typeof Piscina.move>[0]);
}
