import { describe, expect, it } from "vitest";
import {
  dashboardHref,
  echo,
  embedQuery,
  parseEmbedQuery,
  type EmbedParse,
} from "../../src/lib/embed/query.ts";
import {
  acceptHeight,
  clampHeight,
  frameOrigin,
  heightMessage,
  HEIGHT_MESSAGE,
  MAX_HEIGHT,
  MIN_HEIGHT,
  readHeightMessage,
} from "../../src/lib/embed/protocol.ts";
import { embedSnippet, embedUrls, FRAME_ATTRIBUTE } from "../../src/lib/embed/snippet.ts";

describe("embed query", () => {
  it.each<[string, EmbedParse]>([
    [
      "?chart=volume&place=suzhou&year=2022&lang=en",
      {
        ok: true,
        request: {
          chart: "volume",
          lang: "en",
          place: "suzhou",
          year: 2022,
          ranking: "",
          trend: "",
          compare: [],
        },
      },
    ],
    [
      "chart=categories&place=huaian&ranking=business_type:consultation",
      {
        ok: true,
        request: {
          chart: "categories",
          lang: "zh",
          place: "huaian",
          year: null,
          ranking: "business_type:consultation",
          trend: "",
          compare: [],
        },
      },
    ],
    [
      "?chart=compare&metric=connection_rate",
      {
        ok: true,
        request: {
          chart: "compare",
          lang: "zh",
          metric: "connection_rate",
          period: "",
          kind: "year",
          level: "",
        },
      },
    ],
    [
      "?chart=compare",
      {
        ok: true,
        request: {
          chart: "compare",
          lang: "zh",
          metric: "demand_total",
          period: "",
          kind: "year",
          level: "",
        },
      },
    ],
    [
      "?chart=compare&period=2023-07&level=local",
      {
        ok: true,
        request: {
          chart: "compare",
          lang: "zh",
          metric: "demand_total",
          period: "2023-07",
          kind: "month",
          level: "local",
        },
      },
    ],
    [
      "?chart=compare&period=2023-13",
      { ok: false, lang: "zh", problem: { kind: "year", value: "2023-13" } },
    ],
    [
      "?chart=pie&place=suzhou",
      { ok: false, lang: "zh", problem: { kind: "chart", value: "pie" } },
    ],
    ["?place=suzhou", { ok: false, lang: "zh", problem: { kind: "chart", value: "" } }],
    [
      "?chart=volume&place=<img src=x onerror=alert(1)>&lang=en",
      {
        ok: false,
        lang: "en",
        problem: { kind: "place", value: "<img src=x onerror=alert(1)>" },
      },
    ],
    [
      "?chart=volume&place=suzhou&year=20x2",
      { ok: false, lang: "zh", problem: { kind: "year", value: "20x2" } },
    ],
    [
      "?chart=compare&metric=seats",
      { ok: false, lang: "zh", problem: { kind: "metric", value: "seats" } },
    ],
  ])("%s", (search, expected) => {
    expect(parseEmbedQuery(search)).toEqual(expected);
  });

  it("the trend's series and places: malformed values are dropped; other charts ignore them", () => {
    const r = parseEmbedQuery("?chart=trend&place=haikou&trend=<b>&compare=beijing,<i>,x,y,z,w");
    expect(r.ok && r.request.chart === "trend" && [r.request.trend, r.request.compare]).toEqual([
      "",
      ["beijing", "x", "y", "z"],
    ]);
    const v = parseEmbedQuery("?chart=volume&place=haikou&trend=connection_rate&compare=beijing");
    expect(v.ok && v.request.chart === "volume" && [v.request.trend, v.request.compare]).toEqual([
      "",
      [],
    ]);
  });

  it("drops a malformed ranking rather than passing it on", () => {
    const r = parseEmbedQuery("?chart=categories&place=huaian&ranking=<script>");
    expect(r.ok && r.request.chart !== "compare" && r.request.ranking).toBe("");
  });

  it("echoes URL values as short plain text", () => {
    expect(echo("a\u0000b\nc")).toBe("abc");
    expect(echo("x".repeat(500))).toHaveLength(61);
  });

  it("round-trips: a query built for a chart reads back as the same request", () => {
    const q = embedQuery({ chart: "seats", lang: "en", place: "nantong", year: 2024 });
    expect(q).toBe("chart=seats&place=nantong&year=2024&lang=en");
    expect(parseEmbedQuery(q)).toEqual({
      ok: true,
      request: {
        chart: "seats",
        lang: "en",
        place: "nantong",
        year: 2024,
        ranking: "",
        trend: "",
        compare: [],
      },
    });
    const tq = embedQuery({
      chart: "trend",
      lang: "zh",
      place: "haikou",
      trend: "connection_rate",
      compare: ["beijing", "jiangsu"],
    });
    expect(tq).toBe(
      "chart=trend&place=haikou&trend=connection_rate&compare=beijing%2Cjiangsu&lang=zh",
    );
    expect(parseEmbedQuery(tq)).toMatchObject({
      ok: true,
      request: { chart: "trend", trend: "connection_rate", compare: ["beijing", "jiangsu"] },
    });
    const c = embedQuery({ chart: "compare", lang: "zh", metric: "seats_per_100k", year: null });
    expect(c).toBe("chart=compare&metric=seats_per_100k&lang=zh");
    for (const [period, kind, level] of [
      ["2022", "year", ""],
      ["latest", "year", "prefecture"],
      ["2023-Q1", "quarter", "local"],
      ["", "month", ""],
    ] as const) {
      const q = embedQuery({
        chart: "compare",
        lang: "en",
        metric: "demand_total",
        period,
        kind,
        level,
      });
      expect(parseEmbedQuery(q)).toEqual({
        ok: true,
        request: { chart: "compare", lang: "en", metric: "demand_total", period, kind, level },
      });
    }
  });

  it("links back to the same view of the dashboard", () => {
    const r = parseEmbedQuery("?chart=volume&place=suzhou&year=2022&lang=en");
    expect(r.ok && dashboardHref(r.request)).toBe("./?place=suzhou&year=2022&lang=en");
    const c = parseEmbedQuery("?chart=compare&metric=connection_rate");
    expect(c.ok && dashboardHref(c.request)).toBe("./?metric=connection_rate");
    const tr = parseEmbedQuery("?chart=trend&place=haikou&trend=connection_rate&compare=beijing");
    expect(tr.ok && dashboardHref(tr.request)).toBe(
      "./?place=haikou&trend=connection_rate&compare=beijing",
    );
    const m = parseEmbedQuery("?chart=compare&period=2023-07&level=local&lang=en");
    expect(m.ok && dashboardHref(m.request)).toBe("./?period=2023-07&level=local&lang=en");
    const y = parseEmbedQuery("?chart=compare&year=latest");
    expect(y.ok && dashboardHref(y.request)).toBe("./?year=latest");
  });
});

describe("embed snippet", () => {
  const urls = embedUrls(
    "https://gov.example.cn/12345/dashboard/?place=suzhou&lang=en#x",
    "chart=volume&place=suzhou&year=2022&lang=zh",
  );

  it("points at embed.html and embed.js beside the dashboard page", () => {
    expect(urls).toEqual({
      src: "https://gov.example.cn/12345/dashboard/embed.html?chart=volume&place=suzhou&year=2022&lang=zh",
      script: "https://gov.example.cn/12345/dashboard/embed.js",
    });
  });

  it("is an iframe with src, title, lazy loading, full width and a height, plus one script src", () => {
    const s = embedSnippet({
      src: urls.src,
      title: "苏州市 · 诉求量",
      height: 620,
      script: urls.script,
    });
    expect(s).toBe(
      `<iframe src="https://gov.example.cn/12345/dashboard/embed.html?chart=volume&amp;place=suzhou&amp;year=2022&amp;lang=zh" title="苏州市 · 诉求量" ${FRAME_ATTRIBUTE} loading="lazy" width="100%" height="620" frameborder="0"></iframe>\n` +
        `<script src="https://gov.example.cn/12345/dashboard/embed.js" defer></script>`,
    );
    expect(s).not.toMatch(/<script>/);
  });

  it("escapes attribute values and can leave the script out", () => {
    const s = embedSnippet({
      src: "https://x/e?a=1",
      title: `"><script>`,
      height: 400.4,
      script: null,
    });
    expect(s).toBe(
      `<iframe src="https://x/e?a=1" title="&quot;&gt;&lt;script&gt;" ${FRAME_ATTRIBUTE} loading="lazy" width="100%" height="400" frameborder="0"></iframe>`,
    );
  });
});

describe("resize protocol", () => {
  it.each<[unknown, boolean]>([
    [{ type: HEIGHT_MESSAGE, id: "a", height: 500 }, true],
    [{ type: HEIGHT_MESSAGE, id: "a", height: "500" }, false],
    [{ type: HEIGHT_MESSAGE, id: "a", height: NaN }, false],
    [{ type: HEIGHT_MESSAGE, id: "a", height: Infinity }, false],
    [{ type: HEIGHT_MESSAGE, id: "a", height: -1 }, false],
    [{ type: HEIGHT_MESSAGE, height: 500 }, false],
    [{ type: HEIGHT_MESSAGE, id: "x".repeat(201), height: 500 }, false],
    [{ type: "other", id: "a", height: 500 }, false],
    [`{"type":"${HEIGHT_MESSAGE}","id":"a","height":500}`, false],
    [[HEIGHT_MESSAGE, "a", 500], false],
    [null, false],
    [undefined, false],
  ])("validates %j", (data, ok) => {
    expect(readHeightMessage(data) !== null).toBe(ok);
  });

  it("clamps heights", () => {
    expect(clampHeight(0)).toBe(MIN_HEIGHT);
    expect(clampHeight(1e9)).toBe(MAX_HEIGHT);
    expect(clampHeight(512.2)).toBe(513);
    expect(heightMessage("q", 99.1)).toEqual({ type: HEIGHT_MESSAGE, id: "q", height: 100 });
  });

  it("resolves a frame's origin, refusing non-http sources", () => {
    expect(frameOrigin("/e.html", "http://127.0.0.1:8000/host.html")).toBe("http://127.0.0.1:8000");
    expect(frameOrigin("https://a.b:8443/x/embed.html?q", "http://h/")).toBe("https://a.b:8443");
    expect(frameOrigin("javascript:alert(1)", "http://h/")).toBeNull();
    expect(frameOrigin("http://[bad", "http://h/")).toBeNull();
  });

  const winA = { name: "A" };
  const winB = { name: "B" };
  const frames = [
    { contentWindow: winA, src: "http://127.0.0.1:4000/d/embed.html?chart=volume" },
    { contentWindow: winB, src: "http://127.0.0.1:4000/d/embed.html?chart=seats" },
  ];
  const good = { type: HEIGHT_MESSAGE, id: "x", height: 700 };
  it.each<[string, { source: unknown; origin: string; data: unknown }, number | null]>([
    ["its own frame", { source: winB, origin: "http://127.0.0.1:4000", data: good }, 1],
    [
      "a foreign window",
      { source: { name: "C" }, origin: "http://127.0.0.1:4000", data: good },
      null,
    ],
    ["no source", { source: null, origin: "http://127.0.0.1:4000", data: good }, null],
    [
      "the right frame from another origin",
      { source: winA, origin: "http://127.0.0.1:4001", data: good },
      null,
    ],
    [
      "a lookalike origin",
      { source: winA, origin: "http://127.0.0.1:4000.evil", data: good },
      null,
    ],
    [
      "a malformed message",
      { source: winA, origin: "http://127.0.0.1:4000", data: { ...good, height: "9e9" } },
      null,
    ],
  ])("accepts a message only from %s", (_, event, frameIndex) => {
    const hit = acceptHeight(event, frames, "http://host:9000/page.html");
    if (frameIndex === null) expect(hit).toBeNull();
    else expect(hit).toEqual({ frame: frames[frameIndex], height: 700 });
  });

  it("clamps an accepted height", () => {
    const hit = acceptHeight(
      { source: winA, origin: "http://127.0.0.1:4000", data: { ...good, height: 1e7 } },
      frames,
      "http://host/",
    );
    expect(hit?.height).toBe(MAX_HEIGHT);
  });
});
