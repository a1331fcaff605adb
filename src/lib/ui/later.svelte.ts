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
 * How many of a view's parts are drawn: the first at once, then one more per
 * task. A profile's charts each cost tens of milliseconds to lay out, and a
 * phone's total blocking time counts every task over 50 ms: one chart per task
 * keeps each task short. Each part waits in a placeholder of its own size, so
 * nothing that is drawn moves. Create it while a component initialises.
 */
export class Stagger {
  shown = $state(1);

  constructor(total: number) {
    $effect(() => {
      if (this.shown >= total) return;
      const id = setTimeout(() => (this.shown += 1), 0);
      return () => clearTimeout(id);
    });
  }
}
