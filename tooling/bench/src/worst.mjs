// Worst-case benchmark (`pnpm bench:worst`): figures, not assertions. Builds adversarial texts at
// 10k, 100k and 1M characters and prints, per shape and stage (parse, lint with all rules on, each
// formatter), the time per character and the growth from 10k to 1M. Linear work grows 100×; the
// target is under 150× for every shape and stage (issue 13). Each size runs in a worker with a time
// limit, so a blow-up prints as "> limit" instead of hanging the run.
import { performance } from "node:perf_hooks";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

const SIZES = [10_000, 100_000, 1_000_000];
const LIMIT_MS = Number(process.env.BENCH_WORST_LIMIT_MS ?? 60_000);
const STAGES = ["parse", "lint", "stylish", "json", "sarif", "github", "unix", "html"];

/** Repeats `unit` to about n characters. */
const fill = (unit, n) => unit.repeat(Math.max(1, Math.floor(n / unit.length)));
/** `first` half of n, `second` the other half. */
const halves = (a, b, n) => fill(a, n / 2) + fill(b, n / 2);

// The shapes, then shapes found by auditing the scans and regular expressions of the parser,
// rules, core and CLI: unclosed marks, long runs without a sentence end, lines without breaks full of
// findings, heading markers without headings, numbers and years without end, control characters.
// A fixed "today" after every report year, so the time rules are awake and the run is repeatable.
const TODAY = "2027-03-01";
const REPORT_2025 = "某县司法局关于2025年度法治政府建设情况的报告\n一、主要举措和成效\n";
const REPORT_2026 = "某县司法局关于2026年度法治政府建设情况的报告\n一、主要举措和成效\n";
const SHAPES = {
  "《 × n (profile's 《[^》]*》)": (n) => fill("《", n),
  "法治建设 × n (profile's 法治建设.*报告)": (n) => fill("法治建设", n),
  "（ × n/2 + ] × n/2 (bracket matching)": (n) => halves("（", "]", n),
  "“ × n/2 + ” × n/2": (n) => halves("“", "”", n),
  "( × n/2 + ） × n/2, hard-wrapped lines": (n) => halves("(\n", "）\n", n),
  "one line of findings (unopened ）)": (n) => fill("甲）", n),
  "one line of half-width ( unclosed": (n) => fill("乙(", n),
  "lines of findings": (n) => fill("甲）乙》丙\n", n),
  "heading markers without end: 一、 × n": (n) => fill("一、", n),
  "heading lines: （一） × n": (n) => fill("（一）工作\n", n),
  "digits without end": (n) => fill("1", n),
  "counts and rates without 。": (n) => fill("受理15件，办结14件，办结率99%，", n),
  // The number rules' windows: a rate's brackets never closed, counts then rates in one sentence or
  // the next, runs of shares, ratios of parts in one paragraph, 《》（ items of a named list.
  "rates with unclosed brackets of counts": (n) => fill("办结率99%（受理15件，", n),
  "counts then rates, one sentence": (n) => halves("受理15件，", "办结率99%，", n),
  "counts。 then rates": (n) => `${fill("受理15件，", n / 2)}。${fill("办结率99%，", n / 2)}`,
  "counts and shares without 。": (n) => fill("受理15件，占52%，", n),
  "ratios of parts in one paragraph": (n) => fill("第一产业16.9亿元，第二产业191.3亿元，三次产业比为6.8：77.3：15.9，", n),
  // The parser's breakdowns: a total and its 其中 list over and over in one sentence.
  "totals with 其中 lists, ； between": (n) => fill("共受理30件，其中甲类10件、乙类20件；", n),
  "totals with 其中 lists and shares without 。": (n) => fill("共受理30件，其中甲类10件、乙类20件，占50%，", n),
  "named list of 《》（ titles": (n) => `共制定文件3件，分别是《甲》、《乙》、${fill("《丙》（", n)}。`,
  "percentages over 100": (n) => fill("增长150%，", n),
  "years without end: 2023年": (n) => fill("2023年", n),
  "title-like first line then text": (n) => `关于${fill("法治政府建设", n / 2)}的报告\n${fill("工作。", n / 2)}`,
  "blank lines": (n) => fill("\n", n),
  "spaces and full-width spaces": (n) => fill(" \u3000", n),
  "control characters and ESC": (n) => fill("\x1b]0;t\x07\u009b", n),
  "web boilerplate words": (n) => fill("首页 > 政务公开 > ", n),
  "enumeration 、 without end": (n) => fill("甲、", n),
  "chinese numerals without end": (n) => fill("一百二十三万", n),
  // The structure and time rules: mentions in a text without sentence ends, and runs of lines.
  "今年以来 without sentence end": (n) => `${REPORT_2025}${fill("今年以来，组织学习，", n)}`,
  "dated activities of Y−1": (n) => `${REPORT_2025}${fill("2024年10月，组织学习，", n)}`,
  "十四五 used as current, one sentence": (n) => `${REPORT_2026}${fill("深入实施“十四五”规划，", n)}`,
  "impossible dates and weekdays": (n) => `${REPORT_2025}${fill("2025年2月30日（星期一），", n)}`,
  "一是 lines": (n) => `${REPORT_2025}${fill("一是加强学习。\n", n)}`,
  "其次 without 首先": (n) => `${REPORT_2025}${fill("其次，加强学习，", n)}`,
  "the same paragraph printed again": (n) => `${REPORT_2025}${fill("同一段落重复出现的文字内容，用于测试重复段落。\n", n)}`,
  "unnumbered section lines": (n) => `${REPORT_2025}${fill("存在问题\n", n)}`,
};

/**
 * Times every stage on the shape at `size`, posting each time as it is known, after two untimed
 * warm-up runs on a shorter text of the shape (a different string, so no cache favours the 10k run).
 */
async function measure(shape, size, stages, post) {
  for (let i = 0; i < 2; i++) await runStages(SHAPES[shape](SIZES[0] / 2), stages, 1, () => undefined);
  await runStages(SHAPES[shape](size), stages, REPEATS[SIZES.indexOf(size)], post);
}

// Runs per stage and size in one worker; the fastest is posted. The same at every size, so the
// growth compares like with like; the fastest run is the one least disturbed by garbage collection
// and the JIT.
const REPEATS = [3, 3, 3];

/** The shortest time of `runs` calls of fn, and fn's last result. */
function timed(fn, runs) {
  const times = [];
  let value;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    value = fn();
    times.push(performance.now() - start);
  }
  return { ms: Math.min(...times), value };
}

async function runStages(text, stages, runs, post) {
  const { lint, resolveConfig } = await import("@reportlint/core");
  const { parse } = await import("@reportlint/parser");
  const { loadFormatter } = await import("@reportlint/cli");
  const { rules } = await import("@reportlint/rules");
  const config = resolveConfig({ extends: "all" });
  post("parse", timed(() => parse(text), runs).ms);
  const { ms, value: result } = timed(() => lint(text, { config, today: TODAY }), runs);
  post("lint", ms);
  const d = result.diagnostics;
  const n = (s, fixable = false) => d.filter((x) => x.severity === s && (!fixable || x.fix)).length;
  const file = {
    filePath: "/bench/report.txt",
    messages: d,
    source: text,
    errorCount: n("error"),
    warningCount: n("warning"),
    infoCount: n("info"),
    fixableErrorCount: n("error", true),
    fixableWarningCount: n("warning", true),
  };
  const context = { cwd: "/bench", color: true, columns: 120, rules, locale: "zh", version: "bench" };
  for (const stage of stages.filter((s) => !["parse", "lint", "findings"].includes(s))) {
    const formatter = await loadFormatter(stage);
    post(stage, timed(() => formatter([file], context), runs).ms);
  }
  post("findings", d.length);
}

if (!isMainThread) {
  const { shape, size, stages } = workerData;
  await measure(shape, size, stages, (stage, ms) => parentPort.postMessage([stage, ms]));
  parentPort.postMessage(["done", 0]);
} else {
  /** Times per stage for one size; a stage not reached within the limit is null. */
  const runWorker = (shape, size, stages) =>
    new Promise((resolve) => {
      const times = Object.fromEntries(stages.map((s) => [s, null]));
      const worker = new Worker(new URL(import.meta.url), { workerData: { shape, size, stages }, resourceLimits: { maxOldGenerationSizeMb: 6144 } });
      const finish = () => {
        clearTimeout(timer);
        void worker.terminate();
        resolve(times);
      };
      const timer = setTimeout(finish, LIMIT_MS);
      worker.on("message", ([stage, ms]) => (stage === "done" ? finish() : (times[stage] = ms)));
      worker.once("error", (error) => {
        for (const s of stages) if (times[s] === null) times[s] = error;
        finish();
      });
    });

  const only = process.argv.slice(2);
  const shapes = Object.keys(SHAPES).filter((s) => only.length === 0 || only.some((o) => s.includes(o)));
  const stages = process.env.BENCH_WORST_STAGES ? process.env.BENCH_WORST_STAGES.split(",") : STAGES;
  console.log(`Adversarial shapes at ${SIZES.map((s) => s.toLocaleString("en")).join(", ")} characters; limit ${LIMIT_MS / 1000} s per size.`);
  console.log("Each size in a fresh worker, the fastest of three runs after two warm-up runs on a 5k text of the shape; at 10k the median of three workers.");
  console.log("Linear work grows 100× from 10k to 1M; the target is under 150×.\n");
  const rows = [];
  let worst = { growth: 0, where: "" };
  for (const shape of shapes) {
    const bySize = [];
    for (const size of SIZES) {
      // The 10k figures are small and noisy: the median of three runs, each in a fresh worker.
      const runs = [];
      for (let i = 0; i < (size === SIZES[0] ? 3 : 1); i++) runs.push(await runWorker(shape, size, [...stages, "findings"]));
      bySize.push(
        Object.fromEntries(
          [...stages, "findings"].map((stage) => {
            const values = runs.map((r) => r[stage]);
            const numbers = values.filter((v) => typeof v === "number").sort((a, b) => a - b);
            return [stage, numbers.length === values.length ? numbers[numbers.length >> 1] : values.find((v) => typeof v !== "number")];
          }),
        ),
      );
    }
    for (const stage of stages) {
      const times = bySize.map((t) => t[stage]);
      const cell = (i) => {
        const t = times[i];
        if (typeof t === "number") return ((t * 1000) / SIZES[i]).toFixed(3);
        return t === null ? `> ${LIMIT_MS / 1000} s` : `failed: ${t.message}`;
      };
      // Sub-millisecond runs are timer noise: the growth is taken from at least 1 ms at 10k.
      const growth = typeof times[2] === "number" && typeof times[0] === "number" ? times[2] / Math.max(times[0], 1) : null;
      if (growth !== null && growth > worst.growth) worst = { growth, where: `${shape}, ${stage}` };
      const row = {
        shape,
        stage,
        "findings 1M": typeof bySize[2].findings === "number" ? bySize[2].findings : "",
        "µs/char 10k": cell(0),
        "µs/char 100k": cell(1),
        "µs/char 1M": cell(2),
        "s at 1M": typeof times[2] === "number" ? (times[2] / 1000).toFixed(2) : "",
        "10k→1M": growth === null ? "—" : `${growth.toFixed(0)}×`,
      };
      rows.push(row);
      console.log(Object.values(row).join(" | "));
    }
  }
  console.log();
  console.table(rows);
  console.log(`Largest growth 10k→1M: ${worst.growth.toFixed(0)}× (${worst.where}; target: under 150×).`);
}
