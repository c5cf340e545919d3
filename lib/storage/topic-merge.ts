import type { Item } from '../domain/schema';
import { topicKeyOf, topicKeyText, type TopicItems } from './topic-records';

/*
 * Writing items into their topic records (topic-records.ts): a keystroke's write, a file taken in, a restore.
 * Apart from the records' shape, which the database's first load needs (its upgrade groups items): this is not.
 */

/**
 * A record with these items written into it: an item already there (by id) is replaced where it stands, a new one
 * is added at the end. The record given is not changed (query results may be shared).
 */
export function withItems(record: TopicItems, items: readonly Item[]): TopicItems {
  const incoming = new Map(items.map((item) => [item.id, item]));
  const kept = record.items.map((stored) => {
    const replacement = incoming.get(stored.id);
    incoming.delete(stored.id);
    return replacement ?? stored;
  });
  return { ...record, items: [...kept, ...incoming.values()] };
}

/**
 * Stored records with `incoming` items written into them, wherever an item of the same id was stored before (a
 * restore's version of an item replaces this browser's, as one record per item did): the records to put, and
 * every record that lost an item to another (to put too, or to delete when it is left empty).
 */
export function mergeIntoStored(stored: readonly TopicItems[], incoming: readonly TopicItems[]): { put: TopicItems[]; emptied: Array<[string, string]> } {
  const incomingIds = new Set(incoming.flatMap((record) => record.items.map((item) => item.id)));
  const byKey = new Map(stored.map((record) => [topicKeyText(record), record]));
  const changed = new Map<string, TopicItems>();
  for (const [key, record] of byKey) {
    if (!record.items.some((item) => incomingIds.has(item.id))) continue;
    changed.set(key, { ...record, items: record.items.filter((item) => !incomingIds.has(item.id)) });
  }
  for (const record of incoming) {
    const key = topicKeyText(record);
    const base = changed.get(key) ?? byKey.get(key);
    changed.set(key, base ? withItems(base, record.items) : record);
  }
  const put = [...changed.values()].filter((record) => record.items.length > 0);
  const emptied = [...changed.values()].filter((record) => record.items.length === 0).map(topicKeyOf);
  return { put, emptied };
}
