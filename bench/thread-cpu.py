#!/usr/bin/env python3
"""Runs a command (e.g. ./spinflow bench ...) and samples, every 50 ms, the CPU time and involuntary context
switches of each thread of the Spinflow JVM it starts (from /proc/PID/task/TID/{schedstat,status}); then prints
the command's last output line and, per interval, the CPU milliseconds of the two training threads ("java" and
"spinflow-parallel-1"), every other thread of that JVM that ran more than 0.3 ms (the JIT compilers, GC
threads...), and the training threads' involuntary switches. Shows whether anything else took a core from a
2-thread training step, and when. Linux only.

Usage: bench/thread-cpu.py ./spinflow bench --data ../shared/data/mnist --threads 2 --modes exact
"""
import os
import subprocess
import sys
import time


def spinflow_jvm():
    for pid in os.listdir('/proc'):
        if pid.isdigit():
            try:
                argv = open(f'/proc/{pid}/cmdline').read().split('\0')
            except OSError:
                continue
            if argv and argv[0].endswith('java') and 'org.spinflow.cli.Main' in argv:
                return pid
    return None


def threads(pid):
    snap = {}
    for tid in os.listdir(f'/proc/{pid}/task'):
        try:
            name = open(f'/proc/{pid}/task/{tid}/comm').read().strip()
            ran = int(open(f'/proc/{pid}/task/{tid}/schedstat').read().split()[0])
            nonvol = [int(line.split()[1]) for line in open(f'/proc/{pid}/task/{tid}/status')
                      if line.startswith('nonvoluntary_ctxt_switches')][0]
            snap[f'{name}/{tid}'] = (ran, nonvol)
        except (OSError, IndexError, ValueError):
            pass  # the thread ended meanwhile
    return snap


def main():
    if len(sys.argv) < 2:
        sys.exit('usage: bench/thread-cpu.py COMMAND [ARGS...]')
    proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    pid = None
    while pid is None and proc.poll() is None:
        pid = spinflow_jvm()
        time.sleep(0.01)
    t0 = time.time()
    samples = []
    while pid is not None and proc.poll() is None:
        try:
            samples.append((time.time() - t0, threads(pid)))
        except OSError:
            break
        time.sleep(0.05)
    out = proc.stdout.read().strip().splitlines()
    print(out[-1] if out else '(no output)')
    ours = ('java/', 'spinflow-parall')
    for (t_prev, prev), (t, now) in zip(samples, samples[1:]):
        d = {k: (v[0] - prev.get(k, (0, 0))[0], v[1] - prev.get(k, (0, 0))[1]) for k, v in now.items()}
        training = sum(v[0] for k, v in d.items() if k.startswith(ours)) / 1e6
        others = ', '.join(f'{k.split("/")[0]} {v[0] / 1e6:.1f}' for k, v in d.items()
                           if v[0] > 300_000 and not k.startswith(ours))
        switches = ', '.join(f'{k.split("/")[0]} {v[1]}' for k, v in d.items() if k.startswith(ours) and v[1] > 0)
        print(f'{t:6.2f} s: training threads {training:5.1f} ms of {2 * (t - t_prev) * 1e3:.0f}; others: {others or "-"};'
              f' involuntary switches: {switches or "-"}')


if __name__ == '__main__':
    main()
