import { afterNextPaint, beforePrint } from "./afterPaint.ts";

/**
 * A flag that turns true one task after the component is mounted. What is
 * below the fold or hidden (the overview's list of places, a chart's table
 * behind its button, a profile's table of every figure) is drawn in a task of
 * its own, after the view's first paint: the first task is shorter, which is
 * what a phone's total blocking time counts. It is in the page a moment later,
 * nothing is left out. Create it while a component initialises.
 *
 * `when` (reactive) holds it back: false until the component has something
 * to show (a chart mounted empty that then receives its figures), so what is
 * deferred still comes one task after what it follows, not in the same one.
 */
export class Later {
  ready = $state(false);

  constructor(when: () => boolean = () => true) {
    $effect(() => {
      if (!when()) {
        this.ready = false;
        return;
      }
      const id = setTimeout(() => (this.ready = true), 0);
      return () => clearTimeout(id);
    });
  }
}

/**
 * Which of a view's parts are drawn: after the view's first paint, one per
 * task after a paint, in order, each that is within `margin` px of the
 * screen (IntersectionObserver says when; its latest report is taken again
 * just before drawing, as what was drawn before may have pushed the part
 * away); all of them before the page is printed. A profile's charts each cost
 * tens of milliseconds to build and lay out, and a phone's total blocking time
 * counts every task over 50 ms: a chart two screens down is not built until
 * the reader scrolls towards it. Nothing here reads the layout (a read in the
 * middle of the script that builds the view would lay the page out twice).
 * A part waiting is an invisible box (nothing visible moves when it is drawn:
 * what it pushes down is still waiting, or off the screen). Create it while a
 * component initialises; attach `watch(i)` to part i's slot.
 */
export class Nearby {
  /** Part i is within the margin of the screen, as last observed. */
  #near: boolean[] = $state([]);
  /** Part i is drawn. */
  drawn: boolean[] = $state([]);
  /** Each part's slot, once attached. */
  readonly #slots: (Element | undefined)[] = [];
  /** The observer of each part waiting to be drawn. */
  readonly #observers: (IntersectionObserver | undefined)[] = [];
  readonly #margin: number;

  constructor(total: number, margin = 400) {
    this.#margin = margin;
    this.#near = Array.from({ length: total }, () => false);
    this.drawn = Array.from({ length: total }, () => false);
    $effect(() => {
      const next = this.#near.findIndex((near, i) => near && !this.drawn[i]);
      if (next < 0) return;
      // After the next paint: what was drawn before has its height by then, and a part that
      // it pushed away is no longer near.
      return afterNextPaint(() => {
        if (this.#stillNear(next)) this.drawn[next] = true;
        else this.#reobserve(next);
      });
    });
    // Printing draws every part, wherever the reader is.
    $effect(() =>
      beforePrint(() => {
        if (this.drawn.every(Boolean)) return false;
        this.#near = this.#near.map(() => true);
        this.drawn = this.drawn.map(() => true);
        return true;
      }),
    );
  }

  /**
   * Part i was pushed away before it was drawn: it waits again, and its
   * observer starts afresh (an observer reports changes only, and to it the
   * part never stopped intersecting).
   */
  #reobserve(i: number): void {
    this.#near[i] = false;
    const io = this.#observers[i];
    const el = this.#slots[i];
    if (!io || !el) return;
    io.unobserve(el);
    io.observe(el);
  }

  /**
   * Whether part i is near as of the last layout: the observer's reports
   * computed in that frame and not yet delivered are taken now (a paint has
   * just passed, and the observer's callback may not have run yet).
   */
  #stillNear(i: number): boolean {
    const last = this.#observers[i]?.takeRecords().at(-1);
    if (last) this.#near[i] = last.isIntersecting;
    return this.#near[i]!;
  }

  /**
   * An attachment for part i's slot: it is drawn when it comes within the
   * margin (the first report comes after the view is laid out and painted, so
   * the text around the parts and the first part are laid out in two tasks).
   */
  watch(i: number): (el: Element) => () => void {
    return (el) => {
      this.#slots[i] = el;
      if (this.drawn[i]) return () => {};
      const io = new IntersectionObserver(
        (entries) => {
          const near = entries.at(-1)!.isIntersecting;
          if (near !== this.#near[i]) this.#near[i] = near;
          if (near && this.drawn[i]) io.disconnect();
        },
        { rootMargin: `${this.#margin}px 0px` },
      );
      io.observe(el);
      this.#observers[i] = io;
      return () => io.disconnect();
    };
  }
}
