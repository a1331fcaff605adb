import { drawInTurn } from "../ui/afterPaint.ts";
import { initialWidth } from "./width.ts";

/**
 * A chart drawing's width and whether its marks are drawn. The drawing's
 * `<svg>` is laid out at its full size as soon as its width is known (so
 * nothing around it moves later), and its marks are built in a task of their
 * own after that paint, one drawing at a time (`drawInTurn`): the text of the
 * view around the charts, and each chart, are laid out in separate tasks.
 * Once drawn, a drawing follows changes of width at once. Where there is no
 * layout (a server render) it is drawn at once at `initialWidth()`. Create it
 * while a component initialises; bind `width` with `observeWidth`.
 */
export class ChartDrawing {
  width = $state(initialWidth());
  drawn = $state(initialWidth() > 0);
  #sized = $derived(this.width > 0);

  constructor() {
    $effect(() => {
      if (this.#sized && !this.drawn) return drawInTurn(() => (this.drawn = true));
    });
  }
}
