// The worker thread's entry (piscina). Rendered output is moved to the main thread, not copied.
import { Piscina } from 'piscina';
import { runItem, type Outcome, type WorkItem, type WorkOptions } from './work.js';

export default function work(task: { item: WorkItem; options: WorkOptions }): unknown {
  const outcomes = runItem(task.item, task.options);
  const buffers: ArrayBuffer[] = [];
  for (const o of outcomes) if ('rendered' in o) buffers.push(o.rendered.buffer as ArrayBuffer);
  if (!buffers.length) return outcomes;
  // the shape piscina.move() takes (its Transferable type keys on symbols it does not export)
  const moved = { [Piscina.transferableSymbol]: buffers, [Piscina.valueSymbol]: outcomes satisfies Outcome[] };
  return Piscina.move(moved as unknown as Parameters<typeof Piscina.move>[0]);
}
