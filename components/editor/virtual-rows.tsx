"use client";

import { useCallback, useImperativeHandle, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode, type Ref } from "react";
import { useWindowVirtualizer, type Range } from "@tanstack/react-virtual";

/** What the editor asks of the rows: bring one into view (rendering it first when it is not). */
export type VirtualRowsHandle = { scrollToIndex: (index: number) => void };

/**
 * Rows rendered before their height is measured are assumed this tall (px): about a two-line
 * paragraph. A wrong guess only moves the scroll bar a little until the row is measured.
 */
const ESTIMATED_ROW_HEIGHT = 96;
/** Rows rendered beyond each edge of the window, so a short scroll or an arrow key shows text at once. */
const OVERSCAN_ROWS = 8;
/**
 * Up to this many rows, all are rendered: an ordinary article (a few dozen paragraphs) costs
 * little, and the browser's own find (Ctrl+F) then sees all of it. Longer documents are
 * rendered as they scroll into view; the editor's search box finds text in every row.
 */
export const RENDER_ALL_ROWS_UP_TO = 150;

const subscribeNever = () => () => {};

/**
 * The editor table's body, rendered as it scrolls into view (decision 025). Each item is its
 * own `<tbody>` (a table may have several), measured as a whole, so a row keeps its API and
 * whatever is drawn under it (findings, a conflict) counts in its height. Gaps between
 * rendered items are empty spacer rows of the skipped height, which keeps the table's column
 * layout. `pinned` indexes (the paragraph being edited, the selected one) stay rendered wherever
 * the page is scrolled, so a text box never disappears under the user's hands.
 *
 * Nothing is rendered on the server: the paragraphs reach the browser once, in the page's data,
 * not a second time as HTML.
 */
export function VirtualRows<Item>({
  items,
  getKey,
  pinned,
  columns,
  renderItem,
  placeholder,
  handle,
}: {
  items: readonly Item[];
  getKey: (item: Item) => string;
  pinned: readonly number[];
  columns: number;
  renderItem: (item: Item, index: number) => ReactNode;
  /** Shown until the browser renders the rows. */
  placeholder: ReactNode;
  handle?: Ref<VirtualRowsHandle>;
}) {
  const isClient = useSyncExternalStore(subscribeNever, () => true, () => false);
  const start = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const rangeExtractor = useCallback(
    (range: Range) => {
      if (range.count <= RENDER_ALL_ROWS_UP_TO) return Array.from({ length: range.count }, (_, i) => i);
      const indexes = new Set<number>();
      for (let i = Math.max(0, range.startIndex - range.overscan); i <= Math.min(range.count - 1, range.endIndex + range.overscan); i += 1) indexes.add(i);
      for (const index of pinned) if (index >= 0 && index < range.count) indexes.add(index);
      return [...indexes].sort((a, b) => a - b);
    },
    [pinned],
  );

  const virtualizer = useWindowVirtualizer<HTMLTableSectionElement>({
    count: items.length,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: OVERSCAN_ROWS,
    scrollMargin,
    getItemKey: (index) => getKey(items[index]),
    rangeExtractor,
  });

  // Where the rows start on the page: the toolbar above them changes height (banners, filters),
  // so this is read after every render; it sets state only when the position moved.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const element = start.current;
    if (!element) return;
    const top = element.getBoundingClientRect().top + window.scrollY;
    if (Math.abs(top - scrollMargin) > 0.5) setScrollMargin(top);
  });

  useImperativeHandle(handle, () => ({ scrollToIndex: (index: number) => virtualizer.scrollToIndex(index, { align: "auto" }) }), [virtualizer]);

  if (!isClient) {
    return (
      <tbody>
        <tr>
          <td colSpan={columns}>{placeholder}</td>
        </tr>
      </tbody>
    );
  }

  // The virtualizer is an external store read during render, as its documentation shows; the
  // refs rule takes it for a ref object because its measureElement is passed as a ref callback.
  /* eslint-disable react-hooks/refs */
  const virtualItems = virtualizer.getVirtualItems();
  const totalSize = virtualizer.getTotalSize();
  const measureElement = virtualizer.measureElement;
  const parts: ReactNode[] = [<tbody key="start" ref={start} aria-hidden="true" className="virtual-spacer" />];
  let end = scrollMargin;
  for (const item of virtualItems) {
    const gap = item.start - end;
    if (gap > 0.5) parts.push(<Spacer key={`gap-${item.index}`} height={gap} columns={columns} />);
    parts.push(
      <tbody key={item.key} data-index={item.index} ref={measureElement}>
        {renderItem(items[item.index], item.index)}
      </tbody>,
    );
    end = item.end;
  }
  const rest = totalSize + scrollMargin - end;
  if (rest > 0.5) parts.push(<Spacer key="end" height={rest} columns={columns} />);
  /* eslint-enable react-hooks/refs */
  return <>{parts}</>;
}

function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tbody aria-hidden="true" className="virtual-spacer">
      <tr style={{ height }}>
        <td colSpan={columns} />
      </tr>
    </tbody>
  );
}
