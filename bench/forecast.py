"""Forecast engine speed: one business's 90-day forecast, and the nightly batch over many businesses.

(a) One business with two years of daily history (a synthetic history per seed): the whole forecast as
    the backtest harness and the forecast task run it - past flows -> recurring-series detection ->
    `build_request(horizon=90, paths=5000)` (habits, residual) -> `engine.forecast` (model selection by
    rolling-origin backtest, 5,000 simulated paths). Timed over --runs seeds; median and p90 reported.
    Not timed: generating the synthetic history (it stands in for the database read) and the one-off
    statsforecast import (about 2 s, paid once per process / Lambda cold start); the first forecast of
    the process (numba compilation warm-up) is reported separately and not counted in the median.
    Target (2-core machine): median under 2 s.
(b) Nightly batch throughput: --businesses histories forecast one after another in one process
    (businesses per second per core), then again over a pool of --workers processes, with the time
    1,000 businesses would take on one core and on the pool extrapolated from those rates.

Run: `make bench` or `python -m bench.forecast [--runs N] [--businesses N] [--workers N]`.
Exits 1 if target (a) is missed. Results go to bench/results/forecast.json.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time

from bench._support import percentile, save

TARGET_SECONDS = 2.0
HORIZON = 90
PATHS = 5000
DAYS = 730
BATCH_SEED = 1000  # the batch's histories are other seeds than the single-business runs'


def _history(seed: int):
    from cashpilot.backtesting.synthetic import generate

    return generate(seed, days=DAYS)


def forecast_one(history, phases: dict[str, float] | None = None) -> tuple[float, float, str, int]:
    """Forecast at the last day of `history` exactly as the harness does; (wall s, cpu s, model, known flows).
    `phases` gets the seconds of each step: detection, request (habits + residual), fit (model selection),
    simulate. Fitting first and passing the baseline to `forecast` is the same work as `forecast` alone."""
    from cashpilot.backtesting.harness import past_flows
    from cashpilot.domain.forecast import engine, inputs

    balances = history.balances()
    as_of = history.transactions[-1].date
    wall, cpu = time.perf_counter(), time.process_time()
    flows = past_flows(history)
    series = inputs.detect_from_history(flows, as_of)
    t1 = time.perf_counter()
    request = inputs.build_request(flows, series, as_of=as_of, opening_balance=balances[as_of], horizon=HORIZON,
                                   paths=PATHS, buffer=history.buffer, seed=0)
    t2 = time.perf_counter()
    baseline = engine.fit(request)
    t3 = time.perf_counter()
    result = engine.forecast(request, baseline)
    end = time.perf_counter()
    if phases is not None:
        for name, seconds in (("detect", t1 - wall), ("request", t2 - t1), ("fit", t3 - t2), ("simulate", end - t3)):
            phases[name] = phases.get(name, 0.0) + seconds
    return end - wall, time.process_time() - cpu, result.model, result.known_flows


def _warm() -> None:
    """Import statsforecast and run one small forecast, so a worker's first timed forecast is a warm one."""
    import statsforecast.models  # noqa: F401

    forecast_one(_history(999_999))


def _pool_task(history) -> float:
    return forecast_one(history)[1]  # cpu seconds: the pool's wall time over these tells how busy the cores were


def _ready(_: int) -> int:
    time.sleep(0.3)  # keeps each worker busy long enough that the pool starts all of them
    return os.getpid()


def single(runs: int) -> dict:
    t = time.perf_counter()
    import statsforecast.models  # noqa: F401

    import_s = time.perf_counter() - t
    histories = [_history(seed) for seed in range(runs)]
    first = forecast_one(_history(999_999))[0]
    rows = []
    phases: dict[str, float] = {}
    for seed, history in enumerate(histories):
        wall, cpu, model, known = forecast_one(history, phases)
        rows.append({"seed": seed, "seconds": round(wall, 3), "cpu_seconds": round(cpu, 3), "model": model,
                     "known_flows": known, "transactions": len(history.transactions)})
        print(f"  seed {seed:2d}: {wall:.3f} s (cpu {cpu:.3f} s), {len(history.transactions):,} transactions, "
              f"{known} known flows, model {model}", flush=True)
    secs = [r["seconds"] for r in rows]
    return {
        "runs": rows, "statsforecast_import_seconds": round(import_s, 2), "first_forecast_seconds": round(first, 3),
        "median_seconds": round(statistics.median(secs), 3), "p90_seconds": round(percentile(secs, 0.9), 3),
        "max_seconds": round(max(secs), 3),
        "mean_phase_seconds": {k: round(v / len(rows), 3) for k, v in phases.items()},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def batch(businesses: int, workers: int) -> dict:
    from concurrent.futures import ProcessPoolExecutor

    histories = [_history(BATCH_SEED + i) for i in range(businesses)]
    cpu = time.process_time()
    t = time.perf_counter()
    for h in histories:
        forecast_one(h)
    serial = time.perf_counter() - t
    serial_cpu = time.process_time() - cpu
    rate = businesses / serial
    print(f"  1 process: {businesses} businesses in {serial:.1f} s (cpu {serial_cpu:.1f} s) = {rate:.2f} per second",
          flush=True)

    out = {"businesses": businesses, "serial_seconds": round(serial, 2), "serial_cpu_seconds": round(serial_cpu, 2),
           "per_second_per_core": round(rate, 3), "extrapolated_1000_one_core_minutes": round(1000 / rate / 60, 1)}
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers, initializer=_warm) as pool:
            pids = set(pool.map(_ready, range(workers * 2)))  # every worker started and warmed before timing
            t = time.perf_counter()
            pool_cpu = sum(pool.map(_pool_task, histories, chunksize=2))
            pooled = time.perf_counter() - t
        prate = businesses / pooled
        print(f"  {workers} processes ({len(pids)} started): {businesses} businesses in {pooled:.1f} s = "
              f"{prate:.2f} per second ({prate / rate:.2f}x one process); forecasting cpu {pool_cpu:.1f} s = "
              f"{pool_cpu / pooled:.2f} cores busy on average (below {workers}: other load or idle workers)",
              flush=True)
        out.update({"workers": workers, "workers_started": len(pids), "pool_seconds": round(pooled, 2),
                    "pool_per_second": round(prate, 3), "pool_speedup": round(prate / rate, 2),
                    "pool_forecast_cpu_seconds": round(pool_cpu, 2), "pool_cores_busy": round(pool_cpu / pooled, 2),
                    f"extrapolated_1000_{workers}_workers_minutes": round(1000 / prate / 60, 1)})
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15, help="single-business runs (one seed each)")
    parser.add_argument("--businesses", type=int, default=100, help="businesses in the batch throughput run")
    parser.add_argument("--workers", type=int, default=2, help="processes in the pooled batch run (1: skip it)")
    args = parser.parse_args(argv)

    print(f"(a) one business, {DAYS} days of history, horizon {HORIZON}, {PATHS} paths "
          f"(detection + habits + model selection + simulation), {args.runs} seeds", flush=True)
    one = single(args.runs)
    ok = one["median_seconds"] <= TARGET_SECONDS
    print(f"  statsforecast import (not timed): {one['statsforecast_import_seconds']} s; first forecast of the "
          f"process (warm-up, not counted): {one['first_forecast_seconds']} s")
    print(f"  median {one['median_seconds']} s, p90 {one['p90_seconds']} s, max {one['max_seconds']} s; "
          f"peak RSS {one['peak_rss_mb']} MB; target median < {TARGET_SECONDS:.0f} s:", "met" if ok else "MISSED",
          flush=True)
    print("  mean per step:", ", ".join(f"{k} {v} s" for k, v in one["mean_phase_seconds"].items()), flush=True)

    print(f"(b) nightly batch: {args.businesses} businesses", flush=True)
    many = batch(args.businesses, args.workers)
    print(f"  1,000 businesses: ~{many['extrapolated_1000_one_core_minutes']} min on one core", end="")
    if args.workers > 1:
        print(f", ~{many[f'extrapolated_1000_{args.workers}_workers_minutes']} min on {args.workers} processes")
    else:
        print()
    save("forecast", {"single": one, "batch": many, "horizon": HORIZON, "paths": PATHS, "history_days": DAYS,
                      "targets": {"median_seconds": TARGET_SECONDS}})
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
