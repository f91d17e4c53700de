import { strict as assert } from 'assert';
import { RestartPolicy } from '../../client/src/restartPolicy';

describe('client/restartPolicy', () => {
  it('restarts up to the limit within the window, then stops', () => {
    const policy = new RestartPolicy(5, 180_000);
    const decisions = [0, 1_000, 2_000, 3_000, 4_000, 5_000].map((t) => policy.exited(t));
    assert.deepEqual(
      decisions.map((d) => [d.restart, d.count]),
      [[true, 1], [true, 2], [true, 3], [true, 4], [true, 5], [false, 5]],
    );
  });

  it('forgets exits older than the window', () => {
    const policy = new RestartPolicy(2, 60_000);
    assert.equal(policy.exited(0).restart, true);
    assert.equal(policy.exited(10_000).restart, true);
    // The exit at 0 is more than a minute before 61 s: only two exits are inside the window.
    const third = policy.exited(61_000);
    assert.deepEqual([third.restart, third.count], [true, 2]);
    assert.equal(policy.exited(62_000).restart, false);
  });

  it('starts afresh after a restart the user asked for', () => {
    const policy = new RestartPolicy(1, 60_000);
    policy.exited(0);
    assert.equal(policy.exited(1).restart, false);
    policy.reset();
    assert.equal(policy.exited(2).restart, true);
  });
});
