/**
 * Pointer-only hover detail for a chart mark, as an attachment
 * (`{@attach hover(enter, leave)}`): marks stay plain drawing, never focusable
 * or announced on their own; the chart's table is the accessible layer.
 */
export function hover(enter: () => void, leave: () => void) {
  return (node: Element) => {
    node.addEventListener("pointerenter", enter);
    node.addEventListener("pointerleave", leave);
    return () => {
      node.removeEventListener("pointerenter", enter);
      node.removeEventListener("pointerleave", leave);
    };
  };
}
