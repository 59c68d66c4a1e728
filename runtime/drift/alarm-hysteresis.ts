/**
 * One alarm with hysteresis: it rises on the first evaluation over its threshold, and clears
 * only after `clearWindows` evaluations in a row that are all calm (below the lower clear
 * level); an evaluation between the two levels keeps it as it is and restarts the count.
 *   const h = new AlarmHysteresis(3); h.update(psi > 0.25, psi < 0.2); // "alarm" | "clear" | undefined
 */
export class AlarmHysteresis {
  readonly clearWindows: number;
  #active = false;
  #calm = 0;

  constructor(clearWindows: number) {
    this.clearWindows = clearWindows;
  }

  get active(): boolean {
    return this.#active;
  }

  /** One evaluation; returns the transition it caused, if any. */
  update(exceeded: boolean, calm: boolean): "alarm" | "clear" | undefined {
    if (!this.#active) {
      if (!exceeded) return undefined;
      this.#active = true;
      this.#calm = 0;
      return "alarm";
    }
    if (!calm) {
      this.#calm = 0;
      return undefined;
    }
    if (++this.#calm < this.clearWindows) return undefined;
    this.#active = false;
    this.#calm = 0;
    return "clear";
  }
}
