// The worker thread's entry (piscina): each worker loads its own segmenter, once, on its
// first item that needs tokens.
import { runItem, type Outcome, type WorkItem, type WorkOptions } from './work.js';

export default function work(task: { item: WorkItem; options: WorkOptions }): Outcome[] {
  return runItem(task.item, task.options);
}
