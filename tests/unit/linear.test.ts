import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scaleLinear as d3Linear } from "d3-scale";
import { scaleLinear } from "../../src/lib/charts/linear.ts";

// The charts' scale must place every bar and tick where d3-scale's would, so
// swapping it in changes no drawing (the chart snapshots check the same).
// Chart-like numbers: counts, rates and pixels from 1e-6 to 1e12, either sign.
const finite = fc
  .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: -12, max: 6 }))
  .map(([m, e]) => m * 10 ** e);

describe("scaleLinear()", () => {
  it("maps like d3-scale's scaleLinear for any domain, range and value", () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, finite, (a, b, r0, r1, x) => {
        const ours = scaleLinear().domain([a, b]).range([r0, r1]);
        const theirs = d3Linear().domain([a, b]).range([r0, r1]);
        expect(ours(x)).toBe(theirs(x));
      }),
    );
  });

  it("gives d3's ticks for any domain and count", () => {
    fc.assert(
      fc.property(finite, finite, fc.integer({ min: 1, max: 12 }), (a, b, n) => {
        const ours = scaleLinear().domain([a, b]);
        expect(ours.ticks(n)).toEqual(d3Linear().domain([a, b]).ticks(n));
      }),
    );
  });

  it.each([
    { domain: [0, 455_426], count: 4, nice: [0, 500_000] },
    { domain: [0, 92.3], count: 3, nice: [0, 100] },
    { domain: [0, 0.37], count: 4, nice: [0, 0.4] },
    { domain: [0, 1], count: 4, nice: [0, 1] },
    { domain: [12_000, 0], count: 3, nice: [15_000, 0] },
  ] as const)("nice($count) turns $domain into $nice", ({ domain, count, nice }) => {
    const s = scaleLinear().domain(domain).nice(count);
    expect(s.domain()).toEqual(nice);
    expect(d3Linear().domain(domain).nice(count).domain()).toEqual(nice);
  });

  it("nice() extends the domain to d3's round ends (within rounding)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e12, noNaN: true }),
        fc.integer({ min: 1, max: 10 }),
        (max, n) => {
          const [lo, hi] = scaleLinear().domain([0, max]).nice(n).domain();
          const [dlo, dhi] = d3Linear().domain([0, max]).nice(n).domain() as [number, number];
          expect(lo).toBe(dlo);
          expect(hi).toBeCloseTo(dhi, 9 - Math.ceil(Math.log10(dhi)));
          expect(hi).toBeGreaterThanOrEqual(max);
        },
      ),
    );
  });

  it("a single-value domain maps to the middle of the range, as d3's does", () => {
    const s = scaleLinear().domain([5, 5]).range([0, 100]);
    expect(s(5)).toBe(50);
    expect(s.ticks(3)).toEqual([5]);
  });
});
