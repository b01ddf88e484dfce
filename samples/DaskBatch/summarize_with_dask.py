#!/usr/bin/env python3
"""Summarizes a JSON Lines file on a Dask distributed cluster, each partition piped through `summarize batch -`.

This is the map step of a Hadoop Streaming or Spark `pipe` job, run under Dask's distributed scheduler on a local
cluster of worker processes: the input is cut into partitions at line boundaries, every worker runs the command on
its partitions (one `summarize batch -` process a partition, one thread each, since the workers are the
parallelism), and the results are gathered in partition order. The output equals a single `summarize batch` run on
the whole file, line for line: batch answers every input line with exactly one line, in order.

    summarize_with_dask.py INPUT.jsonl OUTPUT.jsonl --command "summarize" [--workers 2] [--partitions 8]
                           [-- extra options for summarize batch, e.g. --sentences 2]

Needs Dask with its distributed scheduler (Debian: python3-distributed; pip: "dask[distributed]").
"""
import argparse
import os
import re
import shlex
import subprocess
import sys


# An error line names the failing input line: {"id": ..., "line": n, "error": "..."}. Within a partition, n counts from
# the partition's first line, so it is shifted by the lines of the partitions before it.
ERROR_LINE = re.compile(r'^(\{"id":(?:null|true|false|-?[0-9.eE+-]+|"(?:[^"\\]|\\.)*"),"line":)([0-9]+)(,"error":)')
# An invalid JSON line's message names the line too.
MESSAGE_LINE = re.compile(r'(,"error":"invalid JSON at line )([0-9]+)')


def summarize_partition(lines, command, extra):
    """Pipes one partition's lines through `summarize batch -`; returns [(input line count, output lines)]."""
    text = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    result = subprocess.run(command + ["batch", "-", "--threads", "1"] + extra,
                            input=text.encode("utf-8"), capture_output=True)
    # 0: every line summarized; 3: some lines answered with an error line. Both are complete outputs.
    if result.returncode not in (0, 3):
        raise RuntimeError(f"summarize batch exited with {result.returncode}: {result.stderr.decode('utf-8', 'replace').strip()}")
    return [(len(lines), result.stdout.decode("utf-8").splitlines())]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--command", default="summarize", help="how to start the tool, e.g. \"dotnet path/summarize.dll\"")
    parser.add_argument("--workers", type=int, default=2, help="worker processes in the local cluster")
    parser.add_argument("--partitions", type=int, default=8, help="partitions the input is cut into")
    argv = sys.argv[1:]
    extra = argv[argv.index("--") + 1:] if "--" in argv else []  # passed on to summarize batch as they are
    args = parser.parse_args(argv[:argv.index("--")] if "--" in argv else argv)

    import dask.bag as bag
    from dask.distributed import Client, LocalCluster

    size = os.path.getsize(args.input)
    blocksize = max(1, -(-size // max(1, args.partitions)))  # ceiling: about the asked number of partitions
    command = shlex.split(args.command)
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        lines = bag.read_text(args.input, blocksize=blocksize, encoding="utf-8")
        partitions = lines.map_partitions(summarize_partition, command, extra).compute()
        workers = len(client.scheduler_info()["workers"])

    written = 0
    offset = 0
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        for count, outputs in partitions:
            for line in outputs:
                shift = lambda m: f"{m.group(1)}{int(m.group(2)) + offset}" + (m.group(3) if m.re is ERROR_LINE else "")
                line = MESSAGE_LINE.sub(shift, ERROR_LINE.sub(shift, line, count=1), count=1)
                out.write(line + "\n")
                written += 1
            offset += count
    print(f"{written} lines summarized in {lines.npartitions} partitions on {workers} Dask workers", file=sys.stderr)


if __name__ == "__main__":
    main()
