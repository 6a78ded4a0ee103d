#!/usr/bin/env python3
"""The best pacing a model of an outbound centre allows, by dynamic programming.

The model is what a pacer sees: busy agents (of --agents), live answers waiting for an agent,
and the dials still ringing counted by age phase (--phases phases of timeout/K seconds on
average, exponential, the last one ending in the no-answer timeout). A ringing dial in phase k is
answered at the rate h[k] that the real ring times give at those ages: among dials still ringing
at age t the live-answer hazard is -d/dt log(p S(t) + 1 - p), with S the survival of the
gamma ring time of answered calls; h[k] is its mean over the phase's ages. Handle times are
exponential. An answer that finds no agent waits with an Erlang-2 patience of mean --patience
seconds (the 2-second rule), the longest waiting served first; at most three wait.

The pacer's choice, at any moment, is how many dials to add to the youngest phase. Relative
value iteration on the Lagrangian  occupancy - lam * (abandons - rate * live answers)  gives, for
each lam, the best policy and its gain g(lam); the best occupancy with pooled abandons at most
the rate is min over lam of g(lam) (duality for constrained Markov decision processes).

  python3 docs/analysis/pacing_dp.py                      # N = 50, p = 0.2: search lam, print
  python3 docs/analysis/pacing_dp.py --lam 2.5 3.2 --export target/p20n50
                                                          # write policy tables for bin/simulate

Needs numpy and scipy (Debian: python3-numpy python3-scipy). N = 50 with 2 phases takes one to
two minutes per lam; 3 phases (--cap 20, 4.7 million states) took 45 minutes for one lam. See
docs/core-sim.md for what it showed.
"""
import argparse
import math
import struct

import numpy as np
from scipy.stats import gamma

ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
ap.add_argument("--agents", type=int, default=50)
ap.add_argument("--p", type=float, default=0.2, help="live-answer probability")
ap.add_argument("--phases", type=int, default=2)
ap.add_argument("--cap", type=int, default=28, help="most ringing dials counted per phase")
ap.add_argument("--handle", type=float, default=180.0, help="mean handle time, s")
ap.add_argument("--ring-shape", type=float, default=4.0)
ap.add_argument("--ring-scale", type=float, default=2.5)
ap.add_argument("--timeout", type=float, default=20.0, help="no-answer timeout, s")
ap.add_argument("--patience", type=float, default=2.0, help="answer window, s")
ap.add_argument("--rate", type=float, default=0.03, help="abandon rate cap")
ap.add_argument("--lam", type=float, nargs="*", help="multipliers to solve (else search)")
ap.add_argument("--export", help="write PREFIX-LAM.bin policy tables for --lam")
a = ap.parse_args()

N, K, cap, p, RATE = a.agents, a.phases, a.cap, a.p, a.rate
WAIT = 3
mu, eta, nu = 1 / a.handle, 2 / a.patience, K / a.timeout
ages = np.linspace(0, a.timeout, K + 1)
still_ringing = np.log(p * gamma.sf(ages, a.ring_shape, scale=a.ring_scale) + 1 - p)
h = -np.diff(still_ringing) / (a.timeout / K)

# waiting answers: (in patience phase 1, in phase 2), at most WAIT in all
waits = [(x, y) for x in range(WAIT + 1) for y in range(WAIT + 1) if x + y <= WAIT]
at = {w: i for i, w in enumerate(waits)}
C = cap + 1
shape = (N + 1, len(waits)) + (C,) * K


def along(values, axis):
    dims = [1] * len(shape)
    dims[axis] = len(values)
    return np.asarray(values, dtype=float).reshape(dims)


busy = along(range(N + 1), 0)
w1 = along([w[0] for w in waits], 1)
w2 = along([w[1] for w in waits], 1)
ring = [along(range(C), 2 + k) for k in range(K)]
answers = sum(ring[k] * h[k] for k in range(K))
queue_full = along([1.0 if sum(w) == WAIT else 0.0 for w in waits], 1)
abandons = w2 * eta + answers * (busy == N) * queue_full
occupancy = busy / N
leaving = busy * mu + sum(ring[k] * (nu + h[k]) for k in range(K)) + (w1 + w2) * eta
LAM = N * mu + cap * sum(nu + h[k] for k in range(K)) + WAIT * eta
someone_waits = along([1.0 if sum(w) else 0.0 for w in waits], 1) > 0
served = [at[(x, y - 1)] if y else at[(x - 1, y)] if x else at[(x, y)] for x, y in waits]
aged = [at[(x - 1, y + 1)] if x else at[(x, y)] for x, y in waits]
gave_up = [at[(x, y - 1)] if y else at[(x, y)] for x, y in waits]
queued = [at[(x + 1, y)] if x + y < WAIT else at[(x, y)] for x, y in waits]


def cut(axis, s):
    index = [slice(None)] * len(shape)
    index[axis] = s
    return tuple(index)


def expected_next(V):
    """E[V after one uniformised step] from each (post-decision) state."""
    E = (LAM - leaving) * V
    freed = np.empty_like(V)
    freed[1:] = V[:-1]
    freed[0] = V[0]
    E += busy * mu * np.where(someone_waits, V[:, served], freed)
    E += w1 * eta * V[:, aged] + w2 * eta * V[:, gave_up]
    for k in range(K):
        here = 2 + k
        moved = V.copy()
        if k < K - 1:
            nxt = 3 + k
            dst, src = [slice(None)] * len(shape), [slice(None)] * len(shape)
            dst[here], src[here] = slice(1, None), slice(0, -1)
            dst[nxt], src[nxt] = slice(0, -1), slice(1, None)
            moved[tuple(dst)] = V[tuple(src)]
            dst[nxt], src[nxt] = slice(-1, None), slice(-1, None)
            moved[tuple(dst)] = V[tuple(src)]
        else:
            moved[cut(here, slice(1, None))] = V[cut(here, slice(0, -1))]
        E += ring[k] * nu * moved
        answered = V.copy()
        answered[cut(here, slice(1, None))] = V[cut(here, slice(0, -1))]
        to_agent = np.empty_like(V)
        to_agent[:-1] = answered[1:]
        to_agent[-1] = answered[-1][queued]
        E += ring[k] * h[k] * to_agent
    return E / LAM


def best_over_launches(U):
    """The pacer may add dials to phase 1: the best U at any count >= the present one."""
    return np.flip(np.maximum.accumulate(np.flip(U, 2), axis=2), 2)


def solve(lam, V, tol=2e-6):
    reward = np.broadcast_to((occupancy - lam * (abandons - RATE * answers)) / LAM, shape)
    while True:
        U = reward + expected_next(V)
        Vn = best_over_launches(U)
        step = (Vn - V) * LAM
        V = Vn - Vn.flat[0]
        if step.max() - step.min() < tol:
            return V, U, 0.5 * (step.max() + step.min())


def export(U, path, lam):
    best = best_over_launches(U)
    counts = along(range(C), 2)
    target = np.full(shape, cap, dtype=np.int16)
    for m in range(C - 1, -1, -1):
        target = np.where((U[cut(2, slice(m, m + 1))] >= best - 1e-12) & (counts <= m), m, target)
    # the pacer counts waiting answers, not their patience phases: take them as fresh
    table = np.stack([target[:, at[(w, 0)]] for w in range(WAIT + 1)], axis=1).astype(np.int8)
    with open(path, "wb") as out:
        out.write(b"BDPT" + struct.pack(">id", K, a.timeout / K))
        out.write(struct.pack(">" + "i" * table.ndim, *table.shape))
        out.write(table.tobytes())
    print(f"lam={lam}: wrote {path}", flush=True)


print(f"N={N} p={p} phases={K} (h={np.round(h, 4).tolist()}) cap={cap}: "
      f"{np.prod(shape):,} states", flush=True)
V = np.zeros(shape)
if a.lam:
    for lam in a.lam:
        V, U, g = solve(lam, V)
        print(f"lam={lam}: g={g:.5f}", flush=True)
        if a.export:
            export(U, f"{a.export}-{lam}.bin", lam)
else:
    gains = {}

    def g(lam):
        global V
        if lam not in gains:
            V, _, gains[lam] = solve(lam, V)
            print(f"lam={lam:.3f}: g={gains[lam]:.5f}", flush=True)
        return gains[lam]

    lo, hi, r = 0.0, math.log(64.0), (math.sqrt(5) - 1) / 2
    x, y = hi - r * (hi - lo), lo + r * (hi - lo)
    while hi - lo > 0.08:
        if g(math.exp(x)) < g(math.exp(y)):
            hi, y = y, x
            x = hi - r * (hi - lo)
        else:
            lo, x = x, y
            y = lo + r * (hi - lo)
    print(f"best occupancy with pooled abandons <= {RATE:.1%}: {min(gains.values()):.4f}")
