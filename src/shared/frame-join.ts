// One frame per update: work asked for while an update is applied in an animation frame joins that frame.
// Without it the chart, asked to draw by the store write, drew in the next frame: two frames (two style, paint and
// commit passes) per message instead of one.

let joined: (() => void)[] | null = null;
/** Whether the run going on is an animation frame's callback (the browser renders right after it) or a task's. */
let animation = false;

/**
 * Runs `work` as a frame's callback. What calls `joinFrame` while it runs is run right after it, in the same frame
 * and before the browser renders; a joiner may join again (it runs in the same pass). `inAnimationFrame` false: the
 * work runs in a task of its own (a calm delivery), and the browser renders a frame only if something changed.
 */
export function runFrame(work: () => void, inAnimationFrame = true): void {
  const outer = joined;
  const outerAnimation = animation;
  const list: (() => void)[] = [];
  joined = list;
  animation = inAnimationFrame;
  let failure: unknown = null;
  let failed = false;
  try {
    work();
  } catch (e) {
    failed = true;
    failure = e;
  }
  for (let i = 0; i < list.length; i++) {
    try {
      (list[i] as () => void)();
    } catch (e) {
      if (!failed) {
        failed = true;
        failure = e;
      }
    }
  }
  joined = outer;
  animation = outerAnimation;
  // One failing piece of work never keeps the others from drawing; the first error still surfaces.
  if (failed) throw failure;
}

/** Joins the frame being run, if any: true when `cb` will run in it, false when the caller must ask for a frame. */
export function joinFrame(cb: () => void): boolean {
  if (!joined) return false;
  joined.push(cb);
  return true;
}

/** Whether an update is being applied in an animation frame right now (what is drawn now is painted in this frame). */
export const inFrame = (): boolean => joined !== null && animation;

/** Whether an update is being applied in a task of its own (its draws join it; a frame follows only on a change). */
export const inTaskRun = (): boolean => joined !== null && !animation;
